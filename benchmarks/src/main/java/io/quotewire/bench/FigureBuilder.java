package io.quotewire.bench;

import static io.quotewire.bench.report.Format.count;
import static io.quotewire.bench.report.Format.millis;
import static io.quotewire.bench.report.Format.p50p99;
import static io.quotewire.bench.report.Format.percentiles;
import static io.quotewire.bench.report.Format.ratio;

import io.quotewire.bench.phase.CoreNlpResult;
import io.quotewire.bench.phase.CpuEfficiency;
import io.quotewire.bench.phase.IngestRun;
import io.quotewire.bench.phase.LargestArticle;
import io.quotewire.bench.phase.LatencyRun;
import io.quotewire.bench.phase.NlpThroughput;
import io.quotewire.bench.phase.QueryLatencies;
import io.quotewire.bench.phase.StoreFill;
import io.quotewire.bench.report.Figure;
import io.quotewire.bench.stats.LatencySummary;
import io.quotewire.engine.bench.RunFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a run's measurements into the table's figures, each against the goal where it sets one. */
public final class FigureBuilder {

    static final double SERVICE_RATIO_GOAL = 0.90;
    static final double CPU_RATIO_GOAL = 0.95;
    static final double ENGINE_SHARE_GOAL = 0.15;
    static final double LIGHT_OVERHEAD_GOAL_MS = 300;
    static final double FILES_PER_SECOND_GOAL = 1000;
    static final double QUERY_P99_GOAL_MS = 30;
    static final double STORE_RATE_GOAL = 500;
    static final long NLP_RSS_GOAL_MB = 2048;
    static final long OTHER_RSS_GOAL_MB = 350;
    static final double LARGEST_RATIO_GOAL = 1.25;

    private FigureBuilder() {}

    /** The figures in the order (1–6). */
    public static List<Figure> figures(RunResults results) {
        List<Figure> figures = new ArrayList<>();
        throughput(results.coreNlp(), results.nlp(), figures);
        cpuEfficiency(results.cpuEfficiency(), figures);
        figures.add(Figure.info(1, "CPU seconds used during nlp-service's pass (" + ratio(results.nlp().seconds())
                + " s)", cpu(results.cpuSeconds().get(BenchRun.NLP_PASS))));
        figures.add(Figure.info(1, "CPU seconds used during the second raw pass",
                cpu(results.cpuSeconds().get(BenchRun.RAW_PASS))));
        engineShare(results.coreNlp().sequential(), figures);
        latency(results.light(), results.saturated(), results.options().lightRate(), figures);
        for (IngestRun ingest : results.ingest()) {
            figures.add(Figure.against(4, "ingest, small files, " + ingest.threads() + " clients, "
                            + ingest.filesPerRequest() + (ingest.filesPerRequest() == 1 ? " file" : " files")
                            + " per request, broker acks",
                    count(ingest.filesPerSecond()) + " files/s (" + ingest.accepted() + " files, "
                            + p50p99(ingest.perRequest()) + " per POST" + refusals(ingest) + ")",
                    "≥ 1,000 files/s", ingest.filesPerSecond() >= FILES_PER_SECOND_GOAL));
            figures.add(Figure.info(4, "CPU seconds used during it (" + ratio(ingest.seconds()) + " s)",
                    cpu(results.cpuSeconds().get(BenchRun.ingestPhase(ingest.filesPerRequest())))));
        }
        queries(results.fills(), results.queries(), results.cpuSeconds(), figures);
        memory(results.rssAtRestMb(), results.rssPeakMb(), figures);
        if (results.largest() != null) {
            largest(results.largest(), results.light(), figures);
        }
        return figures;
    }

    private static String cpu(Map<String, Double> seconds) {
        if (seconds == null) {
            return "not measured";
        }
        StringBuilder text = new StringBuilder();
        seconds.forEach((name, value) -> text.append(text.length() == 0 ? "" : ", ").append(name).append(' ')
                .append(ratio(value)));
        return text.length() == 0 ? "not measured" : text.toString();
    }

    private static String refusals(IngestRun ingest) {
        if (ingest.refused() == 0) {
            return "";
        }
        StringBuilder text = new StringBuilder("; refused: ");
        ingest.refusedByStatus().forEach((status, n) -> text.append(n).append(" × HTTP ").append(status).append(' '));
        return text.toString().stripTrailing();
    }

    private static void throughput(CoreNlpResult raw, NlpThroughput service, List<Figure> figures) {
        RunFigures sequential = raw.sequential();
        figures.add(Figure.info(1, "raw CoreNLP annotate, 1 thread",
                count(sequential.coreNlpTokensPerSecond()) + " tokens/s, "
                        + ratio(1000 / sequential.coreNlpMillisPerArticle()) + " articles/s"));
        figures.add(Figure.info(1, "raw CoreNLP annotate, " + raw.threads() + " threads",
                count(raw.parallelTokensPerSecond()) + " tokens/s, " + ratio(raw.parallelArticlesPerSecond())
                        + " articles/s (" + sequential.articles() + " articles, " + count(sequential.tokens())
                        + " tokens; mean of " + count(raw.tokensPerSecondBefore()) + " before and "
                        + count(raw.tokensPerSecondAfter()) + " after the service's pass)"));
        figures.add(Figure.info(1, "nlp-service, the same articles put onto articles.ingested at once (warm)",
                count(service.tokensPerSecond()) + " tokens/s, " + ratio(service.articlesPerSecond())
                        + " articles/s (" + service.enriched() + " of " + service.published() + " enriched; NLP "
                        + p50p99(service.nlpMillis()) + " per article)"));
        double ratio = service.tokensPerSecond() / raw.parallelTokensPerSecond();
        figures.add(Figure.against(1, "nlp-service ÷ raw CoreNLP (" + raw.threads() + " threads)", ratio(ratio),
                "≥ 0.90", ratio >= SERVICE_RATIO_GOAL));
    }

    /** Beside the wall-time ratio: the same comparison per CPU-second of each side's own process. */
    static void cpuEfficiency(CpuEfficiency efficiency, List<Figure> figures) {
        String name = "nlp-service ÷ raw CoreNLP per CPU-second (nlp-service's own CPU in its pass, the driver's in"
                + " the raw 2-thread passes)";
        if (efficiency == null) {
            figures.add(Figure.against(1, name, "not measured", "≥ 0.95", false));
            return;
        }
        figures.add(Figure.against(1, name, ratio(efficiency.ratio()) + " (" + count(efficiency.serviceTokensPerCpuSecond())
                        + " vs " + count(efficiency.rawTokensPerCpuSecond()) + " tokens per CPU-second: "
                        + count(efficiency.serviceTokens()) + " tokens in " + ratio(efficiency.serviceCpuSeconds())
                        + " CPU-s; raw " + count(efficiency.rawTokens()) + " in " + ratio(efficiency.rawCpuSecondsBefore())
                        + " CPU-s before and " + ratio(efficiency.rawCpuSecondsAfter()) + " after)",
                "≥ 0.95", efficiency.ratio() >= CPU_RATIO_GOAL));
    }

    private static void engineShare(RunFigures sequential, List<Figure> figures) {
        figures.add(Figure.against(2, "attribution engine ÷ CoreNLP per article",
                ratio(sequential.engineShare()) + " (" + millis(sequential.engineMillisPerArticle()) + " vs "
                        + millis(sequential.coreNlpMillisPerArticle()) + ")",
                "≤ 0.15", sequential.engineShare() <= ENGINE_SHARE_GOAL));
    }

    private static void latency(LatencyRun light, LatencyRun saturated, double rate, List<Figure> figures) {
        double allowed = light.nlpMillis().p50() + LIGHT_OVERHEAD_GOAL_MS;
        figures.add(Figure.against(3, "POST → enriched in query API, light (one at a time, ≤ " + rate + "/s)",
                percentiles(light.endToEnd()) + "; of which POST → event on topic " + p50p99(light.toTopic())
                        + ", topic → query API " + p50p99(light.topicToQuery()),
                "p50 ≤ NLP p50 " + millis(light.nlpMillis().p50()) + " + 300 ms", light.endToEnd().p50() <= allowed));
        figures.add(Figure.info(3, "POST → enriched in query API, saturating (all at once)",
                percentiles(saturated.endToEnd()) + "; NLP " + p50p99(saturated.nlpMillis())
                        + " per article; topic → query API " + p50p99(saturated.topicToQuery())));
    }

    private static void queries(List<StoreFill> fills, List<QueryLatencies> all,
            Map<String, Map<String, Double>> cpuSeconds, List<Figure> figures) {
        for (int i = 0; i < all.size(); i++) {
            QueryLatencies q = all.get(i);
            String at = " at " + count(q.articles()) + " articles";
            query(figures, "GET /quotes?speaker=" + at, q.quotesBySpeaker(), q, "/quotes");
            query(figures, "GET /entities?q=" + at, q.entitiesByPrefix(), q, "/entities");
            query(figures, "GET /search?q=" + at, q.search(), q, "/search");
            if (q.quotesAbout() != null) {
                query(figures, "GET /quotes?about=" + at, q.quotesAbout(), q, "/quotes?about");
            }
            StoreFill fill = fills.get(i);
            figures.add(Figure.against(5, "store filled to " + count(fill.reached()) + " articles",
                    count(fill.reached() - fill.before()) + " enriched events stored at "
                            + count(fill.articlesPerSecond()) + " articles/s",
                    "≥ 500 articles/s", fill.articlesPerSecond() >= STORE_RATE_GOAL));
            figures.add(Figure.info(5, "CPU seconds used filling it (" + ratio(fill.seconds()) + " s)",
                    cpu(cpuSeconds.get(BenchRun.storePhase(fill.target())))));
            if (fill.deduplication() != null) {
                var dedup = fill.deduplication();
                figures.add(Figure.info(5, "copies and repeated quotes found, per stored article, filling to "
                                + count(fill.reached()) + " articles",
                        "p50 " + millis(dedup.p50Millis()) + " / p99 " + millis(dedup.p99Millis())
                                + " (lock wait included); " + count(dedup.copiesFound()) + " copies found of "
                                + count(dedup.copiesPlanted()) + " planted; " + count(dedup.repeatedQuotes())
                                + " repeated quotes"));
            }
        }
        if (all.size() >= 2) {
            QueryLatencies first = all.get(0);
            QueryLatencies last = all.get(all.size() - 1);
            figures.add(Figure.info(5, "p99 growth " + count(first.articles()) + " → " + count(last.articles())
                            + " articles",
                    "quotes ×" + growth(first.quotesBySpeaker(), last.quotesBySpeaker()) + ", entities ×"
                            + growth(first.entitiesByPrefix(), last.entitiesByPrefix()) + ", search ×"
                            + growth(first.search(), last.search())
                            + (first.quotesAbout() == null || last.quotesAbout() == null ? ""
                                    : ", about ×" + growth(first.quotesAbout(), last.quotesAbout()))));
        }
    }

    private static void query(List<Figure> figures, String name, LatencySummary latency, QueryLatencies q,
            String path) {
        Double meanMatches = q.meanMatches().get(path);
        double capped = q.cappedShare() == null ? 0 : q.cappedShare().getOrDefault(path, 0.0);
        String matched = meanMatches == null ? "" : capped == 0 ? " (" + count(meanMatches) + " matches on average)"
                : " (≥ " + count(meanMatches) + " matches on average; " + Math.round(capped * 100)
                        + " % of answers counted only up to the cap)";
        figures.add(Figure.against(5, name, p50p99(latency) + matched, "p99 ≤ 30 ms",
                latency.p99() <= QUERY_P99_GOAL_MS));
    }

    private static String growth(LatencySummary from, LatencySummary to) {
        return ratio(to.p99() / from.p99());
    }

    private static void largest(LargestArticle largest, LatencyRun light, List<Figure> figures) {
        figures.add(Figure.info(7, "largest accepted article", count(largest.chars()) + " characters, "
                + count(largest.tokens()) + " tokens, " + largest.chunks() + " paragraph-aligned chunks"));
        figures.add(Figure.info(7, "raw CoreNLP on it, " + largest.threads() + " threads", ratio(largest.rawWholeSeconds())
                + " s as one document (CoreNLP's threads property); " + ratio(largest.rawChunkedSeconds())
                + " s in the same chunks, " + largest.threads() + " at a time (mean of " + ratio(largest.rawChunkedBefore())
                + " s before and " + ratio(largest.rawChunkedAfter()) + " s after the service's pass; one chunk "
                + millis(largest.chunkMillis()) + " on average)"));
        double ratio = largest.enrichedSeconds() / largest.rawSeconds();
        boolean enriched = "enriched".equals(largest.status());
        figures.add(Figure.against(7, "largest article, POST → enriched in query API",
                enriched ? ratio(largest.enrichedSeconds()) + " s (nlp-service's own NLP " + ratio(largest.nlpSeconds())
                        + " s); " + ratio(ratio) + " × the faster raw timing" : "not enriched: " + largest.status(),
                "≤ 1.25 × raw CoreNLP (" + largest.threads() + " threads)", enriched && ratio <= LARGEST_RATIO_GOAL));
        double allowed = light.endToEnd().p99() + largest.chunkMillis();
        LatencySummary after = largest.after();
        figures.add(Figure.against(7, "articles posted right after it, POST → enriched",
                "p50 " + millis(after.p50()) + " / max " + millis(after.max()) + " (n=" + after.count() + ")",
                "max ≤ light p99 " + millis(light.endToEnd().p99()) + " + one chunk " + millis(largest.chunkMillis()),
                after.count() > 0 && after.max() <= allowed));
    }

    private static void memory(Map<String, Long> atRest, Map<String, Long> peak, List<Figure> figures) {
        for (String service : List.of("ingest-service", "nlp-service", "query-service")) {
            if (!atRest.containsKey(service) && !peak.containsKey(service)) {
                continue;
            }
            long goal = service.equals("nlp-service") ? NLP_RSS_GOAL_MB : OTHER_RSS_GOAL_MB;
            long highest = Math.max(atRest.getOrDefault(service, 0L), peak.getOrDefault(service, 0L));
            figures.add(Figure.against(6, service + " resident memory (VmRSS)",
                    "at rest " + atRest.getOrDefault(service, 0L) + " MB, under load " + highest + " MB",
                    "≤ " + count(goal) + " MB", highest <= goal));
        }
    }
}
