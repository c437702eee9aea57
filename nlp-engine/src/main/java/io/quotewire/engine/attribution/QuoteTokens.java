package io.quotewire.engine.attribution;

/**
 * A marked quote located in the token stream.
 *
 * @param open token index of the opening mark
 * @param close token index of the closing mark
 */
record QuoteTokens(QuoteSpan span, int open, int close) {

    int firstContent() {
        return open + 1;
    }

    int contentLength() {
        return Math.max(0, close - open - 1);
    }
}
