package io.quotewire.support.security;

import io.quarkus.runtime.StartupEvent;
import io.quotewire.support.problem.HttpProblem;
import io.quotewire.support.problem.Problem;
import io.quotewire.support.problem.ProblemResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/** Decides whether a request may pass: writes need a configured key, reads only when configured so. */
@ApplicationScoped
public class ApiKeyGate {

    private static final Logger LOG = Logger.getLogger(ApiKeyGate.class);
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final ApiKeys keys;
    private final boolean readRequiresKey;

    public ApiKeyGate(SecurityConfig config) {
        this.keys = new ApiKeys(config.apiKeys().orElse(List.of()));
        this.readRequiresKey = config.readRequiresKey();
    }

    void warnWhenOpen(@Observes StartupEvent startup) {
        if (!keys.enforced()) {
            LOG.warn("*** NO API KEY CONFIGURED: anyone who can reach this service may write to it. Set "
                    + "quotewire.security.api-keys (env QUOTEWIRE_SECURITY_API_KEYS) before exposing it. ***");
        }
    }

    /** Whether {@code presentedKey} is one of the configured keys (false when none is configured). */
    public boolean isValidKey(String presentedKey) {
        return keys.check(presentedKey) == ApiKeys.Verdict.VALID;
    }

    /** Whether {@code method} only reads. */
    static boolean reads(String method) {
        return READ_METHODS.contains(method);
    }

    /** The refusal for a request with {@code method} and {@code presentedKey}, or empty when it may pass. */
    public Optional<Response> refusal(String method, String presentedKey) {
        if (reads(method) && !readRequiresKey) {
            return Optional.empty();
        }
        return switch (keys.check(presentedKey)) {
            case OPEN, VALID -> Optional.empty();
            case MISSING -> Optional.of(ProblemResponses.builder(Problem.of(HttpProblem.API_KEY_MISSING,
                            "Send your API key in the " + ApiKeys.HEADER + " header."))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + ApiKeys.HEADER + "\"").build());
            case WRONG -> Optional.of(ProblemResponses.of(Problem.of(HttpProblem.API_KEY_INVALID,
                    "The key in the " + ApiKeys.HEADER + " header is not one this service accepts.")));
        };
    }
}
