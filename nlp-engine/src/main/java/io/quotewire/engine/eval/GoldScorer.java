package io.quotewire.engine.eval;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.quotewire.engine.attribution.AttributionEngine;
import java.util.List;

/** Runs CoreNLP and the engine over annotated articles and scores the result. */
public final class GoldScorer {

    private final StanfordCoreNLP pipeline;
    private final AttributionEngine engine;
    private final PredictionMapper mapper = new PredictionMapper();

    public GoldScorer(StanfordCoreNLP pipeline, AttributionEngine engine) {
        this.pipeline = pipeline;
        this.engine = engine;
    }

    /** The scores of the engine on {@code articles}. */
    public Scoreboard score(List<GoldArticle> articles) {
        Scoreboard board = new Scoreboard();
        for (GoldArticle article : articles) {
            CoreDocument document = new CoreDocument(article.text());
            pipeline.annotate(document);
            board.add(article.quotes(), mapper.map(engine.analyze(document)));
        }
        return board;
    }
}
