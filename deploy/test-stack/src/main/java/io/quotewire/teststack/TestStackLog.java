package io.quotewire.teststack;

/** Says on the test output which path the shared servers took, so every test run shows what it ran against. */
final class TestStackLog {

    /** Set by surefire for the unit lane (`./mvnw -B test`), where no test may start a server. */
    static final String LANE_PROPERTY = "quotewire.test.lane";

    private TestStackLog() {}

    /** Refuses to start {@code server} in the unit lane, so that a test needing one is named *IT and runs in verify. */
    static long starting(String server) {
        if ("unit".equals(System.getProperty(LANE_PROPERTY))) {
            throw new IllegalStateException(server + " asked for in the unit lane (surefire, ./mvnw -B test): a test that"
                    + " needs a broker or a database is named *IT and runs in ./mvnw -B verify");
        }
        return System.nanoTime();
    }

    static void started(String server, String how, String address, long startedAtNanos) {
        System.out.printf("test-stack: %s — %s — at %s, up in %.1f s%n", server, how, address,
                (System.nanoTime() - startedAtNanos) / 1e9);
    }
}
