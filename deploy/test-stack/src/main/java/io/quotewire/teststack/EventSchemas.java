package io.quotewire.teststack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quotewire.contracts.EventResources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/** Validates events against the contracts' JSON Schemas, so producers' tests check what they emit. */
public final class EventSchemas {

    /** A mapper configured like the services' (ISO-8601 instants, records as JSON objects). */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final String SCHEMA_BASE = "https://quotewire.io/schemas/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V7,
            builder -> builder.schemaMappers(mappers ->
                    mappers.mapPrefix(SCHEMA_BASE, "classpath:io/quotewire/contracts/schemas/")));

    private EventSchemas() {}

    /** The violations of {@code event} (JSON text, a {@link JsonNode} or a record) against the topic's schema. */
    public static List<String> violations(String topic, Object event) {
        JsonSchema schema = FACTORY.getSchema(
                SchemaLocation.of(SCHEMA_BASE + topic + ".schema.json"),
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        Set<ValidationMessage> messages = schema.validate(toNode(event));
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** The shared sample event of a topic, as JSON. */
    public static JsonNode sample(String topic) {
        try (InputStream in = EventResources.open(EventResources.samplePath(topic))) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode toNode(Object event) {
        try {
            if (event instanceof JsonNode node) {
                return node;
            }
            if (event instanceof String json) {
                return MAPPER.readTree(json);
            }
            return MAPPER.valueToTree(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
