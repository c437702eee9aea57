package io.quotewire.engine.attribution;

/**
 * A run of tokens {@code [start, end)} naming something, with the token that heads it: the last one ("the North
 * Korean spokesperson"), or the noun before an "of" ("director of research", "a member of the public").
 */
record Phrase(int start, int end, int head) {

    /** A phrase headed by its last token. */
    Phrase(int start, int end) {
        this(start, end, end - 1);
    }

    boolean isEmpty() {
        return end <= start;
    }

    int length() {
        return end - start;
    }
}
