package io.quotewire.engine.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes, one JSON line each, every gold quote the engine missed or gave a wrong speaker and every prediction that
 * matched nothing, with the gold and predicted speaker and the text around it: the material for reading the
 * engine's errors by kind.
 */
public final class ErrorLog {

    private static final int CONTEXT = 160;

    private final ObjectMapper mapper = new ObjectMapper();
    private final SpeakerJudge judge = new SpeakerJudge();
    private final Writer out;

    public ErrorLog(Writer out) {
        this.out = out;
    }

    /** Logs the errors of one article, given the matches the scoreboard made. */
    public void add(GoldArticle article, List<ScoredQuote> predicted, List<SpanMatcher.Match> matches) {
        boolean[] predictedMatched = new boolean[predicted.size()];
        Integer[] matchOfGold = new Integer[article.quotes().size()];
        for (SpanMatcher.Match m : matches) {
            predictedMatched[m.predicted()] = true;
            matchOfGold[m.gold()] = m.predicted();
        }
        for (int g = 0; g < article.quotes().size(); g++) {
            ScoredQuote gold = article.quotes().get(g);
            ScoredQuote ours = matchOfGold[g] == null ? null : predicted.get(matchOfGold[g]);
            if (ours == null) {
                write(article, "missed", gold, null);
            } else if (gold.speaker() != null && !judge.nameMatches(gold, ours)) {
                write(article, judge.hasGoldSpan(gold) && judge.spanMatches(gold, ours) ? "wrong-name" : "wrong-speaker",
                        gold, ours);
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!predictedMatched[p]) {
                write(article, "spurious", null, predicted.get(p));
            }
        }
    }

    private void write(GoldArticle article, String kind, ScoredQuote gold, ScoredQuote ours) {
        ObjectNode line = mapper.createObjectNode();
        line.put("article", article.id());
        line.put("error", kind);
        ScoredQuote where = gold != null ? gold : ours;
        line.put("type", where.type());
        if (gold != null) {
            line.put("goldSpeaker", gold.speaker());
            line.put("goldMention", mentionText(article, gold));
        }
        if (ours != null) {
            line.put("ourType", ours.type());
            line.put("ourSpeaker", ours.speaker());
            line.put("ourMention", mentionText(article, ours));
        }
        String text = article.text();
        line.put("quote", text.substring(where.span().start(), Math.min(text.length(), where.span().end())));
        line.put("context", text.substring(Math.max(0, where.span().start() - CONTEXT),
                Math.min(text.length(), where.span().end() + CONTEXT)).replace('\n', '¶'));
        try {
            out.write(mapper.writeValueAsString(line));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String mentionText(GoldArticle article, ScoredQuote quote) {
        if (quote.speakerSpans().isEmpty()) {
            return null;
        }
        Span span = quote.speakerSpans().get(0);
        return article.text().substring(span.start(), Math.min(article.text().length(), span.end()));
    }
}
