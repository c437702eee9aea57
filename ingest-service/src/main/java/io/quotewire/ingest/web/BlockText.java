package io.quotewire.ingest.web;

import io.quotewire.ingest.text.CleanText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The paragraphs of an HTML element as a reader sees them: every block element (p, div, h1–h6, li, blockquote, td…)
 * is a paragraph, white space in the source (the line breaks of a {@code <p>} wrapped at 80 columns) is one space,
 * {@code <br><br>} ends a paragraph and a single {@code <br>} too, unless the next line reads on in lower case
 * after a line that stopped mid-sentence.
 */
final class BlockText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
            "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "address", "hr",
            "form", "fieldset", "details", "summary", "center", "body");

    /** Stands for a {@code <br>} (or a line end inside {@code <pre>}) while a paragraph is collected. */
    private static final char LINE_BREAK = '\u2028';

    private static final String READABILITY_INLINE = "readability-styled";

    /** A paragraph at least this long that stops mid-sentence is continued by a block opening in lower case. */
    private static final int CONTINUED_MIN_LENGTH = 40;

    private static final Pattern OPEN_END = Pattern.compile("[\\p{L},;\\u2014\\u2013-]$");

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int preDepth;

    private BlockText() {}

    /** The paragraphs of {@code root}, each folded to one line, empty ones dropped. */
    static List<String> paragraphs(Element root) {
        BlockText text = new BlockText();
        text.visit(root);
        text.flush();
        return text.paragraphs;
    }

    private void visit(Node node) {
        if (node instanceof TextNode textNode) {
            // Line breaks in the source are white space, except inside <pre>.
            String text = textNode.getWholeText();
            current.append(preDepth > 0 ? text.replace('\n', LINE_BREAK) : text.replace('\n', ' '));
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String tag = element.normalName().toLowerCase(Locale.ROOT);
        if (tag.equals("br")) {
            lineBreak();
            return;
        }
        // Readability wraps loose text of a <div> in <p class="readability-styled" style="display: inline;">.
        boolean block = BLOCKS.contains(tag) && !element.hasClass(READABILITY_INLINE);
        boolean pre = tag.equals("pre");
        if (block) {
            flush();
        }
        preDepth += pre ? 1 : 0;
        for (Node child : element.childNodes()) {
            visit(child);
        }
        preDepth -= pre ? 1 : 0;
        if (block) {
            flush();
        }
    }

    /** A {@code <br>}: a second one in a row ends the paragraph; a single one is decided when the line is known. */
    private void lineBreak() {
        String text = current.toString();
        int lastBreak = text.lastIndexOf(LINE_BREAK);
        if (lastBreak >= 0 && text.substring(lastBreak + 1).isBlank()) {
            current.setLength(lastBreak);
            flush();
        } else {
            current.append(LINE_BREAK);
        }
    }

    private void flush() {
        String paragraph = null;
        for (String line : current.toString().split(String.valueOf(LINE_BREAK))) {
            String folded = CleanText.paragraph(line);
            if (folded.isEmpty()) {
                continue;
            }
            if (paragraph != null && Character.isLowerCase(folded.codePointAt(0))) {
                paragraph = paragraph + " " + folded;
            } else {
                add(paragraph);
                paragraph = folded;
            }
        }
        add(paragraph);
        current.setLength(0);
    }

    /**
     * Adds a paragraph; one that opens in lower case after a long one stopping mid-sentence continues it (Readability
     * splits "…the North Korean<br>delegation, …" into two blocks).
     */
    private void add(String paragraph) {
        if (paragraph == null || paragraph.isEmpty()) {
            return;
        }
        int last = paragraphs.size() - 1;
        if (last >= 0 && Character.isLowerCase(paragraph.codePointAt(0))
                && paragraphs.get(last).length() >= CONTINUED_MIN_LENGTH
                && OPEN_END.matcher(paragraphs.get(last)).find()) {
            paragraphs.set(last, paragraphs.get(last) + " " + paragraph);
        } else {
            paragraphs.add(paragraph);
        }
    }
}
