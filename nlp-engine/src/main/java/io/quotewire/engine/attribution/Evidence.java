package io.quotewire.engine.attribution;

/** What tied a quote to its speaker, strongest first; each carries the confidence it earns. */
enum Evidence {
    /** “…,” said X / “…,” X said. */
    CUE_AFTER(0.95),
    /** X said, “…” / X called it a “…”. */
    CUE_BEFORE(0.9),
    /** The U.S., said the spokesperson, must take “…”. */
    CUE_INVERTED(0.9),
    /** X, a role, announced that “…”. */
    CUE_APPOSITIVE(0.9),
    /** A second quote in the sentence of an attributed one: “…,” said X, citing “…”. */
    SAME_SENTENCE(0.8),
    /** A cue verb whose subject is further back in the sentence: he destroyed … after declaring that “…”. */
    CLAUSE_SUBJECT(0.6),
    /** A quote opening its sentence right after a sentence whose subject spoke: "X described it so.\n“…”". */
    PREVIOUS_SENTENCE(0.6),
    /** A quote after a colon that ends a clause about its speaker: "X is more blunt: “…”". */
    COLON_INTRO(0.75),
    /** A quote without a cue that follows the last speaker's quote in the same or the next paragraph. */
    CONTINUATION(0.7),
    /** A statement with no cue at all, after sentences about one person: that person. */
    SALIENT_PERSON(0.45),
    /** X said that … / according to X, … (no quote marks). */
    REPORTED(0.75);

    private final double confidence;

    Evidence(double confidence) {
        this.confidence = confidence;
    }

    /** Confidence for this evidence; a speaker known only by a pronoun costs 0.1. */
    double confidence(boolean pronoun) {
        return pronoun ? confidence - 0.1 : confidence;
    }
}
