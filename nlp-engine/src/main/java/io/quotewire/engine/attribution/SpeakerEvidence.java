package io.quotewire.engine.attribution;

import java.util.List;

/**
 * One kind of evidence for who said a marked quote ("“…,” said X", "X said, “…”", a follow-on quote): it proposes
 * candidates and says nothing of how much they count, which {@link SpeakerScores} decides for all kinds in one place.
 */
interface SpeakerEvidence {

    /** The candidates this evidence sees for {@code quote}; empty when it sees none. */
    List<SpeakerCandidate> candidates(QuoteTokens quote, AttributionState state);
}
