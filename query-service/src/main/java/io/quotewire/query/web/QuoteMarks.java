package io.quotewire.query.web;

import io.quarkus.qute.TemplateExtension;

/** Shows a quote's words between quotation marks, unless the NLP already kept the article's own marks. */
@TemplateExtension
public final class QuoteMarks {

    private static final String OPENING = "“\"‘'«„";

    private QuoteMarks() {}

    /** {@code {quote.text.quoted}}: {@code We will} → {@code “We will”}; {@code “We will,”} stays as it is. */
    static String quoted(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return OPENING.indexOf(text.charAt(0)) >= 0 ? text : "“" + text + "”";
    }
}
