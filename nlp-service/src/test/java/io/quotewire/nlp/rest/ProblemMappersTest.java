package io.quotewire.nlp.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.nlp.service.EnrichmentStoppedException;
import io.quotewire.support.problem.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/**
 * A {@code POST /enrich} cut short because nlp-service is stopping is the service's doing, not the text's: 503 with
 * {@code Retry-After}, never the 422 that would tell the caller to change the text.
 */
class ProblemMappersTest {

    @Test
    void anEnrichmentStoppedByShutdownIsA503WithRetryAfter() {
        Response response = new ProblemMappers().stopping(
                new EnrichmentStoppedException("nlp-service stopped while enriching the article", null));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("10");
        assertThat(response.getEntity()).isInstanceOfSatisfying(Problem.class, problem -> {
            assertThat(problem.type()).isEqualTo("https://quotewire.io/problems/nlp-stopping");
            assertThat(problem.title()).isEqualTo("NLP service stopping");
            assertThat(problem.detail()).contains("send it again in a few seconds");
        });
    }
}
