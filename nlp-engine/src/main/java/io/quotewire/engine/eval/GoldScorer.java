package io.quotewire.engine.eval;

import io.quotewire.engine.annotation.AnnotatedText;
import io.quotewire.engine.attribution.AttributionEngine;
import java.util.List;
import java.util.function.Function;

/** Runs CoreNLP (through {@code annotator}) and the engine over gold articles and scores the result. */
public final class GoldScorer {

    private final Function<String, AnnotatedText> annotator;
    private final AttributionEngine engine;
    private final PredictionMapper mapper = new PredictionMapper();

    public GoldScorer(Function<String, AnnotatedText> annotator, AttributionEngine engine) {
        this.annotator = annotator;
        this.engine = engine;
    }

    /** The scores of the engine on {@code articles}. */
    public Scoreboard score(List<GoldArticle> articles) {
        return score(articles, null);
    }

    /** The scores of the engine on {@code articles}, writing each error to {@code errors} when it is not null. */
    public Scoreboard score(List<GoldArticle> articles, ErrorLog errors) {
        Scoreboard board = new Scoreboard();
        for (GoldArticle article : articles) {
            List<ScoredQuote> predicted = mapper.map(engine.analyze(annotator.apply(article.text())));
            List<SpanMatcher.Match> matches = board.add(article.quotes(), predicted);
            if (errors != null) {
                errors.add(article, predicted, matches);
            }
        }
        return board;
    }
}
