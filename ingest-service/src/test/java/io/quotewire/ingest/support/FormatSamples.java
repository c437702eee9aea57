package io.quotewire.ingest.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Files of the formats people drop besides text, HTML, PDF and DOCX, built in the test: EPUB, ODT, RTF, MSG… */
public final class FormatSamples {

    private FormatSamples() {}

    /** An EPUB 3 book with a navigation document (not in the spine) and one chapter of {@code paragraphs}. */
    public static byte[] epub(String title, String... paragraphs) {
        StringBuilder chapter = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>" + title + "</title></head><body>"
                + "<h1>" + title + "</h1>");
        for (String paragraph : paragraphs) {
            chapter.append("<p>").append(paragraph).append("</p>\n");
        }
        chapter.append("</body></html>");
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("META-INF/container.xml", "<?xml version=\"1.0\"?><container version=\"1.0\" "
                + "xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile "
                + "full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>");
        entries.put("OEBPS/content.opf", "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" "
                + "version=\"3.0\" unique-identifier=\"id\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:identifier id=\"id\">fidelity</dc:identifier><dc:title>" + title + "</dc:title>"
                + "<dc:creator>Elin Marsh</dc:creator><dc:language>en</dc:language></metadata><manifest>"
                + "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>"
                + "<item id=\"c1\" href=\"chapter1.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
                + "<spine><itemref idref=\"c1\"/></spine></package>");
        entries.put("OEBPS/nav.xhtml", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" "
                + "xmlns:epub=\"http://www.idpf.org/2007/ops\"><body><nav epub:type=\"toc\"><ol><li>"
                + "<a href=\"chapter1.xhtml\">Table of contents entry</a></li></ol></nav></body></html>");
        entries.put("OEBPS/chapter1.xhtml", chapter.toString());
        return zip("application/epub+zip", entries);
    }

    /** An OpenDocument text with a heading and {@code paragraphs}. */
    public static byte[] odt(String heading, String... paragraphs) {
        StringBuilder body = new StringBuilder("<text:h text:outline-level=\"1\">" + heading + "</text:h>");
        for (String paragraph : paragraphs) {
            body.append("<text:p>").append(paragraph).append("</text:p>");
        }
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("META-INF/manifest.xml", "<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest=\""
                + "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"/\" "
                + "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/><manifest:file-entry "
                + "manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>");
        entries.put("content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>");
        return zip("application/vnd.oasis.opendocument.text", entries);
    }

    /** An Outlook .msg (an OLE2 file of MAPI property streams, as Outlook writes it). */
    public static byte[] msg(String subject, String senderName, String date, String body) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            unicode(fs, "0037", subject);
            unicode(fs, "0C1A", senderName);
            unicode(fs, "1000", body);
            unicode(fs, "007D", "Subject: " + subject + "\r\nFrom: " + senderName + "\r\nDate: " + date + "\r\n");
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code docx} encrypted with {@code password} (agile encryption, as Word does it). */
    public static byte[] encryptedDocx(byte[] docx, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx));
                    OutputStream encrypted = encryptor.getDataStream(fs)) {
                opc.save(encrypted);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException | InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A landscape page whose lines are drawn turned by 90°, as scanners and some layout tools write them. */
    public static byte[] rotatedPdf(String... lines) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float x = 100;
                for (String line : lines) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, x, 100));
                    content.showText(line);
                    content.endText();
                    x += 16;
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void unicode(POIFSFileSystem fs, String property, String value) throws IOException {
        try (InputStream in = new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_16LE))) {
            fs.createDocument(in, "__substg1.0_" + property + "001F");
        }
    }

    /** A ZIP whose first entry is the stored (uncompressed) {@code mimetype}, as EPUB and ODF require. */
    private static byte[] zip(String mimetype, Map<String, String> entries) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(type);
            zip.closeEntry();
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
