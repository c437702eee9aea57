package io.quotewire.ingest.text;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * The paragraphs of a Markdown document, read with commonmark-java: headings, list items and block quotes become
 * paragraphs of their own, emphasis and link markup are dropped (their words kept), images and raw HTML are dropped.
 * A paragraph's soft line breaks are joined as in {@link TextReflow} — only when the file is hard-wrapped, because
 * many ".md" files are written one paragraph per line.
 */
public final class MarkdownText {

    private static final Parser PARSER = Parser.builder().build();

    private final WrapWidth width;
    private final LineJoiner joiner;
    private final List<String> paragraphs = new ArrayList<>();

    private MarkdownText(WrapWidth width, LineJoiner joiner) {
        this.width = width;
        this.joiner = joiner;
    }

    /** The paragraphs of {@code markdown}, each as one line of words. */
    public static List<String> paragraphs(String markdown) {
        MarkdownText reader = new MarkdownText(WrapWidth.of(TextReflow.lines(markdown)),
                new LineJoiner(DocumentWords.of(markdown)));
        reader.blocks(PARSER.parse(markdown));
        return reader.paragraphs;
    }

    private void blocks(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading) {
                paragraphs.add(String.join(" ", inlineLines(node)).strip());
            } else if (node instanceof Paragraph) {
                paragraphs.addAll(TextReflow.joinLines(inlineLines(node), width, joiner));
            } else if (node instanceof FencedCodeBlock code) {
                paragraphs.addAll(code.getLiteral().lines().toList());
            } else if (node instanceof IndentedCodeBlock code) {
                paragraphs.addAll(code.getLiteral().lines().toList());
            } else if (!(node instanceof HtmlBlock) && !(node instanceof ThematicBreak)) {
                blocks(node); // block quotes, lists, list items
            }
        }
    }

    /** The words of a block's inline content, one entry per source line. */
    private static List<String> inlineLines(Node block) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        inline(block, line, lines);
        lines.add(line.toString());
        lines.removeIf(String::isBlank); // an image alone on its line leaves nothing
        return lines;
    }

    private static void inline(Node parent, StringBuilder line, List<String> lines) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                line.append(text.getLiteral());
            } else if (node instanceof Code code) {
                line.append(code.getLiteral());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                lines.add(line.toString());
                line.setLength(0);
            } else if (!(node instanceof Image) && !(node instanceof HtmlInline)) {
                inline(node, line, lines); // emphasis, strong emphasis, links
            }
        }
    }
}
