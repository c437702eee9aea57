package io.quotewire.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    private static final Path SEEDS = Path.of("../seeds");
    private static final ParagraphPool POOL = ParagraphPool.read(List.of(SEEDS));

    @Test
    void theSameSeedGivesTheSameCorpus() {
        List<GeneratedArticle> first = new CorpusGenerator(POOL, 42).generate(30);
        List<GeneratedArticle> again = new CorpusGenerator(ParagraphPool.read(List.of(SEEDS)), 42).generate(30);

        assertThat(again).isEqualTo(first);
        assertThat(new CorpusGenerator(POOL, 43).generate(30)).isNotEqualTo(first);
    }

    @Test
    void aLongerCorpusStartsWithTheShorterOne() {
        assertThat(new CorpusGenerator(POOL, 7).generate(40).subList(0, 10))
                .isEqualTo(new CorpusGenerator(POOL, 7).generate(10));
    }

    @Test
    void everyArticleQuotesNamedSpeakersInCurlyQuotationMarks() {
        for (GeneratedArticle article : new CorpusGenerator(POOL, 42).generate(200)) {
            assertThat(article.speakers()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            for (String speaker : article.speakers()) {
                assertThat(speaker).matches("\\p{Lu}[\\p{L}-]+ \\p{Lu}[\\p{L} ]+");
                assertThat(article.text()).contains(speaker);
            }
            // The seeds' own paragraphs keep their marks as written (one opens curly and closes straight).
            for (String paragraph : article.text().split("\n")) {
                if (article.speakers().stream().anyMatch(paragraph::startsWith)
                        || article.speakers().stream().anyMatch(s -> paragraph.contains("” " + s))) {
                    assertThat(count(paragraph, '“')).isEqualTo(count(paragraph, '”')).isEqualTo(2);
                }
            }
            assertThat(article.text()).startsWith(article.title() + "\nBy ");
        }
    }

    @Test
    void articlesAreDistinctAndOfNewsLength() {
        List<GeneratedArticle> corpus = new CorpusGenerator(POOL, 42).generate(200);

        assertThat(corpus.stream().map(GeneratedArticle::text).distinct()).hasSize(200);
        assertThat(corpus).allSatisfy(article -> {
            assertThat(article.text().length()).isBetween(800, 12_000);
            assertThat(article.title().split(" ")).hasSizeBetween(3, 12);
        });
    }

    @Test
    void bodyParagraphsAreTheSeedsOwnOrQuotesOfTheirSentences() throws IOException {
        Set<String> seedParagraphs = new HashSet<>();
        for (String seed : List.of("000_6beca85ce06e4a01.txt", "004_6e24b6c3a97ee8ce.txt")) {
            Arrays.stream(Files.readString(SEEDS.resolve(seed)).split("\n")).map(String::strip)
                    .forEach(seedParagraphs::add);
        }
        for (GeneratedArticle article : new CorpusGenerator(POOL, 5).generate(50)) {
            List<String> body = Arrays.asList(article.text().split("\n")).subList(2, article.text().split("\n").length);
            long reused = body.stream().filter(seedParagraphs::contains).count();
            long quotes = body.stream().filter(p -> article.speakers().stream().anyMatch(p::contains)).count();
            assertThat(reused + quotes).isEqualTo(body.size());
            assertThat(reused).isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void paragraphsOfAnyGivenFolderJoinThePool(@TempDir Path extra) throws IOException {
        String own = "The harbour authority in Gothenburg reopened the northern quay on Tuesday after a week of "
                + "repairs to the crane rails.";
        Files.writeString(extra.resolve("harbour.txt"), "Harbour news\n" + own + "\n");
        Files.writeString(extra.resolve("README.md"), "This folder holds one article. " + own.replace('.', ';'));

        ParagraphPool pool = ParagraphPool.read(List.of(SEEDS, extra));

        assertThat(pool.plain()).contains(own).hasSize(POOL.plain().size() + 1);
        assertThat(pool.statements()).contains(own);
        assertThat(pool.quoted()).isEqualTo(POOL.quoted());
    }

    @Test
    void aJsonLinesFileContributesTheTextOfEachLine(@TempDir Path dir) throws IOException {
        String own = "Officials in Lisbon said on Wednesday that the new tram line would open a month later than "
                + "planned because of supply delays.";
        Path jsonl = dir.resolve("news.jsonl");
        Files.writeString(jsonl, "{\"id\":\"a\",\"text\":\"Tram delay\\n\\n" + own + "\"}\n\n{\"id\":\"b\"}\n");

        ParagraphPool pool = ParagraphPool.read(List.of(SEEDS, jsonl));

        assertThat(pool.plain()).contains(own).hasSize(POOL.plain().size() + 1);
    }

    @Test
    void aFolderWithoutUsableParagraphsIsRefused(@TempDir Path empty) throws IOException {
        Files.writeString(empty.resolve("short.txt"), "Too short.\n");

        assertThatThrownBy(() -> ParagraphPool.read(List.of(empty)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no paragraph");
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
