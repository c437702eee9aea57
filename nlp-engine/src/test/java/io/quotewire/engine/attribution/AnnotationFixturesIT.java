package io.quotewire.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.engine.annotation.AnnotatedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The fast lane is only as good as its stored annotations: each must be exactly what the real CoreNLP pipeline gives
 * the text today, with the production settings, or the engine's fast tests would pass on a tagger that no longer
 * exists.
 */
@Tag("no-shared-servers")
class AnnotationFixturesIT {

    @Test
    void everyStoredAnnotationIsWhatCoreNlpGivesToday() {
        Map<String, AnnotatedText> stored = FixtureAnnotations.all();
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, AnnotatedText> fixture : stored.entrySet()) {
            if (!FixtureAnnotations.annotateLive(fixture.getKey()).equals(fixture.getValue())) {
                stale.add(fixture.getKey().lines().findFirst().orElse(""));
            }
        }
        assertThat(stored).as("stored annotations").hasSizeGreaterThan(50);
        assertThat(stale).as("texts whose stored annotation is stale (re-record: delete %s and run %s)",
                FixtureAnnotations.SOURCE, FixtureAnnotations.RECORD_COMMAND).isEmpty();
    }
}
