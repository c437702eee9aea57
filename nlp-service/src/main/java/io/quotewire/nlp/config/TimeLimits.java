package io.quotewire.nlp.config;

import io.quarkus.runtime.configuration.DurationConverter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Every time limit of nlp-service, derived in this one place from the article size limit, the chunk size and the
 * slowest acceptable pace, so that no limit can fire before the one meant to come first.
 *
 * <p>The order, shortest first (what issue 11 found broken: the connector's 60 s record age limit fired before the
 * 120 s budget, failing the channel and with it every later article):
 * <ol>
 *   <li>{@link #slowestChunk()}: one chunk on one thread at the slowest pace; a cancelled article stops after it;</li>
 *   <li>{@link #budgetFor(int)}: an article's budget, {@code base + chars / charsPerSecond}, at least the base, at
 *       most {@link #largestBudget()} for the longest accepted text;</li>
 *   <li>{@link #httpIdleTimeout()}: a {@code POST /enrich} connection outlives the largest budget and the chunk
 *       still running when it ran out, so the answer (200 or 422) always arrives;</li>
 *   <li>{@link #unprocessedRecordMaxAge()}: SmallRye's throttled commit fails the channel when a record stays
 *       unacknowledged longer; a record is received when a worker takes it, so this covers the attempt record's
 *       write, the largest budget, the last chunk, and the enriched or dead-letter record's write;</li>
 *   <li>{@link #maxPollInterval()}: the consumer stays in its group at least as long.</li>
 * </ol>
 * Vert.x's blocked-thread warning for worker threads is set to the record age limit too, so a long article does
 * not log a stack trace every two seconds while it is being annotated within its budget.
 *
 * @param maxTextChars longest accepted text, in characters
 * @param chunkChars longest chunk, in characters
 * @param annotationThreads threads annotating chunks
 * @param budgetBase budget of an article of no length
 * @param charsPerSecond slowest acceptable pace of an article
 * @param brokerWait longest a write to the broker may wait for its acknowledgement
 */
public record TimeLimits(int maxTextChars, int chunkChars, int annotationThreads, Duration budgetBase,
        int charsPerSecond, Duration brokerWait) {

    /** Room for what is not counted above: JSON, garbage collection, a commit round trip. */
    static final Duration MARGIN = Duration.ofSeconds(30);

    /** The incoming channel these limits are for. */
    static final String INCOMING = "mp.messaging.incoming.\"articles.ingested\".";

    /** The outgoing channel of enriched articles. */
    static final String OUTGOING = "mp.messaging.outgoing.\"articles.enriched\".";

    /** The derived properties, as {@link #properties()} names them. */
    public static final String RECORD_MAX_AGE = INCOMING + "throttled.unprocessed-record-max-age.ms";
    public static final String MAX_POLL_INTERVAL = INCOMING + "max.poll.interval.ms";
    public static final String DEAD_LETTER_DELIVERY_TIMEOUT = INCOMING + "dead-letter-queue.delivery.timeout.ms";
    public static final String DEAD_LETTER_REQUEST_TIMEOUT = INCOMING + "dead-letter-queue.request.timeout.ms";
    public static final String ENRICHED_DELIVERY_TIMEOUT = OUTGOING + "delivery.timeout.ms";
    public static final String ENRICHED_REQUEST_TIMEOUT = OUTGOING + "request.timeout.ms";
    public static final String HTTP_IDLE_TIMEOUT = "quarkus.http.idle-timeout";
    public static final String WORKER_EXECUTE_TIME = "quarkus.vertx.max-worker-execute-time";

    public TimeLimits {
        require(maxTextChars > 0 && chunkChars > 1 && annotationThreads > 0 && charsPerSecond > 0,
                "quotewire.nlp.max-text-chars, chunk-chars, annotation-threads and time-budget.chars-per-second must"
                        + " be positive");
        require(!budgetBase.isNegative() && !budgetBase.isZero() && !brokerWait.isNegative() && !brokerWait.isZero(),
                "quotewire.nlp.time-budget.base and broker-wait must be positive");
        Duration chunk = perChars((long) chunkChars * annotationThreads, charsPerSecond);
        require(chunk.compareTo(budgetBase) < 0, ("one chunk at the slowest pace (%s: chunk-chars %,d × %d threads ÷ "
                + "%,d chars/s) must take less than time-budget.base (%s), or a short article could be abandoned "
                + "while its only chunk still runs").formatted(chunk, chunkChars, annotationThreads, charsPerSecond,
                budgetBase));
    }

    /** The limits of the {@code quotewire.nlp.*} settings, read as text (for the config source, before the mapping). */
    public static TimeLimits from(UnaryOperator<String> setting) {
        return new TimeLimits(
                Integer.parseInt(required(setting, "quotewire.nlp.max-text-chars")),
                Integer.parseInt(required(setting, "quotewire.nlp.chunk-chars")),
                Integer.parseInt(required(setting, "quotewire.nlp.annotation-threads")),
                DurationConverter.parseDuration(required(setting, "quotewire.nlp.time-budget.base")),
                Integer.parseInt(required(setting, "quotewire.nlp.time-budget.chars-per-second")),
                DurationConverter.parseDuration(required(setting, "quotewire.nlp.broker-wait")));
    }

    /** The limits of nlp-service's settings. */
    public static TimeLimits of(NlpConfig config) {
        return new TimeLimits(config.maxTextChars(), config.chunkChars(), config.annotationThreads(),
                config.timeBudget().base(), config.timeBudget().charsPerSecond(), config.brokerWait());
    }

    /**
     * One chunk annotated by one thread while the article gets its share of the pace: the longest a cancelled
     * article keeps a thread busy (CoreNLP cannot be stopped inside a chunk).
     */
    public Duration slowestChunk() {
        return perChars((long) chunkChars * annotationThreads, charsPerSecond);
    }

    /** The budget of an article of {@code chars} characters. */
    public Duration budgetFor(int chars) {
        return budgetBase.plus(perChars(Math.min(Math.max(chars, 0), maxTextChars), charsPerSecond));
    }

    /** The budget of the longest accepted article. */
    public Duration largestBudget() {
        return budgetFor(maxTextChars);
    }

    /** Longest a {@code POST /enrich} connection may stay silent. */
    public Duration httpIdleTimeout() {
        return largestBudget().plus(slowestChunk()).plus(MARGIN);
    }

    /** Longest a record may stay received and unacknowledged before SmallRye fails the channel. */
    public Duration unprocessedRecordMaxAge() {
        return brokerWait.plus(largestBudget()).plus(slowestChunk()).plus(brokerWait).plus(MARGIN);
    }

    /** Longest the consumer may go between polls and stay in its group. */
    public Duration maxPollInterval() {
        return unprocessedRecordMaxAge().plus(MARGIN);
    }

    /** A producer's wait for one request; Kafka wants delivery.timeout.ms at least request.timeout.ms + linger.ms. */
    public Duration producerRequestTimeout() {
        return brokerWait.dividedBy(2);
    }

    /** The derived configuration properties, by name, as the services read them. */
    public Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(RECORD_MAX_AGE, millis(unprocessedRecordMaxAge()));
        properties.put(MAX_POLL_INTERVAL, millis(maxPollInterval()));
        properties.put(DEAD_LETTER_DELIVERY_TIMEOUT, millis(brokerWait));
        properties.put(DEAD_LETTER_REQUEST_TIMEOUT, millis(producerRequestTimeout()));
        properties.put(ENRICHED_DELIVERY_TIMEOUT, millis(brokerWait));
        properties.put(ENRICHED_REQUEST_TIMEOUT, millis(producerRequestTimeout()));
        properties.put(HTTP_IDLE_TIMEOUT, httpIdleTimeout().toMillis() + "ms");
        // Vert.x warns about a worker thread busy longer; one holds a record (or a request) at most this long.
        properties.put(WORKER_EXECUTE_TIME, unprocessedRecordMaxAge().toMillis() + "ms");
        return properties;
    }

    /**
     * What in the effective configuration breaks the order: a derived limit lowered below its derived value, or a
     * broker write allowed to wait longer than {@link #brokerWait()}. Raising a limit, or shortening a write, is fine.
     *
     * @param effective the configured value of a property, as {@link #properties()} names them
     */
    public List<String> contradictions(Function<String, Optional<Duration>> effective) {
        List<String> found = new ArrayList<>();
        atLeast(found, effective, RECORD_MAX_AGE, unprocessedRecordMaxAge());
        atLeast(found, effective, MAX_POLL_INTERVAL, maxPollInterval());
        atLeast(found, effective, HTTP_IDLE_TIMEOUT, httpIdleTimeout());
        atLeast(found, effective, WORKER_EXECUTE_TIME, unprocessedRecordMaxAge());
        atMost(found, effective, DEAD_LETTER_DELIVERY_TIMEOUT, brokerWait);
        atMost(found, effective, ENRICHED_DELIVERY_TIMEOUT, brokerWait);
        return found;
    }

    private static void atLeast(List<String> found, Function<String, Optional<Duration>> effective, String name,
            Duration least) {
        effective.apply(name).filter(value -> value.compareTo(least) < 0).ifPresent(value -> found.add(
                "%s is %d ms, below the %d ms it must be at least".formatted(name, value.toMillis(), least.toMillis())));
    }

    private static void atMost(List<String> found, Function<String, Optional<Duration>> effective, String name,
            Duration most) {
        effective.apply(name).filter(value -> value.compareTo(most) > 0).ifPresent(value -> found.add(
                "%s is %d ms, above quotewire.nlp.broker-wait (%d ms)".formatted(name, value.toMillis(), most.toMillis())));
    }

    private static String required(UnaryOperator<String> setting, String name) {
        String value = setting.apply(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set; the NLP time limits are derived from it"
                    + " (application.properties sets it)");
        }
        return value.trim();
    }

    private static Duration perChars(long chars, int charsPerSecond) {
        return Duration.ofMillis((chars * 1000 + charsPerSecond - 1) / charsPerSecond);
    }

    private static String millis(Duration duration) {
        return Long.toString(duration.toMillis());
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("Contradicting NLP time limits: " + message);
        }
    }
}
