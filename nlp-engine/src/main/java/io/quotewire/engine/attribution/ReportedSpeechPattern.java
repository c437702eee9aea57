package io.quotewire.engine.attribution;

import java.util.List;

/** One way reported speech is written without quote marks ("X said that …", "…, X said."); finds it in a sentence. */
interface ReportedSpeechPattern {

    /** Every stretch of reported speech this pattern sees in the sentence of tokens {@code [start, end)}. */
    List<ReportedSpan> find(int start, int end);
}
