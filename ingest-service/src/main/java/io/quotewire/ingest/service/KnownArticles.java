package io.quotewire.ingest.service;

import io.quotewire.ingest.client.QueryServiceClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Asks query-service whether it already holds an article, so that a re-dropped file is answered "duplicate".
 * When query-service cannot answer (down, slow, erroring) the article counts as unknown and is published again:
 * its id is derived from its text and every consumer upserts by id, so there is still one article downstream.
 */
@ApplicationScoped
public class KnownArticles {

    /** What query-service said about an article id. */
    public enum Answer { KNOWN, UNKNOWN, NO_ANSWER }

    private static final Logger LOG = Logger.getLogger(KnownArticles.class);

    private final QueryServiceClient queryService;

    public KnownArticles(@RestClient QueryServiceClient queryService) {
        this.queryService = queryService;
    }

    /**
     * KNOWN on 200, UNKNOWN on 404, NO_ANSWER on anything else (other statuses, timeouts, refused connections);
     * never fails. Asks without blocking, so that the ids of one request are asked at the same time.
     */
    public Uni<Answer> ask(String articleId) {
        return queryService.article(articleId)
                .map(response -> {
                    try (response) {
                        return response.getStatus() == Response.Status.OK.getStatusCode()
                                ? Answer.KNOWN : Answer.NO_ANSWER;
                    }
                })
                .onFailure().recoverWithItem(failure -> noAnswer(articleId, failure));
    }

    private static Answer noAnswer(String articleId, Throwable failure) {
        if (failure instanceof WebApplicationException e) {
            if (e.getResponse().getStatus() == Response.Status.NOT_FOUND.getStatusCode()) {
                return Answer.UNKNOWN;
            }
            LOG.debugf("query-service answered %d for article %s", e.getResponse().getStatus(), articleId);
            return Answer.NO_ANSWER;
        }
        LOG.debugf("query-service did not answer for article %s: %s", articleId, failure.getMessage());
        return Answer.NO_ANSWER;
    }
}
