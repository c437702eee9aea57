package io.quotewire.engine.attribution;

import java.util.List;

/** A statement opening its sentence right after a sentence whose subject spoke: "X described it so.¶“…”". */
final class PreviousSentenceCue implements SpeakerEvidence {

    private final CueFinder cues;
    private final QuoteClassifier classifier;

    PreviousSentenceCue(CueFinder cues, QuoteClassifier classifier) {
        this.cues = cues;
        this.classifier = classifier;
    }

    @Override
    public List<SpeakerCandidate> candidates(QuoteTokens quote, AttributionState state) {
        Cue cue = classifier.looksLikeStatement(quote) ? cues.previousSentence(quote) : null;
        return cue == null ? List.of() : List.of(SpeakerCandidate.of(cue));
    }
}
