package io.quotewire.engine.attribution;

/**
 * A quotation found by its marks: {@code [start, end)} covers the opening and closing marks.
 *
 * @param contentStart first character after the opening mark
 * @param contentEnd the closing mark's offset
 */
record QuoteSpan(int start, int end, int contentStart, int contentEnd) {}
