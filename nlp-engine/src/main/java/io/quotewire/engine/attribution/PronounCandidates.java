package io.quotewire.engine.attribution;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The persons one pronoun could stand for where it stands, most salient first, each with its salience there — what
 * {@link PronounResolver} chose from, kept so that a later reader can ask how clear the choice was once some person is
 * ruled out (a quote's speaker is not the "he" inside their own quote).
 *
 * @param persons entity indexes, most salient first
 * @param scores the salience of each, in the same order
 * @param gendered whether the text (a title, a resolved he or she) or the first name gives each the pronoun's gender,
 *     rather than merely not the other one
 */
record PronounCandidates(int[] persons, double[] scores, boolean[] gendered) {

    /** The candidates {@code persons} with their {@code scores} and {@code gendered} flags, put in order. */
    static PronounCandidates ranked(List<Integer> persons, List<Double> scores, List<Boolean> gendered) {
        int[] order = IntStream.range(0, persons.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -scores.get(i))).mapToInt(Integer::intValue).toArray();
        boolean[] flags = new boolean[order.length];
        for (int i = 0; i < order.length; i++) {
            flags[i] = gendered.get(order[i]);
        }
        return new PronounCandidates(IntStream.of(order).map(persons::get).toArray(),
                IntStream.of(order).mapToDouble(scores::get).toArray(), flags);
    }

    /** Whether {@code person} is among the candidates (their gender fits and they were named recently). */
    boolean contains(int person) {
        return indexOf(person) >= 0;
    }

    /** Whether the text or the first name gives {@code person} the pronoun's gender. */
    boolean gendered(int person) {
        int i = indexOf(person);
        return i >= 0 && gendered[i];
    }

    /** The most salient candidate other than {@code excluded} (-1 to exclude nobody), or -1. */
    int best(int excluded) {
        return nth(0, excluded);
    }

    /** The salience of {@link #best(int)}, 0 when there is none. */
    double bestScore(int excluded) {
        return scoreOf(nth(0, excluded));
    }

    /** The salience of the runner-up once {@code excluded} is left out, 0 when there is none. */
    double runnerUpScore(int excluded) {
        return scoreOf(nth(1, excluded));
    }

    private int nth(int n, int excluded) {
        int seen = 0;
        for (int person : persons) {
            if (person != excluded && seen++ == n) {
                return person;
            }
        }
        return -1;
    }

    private double scoreOf(int person) {
        int i = indexOf(person);
        return i < 0 ? 0 : scores[i];
    }

    private int indexOf(int person) {
        for (int i = 0; i < persons.length; i++) {
            if (persons[i] == person) {
                return i;
            }
        }
        return -1;
    }
}
