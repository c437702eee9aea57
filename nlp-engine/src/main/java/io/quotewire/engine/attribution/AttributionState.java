package io.quotewire.engine.attribution;

/**
 * What the attribution of marked quotes knows as it walks the article in order: the last quote that got a speaker,
 * where it ended, and who that speaker was.
 */
final class AttributionState {

    private SpeakerMatch lastSpeaker;
    private int lastSentence = -1;
    private int lastParagraph = Integer.MIN_VALUE;
    private int lastQuoteClose = -1;

    /** The speaker of the last attributed quote, or null before the first. */
    SpeakerMatch lastSpeaker() {
        return lastSpeaker;
    }

    /** Sentence in which the last attributed quote closed. */
    int lastSentence() {
        return lastSentence;
    }

    /** Paragraph in which the last attributed quote closed. */
    int lastParagraph() {
        return lastParagraph;
    }

    /** Token index of the closing mark of the last attributed quote, or -1. */
    int lastQuoteClose() {
        return lastQuoteClose;
    }

    void attributed(QuoteTokens quote, SpeakerMatch speaker, Token close) {
        lastSpeaker = speaker;
        lastSentence = close.sentence();
        lastParagraph = close.paragraph();
        lastQuoteClose = quote.close();
    }
}
