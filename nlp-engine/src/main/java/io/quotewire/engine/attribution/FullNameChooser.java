package io.quotewire.engine.attribution;

import java.util.List;

/**
 * Picks which full name a short one ("Kim", "Kim Jong", "Straub") stands for at one place in the article.
 *
 * <p>Among full names that share the short name's first or last words, prefer those already mentioned; score each by
 * how often it has been mentioned so far plus a bonus when it was mentioned in this or the previous paragraph, so
 * "Kim stated" right after "Kim Myong Gil" means him, while a stray "Kim" late in a Kim Jong Un story stays Kim Jong Un
 * even though another Kim was named in passing just before.
 */
final class FullNameChooser {

    private static final double RECENT_PARAGRAPH_BONUS = 2.0;

    /** Running salience of one canonical entity while mentions are resolved in order. */
    static final class Salience {
        int count;
        int lastParagraph = Integer.MIN_VALUE;
        int lastToken = -1;
    }

    private FullNameChooser() {}

    /** Whether {@code shortName} is the first or last words of {@code fullName} and shorter. */
    static boolean isPartOf(List<String> shortName, List<String> fullName) {
        if (shortName.size() >= fullName.size()) {
            return false;
        }
        return fullName.subList(0, shortName.size()).equals(shortName)
                || fullName.subList(fullName.size() - shortName.size(), fullName.size()).equals(shortName);
    }

    /** Index into {@code candidates} of the best full name at {@code paragraph}; -1 when there is none. */
    static int choose(List<Salience> candidates, int paragraph) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        boolean anyMentioned = candidates.stream().anyMatch(s -> s.count > 0);
        for (int i = 0; i < candidates.size(); i++) {
            Salience s = candidates.get(i);
            if (anyMentioned && s.count == 0) {
                continue;
            }
            double score = s.count + (s.lastParagraph >= paragraph - 1 ? RECENT_PARAGRAPH_BONUS : 0)
                    + s.lastToken / 1e7;
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }
}
