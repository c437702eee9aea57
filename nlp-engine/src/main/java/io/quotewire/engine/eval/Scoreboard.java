package io.quotewire.engine.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accumulates the scores of a whole set: quote precision/recall/F1 overall and per type, type agreement on matched
 * quotes, and speaker accuracy on matched quotes by span and by name.
 */
public final class Scoreboard {

    /** The group of every speech quote in the per-type speaker figures. */
    public static final String ALL = "all";
    /** The group of quotes in quote marks (direct and mixed) in the per-type speaker figures. */
    public static final String MARKED = "direct+mixed";

    private final SpanMatcher matcher = new SpanMatcher();
    private final SpeakerJudge judge = new SpeakerJudge();
    private final Tally overall = new Tally();
    private final Map<String, Tally> byType = new TreeMap<>();
    private final Ratio typeAgreement = new Ratio();
    private final Ratio speakerBySpan = new Ratio();
    private final Ratio speakerByName = new Ratio();
    private final Map<String, Ratio> speakerByNameMatched = new TreeMap<>();
    private final Map<String, Ratio> speakerByNameOfGold = new TreeMap<>();
    private int articles;
    private int mergedPieces;

    /** Scores one article's predictions against its gold quotes; returns the one-to-one matches it scored. */
    public List<SpanMatcher.Match> add(List<ScoredQuote> gold, List<ScoredQuote> predicted) {
        articles++;
        List<SpanMatcher.Match> matches = matcher.match(gold, predicted);
        boolean[] goldMatched = new boolean[gold.size()];
        boolean[] predictedMatched = new boolean[predicted.size()];
        boolean[] speakerRight = new boolean[gold.size()];
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
                boolean right = judge.nameMatches(g, p);
                speakerByName.add(right);
                for (String group : groupsOf(g.type())) {
                    speakerByNameMatched.computeIfAbsent(group, k -> new Ratio()).add(right);
                }
                speakerRight[m.gold()] = right;
            }
        }
        for (int i = 0; i < gold.size(); i++) {
            overall.addGold(goldMatched[i]);
            tally(gold.get(i).type()).addGold(goldMatched[i]);
            if (gold.get(i).speaker() != null) {
                for (String group : groupsOf(gold.get(i).type())) {
                    speakerByNameOfGold.computeIfAbsent(group, k -> new Ratio()).add(speakerRight[i]);
                }
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!predictedMatched[i] && isPieceOfMatchedGold(predicted.get(i), gold, goldMatched)) {
                mergedPieces++;
                continue;
            }
            overall.addPredicted(predictedMatched[i]);
            tally(predicted.get(i).type()).addPredicted(predictedMatched[i]);
        }
        return matches;
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

    /** The groups a gold type is reported under: itself, "direct+mixed" for marked quotes, and "all". */
    private static List<String> groupsOf(String type) {
        return type.equals("indirect") ? List.of(type, ALL) : List.of(type, MARKED, ALL);
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

    /**
     * Per gold type (and the groups {@link #MARKED} and {@link #ALL}): matched quotes with a gold speaker whose
     * predicted speaker has the gold name.
     */
    public Map<String, Ratio> speakerByNameMatched() {
        return speakerByNameMatched;
    }

    /**
     * Per gold type (and the groups): gold quotes with a speaker that a prediction matched with the gold name, over
     * all such gold quotes, so a quote that was missed counts as a wrong speaker.
     */
    public Map<String, Ratio> speakerByNameOfGold() {
        return speakerByNameOfGold;
    }
}
