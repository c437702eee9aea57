package io.quotewire.support.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** ArticleSpans on the real OpenTelemetry SDK (no Quarkus): the span it makes, its parent, its attribute, its failure. */
class ArticleSpansTest {

    private static final String ID = "6e24b6c3a97ee8ce";

    private final List<SpanData> ended = new CopyOnWriteArrayList<>();
    private final SdkTracerProvider provider = SdkTracerProvider.builder().addSpanProcessor(new Collector()).build();
    private final ArticleSpans spans = new ArticleSpans(provider.get("test"));

    @AfterEach
    void shutDown() {
        provider.shutdown();
    }

    @Test
    void workRunsInsideASpanOfItsOwnThatCarriesTheArticleIdAndDescendsFromTheCurrentOne() {
        Span request = provider.get("test").spanBuilder("POST /articles").startSpan();
        Span seenByWork;
        try (Scope ignored = request.makeCurrent()) {
            seenByWork = spans.call("enrich article", ID, Span::current);
        } finally {
            request.end();
        }

        SpanData article = ended.stream().filter(span -> span.getName().equals("enrich article")).findFirst().orElseThrow();
        assertThat(seenByWork.getSpanContext()).isEqualTo(article.getSpanContext());
        assertThat(article.getAttributes().get(ArticleSpans.ARTICLE_ID)).isEqualTo(ID);
        assertThat(article.getTraceId()).isEqualTo(request.getSpanContext().getTraceId());
        assertThat(article.getParentSpanId()).isEqualTo(request.getSpanContext().getSpanId());
        assertThat(Span.fromContext(Context.current()).getSpanContext().isValid()).as("nothing left current").isFalse();
    }

    @Test
    void failedWorkEndsItsSpanAsAnErrorWithTheExceptionAndStillThrows() {
        assertThatThrownBy(() -> spans.run("store enriched article", ID, () -> {
            throw new IllegalStateException("database away");
        })).isInstanceOf(IllegalStateException.class).hasMessage("database away");

        assertThat(ended).singleElement().satisfies(span -> {
            assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
            assertThat(span.getStatus().getDescription()).isEqualTo("database away");
            assertThat(span.getEvents()).extracting(event -> event.getName()).containsExactly("exception");
            assertThat(span.getAttributes().get(ArticleSpans.ARTICLE_ID)).isEqualTo(ID);
        });
    }

    /** Keeps every span that ended, as an exporter would receive it. */
    private final class Collector implements SpanProcessor {

        @Override
        public void onStart(Context parentContext, ReadWriteSpan span) {
        }

        @Override
        public boolean isStartRequired() {
            return false;
        }

        @Override
        public void onEnd(ReadableSpan span) {
            ended.add(span.toSpanData());
        }

        @Override
        public boolean isEndRequired() {
            return true;
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }
}
