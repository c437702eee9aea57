package io.quotewire.query.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.query.persistence.SearchQueries;
import org.junit.jupiter.api.Test;

/** Snippets carry article text into HTML: only the match marks may become markup. */
class SnippetMarkupTest {

    private final SnippetMarkup markup = new SnippetMarkup();

    @Test
    void escapesArticleTextAndMarksMatches() {
        String snippet = "<script>alert('x')</script> & the " + SearchQueries.MATCH_START + "Yongbyon"
                + SearchQueries.MATCH_END + " \"reactor\"";
        assertThat(markup.toHtml(snippet)).isEqualTo(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; the <mark>Yongbyon</mark> &quot;reactor&quot;");
    }

    @Test
    void typedMarkTagsStayText() {
        assertThat(markup.toHtml("<mark>fake</mark>")).isEqualTo("&lt;mark&gt;fake&lt;/mark&gt;");
    }
}
