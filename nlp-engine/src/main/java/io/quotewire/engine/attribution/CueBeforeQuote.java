package io.quotewire.engine.attribution;

import java.util.List;

/** X said, “…” / The meeting, he said, had “…” / X said: ¶ “…”: a cue verb before the quote, with its subject. */
final class CueBeforeQuote implements SpeakerEvidence {

    private final CueFinder cues;

    CueBeforeQuote(CueFinder cues) {
        this.cues = cues;
    }

    @Override
    public List<SpeakerCandidate> candidates(QuoteTokens quote, AttributionState state) {
        Cue cue = cues.before(quote);
        return cue == null ? List.of() : List.of(SpeakerCandidate.of(cue));
    }
}
