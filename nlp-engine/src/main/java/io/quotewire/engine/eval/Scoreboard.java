package io.quotewire.engine.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accumulates the scores of a whole set: quote precision/recall/F1 overall and per type, type agreement on matched
 * quotes, and speaker accuracy on matched quotes by span and by name.
 */
public final class Scoreboard {

    private final SpanMatcher matcher = new SpanMatcher();
    private final SpeakerJudge judge = new SpeakerJudge();
    private final Tally overall = new Tally();
    private final Map<String, Tally> byType = new TreeMap<>();
    private final Ratio typeAgreement = new Ratio();
    private final Ratio speakerBySpan = new Ratio();
    private final Ratio speakerByName = new Ratio();
    private int articles;
    private int mergedPieces;

    /** Scores one article's predictions against its gold quotes. */
    public void add(List<ScoredQuote> gold, List<ScoredQuote> predicted) {
        articles++;
        List<SpanMatcher.Match> matches = matcher.match(gold, predicted);
        boolean[] goldMatched = new boolean[gold.size()];
        boolean[] predictedMatched = new boolean[predicted.size()];
        for (SpanMatcher.Match m : matches) {
            goldMatched[m.gold()] = true;
            predictedMatched[m.predicted()] = true;
            ScoredQuote g = gold.get(m.gold());
            ScoredQuote p = predicted.get(m.predicted());
            typeAgreement.add(g.type().equals(p.type()));
            if (judge.hasGoldSpan(g)) {
                speakerBySpan.add(judge.spanMatches(g, p));
            }
            if (g.speaker() != null) {
                speakerByName.add(judge.nameMatches(g, p));
            }
        }
        for (int i = 0; i < gold.size(); i++) {
            overall.addGold(goldMatched[i]);
            tally(gold.get(i).type()).addGold(goldMatched[i]);
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!predictedMatched[i] && isPieceOfMatchedGold(predicted.get(i), gold, goldMatched)) {
                mergedPieces++;
                continue;
            }
            overall.addPredicted(predictedMatched[i]);
            tally(predicted.get(i).type()).addPredicted(predictedMatched[i]);
        }
    }

    /**
     * A prediction that lies at least half inside a matched gold quote of several pieces is another piece of it
     * ("“…,” said X, “…”" predicted as two quotes): neither a false positive nor a second match.
     */
    private static boolean isPieceOfMatchedGold(ScoredQuote prediction, List<ScoredQuote> gold, boolean[] goldMatched) {
        for (int g = 0; g < gold.size(); g++) {
            ScoredQuote candidate = gold.get(g);
            if (goldMatched[g] && candidate.pieces() > 1
                    && candidate.span().overlap(prediction.span()) * 2 >= prediction.span().length()) {
                return true;
            }
        }
        return false;
    }

    /** Predictions folded into a matched gold quote of several pieces. */
    public int mergedPieces() {
        return mergedPieces;
    }

    private Tally tally(String type) {
        return byType.computeIfAbsent(type, t -> new Tally());
    }

    public int articles() {
        return articles;
    }

    public Tally overall() {
        return overall;
    }

    /** Per type: precision over our quotes of that type, recall over gold quotes of that type. */
    public Map<String, Tally> byType() {
        return byType;
    }

    public Ratio typeAgreement() {
        return typeAgreement;
    }

    public Ratio speakerBySpan() {
        return speakerBySpan;
    }

    public Ratio speakerByName() {
        return speakerByName;
    }
}
