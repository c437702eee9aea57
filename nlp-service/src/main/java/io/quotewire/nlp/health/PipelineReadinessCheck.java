package io.quotewire.nlp.health;

import io.quotewire.nlp.corenlp.CoreNlpPipeline;
import io.quotewire.engine.corenlp.PipelineSettings;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness is DOWN until the CoreNLP models are loaded, so no traffic arrives before articles can be enriched. */
@Readiness
@ApplicationScoped
public class PipelineReadinessCheck implements HealthCheck {

    private final CoreNlpPipeline pipeline;

    PipelineReadinessCheck(CoreNlpPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("corenlp-pipeline")
                .status(pipeline.isLoaded())
                .withData("annotators", PipelineSettings.ANNOTATORS)
                .build();
    }
}
