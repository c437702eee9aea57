package io.quotewire.ingest.web;

import io.quotewire.ingest.text.CleanText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The paragraphs of an HTML element as a reader sees them: every block element (p, div, h1–h6, li, blockquote, td…)
 * is a paragraph, white space in the source (the line breaks of a {@code <p>} wrapped at 80 columns) is one space,
 * {@code <br><br>} ends a paragraph and a single {@code <br>} too, unless the next line reads on in lower case.
 */
final class BlockText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
            "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "address", "hr",
            "form", "fieldset", "details", "summary", "center", "body");

    /** Stands for a {@code <br>} (or a line end inside {@code <pre>}) while a paragraph is collected. */
    private static final char LINE_BREAK = '\u2028';

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
        boolean block = BLOCKS.contains(tag);
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

    private void add(String paragraph) {
        if (paragraph != null && !paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
    }
}
