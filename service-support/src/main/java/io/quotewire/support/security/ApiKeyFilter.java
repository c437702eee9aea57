package io.quotewire.support.security;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Checks the {@code X-Api-Key} header on every REST request (health and metrics are not REST resources). */
public class ApiKeyFilter {

    private final ApiKeyGate gate;

    public ApiKeyFilter(ApiKeyGate gate) {
        this.gate = gate;
    }

    // Before the rate limit, so that the limit can trust the key as the client's identity.
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> checkKey(ContainerRequestContext request) {
        return gate.refusal(request.getMethod(), request.getHeaderString(ApiKeys.HEADER));
    }
}
