package io.quotewire.engine.attribution;

/**
 * One CoreNLP token reduced to what the engine reads, with its sentence and paragraph numbers.
 *
 * @param index position in the article's token list
 * @param begin character offset into the article text (inclusive)
 * @param end character offset into the article text (exclusive)
 */
record Token(int index, String word, String lemma, String pos, String ner, int begin, int end, int sentence, int paragraph) {

    /** Punctuation or a quote mark; a possessive ’s is not punctuation. */
    boolean isPunctuation() {
        return !pos.equals("POS") && word.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    boolean isComma() {
        return word.equals(",");
    }

    boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    boolean isNoun() {
        return pos.startsWith("NN");
    }

    boolean isFiniteVerb() {
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
    }

    boolean isVerb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }

    boolean isWord(String other) {
        return word.equalsIgnoreCase(other);
    }
}
