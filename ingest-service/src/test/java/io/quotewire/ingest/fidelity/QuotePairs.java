package io.quotewire.ingest.fidelity;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.quotewire.engine.attribution.AttributionEngine;
import io.quotewire.engine.corenlp.PipelineSettings;
import io.quotewire.engine.model.AttributedQuote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who said what in a text, as the production NLP finds it (CoreNLP with {@link PipelineSettings#defaults()} and the
 * attribution engine): one (quote, speaker) pair per quote, quote words compared without marks or spacing.
 */
public final class QuotePairs {

    /** One CoreNLP pipeline per test JVM: loading it takes seconds and some 400 MB. */
    private static final class Pipeline {
        static final StanfordCoreNLP INSTANCE = new StanfordCoreNLP(PipelineSettings.defaults());
    }

    private static final AttributionEngine ENGINE = new AttributionEngine();

    private QuotePairs() {}

    /**
     * A quote as compared across renderings.
     *
     * @param words the quote's letters and digits in lower case
     * @param speaker the speaker's full name, "" when none
     * @param shown the quote as found, for reports
     */
    public record Pair(String words, String speaker, String shown) {

        /** The key two renderings must agree on. */
        String key() {
            return words + " — " + speaker;
        }
    }

    /** The pairs of {@code text}, in text order. */
    public static List<Pair> of(String text) {
        CoreDocument document = new CoreDocument(text);
        Pipeline.INSTANCE.annotate(document);
        List<Pair> pairs = new ArrayList<>();
        for (AttributedQuote quote : ENGINE.analyze(document).quotes()) {
            String speaker = quote.speaker() == null ? "" : quote.speaker().name();
            pairs.add(new Pair(Boilerplate.squash(quote.text()), speaker, quote.text()));
        }
        return pairs;
    }

    /**
     * How {@code found} compares with {@code expected}.
     *
     * @param matched pairs found in both (as a multiset)
     * @param missing expected pairs not found
     * @param extra found pairs not expected
     */
    public record Comparison(int expected, int matched, List<Pair> missing, List<Pair> extra) {

        /** Share of the expected pairs found. */
        public double recall() {
            return expected == 0 ? 1 : (double) matched / expected;
        }
    }

    /** Compares two texts' pairs. */
    public static Comparison compare(List<Pair> expected, List<Pair> found) {
        Map<String, Integer> unmatched = new HashMap<>();
        expected.forEach(pair -> unmatched.merge(pair.key(), 1, Integer::sum));
        List<Pair> extra = new ArrayList<>();
        int matched = 0;
        for (Pair pair : found) {
            if (unmatched.getOrDefault(pair.key(), 0) > 0) {
                unmatched.merge(pair.key(), -1, Integer::sum);
                matched++;
            } else {
                extra.add(pair);
            }
        }
        List<Pair> missing = new ArrayList<>();
        for (Pair pair : expected) {
            if (unmatched.getOrDefault(pair.key(), 0) > 0) {
                unmatched.merge(pair.key(), -1, Integer::sum);
                missing.add(pair);
            }
        }
        return new Comparison(expected.size(), matched, missing, extra);
    }
}
