package io.quotewire.engine.attribution;

/**
 * Finds the cue and speaker phrase of a marked quote: right after it ("…,” said X", "…,” X said") or before it in
 * its sentence ("X said, “…”", "The meeting, he said, had “…”"), including a cue that ends the previous paragraph
 * with a colon.
 */
final class CueFinder {

    private static final int MAX_LOOK_BACK = 40;
    /** Longest appositive between a speaker's name and the cue verb after a quote, in tokens. */
    private static final int MAX_APPOSITIVE = 30;
    /** Longest phrase between a quote and its cue that is not part of the cue ("including Lake Cowichan,"). */
    private static final int MAX_TRAILING_PHRASE = 6;

    private final ArticleTokens tokens;
    private final PhraseReader phrases;
    private final SubjectFinder subjects;
    private final boolean[] insideQuote;
    private final EntityIndex index;

    CueFinder(ArticleTokens tokens, PhraseReader phrases, SubjectFinder subjects, boolean[] insideQuote,
            EntityIndex index) {
        this.tokens = tokens;
        this.phrases = phrases;
        this.subjects = subjects;
        this.insideQuote = insideQuote;
        this.index = index;
    }

    /** "“…,” said X" or "“…,” X said": only commas may stand between the closing mark and the cue. */
    Cue after(QuoteTokens quote) {
        Cue right = afterFrom(quote, quote.close() + 1);
        if (right != null) {
            return right;
        }
        int comma = trailingPhraseEnd(quote.close() + 1); // “…” including Lake Cowichan, it said.
        return comma < 0 ? null : afterFrom(quote, comma);
    }

    /**
     * The comma closing a short phrase right after a quote that is not itself a cue ("including Lake Cowichan,"), or
     * -1: at most a few words, no verb but a participle opening it, in the quote's sentence.
     */
    private int trailingPhraseEnd(int from) {
        int sentence = from < tokens.size() ? tokens.get(from).sentence() : -1;
        for (int i = from; i < tokens.size() && i - from <= MAX_TRAILING_PHRASE; i++) {
            Token t = tokens.get(i);
            if (t.sentence() != sentence || insideQuote[i] || t.isFiniteVerb() || CueLexicon.isQuoteVerb(t)) {
                return -1;
            }
            if (t.isComma()) {
                return i > from ? i : -1;
            }
        }
        return -1;
    }

    /** The cue starting at token {@code from}, after the quote: commas may come first, then the cue. */
    private Cue afterFrom(QuoteTokens quote, int from) {
        int k = from;
        while (k < tokens.size() && tokens.get(k).isComma()) {
            k++;
        }
        if (k >= tokens.size() || tokens.get(k).paragraph() != tokens.get(quote.close()).paragraph()) {
            return null;
        }
        Token first = tokens.get(k);
        if (isDash(first) && k + 1 < tokens.size()) {
            Phrase signed = phrases.rightOf(k + 1); // “…” ― Carlos Raúl
            ResolvedMention name = signed.isEmpty() ? null : index.mentionAt(signed.head());
            boolean person = name != null && index.isPerson(name);
            // a signature the tagger did not know: capitalised names closing the paragraph ("― Veronica Cruz")
            boolean signature = !signed.isEmpty() && name == null && isProperNames(signed) && endsParagraph(signed.end());
            return person || signature ? new Cue(signed, -1, Evidence.CUE_AFTER) : null;
        }
        // CoreNLP ends the sentence at a quoted question or exclamation: “Are there prizes?” | Lincicome asked.
        if (first.sentence() != tokens.get(quote.close()).sentence() && !endsWithQuestionOrExclamation(quote)) {
            return null;
        }
        // "“…,” echoes McMillen": the tagger may read a speech verb before a name as a plural noun
        boolean verbBeforeName = CueLexicon.isQuoteLemma(first) && k + 1 < tokens.size()
                && tokens.get(k + 1).isProperNoun() && first.word().toLowerCase().endsWith("s");
        if (CueLexicon.isQuoteVerb(first) && !first.pos().equals("VBG") || verbBeforeName) {
            Phrase speaker = phrases.rightOf(k + 1);
            return speaker.isEmpty() ? null : new Cue(speaker, k, Evidence.CUE_AFTER);
        }
        if (first.isWord("according") && k + 1 < tokens.size() && tokens.get(k + 1).isWord("to")) {
            Phrase source = phrases.rightOf(k + 2); // “…,” according to Dr. X, a family doctor.
            return source.isEmpty() ? null : new Cue(source, k, Evidence.CUE_AFTER);
        }
        Phrase speaker = phrases.rightOf(k);
        if (speaker.isEmpty()) {
            return null;
        }
        int verb = skipAdverbs(speaker.end());
        if (verb < tokens.size() && tokens.get(verb).isComma()) {
            verb = skipAdverbs(afterAppositive(verb)); // “…,” X, a senior analyst at Y, said in a statement.
        }
        return verb >= 0 && verb < tokens.size() && CueLexicon.isQuoteVerb(tokens.get(verb))
                ? new Cue(speaker, verb, Evidence.CUE_AFTER) : null;
    }

    private boolean endsWithQuestionOrExclamation(QuoteTokens quote) {
        int last = quote.close() - 1;
        return last > quote.open() && (tokens.get(last).word().equals("?") || tokens.get(last).word().equals("!"));
    }

    private int skipAdverbs(int from) {
        int i = from;
        while (i >= 0 && i < tokens.size() && tokens.get(i).pos().startsWith("RB")) {
            i++;
        }
        return i;
    }

    /**
     * The token after the comma that closes an appositive opened by the comma at {@code comma} ("X, director of
     * research at Y, said"), or -1 when no such comma follows in the sentence: the appositive holds no quote mark,
     * no finite verb outside a relative clause, and is not long.
     */
    private int afterAppositive(int comma) {
        int sentence = tokens.get(comma).sentence();
        boolean relative = false;
        for (int i = comma + 1; i < tokens.size() && i - comma <= MAX_APPOSITIVE; i++) {
            Token t = tokens.get(i);
            if (t.sentence() != sentence || insideQuote[i] || t.word().equals(";") || t.word().equals(":")) {
                return -1;
            }
            if (t.isComma()) {
                return i + 1;
            }
            relative |= t.isWord("who") || t.isWord("which") || t.isWord("whose");
            if (t.isFiniteVerb() && !relative) {
                return -1;
            }
        }
        return -1;
    }

    private boolean isProperNames(Phrase phrase) {
        for (int i = phrase.start(); i < phrase.end(); i++) {
            if (!tokens.get(i).isProperNoun()) {
                return false;
            }
        }
        return true;
    }

    /** Only punctuation is left of the paragraph after token {@code from}. */
    private boolean endsParagraph(int from) {
        int paragraph = tokens.get(from - 1).paragraph();
        for (int i = from; i < tokens.size() && tokens.get(i).paragraph() == paragraph; i++) {
            if (!tokens.get(i).isPunctuation()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDash(Token token) {
        String w = token.word();
        return w.equals("―") || w.equals("—") || w.equals("--") || w.equals("–");
    }

    /** The nearest cue verb before the quote in its sentence (or in the sentence a colon ends), with its subject. */
    Cue before(QuoteTokens quote) {
        int verb = cueVerbBefore(quote.open());
        if (verb < 0) {
            return null;
        }
        return subjects.subjectOf(verb, Evidence.CUE_BEFORE);
    }

    /**
     * For a quote that opens its sentence: the cue of the sentence just before, in the same or previous paragraph
     * ("Rep. Mica described the confrontation in grave terms.\n“We cannot …”"), when that sentence holds no quote.
     */
    Cue previousSentence(QuoteTokens quote) {
        int open = quote.open();
        if (open == 0 || tokens.get(open - 1).sentence() == tokens.get(open).sentence()) {
            return null;
        }
        int last = open - 1;
        int sentence = tokens.get(last).sentence();
        if (tokens.get(open).paragraph() - tokens.get(last).paragraph() > 1) {
            return null;
        }
        for (int i = last; i >= 0 && tokens.get(i).sentence() == sentence; i--) {
            if (insideQuote[i]) {
                return null;
            }
        }
        for (int i = last; i >= 0 && tokens.get(i).sentence() == sentence; i--) {
            Token t = tokens.get(i);
            if (t.isFiniteVerb() && CueLexicon.isQuoteVerb(t)) {
                Cue cue = subjects.subjectOf(i, Evidence.PREVIOUS_SENTENCE);
                return cue == null ? null : new Cue(cue.speaker(), i, Evidence.PREVIOUS_SENTENCE);
            }
        }
        return null;
    }

    /** The cue verb before the quote, or -1. */
    int cueVerbBefore(int open) {
        int from = open - 1;
        if (from < 0) {
            return -1;
        }
        int sentence = tokens.get(from).word().equals(":") ? tokens.get(from).sentence() : tokens.get(open).sentence();
        for (int i = from; i >= 0 && open - i <= MAX_LOOK_BACK && tokens.get(i).sentence() == sentence; i--) {
            if (!insideQuote[i] && CueLexicon.isQuoteVerb(tokens.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
