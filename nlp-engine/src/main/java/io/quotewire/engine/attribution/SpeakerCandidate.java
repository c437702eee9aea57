package io.quotewire.engine.attribution;

/**
 * One possible speaker of a marked quote, with the evidence for it: either words of the text that name the speaker
 * ({@code phrase}) or a speaker already known from an earlier quote ({@code inherited}).
 *
 * @param cueToken token index of the cue word ("said"), or -1 when the tie is positional
 */
record SpeakerCandidate(Phrase phrase, SpeakerMatch inherited, Evidence evidence, int cueToken) {

    /** A candidate named by {@code cue}'s speaker phrase. */
    static SpeakerCandidate of(Cue cue) {
        return new SpeakerCandidate(cue.speaker(), null, cue.evidence(), cue.cueToken());
    }

    /** The speaker of an earlier quote, carried over to this one. */
    static SpeakerCandidate carried(SpeakerMatch speaker, Evidence evidence) {
        return new SpeakerCandidate(null, speaker, evidence, -1);
    }
}
