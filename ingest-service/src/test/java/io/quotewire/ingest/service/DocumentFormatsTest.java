package io.quotewire.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.quotewire.ingest.domain.ExtractedDocument;
import io.quotewire.ingest.fidelity.FidelitySet;
import io.quotewire.ingest.fidelity.FixtureArticle;
import io.quotewire.ingest.fidelity.WordDocument;
import io.quotewire.ingest.support.Documents;
import io.quotewire.ingest.support.FormatSamples;
import io.quotewire.ingest.support.TestIngestConfig;
import io.quotewire.support.problem.Problem;
import io.quotewire.support.problem.ProblemException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Each format people drop, read to clean text with its title and facts; protected and undecodable ones refused. */
@Tag("no-shared-servers")
class DocumentFormatsTest {

    private static final String QUOTE = "“We walked away,” said Kim Myong Gil.";

    private final DocumentExtractor extractor = new DocumentExtractor(TestIngestConfig.of(100_000));

    @Test
    void docxLosesItsPlaceholderTitleFootnotesCommentsAndRunningHead() {
        FixtureArticle harbour = FidelitySet.articles().get(2);
        ExtractedDocument document = extractor.extract(WordDocument.render(harbour, "Normal.dotm"), "harbour.docx");
        assertThat(document.title()).isEqualTo(harbour.headline());
        assertThat(document.text()).isEqualTo(harbour.cleanText());
        assertThat(document.text()).doesNotContain("footnoteRef", "Comment by", "DRAFT", "Translated and edited");
    }

    @Test
    void epubChaptersAreReadWithoutTheTableOfContents() {
        ExtractedDocument document = extractor.extract(
                FormatSamples.epub("Talks in Stockholm", QUOTE, "The talks lasted eight hours."), "talks.epub");
        assertThat(document.contentType()).isEqualTo("application/epub+zip");
        assertThat(document.title()).isEqualTo("Talks in Stockholm");
        assertThat(document.text()).isEqualTo("Talks in Stockholm\n" + QUOTE + "\nThe talks lasted eight hours.");
    }

    @Test
    void anEmailGivesItsBodyWithSubjectAsTitleAndSenderAndDateAsFacts() {
        String body = String.join("\r\n",
                "The working-level talks between the United States and North Korea broke",
                "down on Saturday after eight hours, the North Korean envoy told reporters",
                "outside the embassy, where a crowd of reporters had waited since noon.",
                "",
                "\u201cWe walked away,\u201d said Kim Myong Gil, who led the North Korean",
                "delegation, before he was driven back to the embassy in a black car.",
                "",
                "-- ",
                "Anna Lindqvist, Stockholm desk");
        String mail = "From: Anna Lindqvist <anna@example.org>\r\nTo: desk@example.org\r\n"
                + "Subject: Talks in Stockholm broke down\r\nDate: Sat, 5 Oct 2019 21:04:00 +0200\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n";
        ExtractedDocument document = extractor.extract(mail.getBytes(StandardCharsets.UTF_8), "talks.eml");
        assertThat(document.title()).isEqualTo("Talks in Stockholm broke down");
        assertThat(document.metadata()).containsEntry("author", "Anna Lindqvist <anna@example.org>")
                .containsEntry("published", "2019-10-05T19:04:00Z");
        assertThat(document.text()).isEqualTo("The working-level talks between the United States and North Korea "
                + "broke down on Saturday after eight hours, the North Korean envoy told reporters outside the embassy, "
                + "where a crowd of reporters had waited since noon.\n\u201cWe walked away,\u201d said Kim Myong Gil, "
                + "who led the North Korean delegation, before he was driven back to the embassy in a black car.");
    }

    @Test
    void anEmailsAttachmentsAreNotItsText() {
        String mail = "From: Anna Lindqvist <anna@example.org>\r\nSubject: Talks\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain; charset=utf-8"
                + "\r\n\r\n" + QUOTE + "\r\n--b1\r\nContent-Type: text/plain; name=\"notes.txt\"\r\n"
                + "Content-Disposition: attachment; filename=\"notes.txt\"\r\n\r\nAttached notes.\r\n--b1\r\n"
                + "Content-Type: text/html; charset=utf-8\r\nContent-Disposition: attachment; filename=\"page.html\"\r\n"
                + "\r\n<html><body><p>An attached page.</p></body></html>\r\n--b1--\r\n";
        assertThat(extractor.extract(mail.getBytes(StandardCharsets.UTF_8), "talks.eml").text()).isEqualTo(QUOTE);
    }

    @Test
    void anOutlookMessageGivesItsBodySubjectSenderAndDate() {
        byte[] msg = FormatSamples.msg("Talks in Stockholm broke down", "Anna Lindqvist",
                "Sat, 5 Oct 2019 21:04:00 +0200", QUOTE + "\r\n\r\nThe talks lasted eight hours.");
        ExtractedDocument document = extractor.extract(msg, "talks.msg");
        assertThat(document.contentType()).isEqualTo("application/vnd.ms-outlook");
        assertThat(document.title()).isEqualTo("Talks in Stockholm broke down");
        assertThat(document.metadata()).containsEntry("author", "Anna Lindqvist");
        assertThat(document.metadata()).containsEntry("published", "2019-10-05T19:04:00Z");
        assertThat(document.text()).contains(QUOTE + "\nThe talks lasted eight hours.");
    }

    @Test
    void rtfAndOdtAreStillRead() {
        String rtf = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times;}}{\\info{\\title Normal}}"
                + "Talks in Stockholm\\par \\ldblquote We walked away,\\rdblquote  said Kim Myong Gil.\\par}";
        ExtractedDocument fromRtf = extractor.extract(rtf.getBytes(StandardCharsets.US_ASCII), "talks.rtf");
        assertThat(fromRtf.title()).isNull();
        assertThat(fromRtf.text()).isEqualTo("Talks in Stockholm\n" + QUOTE);
        ExtractedDocument fromOdt = extractor.extract(FormatSamples.odt("Talks in Stockholm", QUOTE), "talks.odt");
        assertThat(fromOdt.title()).isEqualTo("Talks in Stockholm");
        assertThat(fromOdt.text()).isEqualTo("Talks in Stockholm\n" + QUOTE);
    }

    @Test
    void aRotatedPdfIsReadUpright() {
        ExtractedDocument document = extractor.extract(FormatSamples.rotatedPdf(
                "Kim Myong Gil said the talks broke down.", "The State Department disagreed."), "rotated.pdf");
        assertThat(document.text()).contains("Kim Myong Gil said the talks broke down.",
                "The State Department disagreed.");
    }

    @Test
    void anEncryptedDocxOrPdfIs422UnreadableDocument() {
        byte[] docx = FormatSamples.encryptedDocx(Documents.docx("Secret", QUOTE), "secret");
        Problem docxProblem = problem(docx, "secret.docx");
        assertThat(docxProblem.status()).isEqualTo(422);
        assertThat(docxProblem.type()).endsWith("/unreadable-document");
        assertThat(docxProblem.detail()).contains("encrypted or password-protected");
        assertThat(problem(Documents.encryptedPdf("secret", QUOTE), "secret.pdf").type())
                .endsWith("/unreadable-document");
    }

    @Test
    void replacementCharacterSoupIs422WithTheReason() {
        String soup = "Kim said the talks \uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD broke down \uFFFD\uFFFD.";
        Problem problem = problem(soup.getBytes(StandardCharsets.UTF_8), "soup.txt");
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.type()).endsWith("/undecodable-text");
        assertThat(problem.detail()).contains("9 of the", "could not be decoded");
    }

    @Test
    void aWindows1256PageThatClaimsUtf8IsDecodedNotStoredAsReplacementCharacters() {
        String arabic = "قال المتحدث باسم وزارة الخارجية إن المحادثات في ستوكهولم انهارت بعد ثماني ساعات.";
        String html = "<html><head><meta charset=\"utf-8\"><title>محادثات ستوكهولم</title></head><body><h1>محادثات "
                + "ستوكهولم</h1><p>" + arabic.repeat(4) + "</p></body></html>";
        ExtractedDocument document = extractor.extract(html.getBytes(Charset.forName("windows-1256")), "arabic.html");
        assertThat(document.text()).contains(arabic).doesNotContain("\uFFFD");
        assertThat(document.metadata()).containsEntry("charset", "windows-1256").containsEntry("declaredCharset",
                "UTF-8");
    }

    private Problem problem(byte[] bytes, String fileName) {
        Throwable thrown = catchThrowable(() -> extractor.extract(bytes, fileName));
        assertThat(thrown).as(fileName).isInstanceOf(ProblemException.class);
        return ((ProblemException) thrown).problem();
    }
}
