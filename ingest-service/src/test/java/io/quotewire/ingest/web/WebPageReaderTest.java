package io.quotewire.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The story of a page: headline, byline and body; none of the furniture around it. */
class WebPageReaderTest {

    @Test
    void furnitureAroundTheStoryIsLeftOut() {
        WebPage page = read("""
                <html><head><title>Talks collapse | Ledger</title></head><body>
                <div id="cookie-consent"><p>We use cookies to improve your experience on our site.</p></div>
                <nav><a href="/">Home</a><a href="/world">World</a></nav>
                <article><h1>Talks collapse</h1><p class="byline">By Anna Lindqvist</p>
                <ul class="share-bar"><li>Share this article</li><li>Facebook</li></ul>
                <p>The working-level talks between the United States and North Korea broke down on Saturday
                after eight hours, the North Korean envoy told reporters outside the embassy.</p>
                <div class="ad-slot">ADVERTISEMENT</div>
                <p>“We don’t believe that the United States is ready for negotiation with us,” said Kim Myong
                Gil, who led the delegation. “We suggested that the talks be suspended.”</p>
                <figure><img src="k.jpg"><figcaption>“Kim arrives,” the caption says.</figcaption></figure>
                <p>The State Department said the American team had brought creative ideas to Stockholm and
                that it would accept an invitation from Sweden to meet again in two weeks.</p>
                </article>
                <aside class="related"><a>‘We walked away,’ says envoy</a></aside>
                <section id="comments"><p>“Typical,” said my neighbour. Nothing changes.</p></section>
                <footer><p>© 2026 The Ledger. All rights reserved.</p></footer></body></html>""");
        assertThat(page.paragraphs()).containsExactly("Talks collapse", "By Anna Lindqvist",
                "The working-level talks between the United States and North Korea broke down on Saturday after eight "
                        + "hours, the North Korean envoy told reporters outside the embassy.",
                "“We don’t believe that the United States is ready for negotiation with us,” said Kim Myong Gil, who "
                        + "led the delegation. “We suggested that the talks be suspended.”",
                "The State Department said the American team had brought creative ideas to Stockholm and that it "
                        + "would accept an invitation from Sweden to meet again in two weeks.");
        assertThat(page.author()).as("the visible byline, when the markup names no author").isEqualTo("Anna Lindqvist");
    }

    @Test
    void doubleLineBreaksSeparateParagraphsAndASingleOneJoinsALowerCaseLine() {
        WebPage page = read("""
                <html><body><div class="entry-content">
                The working-level talks between the United States and North Korea broke down on Saturday after
                eight hours of talks.<br><br>“We walked away,” said Kim Myong Gil, who led the North Korean<br>
                delegation, to reporters outside the embassy in Stockholm on Saturday evening.<br />
                <br />The State Department said it would accept an invitation from Sweden to meet again soon.
                </div></body></html>""");
        assertThat(page.paragraphs()).containsExactly(
                "The working-level talks between the United States and North Korea broke down on Saturday after eight "
                        + "hours of talks.",
                "“We walked away,” said Kim Myong Gil, who led the North Korean delegation, to reporters outside the "
                        + "embassy in Stockholm on Saturday evening.",
                "The State Department said it would accept an invitation from Sweden to meet again soon.");
    }

    private static WebPage read(String html) {
        return WebPageReader.read(html.getBytes(StandardCharsets.UTF_8));
    }
}
