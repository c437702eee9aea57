package io.quotewire.ingest.fidelity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * An article as a DOCX written from a template, with what real ones carry besides the story: a placeholder title in
 * the document properties, Title and Subtitle styles, a running header, a footnote with its reference, and a
 * reviewer's comment.
 */
public final class WordDocument {

    private static final String NOTE = "Translated and edited for length by the desk.";
    private static final String COMMENT = "Check this quote against the recording before publication.";
    private static final String HEADER = "DRAFT – not for circulation";

    /** What the document holds besides the story: none of it is article text. */
    public static final List<String> FURNITURE = List.of(NOTE, COMMENT, HEADER, "Copy desk");

    private WordDocument() {}

    /** The DOCX of {@code article}, its core-properties title set to {@code docTitle}. */
    public static byte[] render(FixtureArticle article, String docTitle) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(docTitle);
            styles(document.createStyles());
            document.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(HEADER);
            paragraph(document, "Title", article.headline());
            if (article.kicker() != null) {
                paragraph(document, "Subtitle", article.kicker());
            }
            for (String line : article.byline()) {
                paragraph(document, null, line);
            }
            for (int i = 0; i < article.body().size(); i++) {
                XWPFParagraph paragraph = paragraph(document, null, article.body().get(i));
                if (i == 1) {
                    XWPFFootnote note = document.createFootnote();
                    note.createParagraph().createRun().setText(NOTE);
                    paragraph.createRun().getCTR().addNewFootnoteReference().setId(note.getId());
                }
                if (i == 2) {
                    XWPFComment comment = document.createComments().createComment(BigInteger.ONE);
                    comment.setAuthor("Copy desk");
                    comment.createParagraph().createRun().setText(COMMENT);
                    paragraph.createRun().getCTR().addNewCommentReference().setId(BigInteger.ONE);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        return paragraph;
    }

    /** Title and Subtitle as Word defines them, so that readers see their names. */
    private static void styles(XWPFStyles styles) {
        for (String name : new String[] {"Title", "Subtitle"}) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId(name);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal(name);
            styles.addStyle(new XWPFStyle(style));
        }
    }
}
