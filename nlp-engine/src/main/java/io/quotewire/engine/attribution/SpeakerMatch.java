package io.quotewire.engine.attribution;

/**
 * A speaker as found in the text.
 *
 * @param entity canonical entity index, or -1 for a speaker that is no entity ("the statement", "they")
 * @param pronoun whether the text names the speaker only by a pronoun
 */
record SpeakerMatch(String name, int entity, String mentionText, int start, int end, boolean pronoun) {}
