package io.quotewire.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.engine.model.AttributedQuote;
import io.quotewire.engine.model.EntityMention;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Through the real CoreNLP pipeline, random soups of words, names, quote marks and line breaks: the engine never
 * crashes and offsets stay in the text.
 */
@Tag("no-shared-servers")
class RobustnessIT {

    private static final String[] PIECES = {
        "“", "”", "\"", "'", "‘", "’", "«", "»", "''", ",", ".", ":", "\n", "\n\n", " ― ", "said", "says", "he", "she",
        "they", "according to", "Kim", "Kim Jong Un", "David Straub", "the statement", "told reporters", "that",
        "the spokesperson", "called it a", "asks if", "who", ", saying", "Trump", "North", "[sic]", "it", "We", "will",
        "win", "the talks", "failed", "don’t", "nations’", "’90s", "Workers'", "-"};

    @Test
    void randomTextsNeverCrashAndKeepOffsetsInsideTheText() {
        Random random = new Random(20191005);
        for (int round = 0; round < 150; round++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String input = text.toString();
            Analysed a = LiveAnalysis.analyse(input);
            for (AttributedQuote q : a.quotes()) {
                assertThat(q.start()).as(input).isBetween(0, q.end());
                assertThat(q.end()).as(input).isLessThanOrEqualTo(input.length());
                assertThat(q.text()).as(input).isEqualTo(input.substring(q.start(), q.end()));
                assertThat(q.confidence()).as(input).isBetween(0.0, 1.0);
                if (q.speaker() != null) {
                    assertThat(input.substring(q.speaker().mentionStart(), q.speaker().mentionEnd()))
                            .as(input).isEqualTo(q.speaker().mentionText());
                }
            }
            for (EntityMention m : a.analysis().mentions()) {
                assertThat(input.substring(m.start(), m.end())).as(input).isEqualTo(m.text());
            }
        }
    }
}
