package io.quotewire.support.security;

import io.quotewire.support.problem.HttpProblem;
import io.quotewire.support.problem.Problem;
import io.quotewire.support.problem.ProblemResponses;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Limits each client's writes with a token bucket; a client over its rate gets 429 with Retry-After. */
public class RateLimitFilter {

    private final RateLimiter limiter;
    private final ApiKeyGate gate;

    public RateLimitFilter(RateLimiter limiter, ApiKeyGate gate) {
        this.limiter = limiter;
        this.gate = gate;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Optional<Response> limit(ContainerRequestContext request, HttpServerRequest connection) {
        if (!limiter.enabled() || ApiKeyGate.reads(request.getMethod())) {
            return Optional.empty();
        }
        String presentedKey = request.getHeaderString(ApiKeys.HEADER);
        String client;
        if (gate.isValidKey(presentedKey)) {
            // A valid key names its client; anything else (open mode, made-up keys) counts against the address.
            client = "key:" + presentedKey.strip();
        } else if (limiter.exemptsLoopback() && loopback(connection)) {
            return Optional.empty();
        } else {
            client = "address:" + connection.remoteAddress().hostAddress();
        }
        long retryAfter = limiter.acquire(client);
        if (retryAfter == 0) {
            return Optional.empty();
        }
        return Optional.of(ProblemResponses.builder(Problem.of(HttpProblem.RATE_LIMITED,
                        "This client sent more requests than its rate allows; try again in " + retryAfter + " s."))
                .header(HttpHeaders.RETRY_AFTER, retryAfter).build());
    }

    private static boolean loopback(HttpServerRequest connection) {
        String host = connection.remoteAddress().hostAddress();
        return host != null && (host.startsWith("127.") || host.equals("::1") || host.equals("0:0:0:0:0:0:0:1"));
    }
}
