package io.quotewire.ingest.health;

import io.quotewire.ingest.service.KnownArticleIds;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the ids on {@code articles.ids} at start-up are read: before that a duplicate could not be told. */
@Readiness
@ApplicationScoped
public class KnownArticleIdsCheck implements HealthCheck {

    private final KnownArticleIds known;

    public KnownArticleIdsCheck(KnownArticleIds known) {
        this.known = known;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("known-article-ids").status(known.loaded())
                .withData("ids", known.size()).build();
    }
}
