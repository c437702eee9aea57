package io.quotewire.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Where the local stack keeps its data and which ports it listens on, as given on the command line. */
public record StackSettings(
        Path projectRoot,
        Path dataDir,
        int kafkaPort,
        int kafkaControllerPort,
        int postgresPort,
        int queryPort,
        int ingestPort,
        int nlpPort,
        boolean ingestSeeds) {

    // 9092/5432 are often taken by a developer's own Kafka or PostgreSQL, so the stack stays out of their way.
    static final int DEFAULT_KAFKA_PORT = 19092;
    static final int DEFAULT_KAFKA_CONTROLLER_PORT = 19093;
    static final int DEFAULT_POSTGRES_PORT = 15432;
    static final int DEFAULT_QUERY_PORT = 8080;
    static final int DEFAULT_INGEST_PORT = 8081;
    static final int DEFAULT_NLP_PORT = 8082;

    /** Parses the options of {@code up}; unknown options are an error the user sees. */
    public static StackSettings parse(Path projectRoot, List<String> args) {
        Path dataDir = projectRoot.resolve(".quotewire");
        int kafka = DEFAULT_KAFKA_PORT;
        int controller = DEFAULT_KAFKA_CONTROLLER_PORT;
        int postgres = DEFAULT_POSTGRES_PORT;
        int query = DEFAULT_QUERY_PORT;
        int ingest = DEFAULT_INGEST_PORT;
        int nlp = DEFAULT_NLP_PORT;
        boolean seeds = true;
        Iterator<String> it = args.iterator();
        while (it.hasNext()) {
            String option = it.next();
            switch (option) {
                case "--no-seeds" -> seeds = false;
                case "--data-dir" -> dataDir = Path.of(value(option, it)).toAbsolutePath();
                case "--kafka-port" -> kafka = port(option, it);
                case "--kafka-controller-port" -> controller = port(option, it);
                case "--postgres-port" -> postgres = port(option, it);
                case "--query-port" -> query = port(option, it);
                case "--ingest-port" -> ingest = port(option, it);
                case "--nlp-port" -> nlp = port(option, it);
                default -> throw new UsageException("unknown option for up: " + option);
            }
        }
        return new StackSettings(projectRoot, dataDir.normalize(), kafka, controller, postgres, query, ingest, nlp,
                seeds);
    }

    /** Every port the stack will listen on, with what listens there. */
    public List<NamedPort> ports() {
        List<NamedPort> ports = new ArrayList<>();
        ports.add(new NamedPort("Kafka broker", kafkaPort, "--kafka-port"));
        ports.add(new NamedPort("Kafka controller", kafkaControllerPort, "--kafka-controller-port"));
        ports.add(new NamedPort("PostgreSQL", postgresPort, "--postgres-port"));
        ports.add(new NamedPort("query-service", queryPort, "--query-port"));
        ports.add(new NamedPort("ingest-service", ingestPort, "--ingest-port"));
        ports.add(new NamedPort("nlp-service", nlpPort, "--nlp-port"));
        return ports;
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public String queryUrl() {
        return "http://localhost:" + queryPort;
    }

    public String ingestUrl() {
        return "http://localhost:" + ingestPort;
    }

    public String nlpUrl() {
        return "http://localhost:" + nlpPort;
    }

    static String value(String option, Iterator<String> it) {
        if (!it.hasNext()) {
            throw new UsageException(option + " needs a value");
        }
        return it.next();
    }

    private static int port(String option, Iterator<String> it) {
        String raw = value(option, it);
        try {
            int port = Integer.parseInt(raw);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a port number between 1 and 65535, not '" + raw + "'");
        }
    }

    /** A port with the component that listens on it and the option that changes it. */
    public record NamedPort(String owner, int port, String option) {}
}
