package io.quotewire.teststack;

/** Says on the test output which path the shared servers took, so every test run shows what it ran against. */
final class TestStackLog {

    private TestStackLog() {}

    static void started(String server, String how, String address, long startedAtNanos) {
        System.out.printf("test-stack: %s — %s — at %s, up in %.1f s%n", server, how, address,
                (System.nanoTime() - startedAtNanos) / 1e9);
    }
}
