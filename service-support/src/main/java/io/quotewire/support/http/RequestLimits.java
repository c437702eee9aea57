package io.quotewire.support.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quotewire.support.problem.HttpProblem;
import io.quotewire.support.problem.HttpStatusProblems;
import io.quotewire.support.problem.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The limits on a request checked before any resource runs, answered as problem JSON instead of Vert.x's bare status:
 * an address over {@code quotewire.http.max-uri-length} (414), a NUL ({@code %00}) in it (400),
 * a declared body over {@code quarkus.http.limits.max-body-size} (413), and the same statuses when the framework
 * fails a request itself (a streamed body over the limit).
 */
@ApplicationScoped
public class RequestLimits {

    /** Statuses the framework fails requests with on its own, before our mappers see them. */
    private static final Set<Integer> FRAMEWORK_FAILURES = Set.of(400, 413, 414, 431);

    private final ObjectMapper json;
    private final int maxUriLength;
    private final long maxBodyBytes;

    public RequestLimits(ObjectMapper json, HttpLimitsConfig limits,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.json = json;
        this.maxUriLength = limits.maxUriLength();
        this.maxBodyBytes = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
    }

    void install(@Observes Router router) {
        // Just before Quarkus's own body-size check (which ends the request with a bare 413).
        int order = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1;
        router.route().order(order).handler(this::check);
        router.route().order(order).failureHandler(this::explainFailure);
    }

    private void check(RoutingContext context) {
        String uri = context.request().uri();
        if (uri.length() > maxUriLength) {
            answer(context, Problem.of(HttpProblem.URI_TOO_LONG, "The address has " + uri.length()
                    + " characters; the limit is " + maxUriLength + ". Send long input in a POST body."), true);
            return;
        }
        if (uri.toLowerCase(Locale.ROOT).contains("%00")) {
            answer(context, Problem.of(HttpProblem.INVALID_PARAMETER,
                    "The address holds a NUL character (%00), which no path or parameter may contain."), false);
            return;
        }
        if (declaredLength(context) > maxBodyBytes) {
            answer(context, Problem.of(HttpProblem.BODY_TOO_LARGE, "The request body has "
                    + declaredLength(context) + " bytes; the limit is " + maxBodyBytes + "."), true);
            return;
        }
        context.next();
    }

    private void explainFailure(RoutingContext context) {
        if (context.response().headWritten() || !FRAMEWORK_FAILURES.contains(context.statusCode())) {
            context.next();
            return;
        }
        answer(context, HttpStatusProblems.of(context.statusCode()), context.statusCode() == 413);
    }

    private static long declaredLength(RoutingContext context) {
        String value = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Ends the request with {@code problem}; closes the connection when the body is left unread. */
    private void answer(RoutingContext context, Problem problem, boolean close) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + "}";
        }
        var response = context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (close) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(body);
    }
}
