package io.quotewire.ingest.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the blocks of Tika's XHTML output as {@link RawParagraph}s: every block element (p, h1–h6, li, td…) is
 * one, a {@code <div class="page">} starts a new PDF page, and what Tika marks as not running text — footnote and
 * endnote bodies, comments, annotations, headers and footers, embedded documents — is left out, as are Tika's inline
 * markers for them ("[footnoteRef:1]", "Comment by …").
 */
public final class ParagraphHandler extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt",
            "dd", "blockquote", "pre", "table", "tr", "td", "th", "ul", "ol", "dl", "section", "article", "header",
            "footer", "address", "caption");

    /** The class of the {@code <div>} Tika wraps each PDF page in. */
    private static final Set<String> PAGE = Set.of("page");

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** Elements whose text is never the document's: the XHTML head (title, meta) and scripts. */
    private static final Set<String> SKIPPED_ELEMENTS = Set.of("head", "script", "style");

    /** Classes Tika gives to blocks that are not running text. */
    private static final Set<String> SKIPPED_CLASSES = Set.of("footnote", "endnote", "comment", "annotation",
            "header", "footer", "embedded", "package-entry", "attachment");

    /** Tika's placeholder where a DOCX paragraph refers to a footnote or endnote. */
    private static final Pattern NOTE_REFERENCE = Pattern.compile("\\[(?:footnoteRef|endnoteRef):\\d+]");

    /** How Tika appends a DOCX comment to the paragraph it annotates. */
    private static final String COMMENT_PREFIX = "\tComment by ";

    private final int limit;
    private final List<RawParagraph> paragraphs = new ArrayList<>();
    private final StringBuilder block = new StringBuilder();
    private int written;
    private int page;
    private int skipDepth;
    private int headingDepth;
    private boolean blockIsHeading;

    /** A handler that fails with {@link WriteLimitReachedException} after {@code limit} characters. */
    public ParagraphHandler(int limit) {
        this.limit = limit;
    }

    /** The blocks collected so far, in document order, empty ones left out. */
    public List<RawParagraph> paragraphs() {
        return List.copyOf(paragraphs);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (skipDepth > 0 || SKIPPED_ELEMENTS.contains(localName) || hasAnyClass(attributes.getValue("class"), SKIPPED_CLASSES)) {
            flush();
            skipDepth++;
            return;
        }
        if (localName.equals("div") && hasAnyClass(attributes.getValue("class"), PAGE)) {
            flush();
            page++;
        }
        if (BLOCKS.contains(localName)) {
            flush();
        }
        if (HEADINGS.contains(localName)) {
            headingDepth++;
            blockIsHeading = true;
        }
        if (localName.equals("br")) {
            block.append('\n');
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        if (BLOCKS.contains(localName)) {
            flush();
        }
        if (HEADINGS.contains(localName)) {
            headingDepth--;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipDepth > 0) {
            return;
        }
        String text = new String(ch, start, length);
        if (NOTE_REFERENCE.matcher(text).matches() || text.startsWith(COMMENT_PREFIX)) {
            return;
        }
        written += length;
        if (written > limit) {
            throw new WriteLimitReachedException(limit);
        }
        block.append(text);
        blockIsHeading |= headingDepth > 0;
    }

    /** Tika's PDF parser ends each line inside a paragraph with ignorable white space ("\n"): keep it. */
    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (skipDepth == 0) {
            block.append(ch, start, length);
        }
    }

    private void flush() {
        if (!block.toString().isBlank()) {
            paragraphs.add(new RawParagraph(block.toString(), page, blockIsHeading));
        }
        block.setLength(0);
        blockIsHeading = headingDepth > 0;
    }

    private static boolean hasAnyClass(String classes, Set<String> wanted) {
        if (classes == null) {
            return false;
        }
        for (String name : classes.split("\\s+")) {
            if (wanted.contains(name)) {
                return true;
            }
        }
        return false;
    }
}
