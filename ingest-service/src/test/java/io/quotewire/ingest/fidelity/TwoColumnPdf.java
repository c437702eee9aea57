package io.quotewire.ingest.fidelity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * An article typeset as a two-column PDF with PDFBox, as a magazine or a think tank would print it: the headline and
 * byline across the page, the body in two justified-width columns whose paragraphs open with an indent, long words
 * hyphenated at the end of a line and compounds broken after their hyphen, a running head and a page number on
 * every page, the first one included. Text is written column by column, as word processors write it.
 */
public final class TwoColumnPdf {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 50;
    private static final float GUTTER = 20;
    private static final float COLUMN = (PAGE.getWidth() - 2 * MARGIN - GUTTER) / 2;
    private static final float BODY_SIZE = 9.5f;
    private static final float LEADING = 12;
    private static final float INDENT = 14;
    private static final float HEADLINE_SIZE = 18;
    private static final float TOP = PAGE.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN + 20;
    /** Words at least this long are hyphenated when they do not fit at the end of a line. */
    private static final int HYPHENATE_FROM = 7;
    private static final String VOWELS = "aeiouyAEIOUY";

    private final PDFont font;

    private TwoColumnPdf(PDFont font) {
        this.font = font;
    }

    /** The PDF of {@code article}, with {@code docTitle} (maybe a placeholder) as its document-information title. */
    public static byte[] render(FixtureArticle article, String runningHead, String docTitle) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
                InputStream ttf = PDDocument.class.getResourceAsStream(
                        "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            TwoColumnPdf typesetter = new TwoColumnPdf(PDType0Font.load(document, ttf));
            typesetter.typeset(document, article, runningHead);
            document.getDocumentInformation().setTitle(docTitle);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line to draw: its words, whether it opens a paragraph (indented). */
    private record Line(String text, boolean opensParagraph) {}

    private void typeset(PDDocument document, FixtureArticle article, String runningHead) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (String paragraph : article.body()) {
            lines.addAll(fill(paragraph));
        }
        int next = 0;
        int pageNumber = 0;
        while (next < lines.size()) {
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            pageNumber++;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                draw(content, runningHead, 7.5f, MARGIN, PAGE.getHeight() - 30);
                float top = TOP;
                if (pageNumber == 1) {
                    top = front(content, article);
                }
                for (int column = 0; column < 2 && next < lines.size(); column++) {
                    float x = MARGIN + column * (COLUMN + GUTTER);
                    for (float y = top; y > BOTTOM && next < lines.size(); y -= LEADING) {
                        Line line = lines.get(next++);
                        draw(content, line.text(), BODY_SIZE, x + (line.opensParagraph() ? INDENT : 0), y);
                    }
                }
                draw(content, "\u2013 " + pageNumber + " \u2013", 8, PAGE.getWidth() / 2 - 10, 30);
            }
        }
    }

    /** Headline across the page, then kicker and byline; returns where the columns start. */
    private float front(PDPageContentStream content, FixtureArticle article) throws IOException {
        float y = TOP - 6;
        for (String line : wrap(article.headline(), PAGE.getWidth() - 2 * MARGIN, HEADLINE_SIZE)) {
            draw(content, line, HEADLINE_SIZE, MARGIN, y);
            y -= HEADLINE_SIZE * 1.3f;
        }
        y -= 6;
        List<String> small = new ArrayList<>();
        if (article.kicker() != null) {
            small.add(article.kicker());
        }
        small.addAll(article.byline());
        for (String line : small) {
            draw(content, line, 9, MARGIN, y);
            y -= 12;
        }
        return y - 18;
    }

    private void draw(PDPageContentStream content, String text, float size, float x, float y) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(drawable(text));
        content.endText();
    }

    /** {@code text} with the characters the embedded font has no glyph for (the seed's "※") as "*". */
    private String drawable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(hasGlyph(c) ? c : '*'));
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException noGlyph) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A paragraph filled into column lines, hyphenating as a typesetter would. */
    private List<Line> fill(String paragraph) throws IOException {
        List<Line> lines = new ArrayList<>();
        float width = COLUMN - INDENT;
        StringBuilder line = new StringBuilder();
        List<String> words = new ArrayList<>(List.of(paragraph.split(" ")));
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, BODY_SIZE) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            String prefix = line.isEmpty() ? "" : line + " ";
            String[] split = split(word, width - width(prefix, BODY_SIZE));
            if (split != null) {
                lines.add(new Line(prefix + split[0], lines.isEmpty()));
                words.add(i + 1, split[1]);
                line.setLength(0);
            } else {
                lines.add(new Line(line.toString(), lines.isEmpty()));
                line.setLength(0);
                line.append(word);
            }
            width = COLUMN;
        }
        lines.add(new Line(line.toString(), lines.isEmpty()));
        return lines;
    }

    /**
     * {@code word} broken so that its first part fits in {@code room}: after a hyphen of a compound, or for a long
     * word between a vowel and a consonant with at least three letters on each side; null when it cannot be.
     */
    private String[] split(String word, float room) throws IOException {
        for (int at = word.length() - 1; at > 0; at--) {
            if (word.charAt(at - 1) == '-' && width(word.substring(0, at), BODY_SIZE) <= room) {
                return new String[] {word.substring(0, at), word.substring(at)};
            }
        }
        if (word.length() < HYPHENATE_FROM || word.indexOf('-') >= 0) {
            return null;
        }
        for (int at = word.length() - 3; at >= 3; at--) {
            boolean syllable = VOWELS.indexOf(word.charAt(at - 1)) >= 0 && Character.isLetter(word.charAt(at))
                    && VOWELS.indexOf(word.charAt(at)) < 0 && Character.isLetter(word.charAt(at - 1))
                    && word.substring(at).chars().filter(Character::isLetter).count() >= 3;
            if (syllable && width(word.substring(0, at) + "-", BODY_SIZE) <= room) {
                return new String[] {word.substring(0, at) + "-", word.substring(at)};
            }
        }
        return null;
    }

    private List<String> wrap(String text, float width, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private float width(String text, float size) throws IOException {
        return font.getStringWidth(drawable(text)) / 1000 * size;
    }
}
