package io.quotewire.support.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/** Spans about one article, tagged with its id, so that the article's trace across the services can be found by it. */
@ApplicationScoped
public class ArticleSpans {

    /** The article id (SHA-256 of its canonical text) on every span about an article. */
    public static final AttributeKey<String> ARTICLE_ID = AttributeKey.stringKey("quotewire.article.id");

    private final Tracer tracer;

    public ArticleSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    /** A started span, child of the current one (a request, or the Kafka record being consumed); the caller ends it. */
    public Span start(String name, String articleId) {
        return tracer.spanBuilder(name).setAttribute(ARTICLE_ID, articleId).startSpan();
    }

    /**
     * A started span, child of {@code parent} (the consumer span of one record of a batch, which is not current);
     * the caller ends it.
     */
    public Span start(String name, String articleId, Context parent) {
        return tracer.spanBuilder(name).setParent(parent).setAttribute(ARTICLE_ID, articleId).startSpan();
    }

    /** Runs {@code work} inside a span of its own, current meanwhile, so that what it sends or stores is its child. */
    public <T> T call(String name, String articleId, Supplier<T> work) {
        Span span = start(name, articleId);
        try (Scope ignored = span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException e) {
            failed(span, e);
            throw e;
        } finally {
            span.end();
        }
    }

    /** {@link #call} for work without a result. */
    public void run(String name, String articleId, Runnable work) {
        call(name, articleId, () -> {
            work.run();
            return null;
        });
    }

    /** Marks {@code span} as failed by {@code failure}, which then shows beside the article id in the span output. */
    public static void failed(Span span, Throwable failure) {
        span.recordException(failure);
        span.setStatus(StatusCode.ERROR, String.valueOf(failure.getMessage()));
    }
}
