package io.quotewire.engine.attribution;

/**
 * One mention of a canonical entity: tokens {@code [tokenStart, tokenEnd)}, characters {@code [start, end)}.
 *
 * @param entity index into the article's entity list
 */
record ResolvedMention(int entity, int tokenStart, int tokenEnd, int start, int end, String text) {}
