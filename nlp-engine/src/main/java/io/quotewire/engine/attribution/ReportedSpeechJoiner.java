package io.quotewire.engine.attribution;

import io.quotewire.engine.model.AttributedQuote;
import io.quotewire.engine.model.QuoteKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins reported speech with the marked quotes of the same sentences. Reported words that hold quoted fragments are
 * one mixed quote ("Lu Kang said further information would be “released in due course.”" — the paraphrase with its
 * quoted words, spoken by the reporting verb's subject), replacing the fragments; reported words that overlap a whole
 * quoted statement are the statement's own cue, not more speech; the rest stays indirect.
 */
final class ReportedSpeechJoiner {

    private final ArticleTokens tokens;

    ReportedSpeechJoiner(ArticleTokens tokens) {
        this.tokens = tokens;
    }

    /** Marked and reported quotes of one article, joined; in no particular order. */
    List<AttributedQuote> join(List<AttributedQuote> marked, List<AttributedQuote> reported) {
        List<AttributedQuote> remaining = new ArrayList<>(marked);
        List<AttributedQuote> result = new ArrayList<>();
        for (AttributedQuote report : reported) {
            List<AttributedQuote> overlapping = remaining.stream()
                    .filter(q -> q.kind() != QuoteKind.TERM && overlap(q, report)).toList();
            if (overlapping.isEmpty()) {
                if (isClause(report) || !sharesASentence(report, remaining)) {
                    result.add(report); // "The U.S., said the spokesperson, must take “…”": "The U.S." is no speech
                }
            } else if (overlapping.stream().allMatch(q -> q.kind() == QuoteKind.PARTIAL)) {
                result.add(mixed(report, overlapping));
                remaining.removeAll(overlapping);
            }
        }
        result.addAll(remaining);
        return result;
    }

    /** The reported words with their quoted fragments, as one partial quote of the reporting verb's subject. */
    private AttributedQuote mixed(AttributedQuote report, List<AttributedQuote> fragments) {
        int start = report.start();
        int end = report.end();
        for (AttributedQuote fragment : fragments) {
            start = Math.min(start, fragment.start());
            end = Math.max(end, fragment.end());
        }
        // The reporting verb's subject speaks, unless it is only a guess (", citing …" after "said Ortagus") and the
        // fragment has a speaker of its own.
        AttributedQuote first = fragments.get(0);
        boolean guessed = report.confidence() < Evidence.REPORTED.confidence(false) - 0.05;
        AttributedQuote speaker = first.speaker() != null && (guessed || report.speaker() == null) ? first : report;
        return new AttributedQuote(tokens.text().substring(start, end), start, end, QuoteKind.PARTIAL, speaker.cue(),
                speaker.confidence(), speaker.speaker());
    }

    /** Whether the reported words have a verb with tense of their own. */
    private boolean isClause(AttributedQuote report) {
        for (int i = tokens.firstTokenEndingAfter(report.start()); i < tokens.size() && tokens.get(i).begin() < report.end();
                i++) {
            if (tokens.get(i).isFiniteVerb()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a marked quote stands in the sentence where the report begins. */
    private boolean sharesASentence(AttributedQuote report, List<AttributedQuote> marked) {
        int sentence = tokens.get(tokens.firstTokenEndingAfter(report.start())).sentence();
        return marked.stream().filter(q -> q.kind() != QuoteKind.TERM)
                .anyMatch(q -> tokens.get(tokens.firstTokenEndingAfter(q.start())).sentence() == sentence);
    }

    private static boolean overlap(AttributedQuote a, AttributedQuote b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
