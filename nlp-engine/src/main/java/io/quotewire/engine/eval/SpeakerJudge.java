package io.quotewire.engine.eval;

import java.util.Locale;

/**
 * Decides whether a predicted speaker is the gold one, two ways: by where the text names the speaker (any character
 * overlap between our speaker mention and a gold speaker span, which suits sets like PolNeAR whose gold speaker is
 * "he"), and by name (equal after case, a leading "the" and spacing are ignored — a bare surname for a full name is
 * wrong).
 */
public final class SpeakerJudge {

    /** Whether the gold names its speaker's position, so the span test applies. */
    public boolean hasGoldSpan(ScoredQuote gold) {
        return !gold.speakerSpans().isEmpty();
    }

    /** Our speaker mention overlaps one of the gold speaker spans. */
    public boolean spanMatches(ScoredQuote gold, ScoredQuote predicted) {
        for (Span goldSpan : gold.speakerSpans()) {
            for (Span ours : predicted.speakerSpans()) {
                if (goldSpan.overlap(ours) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Our speaker's name equals the gold name. */
    public boolean nameMatches(ScoredQuote gold, ScoredQuote predicted) {
        return gold.speaker() != null && predicted.speaker() != null
                && normalise(gold.speaker()).equals(normalise(predicted.speaker()));
    }

    static String normalise(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
        return lower.startsWith("the ") ? lower.substring(4) : lower;
    }
}
