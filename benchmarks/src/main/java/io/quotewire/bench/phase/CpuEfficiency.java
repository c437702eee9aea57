package io.quotewire.bench.phase;

/**
 * Figure 1 per CPU-second: tokens nlp-service enriched per CPU-second of its own process during its timed pass,
 * beside tokens raw CoreNLP annotated per CPU-second of the driver during its 2-thread passes (the driver does nothing
 * else meanwhile). Unlike the wall-time ratio, this leaves out what the broker, the database and query-service take
 * from the same two cores. The raw side is the mean of the pass before and the pass after the service's, as for the
 * wall-time ratio: on this shared machine the CPU one token costs changes with the other load (measured: 11.3 and
 * 46.1 CPU-seconds for the same raw pass in two runs), and the two passes bracket the service's.
 *
 * @param serviceTokens tokens of the articles nlp-service enriched in its timed pass
 * @param serviceCpuSeconds nlp-service's CPU seconds (user + system, its threads and children) during that pass
 * @param rawTokens tokens of the corpus each raw pass annotated
 * @param rawCpuSecondsBefore the driver's CPU seconds during the raw 2-thread pass before the service's
 * @param rawCpuSecondsAfter the same during the raw pass after it
 */
public record CpuEfficiency(long serviceTokens, double serviceCpuSeconds, long rawTokens, double rawCpuSecondsBefore,
        double rawCpuSecondsAfter) {

    public CpuEfficiency {
        if (serviceCpuSeconds <= 0 || rawCpuSecondsBefore <= 0 || rawCpuSecondsAfter <= 0) {
            throw new IllegalArgumentException("CPU seconds must be positive: service " + serviceCpuSeconds
                    + ", raw " + rawCpuSecondsBefore + " and " + rawCpuSecondsAfter);
        }
    }

    public double serviceTokensPerCpuSecond() {
        return serviceTokens / serviceCpuSeconds;
    }

    /** The mean of the two raw passes' tokens per CPU-second. */
    public double rawTokensPerCpuSecond() {
        return (rawTokensPerCpuSecondBefore() + rawTokensPerCpuSecondAfter()) / 2;
    }

    public double rawTokensPerCpuSecondBefore() {
        return rawTokens / rawCpuSecondsBefore;
    }

    public double rawTokensPerCpuSecondAfter() {
        return rawTokens / rawCpuSecondsAfter;
    }

    /** nlp-service's tokens per CPU-second ÷ raw CoreNLP's: 1 when the service spends nothing beyond CoreNLP. */
    public double ratio() {
        return serviceTokensPerCpuSecond() / rawTokensPerCpuSecond();
    }
}
