package io.quotewire.bench.stack;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.quota.ClientQuotaAlteration;
import org.apache.kafka.common.quota.ClientQuotaEntity;

/**
 * Keeps the services that read a topic from reading it while open, with a broker fetch quota (Kafka's own client
 * quotas) on their consumers' client id; closing lifts it, and they then work through what was published meanwhile.
 */
// Figure 4 is ingest's own capacity: without this, nlp-service (CoreNLP on every file) and query-service (a database
// write per file) consume articles.ingested while the files arrive and take most of the two cores. A consumer whose
// fetches go over 1 byte/s gets empty fetch responses and a throttle time from the broker, so nothing is lost or
// skipped and no process is stopped (the local stack's supervisor would restart a stopped one).
public final class ConsumersHeldOff implements AutoCloseable {

    private static final String FETCH_RATE = "consumer_byte_rate";
    private static final double HELD = 1.0;

    private final Admin admin;
    private final ClientQuotaEntity consumers;

    private ConsumersHeldOff(Admin admin, ClientQuotaEntity consumers) {
        this.admin = admin;
        this.consumers = consumers;
    }

    /**
     * Holds off every consumer of {@code topic} whose client id is SmallRye Reactive Messaging's default for a channel
     * named after the topic ({@code kafka-consumer-<topic>}), as nlp-service's and query-service's are.
     */
    public static ConsumersHeldOff of(String bootstrapServers, String topic) {
        Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        ConsumersHeldOff held = new ConsumersHeldOff(admin,
                new ClientQuotaEntity(Map.of(ClientQuotaEntity.CLIENT_ID, "kafka-consumer-" + topic)));
        try {
            held.setFetchRate(HELD);
        } catch (RuntimeException e) {
            admin.close();
            throw e;
        }
        return held;
    }

    /** The client id held off, for the results' notes. */
    public String clientId() {
        return consumers.entries().get(ClientQuotaEntity.CLIENT_ID);
    }

    @Override
    public void close() {
        try {
            setFetchRate(null);
        } finally {
            admin.close();
        }
    }

    private void setFetchRate(Double bytesPerSecond) {
        ClientQuotaAlteration alteration = new ClientQuotaAlteration(consumers,
                List.of(new ClientQuotaAlteration.Op(FETCH_RATE, bytesPerSecond)));
        try {
            admin.alterClientQuotas(List.of(alteration)).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("The broker refused the fetch quota on " + clientId(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while setting the fetch quota on " + clientId(), e);
        }
    }
}
