package io.quotewire.bench.corpus;

import java.util.List;

/**
 * One article of the benchmark corpus.
 *
 * @param title the headline, also the first line of {@code text}
 * @param text the whole article, lines separated by {@code \n}
 * @param speakers full names of the people the generator quoted in it
 */
public record GeneratedArticle(String title, String text, List<String> speakers) {

    public GeneratedArticle {
        speakers = List.copyOf(speakers);
    }

    /** The same article with one more line at the end, e.g. a run's edition line that keeps ids unique. */
    public GeneratedArticle withTrailer(String line) {
        return new GeneratedArticle(title, text + "\n" + line, speakers);
    }
}
