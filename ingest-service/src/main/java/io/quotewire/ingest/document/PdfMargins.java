package io.quotewire.ingest.document;

import io.quotewire.ingest.text.CleanText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines a PDF prints in its page margins in type smaller than the body's — running heads and feet, page numbers
 * — found from PDFBox's text positions. Repetition alone cannot find a running head that a one- or two-page article
 * prints once, and PDFBox's paragraph detection may glue it to the first line of a page.
 */
public final class PdfMargins {

    /** The top and bottom share of a page that counts as margin. */
    private static final float MARGIN_SHARE = 0.1f;

    /** Margin text is set smaller than this share of the body's type size. */
    private static final float SMALLER = 0.9f;

    private PdfMargins() {}

    /** The margin lines of {@code pdf}, folded; empty when it cannot be read (Tika reports why). */
    public static Set<String> lines(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Collector collector = new Collector();
            collector.getText(document);
            return collector.marginLines();
        } catch (IOException | RuntimeException unreadable) {
            return Set.of();
        }
    }

    /** A line PDFBox wrote, with where and how large it was. */
    private record PositionedLine(String text, float top, float pageHeight, float size) {}

    /** Collects every line with its position and type size. */
    private static final class Collector extends PDFTextStripper {

        private final List<PositionedLine> lines = new ArrayList<>();
        private final Map<Float, Integer> charactersBySize = new HashMap<>();

        Collector() throws IOException {
            super();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (positions.isEmpty() || text.isBlank()) {
                return;
            }
            TextPosition first = positions.get(0);
            float size = Math.round(first.getFontSizeInPt() * 10) / 10f;
            charactersBySize.merge(size, text.length(), Integer::sum);
            lines.add(new PositionedLine(text, first.getYDirAdj(), first.getPageHeight(), size));
        }

        Set<String> marginLines() {
            float body = charactersBySize.entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey).orElse(0f);
            Set<String> margin = new HashSet<>();
            for (PositionedLine line : lines) {
                boolean inMargin = line.top() < line.pageHeight() * MARGIN_SHARE
                        || line.top() > line.pageHeight() * (1 - MARGIN_SHARE);
                if (inMargin && line.size() < body * SMALLER) {
                    margin.add(CleanText.paragraph(line.text()));
                }
            }
            return margin;
        }
    }
}
