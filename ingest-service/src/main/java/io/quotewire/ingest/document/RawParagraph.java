package io.quotewire.ingest.document;

/**
 * A block of a parsed document as Tika delivered it, before its lines are joined.
 *
 * @param text the block's characters; {@code \n} where the source broke a line inside it
 * @param page the page it is on (PDF), counting from 1; 0 for formats without pages
 * @param heading whether the source marks it as a heading ({@code <h1>}–{@code <h6>}, a Title or Heading style)
 */
public record RawParagraph(String text, int page, boolean heading) {}
