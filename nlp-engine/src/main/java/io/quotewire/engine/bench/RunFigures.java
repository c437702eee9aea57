package io.quotewire.engine.bench;

/**
 * Timings of one corpus under one pipeline setting.
 *
 * @param coreNlpMillis total CoreNLP annotation time
 * @param engineMillis total attribution-engine time
 */
public record RunFigures(String corpus, int articles, long tokens, double coreNlpMillis, double engineMillis, int quotes) {

    public double coreNlpMillisPerArticle() {
        return coreNlpMillis / articles;
    }

    public double engineMillisPerArticle() {
        return engineMillis / articles;
    }

    /** Engine time as a share of CoreNLP time: the cost the engine adds. */
    public double engineShare() {
        return engineMillis / coreNlpMillis;
    }

    public double coreNlpTokensPerSecond() {
        return tokens / (coreNlpMillis / 1000);
    }

    public double totalTokensPerSecond() {
        return tokens / ((coreNlpMillis + engineMillis) / 1000);
    }
}
