package io.quotewire.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Offsets to HTML: every character escaped, nested spans nested, overlapping spans split, bad offsets ignored. */
class TextHighlighterTest {

    private static Span span(int start, int end, String cssClass) {
        return new Span(start, end, "span", Map.of("class", cssClass));
    }

    @Test
    void textWithoutSpansIsOnlyEscaped() {
        assertThat(TextHighlighter.toHtml("a < b & \"c\" > 'd'", List.of()))
                .isEqualTo("a &lt; b &amp; &quot;c&quot; &gt; &#39;d&#39;");
    }

    @Test
    void scriptInTheTextAndInsideASpanStaysInert() {
        String text = "Hi <script>alert(1)</script> there";
        String html = TextHighlighter.toHtml(text, List.of(span(3, 28, "quote")));

        assertThat(html).isEqualTo(
                "Hi <span class=\"quote\">&lt;script&gt;alert(1)&lt;/script&gt;</span> there");
        assertThat(html).doesNotContain("<script");
    }

    @Test
    void attributeValuesAreEscaped() {
        String html = TextHighlighter.toHtml("Maxwell",
                List.of(new Span(0, 7, "a", Map.of("title", "\"><script>x</script>", "href", "/ui/entities/3"))));

        assertThat(html).isEqualTo(
                "<a href=\"/ui/entities/3\" title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">Maxwell</a>");
    }

    @Test
    void mentionInsideAQuoteNests() {
        String text = "“We must push Kim,” said Maxwell.";
        int kim = text.indexOf("Kim");
        String html = TextHighlighter.toHtml(text, List.of(
                span(kim, kim + 3, "person"), span(1, text.indexOf('”'), "quote")));

        assertThat(html).isEqualTo(
                "“<span class=\"quote\">We must push <span class=\"person\">Kim</span>,</span>” said Maxwell.");
    }

    @Test
    void spansOfTheSameRangeNestInTheOrderGiven() {
        String html = TextHighlighter.toHtml("Maxwell said", List.of(span(0, 7, "speaker"), span(0, 7, "person")));

        assertThat(html).isEqualTo("<span class=\"speaker\"><span class=\"person\">Maxwell</span></span> said");
    }

    @Test
    void overlappingSpansAreSplitIntoWellFormedPieces() {
        // "quote" covers "b c", "person" covers "c d": they overlap on "c" without nesting.
        String html = TextHighlighter.toHtml("a b c d e", List.of(
                new Span(2, 5, "span", Map.of("class", "quote", "id", "quote-1")), span(4, 7, "person")));

        assertThat(html).isEqualTo("a <span class=\"quote\" id=\"quote-1\">b <span class=\"person\">c</span></span>"
                + "<span class=\"person\"> d</span> e");
    }

    @Test
    void anInnerSpanOutlivingItsOuterIsReopenedWithoutItsId() {
        String html = TextHighlighter.toHtml("abcdef", List.of(
                span(0, 3, "outer"), new Span(1, 5, "mark", Map.of("id", "m", "class", "inner"))));

        assertThat(html).isEqualTo("<span class=\"outer\">a<mark class=\"inner\" id=\"m\">bc</mark></span>"
                + "<mark class=\"inner\">de</mark>f");
        assertThat(html).containsOnlyOnce("id=\"m\"");
    }

    @Test
    void adjacentSpansDoNotNest() {
        String html = TextHighlighter.toHtml("KimJong", List.of(span(0, 3, "a"), span(3, 7, "b")));

        assertThat(html).isEqualTo("<span class=\"a\">Kim</span><span class=\"b\">Jong</span>");
    }

    @Test
    void spansOutsideTheTextOrEmptyAreIgnored() {
        String html = TextHighlighter.toHtml("short", List.of(
                span(-1, 2, "negative"), span(2, 99, "past-the-end"), span(3, 3, "empty"), span(4, 2, "reversed"),
                span(0, 5, "whole")));

        assertThat(html).isEqualTo("<span class=\"whole\">short</span>");
    }

    @Test
    void threeLevelsCloseInOrderAtTheSameEnd() {
        String html = TextHighlighter.toHtml("xyz", List.of(span(0, 3, "a"), span(1, 3, "b"), span(2, 3, "c")));

        assertThat(html).isEqualTo(
                "<span class=\"a\">x<span class=\"b\">y<span class=\"c\">z</span></span></span>");
    }

    @Test
    void nullTextIsEmpty() {
        assertThat(TextHighlighter.toHtml(null, List.of(span(0, 1, "a")))).isEmpty();
    }
}
