package io.quotewire.engine.model;

/**
 * Who said a quote.
 *
 * @param name the fullest name the article gives ("David Maxwell" where the text says "he" or "Maxwell")
 * @param entityKey the speaker's {@link CanonicalEntity#key()}, null for a speaker that is no entity ("the statement")
 * @param description the role the article gives ("State Department spokesperson"), null when none
 * @param descriptionEntityKey the organisation named in the description, null when none
 * @param mentionText the words naming the speaker at this quote ("he"), with their offsets
 */
public record Speaker(
        String name,
        String entityKey,
        String description,
        String descriptionEntityKey,
        String mentionText,
        int mentionStart,
        int mentionEnd) {}
