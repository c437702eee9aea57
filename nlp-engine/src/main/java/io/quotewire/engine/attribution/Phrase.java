package io.quotewire.engine.attribution;

/** A run of tokens {@code [start, end)}; its last token is taken as the head. */
record Phrase(int start, int end) {

    boolean isEmpty() {
        return end <= start;
    }

    int head() {
        return end - 1;
    }

    int length() {
        return end - start;
    }
}
