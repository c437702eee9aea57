package io.quotewire.ingest.document;

import java.util.regex.Pattern;

/**
 * Tells a document's real title from what templates and tools leave in its metadata: "Normal.dotm",
 * "Microsoft Word - draft3.docx", "Paper Title (use style: paper title)", "Untitled", "Document1".
 */
public final class PlaceholderTitles {

    /** A file name, maybe behind the "Microsoft Word - " that printing to PDF puts in front. */
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i)^(?:microsoft (?:word|powerpoint|excel) - )?.*\\.(?:docx?|dotx?|dotm|docm|rtf|odt|ott|pdf|txt|pages"
                    + "|indd|qxd|tex|html?)$");

    private static final Pattern GENERIC = Pattern.compile("(?i)^(?:normal|untitled(?: document)?|document ?\\d*"
            + "|title|paper title|heading ?\\d*|no title|default|template|new document|slide ?\\d+|presentation ?\\d*"
            + "|powerpoint presentation|word document|\\W*)$");

    /** Instructions a template writes where the title goes. */
    private static final Pattern INSTRUCTION = Pattern.compile("(?i)\\((?:use )?style:|click (?:here|or tap)"
            + "|(?:insert|enter|type|add) (?:a |the |your )?title|your title here|title goes here");

    private PlaceholderTitles() {}

    /** Whether {@code title} is a template's or a tool's stand-in rather than the document's title. */
    public static boolean isPlaceholder(String title) {
        String stripped = title.strip();
        return FILE_NAME.matcher(stripped).matches() || GENERIC.matcher(stripped).matches()
                || INSTRUCTION.matcher(stripped).find();
    }
}
