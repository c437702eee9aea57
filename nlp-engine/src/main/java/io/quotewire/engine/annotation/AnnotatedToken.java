package io.quotewire.engine.annotation;

/**
 * One token as the engine reads it: its word, lemma, part-of-speech tag and NER tag, where it stands in the text and
 * which sentence holds it.
 *
 * @param begin character offset into the text (inclusive)
 * @param end character offset into the text (exclusive)
 * @param sentence number of the sentence holding the token, counted from 0 over the whole text
 */
public record AnnotatedToken(String word, String lemma, String pos, String ner, int begin, int end, int sentence) {

    /** The same token {@code chars} characters and {@code sentences} sentences further on. */
    AnnotatedToken shifted(int chars, int sentences) {
        return new AnnotatedToken(word, lemma, pos, ner, begin + chars, end + chars, sentence + sentences);
    }
}
