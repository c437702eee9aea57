package io.quotewire.query.domain;

/** Who said a quote, their role, and where the article names them at this quote. */
public record SpeakerView(
        String name,
        Long entityId,
        String description,
        Long descriptionEntityId,
        String mentionText,
        Integer mentionStart,
        Integer mentionEnd) {}
