package io.quotewire.engine.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** A larger corpus made deterministically from the seeds: articles of recombined seed paragraphs. */
public final class CorpusBuilder {

    private final long seed;

    public CorpusBuilder(long seed) {
        this.seed = seed;
    }

    /** {@code count} articles of 6–14 paragraphs each, drawn with a fixed random seed from {@code sources}. */
    public List<String> build(List<String> sources, int count) {
        List<String> paragraphs = new ArrayList<>();
        for (String source : sources) {
            Arrays.stream(source.split("\n")).filter(p -> !p.isBlank()).forEach(paragraphs::add);
        }
        Random random = new Random(seed);
        List<String> articles = new ArrayList<>();
        for (int i = 0; i < count && !paragraphs.isEmpty(); i++) {
            int length = 6 + random.nextInt(9);
            StringBuilder article = new StringBuilder();
            for (int p = 0; p < length; p++) {
                article.append(paragraphs.get(random.nextInt(paragraphs.size()))).append('\n');
            }
            articles.add(article.toString());
        }
        return articles;
    }
}
