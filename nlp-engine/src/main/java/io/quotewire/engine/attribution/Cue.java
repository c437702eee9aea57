package io.quotewire.engine.attribution;

/**
 * A speaker phrase tied to a quote by a cue word.
 *
 * @param cueToken token index of the cue verb ("said"), or -1 when the tie is positional
 */
record Cue(Phrase speaker, int cueToken, Evidence evidence) {}
