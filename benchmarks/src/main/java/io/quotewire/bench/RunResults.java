package io.quotewire.bench;

import io.quotewire.bench.phase.CoreNlpResult;
import io.quotewire.bench.phase.CpuEfficiency;
import io.quotewire.bench.phase.IngestRun;
import io.quotewire.bench.phase.LargestArticle;
import io.quotewire.bench.phase.LatencyRun;
import io.quotewire.bench.phase.NlpThroughput;
import io.quotewire.bench.phase.QueryLatencies;
import io.quotewire.bench.phase.StoreFill;
import io.quotewire.bench.report.MachineInfo;
import java.util.List;
import java.util.Map;

/**
 * Everything one run measured; a phase that could not run leaves its part null and says why in {@code notes}.
 *
 * @param ingest the small-file runs, one file per request first
 * @param cpuSeconds per phase (nlp-service's timed pass, the second raw pass, each ingest run), the CPU seconds each
 *     process used: the services, the broker, the database with its connection processes, and the driver
 * @param rssAtRestMb resident memory per service once the stack was up and idle
 * @param rssPeakMb highest resident memory per service while the loads ran
 * @param largest figure 7, null when left out ({@code --largest-chars 0})
 * @param loadAverageEnd 1-minute load average when the run ended
 */
public record RunResults(
        MachineInfo machine,
        BenchOptions options,
        CoreNlpResult coreNlp,
        NlpThroughput nlp,
        LatencyRun light,
        LatencyRun saturated,
        LargestArticle largest,
        List<StoreFill> fills,
        List<QueryLatencies> queries,
        List<IngestRun> ingest,
        Map<String, Map<String, Double>> cpuSeconds,
        Map<String, Long> rssAtRestMb,
        Map<String, Long> rssPeakMb,
        double loadAverageEnd,
        List<String> notes) {

    /** Figure 1 per CPU-second, or null when a pass's CPU was not measured (no process, or none used). */
    public CpuEfficiency cpuEfficiency() {
        double service = cpu(BenchRun.NLP_PASS, BenchRun.NLP_SERVICE);
        if (nlp == null || coreNlp == null || service <= 0 || coreNlp.parallelCpuSeconds() <= 0
                || coreNlp.parallelCpuSecondsAfter() <= 0) {
            return null;
        }
        return new CpuEfficiency(nlp.tokens(), service, coreNlp.sequential().tokens(), coreNlp.parallelCpuSeconds(),
                coreNlp.parallelCpuSecondsAfter());
    }

    private double cpu(String phase, String process) {
        Map<String, Double> seconds = cpuSeconds == null ? null : cpuSeconds.get(phase);
        return seconds == null ? 0 : seconds.getOrDefault(process, 0.0);
    }
}
