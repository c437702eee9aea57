package io.quotewire.ingest.service;

import io.quotewire.ingest.config.IngestConfig;
import io.quotewire.ingest.domain.IngestProblem;
import io.quotewire.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the duplicates among one request's article ids: an id seen earlier in the request, or one any ingest accepted
 * before ({@link KnownArticleIds}, from {@code articles.ids}). No other service is asked.
 */
@ApplicationScoped
public class DuplicateCheck {

    /** How long a request right after start-up waits for the known ids to be read before answering 503. */
    private static final Duration LOAD_WAIT = Duration.ofSeconds(10);

    private final KnownArticleIds known;
    private final IngestConfig config;

    public DuplicateCheck(KnownArticleIds known, IngestConfig config) {
        this.known = known;
        this.config = config;
    }

    /** For each of {@code articleIds}, in order: whether it is a duplicate (so must not be published again). */
    public List<Boolean> duplicates(List<String> articleIds) {
        if (!known.loaded() && !known.awaitLoaded(LOAD_WAIT)) {
            throw new ProblemException(IngestProblem.BROKER_UNAVAILABLE, "ingest-service is still reading the ids of "
                    + "the articles it knows from the broker, so it cannot tell a duplicate yet. Send it again later.")
                    .retryAfter(config.ingest().retryAfterSeconds());
        }
        Set<String> seen = new HashSet<>();
        List<Boolean> duplicates = new ArrayList<>(articleIds.size());
        for (String id : articleIds) {
            duplicates.add(!seen.add(id) || known.contains(id));
        }
        return duplicates;
    }
}
