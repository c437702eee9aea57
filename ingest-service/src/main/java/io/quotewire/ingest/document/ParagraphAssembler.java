package io.quotewire.ingest.document;

import io.quotewire.ingest.text.CleanText;
import io.quotewire.ingest.text.DocumentWords;
import io.quotewire.ingest.text.LineJoiner;
import io.quotewire.ingest.text.TextReflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns the blocks Tika delivered into the document's paragraphs, as its {@link Layout} says line breaks mean. */
public final class ParagraphAssembler {

    /** A paragraph that ends without closing its sentence ("…seemed to think another round"). */
    private static final Pattern OPEN_END = Pattern.compile("[^.!?:;\\u2026\"'\\u201D\\u2019)\\]]$");

    /** The e-mail signature delimiter, "-- " on a line of its own. */
    private static final String SIGNATURE = "--";

    private ParagraphAssembler() {}

    /** The paragraphs of {@code blocks}, each one line of words. */
    public static List<String> assemble(List<RawParagraph> blocks, Layout layout) {
        return assemble(blocks, layout, Set.of());
    }

    /**
     * The paragraphs of {@code blocks}; for a paged document, lines equal to one of {@code marginLines} (its running
     * heads and page numbers, see {@link PdfMargins}) are left out first.
     */
    public static List<String> assemble(List<RawParagraph> blocks, Layout layout, Set<String> marginLines) {
        DocumentWords vocabulary = DocumentWords.of(String.join("\n", blocks.stream().map(RawParagraph::text).toList()));
        LineJoiner joiner = new LineJoiner(vocabulary);
        return switch (layout) {
            case FLOWING -> blocks.stream().map(block -> joinLines(block.text(), joiner)).toList();
            case WRAPPED -> withoutSignature(blocks);
            case PAGED -> paged(blocks, joiner, marginLines);
        };
    }

    private static String joinLines(String text, LineJoiner joiner) {
        return joinLines(text, joiner, Set.of());
    }

    private static String joinLines(String text, LineJoiner joiner, Set<String> leftOut) {
        String joined = "";
        for (String line : text.split("\n")) {
            if (!leftOut.contains(CleanText.paragraph(line))) {
                joined = joiner.join(joined, line);
            }
        }
        return CleanText.paragraph(joined);
    }

    private static List<String> withoutSignature(List<RawParagraph> blocks) {
        List<String> paragraphs = new ArrayList<>();
        for (RawParagraph block : blocks) {
            for (String paragraph : TextReflow.paragraphs(block.text())) {
                if (CleanText.paragraph(paragraph).equals(SIGNATURE)) {
                    return paragraphs;
                }
                paragraphs.add(paragraph);
            }
        }
        return paragraphs;
    }

    /**
     * PDF: each block's lines joined without its margin lines, page furniture removed, and a paragraph cut by a column
     * or page end joined to its continuation (the next block opens in lower case after one that did not end its
     * sentence).
     */
    private static List<String> paged(List<RawParagraph> blocks, LineJoiner joiner, Set<String> marginLines) {
        List<PageFurniture.Paged> joined = blocks.stream()
                .map(block -> new PageFurniture.Paged(joinLines(block.text(), joiner, marginLines), block.page()))
                .filter(block -> !block.text().isEmpty())
                .toList();
        List<String> paragraphs = new ArrayList<>();
        for (PageFurniture.Paged block : PageFurniture.remove(joined)) {
            String text = block.text();
            int last = paragraphs.size() - 1;
            if (last >= 0 && OPEN_END.matcher(paragraphs.get(last)).find()
                    && Character.isLowerCase(text.codePointAt(0))) {
                paragraphs.set(last, joiner.join(paragraphs.get(last), text));
            } else {
                paragraphs.add(text);
            }
        }
        return paragraphs;
    }
}
