package io.quotewire.engine.attribution;

import io.quotewire.engine.model.QuoteKind;

/** Tells a whole quoted statement (direct) from a quoted fragment (partial) and from a scare-quoted term. */
final class QuoteClassifier {

    /** Terms are verbless and not long: “working-level”, ‘first security guarantee and sanction lift, next …’. */
    private static final int MAX_TERM_WORDS = 12;
    /** Longest scare-quoted fragment, in words. */
    private static final int MAX_FRAGMENT_WORDS = 4;
    /** Shortest quote taken for a statement of its own when no cue names its speaker. */
    private static final int MIN_STANDALONE_WORDS = 5;
    /** Words a headline-case title leaves lower-case. */
    private static final java.util.Set<String> SMALL_TITLE_WORDS = java.util.Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as",
            "vs.", "via", "into", "upon");

    private final ArticleTokens tokens;

    QuoteClassifier(ArticleTokens tokens) {
        this.tokens = tokens;
    }

    /** A few words without a verb: “sextortion”, “far-left activists”, “time bomb”. */
    boolean isFragment(QuoteTokens quote) {
        return words(quote) <= MAX_FRAGMENT_WORDS && !hasVerb(quote);
    }

    /** Whether an unattributed quote reads as a term or a title rather than speech. */
    boolean looksLikeTerm(QuoteTokens quote) {
        return words(quote) <= MAX_TERM_WORDS && !hasFiniteVerb(quote) || looksLikeTitle(quote);
    }

    /**
     * A title in headline case — “The Kid Who Would Be King”, “Contract with America.”: at least two words, and all
     * but the short function words capitalised.
     */
    boolean looksLikeTitle(QuoteTokens quote) {
        int words = 0;
        for (int i = quote.firstContent(); i < quote.close(); i++) {
            Token t = tokens.get(i);
            if (t.isPunctuation() || t.pos().equals("POS")) {
                continue;
            }
            words++;
            boolean small = t.word().length() <= 4 && SMALL_TITLE_WORDS.contains(t.word());
            if (!small && !Character.isUpperCase(t.word().codePointAt(0)) && !Character.isDigit(t.word().codePointAt(0))) {
                return false;
            }
        }
        return words >= 2;
    }

    /** A whole statement worth guessing a speaker for: a sentence of its own, several words, not a title. */
    boolean looksLikeStandaloneStatement(QuoteTokens quote) {
        boolean opensSentence = quote.open() == 0
                || tokens.get(quote.open() - 1).sentence() != tokens.get(quote.open()).sentence();
        return opensSentence && words(quote) >= MIN_STANDALONE_WORDS && looksLikeStatement(quote) && !looksLikeTitle(quote);
    }

    /** Whether a quote could stand alone as a statement: a capitalised clause of a few words. */
    boolean looksLikeStatement(QuoteTokens quote) {
        return quote.contentLength() >= 3 && startsUpperCase(quote) && (hasVerb(quote) || endsSentence(quote));
    }

    /** DIRECT for a capitalised statement or a clause set off by a comma, colon or conjunction; PARTIAL otherwise. */
    QuoteKind kindOf(QuoteTokens quote) {
        if (looksLikeStatement(quote)) {
            return QuoteKind.DIRECT;
        }
        int first = firstWord(quote);
        if (first < 0 || startsUpperCase(quote)) {
            return QuoteKind.PARTIAL;
        }
        boolean clause = hasFiniteVerb(quote) && !tokens.get(first).isVerb();
        return clause && isSetOff(quote.open()) ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
    }

    private int words(QuoteTokens quote) {
        int count = 0;
        for (int i = quote.firstContent(); i < quote.close(); i++) {
            count += tokens.get(i).isPunctuation() ? 0 : 1;
        }
        return count;
    }

    private boolean isSetOff(int open) {
        if (open == 0 || tokens.get(open - 1).sentence() != tokens.get(open).sentence()) {
            return true;
        }
        Token before = tokens.get(open - 1);
        return before.isComma() || before.word().equals(":") || before.pos().equals("CC");
    }

    private int firstWord(QuoteTokens quote) {
        for (int i = quote.firstContent(); i < quote.close(); i++) {
            if (!tokens.get(i).isPunctuation()) {
                return i;
            }
        }
        return -1;
    }

    private boolean startsUpperCase(QuoteTokens quote) {
        int first = firstWord(quote);
        return first >= 0 && Character.isUpperCase(tokens.get(first).word().codePointAt(0));
    }

    private boolean hasFiniteVerb(QuoteTokens quote) {
        for (int i = quote.firstContent(); i < quote.close(); i++) {
            if (tokens.get(i).isFiniteVerb()) {
                return true;
            }
        }
        return false;
    }

    private boolean hasVerb(QuoteTokens quote) {
        for (int i = quote.firstContent(); i < quote.close(); i++) {
            if (tokens.get(i).isVerb()) {
                return true;
            }
        }
        return false;
    }

    private boolean endsSentence(QuoteTokens quote) {
        for (int i = quote.close() - 1; i >= quote.firstContent(); i--) {
            String word = tokens.get(i).word();
            if (!word.equals(",")) {
                return word.equals(".") || word.equals("?") || word.equals("!");
            }
        }
        return false;
    }
}
