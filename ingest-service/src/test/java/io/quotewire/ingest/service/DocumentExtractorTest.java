package io.quotewire.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quotewire.ingest.config.IngestConfig;
import io.quotewire.ingest.domain.ExtractedDocument;
import io.quotewire.ingest.support.Seeds;
import io.quotewire.ingest.support.TestIngestConfig;
import io.quotewire.support.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Which types are read as text, which are parsed, which are refused — without the HTTP layer. */
@Tag("no-shared-servers")
class DocumentExtractorTest {

    private final DocumentExtractor extractor = new DocumentExtractor(config(1000));

    @Test
    void csvAndLogFilesAreReadAsText() {
        ExtractedDocument csv = extract("quotes.csv", "speaker,quote\nKim,We walked away\n");
        assertThat(csv.contentType()).isEqualTo("text/csv");
        assertThat(csv.text()).isEqualTo("speaker,quote\nKim,We walked away");
        assertThat(extract("talks.log", "2019-10-05 Kim said the talks broke down.\n").text())
                .startsWith("2019-10-05 Kim");
    }

    @Test
    void plainTextBecomesCleanTextOneParagraphPerLine() {
        assertThat(extract("a.txt", "  Indented first line.\r\nSecond  line.\n\n\n").text())
                .isEqualTo("Indented first line.\nSecond line.");
    }

    @Test
    void xmlIsRefused() {
        assertThatThrownBy(() -> extract("feed.xml", "<?xml version=\"1.0\"?><rss><item>Kim</item></rss>"))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().status()).isEqualTo(415));
    }

    @Test
    void textOverTheLimitIsRefusedWith413() {
        assertThatThrownBy(() -> extract("long.txt", "x".repeat(1001)))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().status()).isEqualTo(413));
        assertThat(extract("exact.txt", "x".repeat(1000)).text()).hasSize(1000);
    }

    @Test
    void nulBytesInTextAreRefused() {
        assertThatThrownBy(() -> extract("nul.txt", "Kim\u0000said"))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().status()).isEqualTo(415));
    }

    @Test
    void declaredPlainTextSkipsDetectionAndReadsAsTikaWould() {
        Map<String, byte[]> files = Map.of(
                Seeds.SEJONG, Seeds.bytes(Seeds.SEJONG),
                Seeds.MAXWELL, Seeds.bytes(Seeds.MAXWELL),
                "wire-7.txt", "Wire item 7\n“We will look at it again,” said Anna Lindqvist.\n"
                        .getBytes(StandardCharsets.UTF_8),
                "notes.md", "Notes from Stockholm\n\nKim said the talks *broke down*.\r\n"
                        .getBytes(StandardCharsets.UTF_8),
                "bom.txt", ("\uFEFF" + "“A quote first,” she said.").getBytes(StandardCharsets.UTF_8));
        DocumentExtractor roomy = new DocumentExtractor(config(100_000));
        files.forEach((name, bytes) -> {
            assertThat(PlainTextShortcut.recognise(bytes, name)).as(name).isPresent();
            ExtractedDocument quick = roomy.extract(bytes, name);
            ExtractedDocument detected = roomy.detectAndExtract(bytes, name);
            assertThat(quick).as(name).isEqualTo(detected);
        });
        assertThat(roomy.extract(files.get("notes.md"), "notes.md").contentType()).isEqualTo("text/markdown");
        assertThat(roomy.extract(files.get("bom.txt"), "bom.txt").text()).isEqualTo("“A quote first,” she said.");
    }

    @Test
    void textThatMightBeAnotherFormatStillGoesThroughTika() {
        String html = "<html><head><title>Talks</title></head><body><p>Kim walked away.</p></body></html>";
        assertThat(PlainTextShortcut.recognise(bytes(html), "page.txt")).isEmpty();
        ExtractedDocument page = extract("page.txt", html);
        assertThat(page.contentType()).isEqualTo("text/html");
        assertThat(page.text()).isEqualTo("Talks\nKim walked away.");

        String script = "#!/bin/sh\necho the talks broke down\n";
        assertThat(PlainTextShortcut.recognise(bytes(script), "run.txt")).isEmpty();
        assertThatThrownBy(() -> extract("run.txt", script))
                .satisfies(e -> assertThat(((ProblemException) e).problem().detail()).contains("application/x-sh"));

        String mail = "From: kim@example.org\nSubject: talks\n\nThey broke down.\n";
        assertThat(PlainTextShortcut.recognise(bytes(mail), "mail.txt")).isEmpty();
        ExtractedDocument fromMail = extract("mail.txt", mail);
        assertThat(fromMail.contentType()).isEqualTo("message/rfc822");
        assertThat(fromMail.title()).isEqualTo("talks");
        assertThat(fromMail.text()).isEqualTo("They broke down.");

        byte[] windows1252 = "Caf\u00e9 talks".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(PlainTextShortcut.recognise(windows1252, "cafe.txt")).isEmpty();
        assertThat(extractor.extract(windows1252, "cafe.txt").text()).isEqualTo("Caf\u00e9 talks");

        assertThat(PlainTextShortcut.recognise(bytes("Plain words."), "plain")).isEmpty();
        assertThat(PlainTextShortcut.recognise(bytes("Plain words."), "page.html")).isEmpty();
        assertThat(PlainTextShortcut.recognise(bytes("Kim\u0000said"), "nul.txt")).isEmpty();
    }

    private static byte[] bytes(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    private ExtractedDocument extract(String fileName, String content) {
        return extractor.extract(content.getBytes(StandardCharsets.UTF_8), fileName);
    }

    private static IngestConfig config(int maxTextLength) {
        return TestIngestConfig.of(maxTextLength);
    }
}
