package io.quotewire.ingest.document;

/** How a format lays out its text, which decides what a line break inside one of its blocks means. */
public enum Layout {
    /** Word processors, EPUB, RTF: a block is a paragraph; a line break inside it is a space. */
    FLOWING,
    /** E-mail bodies: plain text, maybe hard-wrapped, paragraphs separated by blank lines, a signature at the end. */
    WRAPPED,
    /** PDF: a block's lines are one paragraph; paragraphs run on across columns and pages; pages repeat furniture. */
    PAGED
}
