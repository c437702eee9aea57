package io.quotewire.nlp;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import io.quotewire.teststack.KafkaTestResource;

/** Every @QuarkusTest of this module: one real Kafka broker for the JVM, one CoreNLP load. */
public class QuotewireNlpTestProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KafkaTestResource.class));
    }
}
