package io.quotewire.ingest.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and hyphenated compounds a document uses inside its lines: the best evidence of how a word split at a
 * line end is spelt ("denuclear-" + "ization" joins because the text writes "denuclearization" elsewhere).
 */
public final class DocumentWords {

    /** A word, possibly hyphenated ("working-level", "end-of-war"); a hyphen before a line break ends the match. */
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:[-\\u2010]\\p{L}+)*");

    private final Set<String> words = new HashSet<>();
    private final Set<String> compounds = new HashSet<>();

    private DocumentWords() {}

    /** The words of {@code text}, in lower case. */
    public static DocumentWords of(CharSequence text) {
        DocumentWords vocabulary = new DocumentWords();
        vocabulary.add(text);
        return vocabulary;
    }

    /** Adds the words of more text of the same document. */
    public void add(CharSequence text) {
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String word = matcher.group().toLowerCase(Locale.ROOT).replace('\u2010', '-');
            (word.indexOf('-') >= 0 ? compounds : words).add(word);
        }
    }

    /** Whether the document writes {@code word} (lower case, no hyphen) somewhere. */
    public boolean hasWord(String word) {
        return words.contains(word);
    }

    /** Whether the document writes {@code compound} (lower case, e.g. "well-known") somewhere inside a line. */
    public boolean hasCompound(String compound) {
        return compounds.contains(compound);
    }
}
