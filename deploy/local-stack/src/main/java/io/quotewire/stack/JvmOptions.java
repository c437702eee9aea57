package io.quotewire.stack;

import java.util.List;
import java.util.Map;

/**
 * The JVM options each service runs with, sized by the benchmark's resident-memory figures (docs/benchmarks.md):
 * nlp-service within 2 GB, the others within 350 MB.
 */
public final class JvmOptions {

    private JvmOptions() {}

    /**
     * ingest-service and query-service: about 26 MB of their heap is live after a collection, the rest of their
     * memory is metaspace, compiled code and native buffers. So: a heap that starts small and is collected by the
     * serial collector (a fraction of G1's bookkeeping), room for one maximum-size upload, C1 compilation only (it
     * halved ingest's CPU per file on two busy cores, and its code cache is a third of C2's), and capped metaspace,
     * code cache and direct buffers.
     */
    public static List<String> smallService() {
        return List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=48m", "-XX:MaxDirectMemorySize=64m",
                "-Xss512k");
    }

    /**
     * nlp-service: CoreNLP's models hold about 360 MB of heap once loaded, and each article being annotated needs
     * room beside them; 1.5 GB of heap keeps the process within 2 GB.
     */
    public static List<String> nlpService() {
        return List.of("-Xmx1536m", "-XX:MaxMetaspaceSize=192m", "-XX:ReservedCodeCacheSize=128m");
    }

    /**
     * Environment for every service: glibc's malloc opens up to eight arenas per core for the threads that allocate,
     * and each keeps freed memory resident; two arenas are enough for what the JVM allocates outside its heap.
     */
    public static Map<String, String> environment() {
        return Map.of("MALLOC_ARENA_MAX", "2");
    }
}
