package io.quotewire.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("no-shared-servers")
class KafkaBrokerProcessIT {

    private static final Duration READY = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @Test
    void startsCreatesTopicsAndKeepsRecordsAcrossARestart() throws Exception {
        int port = PortGuard.freePort();
        int controllerPort = PortGuard.freePort();
        String classpath = System.getProperty("java.class.path");
        Path kafkaDir = dir.resolve("kafka");
        Path log = dir.resolve("logs/kafka.log");

        try (KafkaBrokerProcess broker = new KafkaBrokerProcess(dir, kafkaDir, log, classpath, port, controllerPort)) {
            assertThat(broker.isFormatted()).isFalse();
            broker.start(READY);
            assertThat(broker.isFormatted()).isTrue();

            assertThat(TopicCreator.createMissing(broker.bootstrapServers()))
                    .containsExactlyElementsOf(TopicCreator.TOPICS);
            assertThat(TopicCreator.createMissing(broker.bootstrapServers())).isEmpty();
            assertThat(partitions(broker.bootstrapServers(), "articles.ingested")).isEqualTo(3);

            produce(broker.bootstrapServers(), "articles.ingested", "id-1", "{\"title\":\"kept\"}");
        }
        assertThat(PortGuard.isFree(port)).isTrue();
        String firstClusterId = Files.readString(kafkaDir.resolve("data/meta.properties"));

        try (KafkaBrokerProcess again = new KafkaBrokerProcess(dir, kafkaDir, log, classpath, port, controllerPort)) {
            assertThat(again.isFormatted()).isTrue();
            again.start(READY);
            assertThat(Files.readString(kafkaDir.resolve("data/meta.properties"))).isEqualTo(firstClusterId);
            List<ConsumerRecord<String, String>> records = consumeAll(again.bootstrapServers(), "articles.ingested", 1);
            assertThat(records).extracting(ConsumerRecord::key, ConsumerRecord::value)
                    .containsExactly(tuple("id-1", "{\"title\":\"kept\"}"));
        }
    }

    private static int partitions(String bootstrap, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        }
    }

    private static void produce(String bootstrap, String topic, String key, String value) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private static List<ConsumerRecord<String, String>> consumeAll(String bootstrap, String topic, int expected) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "local-stack-test");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            while (records.size() < expected && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }
}
