package io.quotewire.query.security;

import io.quarkus.runtime.StartupEvent;
import io.quotewire.contracts.ApiKeys;
import io.quotewire.query.rest.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks {@code X-Api-Key} on every REST request that writes (the upload proxy, re-processing), and on reads when
 * {@code quotewire.security.read-requires-key} is set; health and metrics are not REST resources and stay open.
 */
@ApplicationScoped
public class ApiKeyFilter {

    private static final Logger LOG = Logger.getLogger(ApiKeyFilter.class);
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final ApiKeys keys;
    private final boolean readRequiresKey;

    public ApiKeyFilter(SecurityConfig config) {
        this.keys = new ApiKeys(config.apiKeys().orElse(List.of()));
        this.readRequiresKey = config.readRequiresKey();
    }

    void warnWhenOpen(@Observes StartupEvent startup) {
        if (!keys.enforced()) {
            LOG.warn("*** NO API KEY CONFIGURED: anyone who can reach this service may upload and re-process "
                    + "articles. Set quotewire.security.api-keys (env QUOTEWIRE_SECURITY_API_KEYS) before "
                    + "exposing it. ***");
        }
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> checkKey(ContainerRequestContext request) {
        if (READ_METHODS.contains(request.getMethod()) && !readRequiresKey) {
            return Optional.empty();
        }
        return switch (keys.check(request.getHeaderString(ApiKeys.HEADER))) {
            case OPEN, VALID -> Optional.empty();
            case MISSING -> Optional.of(problem(Problem.of("api-key-missing", "An API key is required", 401,
                            "Send your API key in the X-Api-Key header."))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"X-Api-Key\"").build());
            case WRONG -> Optional.of(problem(Problem.of("api-key-invalid", "The API key is not valid", 403,
                    "The key in the X-Api-Key header is not one this service accepts.")).build());
        };
    }

    private static Response.ResponseBuilder problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }
}
