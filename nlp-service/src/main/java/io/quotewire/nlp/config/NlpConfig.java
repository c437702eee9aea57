package io.quotewire.nlp.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the NLP step, under {@code quotewire.nlp}. */
@ConfigMapping(prefix = "quotewire.nlp")
public interface NlpConfig {

    /** Longest text, in characters, that is annotated; longer articles are refused rather than stall a worker. */
    @WithDefault("1000000")
    int maxTextChars();

    /**
     * Longest an article may take from the articles topic to its enrichment; an article over it is abandoned and
     * dead-lettered with that reason, so one pathological text cannot hold a worker.
     */
    @WithDefault("120s")
    Duration timeBudget();

    /** Load CoreNLP in the background at start-up (readiness stays DOWN until done) instead of on first use. */
    @WithDefault("true")
    boolean loadAtStartup();
}
