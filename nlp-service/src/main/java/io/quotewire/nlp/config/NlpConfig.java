package io.quotewire.nlp.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Settings of the NLP step, under {@code quotewire.nlp}. The values that time limits are derived from have no
 * default here: application.properties holds them, and {@link TimeLimits} derives every timeout from them.
 */
@ConfigMapping(prefix = "quotewire.nlp")
public interface NlpConfig {

    /** Longest text, in characters, that is annotated; longer articles are refused rather than stall a worker. */
    int maxTextChars();

    /** Longest chunk, in characters, a long article is annotated in; chunks end where a paragraph or line ends. */
    int chunkChars();

    /** Threads annotating chunks, shared by every article and {@code POST /enrich}: one per core. */
    int annotationThreads();

    /** How long an article may take: {@link TimeBudget#base()} plus a second per {@link TimeBudget#charsPerSecond()}. */
    TimeBudget timeBudget();

    /** Longest a write to the broker may wait for its acknowledgement (attempt, enriched and dead-letter records). */
    Duration brokerWait();

    /**
     * Deliveries of one record that may start annotating it. A record whose annotation was started this often
     * without finishing (the service died each time) is dead-lettered on the next delivery instead.
     */
    @WithDefault("2")
    int maxAttempts();

    /** Load CoreNLP in the background at start-up (readiness stays DOWN until done) instead of on first use. */
    @WithDefault("true")
    boolean loadAtStartup();

    /**
     * How long the pipeline annotates a built-in article after loading, on every annotation thread, before it takes
     * real articles (readiness stays DOWN meanwhile), so the JIT compiler has compiled its hot code; zero skips it.
     */
    Duration warmUp();

    /** An article's time budget grows with its length; past it, the article is abandoned and dead-lettered. */
    interface TimeBudget {

        /** The budget of an article of no length. */
        Duration base();

        /** The slowest pace, in characters a second, an article may be annotated at before it is abandoned. */
        int charsPerSecond();
    }
}
