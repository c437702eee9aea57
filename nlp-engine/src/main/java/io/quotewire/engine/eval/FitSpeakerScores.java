package io.quotewire.engine.eval;

import io.quotewire.engine.attribution.AttributionEngine;
import io.quotewire.engine.attribution.CandidateObserver;
import io.quotewire.engine.attribution.SpeakerScores;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Command line: fits the weights of {@link SpeakerScores} on an annotated training set (PolNeAR's train split —
 * never a dev set) as a conditional logit over each marked quote's candidates, a candidate being right when its
 * mention overlaps the gold speaker span; prints how often the hand-set and the fitted weights pick a right candidate
 * where one exists, and with {@code --out FILE} writes the fitted weights as properties.
 *
 * <p>Usage: {@code FitSpeakerScores TRAIN.jsonl [--cache DIR] [--out FILE]}
 */
public final class FitSpeakerScores {

    private static final int EPOCHS = 60;
    private static final double LEARNING_RATE = 0.05;
    private static final double L2 = 1e-4;

    /** One quote's candidates with their features and whether each is right. */
    record Choice(List<double[]> features, List<Boolean> right, int chosen) {}

    private FitSpeakerScores() {}

    public static void main(String[] args) throws IOException {
        List<String> rest = new ArrayList<>(List.of(args));
        Path cache = option(rest, "--cache");
        Path out = option(rest, "--out");
        List<GoldArticle> articles = new GoldReader().read(Path.of(rest.get(0)));
        List<Choice> choices = collect(articles, new AnnotationCache(cache));
        List<Choice> contested = choices.stream().filter(c -> c.right().contains(true) && c.features().size() > 1).toList();
        long handRight = contested.stream().filter(c -> c.right().get(c.chosen())).count();
        double[] weights = fit(contested);
        long fittedRight = contested.stream().filter(c -> c.right().get(argmax(c, weights))).count();
        System.out.printf(Locale.ROOT, "marked quotes matched to gold: %d, with a right candidate among several: %d%n",
                choices.size(), contested.size());
        System.out.printf(Locale.ROOT, "right candidate chosen: hand-set weights %d (%.3f), fitted %d (%.3f)%n", handRight,
                (double) handRight / contested.size(), fittedRight, (double) fittedRight / contested.size());
        for (int i = 0; i < weights.length; i++) {
            System.out.printf(Locale.ROOT, "  %-28s %8.3f%n", SpeakerScores.FEATURES.get(i), weights[i]);
        }
        if (out != null) {
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                w.write("# Fitted by FitSpeakerScores on " + Path.of(rest.get(0)).getFileName() + "\n");
                for (int i = 0; i < weights.length; i++) {
                    w.write(SpeakerScores.FEATURES.get(i) + "=" + String.format(Locale.ROOT, "%.4f", weights[i]) + "\n");
                }
            }
        }
    }

    private static List<Choice> collect(List<GoldArticle> articles, AnnotationCache annotations) {
        AttributionEngine engine = new AttributionEngine();
        List<Choice> choices = new ArrayList<>();
        for (GoldArticle article : articles) {
            engine.analyze(annotations.apply(article.text()), (start, end, candidates) -> {
                ScoredQuote gold = bestGold(article.quotes(), new Span(start, end));
                if (gold == null || gold.speakerSpans().isEmpty() || candidates.isEmpty()) {
                    return;
                }
                List<double[]> features = new ArrayList<>();
                List<Boolean> right = new ArrayList<>();
                int chosen = 0;
                for (CandidateObserver.WeighedCandidate c : candidates) {
                    Span mention = new Span(c.mentionStart(), c.mentionEnd());
                    right.add(gold.speakerSpans().stream().anyMatch(s -> s.overlap(mention) > 0));
                    if (c.chosen()) {
                        chosen = features.size();
                    }
                    features.add(c.features());
                }
                choices.add(new Choice(features, right, chosen));
            });
        }
        return choices;
    }

    /** The gold quote overlapping {@code span} most, by at least half of the shorter of the two, or null. */
    private static ScoredQuote bestGold(List<ScoredQuote> gold, Span span) {
        ScoredQuote best = null;
        int bestOverlap = 0;
        for (ScoredQuote g : gold) {
            int overlap = g.span().overlap(span);
            if (overlap > bestOverlap && overlap >= SpanMatcher.MIN_OVERLAP * Math.min(g.span().length(), span.length())) {
                best = g;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    /** Conditional logit by gradient ascent on the log-probability of the right candidates. */
    static double[] fit(List<Choice> choices) {
        double[] w = new double[SpeakerScores.FEATURES.size()];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (Choice c : choices) {
                double[] p = softmax(c, w);
                double rightMass = 0;
                for (int k = 0; k < p.length; k++) {
                    rightMass += c.right().get(k) ? p[k] : 0;
                }
                for (int k = 0; k < p.length; k++) {
                    double target = c.right().get(k) ? p[k] / rightMass : 0;
                    double[] f = c.features().get(k);
                    for (int i = 0; i < w.length; i++) {
                        w[i] += LEARNING_RATE * (target - p[k]) * f[i];
                    }
                }
                for (int i = 0; i < w.length; i++) {
                    w[i] -= LEARNING_RATE * L2 * w[i];
                }
            }
        }
        return w;
    }

    private static double[] softmax(Choice c, double[] w) {
        double[] s = new double[c.features().size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < s.length; k++) {
            s[k] = dot(w, c.features().get(k));
            max = Math.max(max, s[k]);
        }
        double sum = 0;
        for (int k = 0; k < s.length; k++) {
            s[k] = Math.exp(s[k] - max);
            sum += s[k];
        }
        for (int k = 0; k < s.length; k++) {
            s[k] /= sum;
        }
        return s;
    }

    static int argmax(Choice c, double[] w) {
        int best = 0;
        for (int k = 1; k < c.features().size(); k++) {
            if (dot(w, c.features().get(k)) > dot(w, c.features().get(best))) {
                best = k;
            }
        }
        return best;
    }

    private static double dot(double[] w, double[] f) {
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            s += w[i] * f[i];
        }
        return s;
    }

    private static Path option(List<String> args, String name) {
        int at = args.indexOf(name);
        if (at < 0 || at + 1 >= args.size()) {
            return null;
        }
        Path value = Path.of(args.get(at + 1));
        args.subList(at, at + 2).clear();
        return value;
    }
}
