package io.quotewire.query.web;

import io.quotewire.query.domain.ArticleDetail;
import io.quotewire.query.domain.MentionView;
import io.quotewire.query.domain.QuoteView;
import io.quotewire.query.domain.SpeakerView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The article text as HTML: quotes as links to their speaker, the speaker's words in the text marked, entity
 * mentions coloured by type. Only {@link TextHighlighter} turns text into HTML, so all article text is escaped.
 */
public final class ArticleMarkup {

    private ArticleMarkup() {}

    /** The escaped, highlighted text of {@code article}. */
    public static String toHtml(ArticleDetail article) {
        List<Span> spans = new ArrayList<>();
        // Quotes first: for equal ranges the caller's order decides, and a quote is the outer element.
        article.quotes().forEach(quote -> spans.add(quoteSpan(quote)));
        for (QuoteView quote : article.quotes()) {
            SpeakerView speaker = quote.speaker();
            if (speaker != null && speaker.mentionStart() != null && speaker.mentionEnd() != null) {
                spans.add(new Span(speaker.mentionStart(), speaker.mentionEnd(), "span",
                        Map.of("class", "speaker-mention", "title", "Speaker of a quote: " + speaker.name())));
            }
        }
        article.entities().forEach(mention -> spans.add(mentionSpan(mention)));
        return TextHighlighter.toHtml(article.text(), spans);
    }

    /** The CSS class of an entity type: {@code PERSON} → {@code type-person}; odd characters dropped. */
    public static String typeClass(String type) {
        String name = type == null ? "other" : type.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "");
        return "type-" + (name.isEmpty() ? "other" : name);
    }

    private static Span quoteSpan(QuoteView quote) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("id", "quote-" + quote.id());
        attributes.put("data-quote-id", String.valueOf(quote.id()));
        String kind = quote.kind() == null ? "direct" : quote.kind().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        SpeakerView speaker = quote.speaker();
        if (speaker == null || speaker.name() == null) {
            attributes.put("class", "quote quote-" + kind + " unattributed");
            attributes.put("title", "Quote without a known speaker");
            return new Span(quote.start(), quote.end(), "mark", attributes);
        }
        attributes.put("class", "quote quote-" + kind);
        attributes.put("href", PageLinks.speaker(speaker));
        attributes.put("title", speaker.description() == null
                ? "Said by " + speaker.name()
                : "Said by " + speaker.name() + ", " + speaker.description());
        return new Span(quote.start(), quote.end(), "a", attributes);
    }

    private static Span mentionSpan(MentionView mention) {
        String title = mention.canonicalName() == null || mention.canonicalName().equals(mention.text())
                ? mention.type()
                : mention.type() + ": " + mention.canonicalName();
        return new Span(mention.start(), mention.end(), "span",
                Map.of("class", "mention " + typeClass(mention.type()), "title", title == null ? "" : title));
    }
}
