package io.quotewire.engine.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * "According to X, …", "…, according to X." and "The harsh truth, according to X, is …" — the last in two pieces,
 * as the sentence says them.
 */
final class AccordingToReport implements ReportedSpeechPattern {

    private final ArticleTokens tokens;
    private final PhraseReader phrases;
    private final ReportBoundaries boundaries;

    AccordingToReport(ArticleTokens tokens, PhraseReader phrases) {
        this.tokens = tokens;
        this.phrases = phrases;
        this.boundaries = new ReportBoundaries(tokens, phrases);
    }

    @Override
    public List<ReportedSpan> find(int start, int end) {
        List<ReportedSpan> found = new ArrayList<>();
        for (int i = start; i + 1 < end; i++) {
            if (!tokens.get(i).isWord("according") || !tokens.get(i + 1).isWord("to")) {
                continue;
            }
            Phrase source = phrases.rightOf(i + 2);
            if (source.isEmpty()) {
                continue;
            }
            int after = source.end();
            while (after < end && tokens.get(after).isComma()) {
                after++;
            }
            if (i == start) {
                found.add(new ReportedSpan(after, boundaries.nextReport(after, end), source, i, false));
            } else if (source.end() < end && tokens.get(source.end()).isComma() && !endsSentence(after, end)) {
                found.add(new ReportedSpan(start, i, source, i, false)); // A, according to X, B
                found.add(new ReportedSpan(after, boundaries.nextReport(after, end), source, i, false));
            } else {
                found.add(new ReportedSpan(start, i, source, i, false));
            }
        }
        return found;
    }

    private boolean endsSentence(int from, int end) {
        for (int i = from; i < end; i++) {
            if (!tokens.get(i).isPunctuation()) {
                return false;
            }
        }
        return true;
    }
}
