package io.quotewire.stack;

import java.util.List;

/**
 * The JVM options each service runs with, sized by the benchmark's resident-memory figures (docs/benchmarks.md):
 * nlp-service within 2 GB, the others within 350 MB.
 */
public final class JvmOptions {

    private JvmOptions() {}

    /**
     * ingest-service and query-service: a small heap collected by the serial collector, whose bookkeeping is a
     * fraction of G1's, and capped metaspace and code cache, so the whole process stays within 350 MB under load.
     */
    public static List<String> smallService() {
        return List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=160m",
                "-XX:ReservedCodeCacheSize=64m", "-Xss512k");
    }

    /**
     * nlp-service: CoreNLP's models hold about 360 MB of heap once loaded, and each article being annotated needs
     * room beside them; 1.5 GB of heap keeps the process within 2 GB.
     */
    public static List<String> nlpService() {
        return List.of("-Xmx1536m", "-XX:MaxMetaspaceSize=192m", "-XX:ReservedCodeCacheSize=128m");
    }
}
