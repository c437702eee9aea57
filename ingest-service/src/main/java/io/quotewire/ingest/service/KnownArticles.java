package io.quotewire.ingest.service;

import io.quotewire.ingest.client.QueryServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Tells whether query-service already holds an article, so that a re-dropped file is answered "duplicate".
 * When query-service cannot answer (down, slow, erroring) the article counts as unknown and is published again:
 * its id is derived from its text and every consumer upserts by id, so there is still one article downstream.
 */
@ApplicationScoped
public class KnownArticles {

    private static final Logger LOG = Logger.getLogger(KnownArticles.class);

    private final QueryServiceClient queryService;

    public KnownArticles(@RestClient QueryServiceClient queryService) {
        this.queryService = queryService;
    }

    /** True only when query-service positively answers that it has the article. */
    public boolean contains(String articleId) {
        try (Response response = queryService.article(articleId)) {
            return response.getStatus() == Response.Status.OK.getStatusCode();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != Response.Status.NOT_FOUND.getStatusCode()) {
                LOG.debugf("query-service answered %d for article %s; treating it as unknown",
                        e.getResponse().getStatus(), articleId);
            }
            return false;
        } catch (RuntimeException e) {
            LOG.debugf("query-service unreachable (%s); treating article %s as unknown", e.getMessage(), articleId);
            return false;
        }
    }
}
