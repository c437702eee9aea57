package io.quotewire.engine.attribution;

/**
 * A stretch of reported speech found by one pattern, before its speaker is resolved: content tokens
 * {@code [contentStart, contentEnd)}, the phrase naming the speaker and the cue word.
 *
 * @param cueToken token index of the cue ("said", "according"), or -1
 * @param speakerFromMainClause whether the speaker is the main clause's subject (", saying …"): resolved like any
 *     phrase, but the pattern could only guess it
 */
record ReportedSpan(int contentStart, int contentEnd, Phrase speaker, int cueToken, boolean speakerFromMainClause) {

    boolean overlaps(ReportedSpan other) {
        return contentStart < other.contentEnd && other.contentStart < contentEnd;
    }
}
