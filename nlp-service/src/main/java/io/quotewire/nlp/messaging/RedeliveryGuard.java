package io.quotewire.nlp.messaging;

import io.quotewire.nlp.config.NlpConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Decides, before a record is annotated, whether this delivery may annotate it, and keeps the attempts topic
 * current so that the next delivery (after a crash, a kill or a rebalance) can decide too.
 *
 * <p>Why a topic of our own and not the dead-letter topic or the committed offsets: the record that stops the
 * service (out of memory, killed by the orchestrator while it ran) leaves no dead letter and no commit behind, so
 * the restarted consumer reads it again and, without a record written <em>before</em> annotating, would start the
 * same work again and again. Why a compacted topic and not a file: a restarted pod may run on another node, and
 * another replica may get the partition.
 */
@ApplicationScoped
public class RedeliveryGuard {

    private final AttemptLog log;
    private final int maxAttempts;

    RedeliveryGuard(AttemptLog log, NlpConfig config) {
        this.log = log;
        this.maxAttempts = config.maxAttempts();
    }

    /**
     * Records that this delivery starts annotating article {@code id} and returns the attempt.
     *
     * @throws PoisonRecordException when the record was given up on before (with that reason), or when its
     *     annotation was already started {@code quotewire.nlp.max-attempts} times without finishing
     */
    public EnrichmentAttempt admit(String id, int partition, long offset) {
        Optional<EnrichmentAttempt> last = log.last(id).filter(attempt -> attempt.isFor(partition, offset));
        int number = 1;
        if (last.isPresent()) {
            EnrichmentAttempt previous = last.get();
            if (previous.state() == EnrichmentAttempt.State.FAILED) {
                throw new PoisonRecordException(previous.reason());
            }
            if (previous.attempt() >= maxAttempts) {
                String reason = ("nlp-service stopped %d times while enriching this article (last started %s), so it "
                        + "is not annotated again; reprocess it to try once more").formatted(previous.attempt(),
                        previous.at());
                log.write(id, previous.failed(reason));
                throw new PoisonRecordException(reason);
            }
            number = previous.attempt() + 1;
        }
        EnrichmentAttempt attempt = EnrichmentAttempt.started(partition, offset, number);
        log.write(id, attempt);
        return attempt;
    }

    /** The attempt finished: the article is enriched. */
    public void succeeded(String id) {
        log.forget(id);
    }

    /**
     * The attempt was cut short by a shutdown, not by the article: it does not count, so a rolling restart does not
     * use up an article's attempts.
     */
    public void released(String id, EnrichmentAttempt attempt) {
        if (attempt.attempt() <= 1) {
            log.forget(id);
        } else {
            log.write(id, EnrichmentAttempt.started(attempt.partition(), attempt.offset(), attempt.attempt() - 1));
        }
    }

    /** The attempt was given up on for {@code reason}: a redelivery dead-letters it with that reason, unannotated. */
    public void failed(String id, EnrichmentAttempt attempt, String reason) {
        log.write(id, attempt.failed(reason));
    }
}
