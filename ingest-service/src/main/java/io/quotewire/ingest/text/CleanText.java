package io.quotewire.ingest.text;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one shape of article text Quotewire stores: one paragraph per line, lines separated by a single {@code \n},
 * no blank lines, no leading or trailing white space, white space inside a paragraph folded to single spaces.
 *
 * <p>Why one paragraph per line: nlp-service splits sentences at every newline
 * ({@code ssplit.newlineIsSentenceBreak=always}) and the attribution engine reads a newline as a paragraph break, so a
 * line break may only stand where a paragraph really ends. The seeds are written this way already, so their text is
 * unchanged by {@link #of}.
 */
public final class CleanText {

    /** The paragraph separator. */
    public static final String PARAGRAPH_BREAK = "\n";

    /** Any run of white space inside a paragraph, including no-break and other Unicode spaces. */
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000]+");

    /** Soft hyphens and zero-width characters only mark where a word may break or join; they are not text. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u2060\\uFEFF]");

    private CleanText() {}

    /** The clean text of {@code paragraphs}: each one folded, empty ones dropped, joined one per line. */
    public static String of(List<String> paragraphs) {
        StringBuilder text = new StringBuilder();
        for (String paragraph : paragraphs) {
            String folded = paragraph(paragraph);
            if (!folded.isEmpty()) {
                if (!text.isEmpty()) {
                    text.append(PARAGRAPH_BREAK);
                }
                text.append(folded);
            }
        }
        return text.toString();
    }

    /** One paragraph: composed (NFC), invisible marks removed, every white-space run one space, trimmed. */
    public static String paragraph(String raw) {
        String composed = Normalizer.normalize(raw, Normalizer.Form.NFC);
        return WHITE_SPACE.matcher(INVISIBLE.matcher(composed).replaceAll("")).replaceAll(" ").strip();
    }

    /** The paragraphs of a clean text, in order. */
    public static List<String> paragraphs(String cleanText) {
        return cleanText.isEmpty() ? List.of() : List.of(cleanText.split(PARAGRAPH_BREAK));
    }
}
