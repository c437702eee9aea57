package io.quotewire.query.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads event JSON with the application's ObjectMapper; unreadable JSON fails the message to its dead-letter topic. */
@ApplicationScoped
public class EventReader {

    private final ObjectMapper objectMapper;

    public EventReader(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** The event in {@code json}; throws {@link UnreadableEventException} for empty or malformed values. */
    public <T> T read(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            throw new UnreadableEventException("The record has no value");
        }
        try {
            return objectMapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("Not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage());
        }
    }
}
