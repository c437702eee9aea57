package io.quotewire.bench.stack;

/** Where the stack under test answers: the three services' ports and the broker. Only localhost is measured. */
public record StackTarget(int queryPort, int ingestPort, int nlpPort, int kafkaPort) {

    public String queryUrl() {
        return "http://localhost:" + queryPort;
    }

    public String ingestUrl() {
        return "http://localhost:" + ingestPort;
    }

    public String nlpUrl() {
        return "http://localhost:" + nlpPort;
    }

    public String kafkaBootstrap() {
        return "localhost:" + kafkaPort;
    }
}
