package io.quotewire.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Headline without the site's name, author, date, canonical address and site name from a page's markup. */
class PageMetadataTest {

    @Test
    void openGraphAndArticleTagsAreRead() {
        PageMetadata metadata = PageMetadata.of(Jsoup.parse("""
                <html><head><title>Talks collapse in Stockholm | \t\t\t NJ.com</title>
                <meta property="og:title" content="Talks collapse in Stockholm">
                <meta property="og:site_name" content="NJ.com">
                <meta name="author" content="By Anna Lindqvist">
                <meta property="article:published_time" content="2019-10-06T14:05:00+09:00">
                <link rel="canonical" href="https://www.nj.com/world/talks.html"></head>
                <body><h1>Talks collapse in Stockholm</h1></body></html>"""));
        assertThat(metadata).isEqualTo(new PageMetadata("Talks collapse in Stockholm", "Anna Lindqvist",
                "2019-10-06T14:05:00+09:00", "https://www.nj.com/world/talks.html", "NJ.com"));
    }

    @Test
    void jsonLdIsReadWhenTheTagsAreMissing() {
        PageMetadata metadata = PageMetadata.of(Jsoup.parse("""
                <html><head><title>Kim walks out - Meridian Wire</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},
                {"@type":"NewsArticle","headline":"Kim walks out","datePublished":"2019-10-05",
                 "author":[{"@type":"Person","name":"Jonas Lind"},{"@type":"Person","name":"Sara Ek"}],
                 "publisher":{"@type":"Organization","name":"Meridian Wire"}}]}</script></head>
                <body><p>No heading here.</p></body></html>"""));
        assertThat(metadata.title()).isEqualTo("Kim walks out");
        assertThat(metadata.author()).isEqualTo("Jonas Lind, Sara Ek");
        assertThat(metadata.published()).isEqualTo("2019-10-05");
        assertThat(metadata.siteName()).isEqualTo("Meridian Wire");
    }

    @Test
    void theSiteNameLeavesTheTitleWhereverItStands() {
        assertThat(SiteTitle.strip("Talks collapse | \n\t NJ.com", "NJ.com", null)).isEqualTo("Talks collapse");
        assertThat(SiteTitle.strip("Fjord Notes » Talks collapse in Stockholm", null, "fjordnotes.example"))
                .isEqualTo("Talks collapse in Stockholm");
        assertThat(SiteTitle.strip("Talks collapse in Stockholm after eight hours - The Daily Ledger", null, null))
                .isEqualTo("Talks collapse in Stockholm after eight hours");
        // A clause after a colon is part of the headline, not a site.
        assertThat(SiteTitle.strip("Mayor: the waterfront cannot wait", null, null))
                .isEqualTo("Mayor: the waterfront cannot wait");
    }
}
