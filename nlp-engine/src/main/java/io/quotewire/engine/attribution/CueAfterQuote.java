package io.quotewire.engine.attribution;

import java.util.List;

/** “…,” said X / “…,” X said / “…” ― X: a cue right after the closing mark. */
final class CueAfterQuote implements SpeakerEvidence {

    private final CueFinder cues;

    CueAfterQuote(CueFinder cues) {
        this.cues = cues;
    }

    @Override
    public List<SpeakerCandidate> candidates(QuoteTokens quote, AttributionState state) {
        Cue cue = cues.after(quote);
        return cue == null ? List.of() : List.of(SpeakerCandidate.of(cue));
    }
}
