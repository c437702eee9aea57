package io.quotewire.ingest.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.quotewire.contracts.ArticleText;
import io.quotewire.ingest.domain.ExtractedDocument;
import io.quotewire.ingest.domain.TitleGuesser;
import io.quotewire.ingest.service.ArticleHtmlMapper;
import io.quotewire.ingest.service.DocumentExtractor;
import io.quotewire.ingest.support.TestIngestConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rendering of the fidelity set (wrapped text, news pages, two-column PDF, DOCX) yields the same who-said-what
 * as the article's clean text: at least 97 % of the clean text's (quote, speaker) pairs, no pair the clean text does
 * not have, none of the page furniture, and the headline as title. Runs the real CoreNLP pipeline and attribution
 * engine, once per JVM.
 *
 * <p>Writes the renderings to {@code target/fidelity-set/files/} (for {@code ./quotewire ingest}), the clean texts
 * to {@code target/fidelity-set/clean/}, and the figures to {@code target/fidelity-set/report.md}.
 */
@Tag("no-shared-servers")
class DocumentFidelityIT {

    /** The share of the clean text's (quote, speaker) pairs every rendering must give. */
    static final double MIN_RECALL = 0.97;

    private static final Path OUT = Path.of("target", "fidelity-set");
    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(TestIngestConfig.of(1_000_000));
    private static final Map<String, List<QuotePairs.Pair>> CLEAN_PAIRS = new ConcurrentHashMap<>();
    private static final FidelityReport REPORT = new FidelityReport();
    private static final Pattern PREVIOUS_BLANK_LINE_RUNS = Pattern.compile("\\n[\\h]*(?:\\n[\\h]*)+\\n");

    @TestFactory
    Stream<DynamicTest> everyRenderingGivesTheWhoSaidWhatOfItsCleanText() {
        return Renderings.all().stream().map(rendering -> dynamicTest(rendering.fileName(), () -> check(rendering)));
    }

    @AfterAll
    static void writeReport() {
        REPORT.write(OUT.resolve("report.md"));
    }

    private static void check(Rendering rendering) {
        FixtureArticle article = rendering.article();
        write(OUT.resolve("files").resolve(rendering.fileName()), rendering.bytes());
        List<QuotePairs.Pair> expected = CLEAN_PAIRS.computeIfAbsent(article.name(), name -> cleanPairs(article));
        ExtractedDocument extracted = EXTRACTOR.extract(rendering.bytes(), rendering.fileName());
        QuotePairs.Comparison comparison = QuotePairs.compare(expected, QuotePairs.of(extracted.text()));
        List<String> furniture = Boilerplate.leftIn(rendering.furniture(), extracted.text());
        String title = TitleGuesser.guess(extracted.title(), extracted.text());
        String previous = previousExtraction(rendering);
        QuotePairs.Comparison previously = QuotePairs.compare(expected, QuotePairs.of(previous));
        double before = rendering.isWebPage() ? Boilerplate.share(previous, article.cleanText()) : -1;
        REPORT.add(new FidelityReport.Row(rendering.fileName(), comparison.expected(), comparison.matched(),
                comparison.extra().size(), previously.matched(), previously.extra().size(), furniture.size(), title,
                before, Boilerplate.share(extracted.text(), article.cleanText())));

        assertThat(expected).as("the clean text of %s has quotes to compare", article.name()).isNotEmpty();
        assertThat(comparison.recall()).as("share of %s's (quote, speaker) pairs found in %s; missing %s",
                article.name(), rendering.fileName(), comparison.missing()).isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(comparison.extra()).as("pairs in %s that the clean text does not have", rendering.fileName())
                .isEmpty();
        assertThat(furniture).as("page furniture left in the text of %s", rendering.fileName()).isEmpty();
        if (!rendering.variant().endsWith(".txt")) {
            assertThat(title).as("title of %s", rendering.fileName()).isEqualTo(article.headline());
        }
    }

    private static List<QuotePairs.Pair> cleanPairs(FixtureArticle article) {
        byte[] clean = article.cleanText().getBytes(StandardCharsets.UTF_8);
        write(OUT.resolve("clean").resolve(article.name() + ".txt"), clean);
        String text = EXTRACTOR.extract(clean, article.name() + ".txt").text();
        assertThat(text).as("the clean text of %s is its own clean text", article.name()).isEqualTo(article.cleanText());
        return QuotePairs.of(text);
    }

    /**
     * What ingest extracted before this issue: text files as they were (line breaks normalised), every other format
     * as Tika's plain text with furniture elements dropped and runs of blank lines folded.
     */
    private static String previousExtraction(Rendering rendering) {
        if (rendering.variant().endsWith(".txt")) {
            return ArticleText.normalise(new String(rendering.bytes(), StandardCharsets.UTF_8));
        }
        BodyContentHandler handler = new BodyContentHandler(-1);
        try {
            ParseContext context = new ParseContext();
            context.set(HtmlMapper.class, ArticleHtmlMapper.INSTANCE);
            new AutoDetectParser().parse(new ByteArrayInputStream(rendering.bytes()), handler, new Metadata(), context);
        } catch (Exception e) {
            throw new IllegalStateException("Tika could not parse " + rendering.fileName(), e);
        }
        return PREVIOUS_BLANK_LINE_RUNS.matcher(ArticleText.normalise(handler.toString())).replaceAll("\n\n").strip();
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
