package io.quotewire.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.stack.QueryApi;
import io.quotewire.stack.SeedIngester;
import io.quotewire.stack.Uploader;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every curl command in README.md and the services' READMEs, run as written with the real curl against the packaged
 * pipeline after both seeds went through it as {@code ./quotewire up} sends them (real Kafka, PostgreSQL and CoreNLP),
 * each answer checked for values: a README example that returns nothing, or a new example nobody checks, fails the
 * build. Runs in a JVM of its own (e2e-tests' pom), so that the store holds what a reader of the README has.
 */
class ReadmeExamplesIT {

    private static final Path ROOT = RunningPipeline.ROOT;
    private static final Path SANDBOX = ROOT.resolve("e2e-tests/target/readme-examples");
    private static final Duration ENRICHED_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration CURL_TIMEOUT = Duration.ofMinutes(2);
    private static final String SEJONG_TITLE = "Failed Working-Level Nuclear Talks in Stockholm";

    private static RunningPipeline pipeline;

    /** A check for every command it recognises: one command, one check. */
    private record Check(String name, Predicate<String> recognises, Consumer<Answer> verify) {}

    /** What curl printed: the body, and the status the sandbox's {@code .curlrc} makes it write after it. */
    record Answer(String body, int status) {

        JsonPath json() {
            return JsonPath.from(body);
        }
    }

    @BeforeAll
    static void startThePipelineWithTheSeedsAsQuotewireUpStoresThem() throws IOException {
        pipeline = RunningPipeline.get();
        // What ./quotewire up does before it prints the URLs: each seed with its publication day, until enriched.
        HttpClient http = HttpClient.newHttpClient();
        List<SeedIngester.SeedResult> seeds = new SeedIngester(new Uploader(http, pipeline.ingestUrl),
                new QueryApi(http, pipeline.queryUrl), System.out).ingest(ROOT.resolve("seeds"), ENRICHED_TIMEOUT);
        assertThat(seeds).hasSize(2).allSatisfy(seed -> assertThat(seed.status()).isEqualTo("enriched"));
        Files.createDirectories(SANDBOX);
        // curl reads ~/.curlrc: the status goes after the body, and the commands stay exactly as the READMEs write them.
        Files.writeString(SANDBOX.resolve(".curlrc"), "-w \"\\nHTTP %{http_code}\"\n");
    }

    @Test
    void everyReadmeRequestAnswersWithValuesOnTheSeeds() {
        List<ReadmeCommands.Command> commands = new ArrayList<>();
        commands.addAll(ReadmeCommands.in(ROOT.resolve("README.md"), ROOT));
        commands.addAll(ReadmeCommands.in(ROOT.resolve("query-service/README.md"), ROOT));
        commands.addAll(ReadmeCommands.in(ROOT.resolve("ingest-service/README.md"), ROOT));
        commands.addAll(ReadmeCommands.in(ROOT.resolve("nlp-service/README.md"), ROOT.resolve("nlp-service")));
        assertThat(commands).as("curl commands found in the READMEs").hasSizeGreaterThanOrEqualTo(20);

        // Writes first (they send the seeds), then the reads the seeds must answer.
        List<ReadmeCommands.Command> writes = commands.stream().filter(c -> c.text().contains(":8081/")).toList();
        List<ReadmeCommands.Command> rest = commands.stream().filter(c -> !writes.contains(c)).toList();
        Map<String, String> seedIds = new LinkedHashMap<>();
        for (ReadmeCommands.Command command : writes) {
            Answer answer = verify(command, Map.of());
            if (command.text().contains("-F file=@")) {
                answer.json().getList("", Map.class).forEach(item ->
                        seedIds.put((String) item.get("fileName"), (String) item.get("id")));
            }
        }
        assertThat(seedIds).containsKeys("000_6beca85ce06e4a01.txt", "004_6e24b6c3a97ee8ce.txt");
        seedIds.values().forEach(ReadmeExamplesIT::awaitEnriched);

        Map<String, String> environment = Map.of("ID", seedIds.get("000_6beca85ce06e4a01.txt"),
                "ENTITY_ID", String.valueOf(kimJongUnId()));
        rest.forEach(command -> verify(command, environment));
    }

    private static final List<Check> CHECKS = List.of(
            new Check("a seed file uploaded", c -> c.contains(":8081/articles") && c.contains("-F file=@"), answer -> {
                assertThat(answer.status()).isEqualTo(202);
                assertThat(answer.json().getList("status", String.class)).isNotEmpty()
                        .allMatch(status -> status.equals("accepted") || status.equals("duplicate"));
                assertThat(answer.json().getList("fileName", String.class)).allMatch(name -> name.endsWith(".txt"));
            }),
            new Check("JSON text ingested", c -> c.contains(":8081/articles") && c.contains("application/json"),
                    answer -> {
                        assertThat(answer.status()).isEqualTo(202);
                        assertThat(answer.json().getString("[0].status")).isIn("accepted", "duplicate");
                    }),
            new Check("a seed enriched by POST /enrich", c -> c.contains(":8082/enrich") && c.contains("--data-binary"),
                    answer -> {
                        assertThat(answer.status()).isEqualTo(200);
                        assertThat(answer.json().getList("quotes.speaker.name", String.class)).contains("David Maxwell");
                    }),
            new Check("JSON text enriched", c -> c.contains(":8082/enrich") && c.contains("-d '{"), answer -> {
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.json().getString("quotes[0].text")).contains("We will see");
                assertThat(answer.json().getString("quotes[0].speaker.name")).isEqualTo("David Maxwell");
            }),
            new Check("quotes by Maxwell", c -> c.contains("/quotes?speaker=Maxwell"), answer -> {
                assertThat(items(answer)).isNotEmpty();
                assertThat(answer.json().getList("items.speaker.name", String.class)).containsOnly("David Maxwell");
            }),
            new Check("quotes about Yongbyon", c -> c.contains("/quotes?about=Yongbyon"), answer -> {
                assertThat(items(answer)).isNotEmpty();
                assertThat(answer.json().getList("items.match", String.class)).allMatch(
                        match -> List.of("quote", "reference", "context").contains(match));
                assertThat(answer.json().getList("items.kind", String.class)).doesNotContain("term");
                // No quote names Yongbyon; David Straub's answers the paragraph on the nuclear complex there.
                assertThat(answer.json().getString("items.find { it.text.contains('The fundamental problem') }.match"))
                        .isEqualTo("context");
            }),
            new Check("quotes about Kim Jong Un", c -> c.contains("/quotes?about=Kim%20Jong%20Un"), answer -> {
                assertThat(items(answer)).isNotEmpty();
                assertThat(answer.json().getList("items.match", String.class)).allMatch(
                        match -> List.of("quote", "reference", "context").contains(match));
                // Ranked: the quote's own words and the names in it before the passages around it.
                List<String> matches = answer.json().getList("items.match", String.class);
                assertThat(matches).isSortedAccordingTo(java.util.Comparator.comparing(
                        match -> List.of("quote", "reference", "context").indexOf(match)));
            }),
            new Check("Kim Myong Gil's quotes in October 2019", c -> c.contains("/quotes?speaker=Kim%20Myong%20Gil&from="),
                    answer -> {
                        assertThat(items(answer)).isNotEmpty();
                        assertThat(answer.json().getList("items.speaker.name", String.class)).containsOnly("Kim Myong Gil");
                    }),
            new Check("Kim Jong Un's quotes in October 2019", c -> c.contains("/quotes?speaker=Kim%20Jong%20Un&from="),
                    answer -> {
                        assertThat(items(answer)).isNotEmpty();
                        assertThat(answer.json().getList("items.speaker.name", String.class)).containsOnly("Kim Jong Un");
                    }),
            new Check("U.S. is the United States", c -> c.contains("/entities?q=U.S."), answer ->
                    assertThat(answer.json().getList("items.canonicalName", String.class)).contains("United States")),
            new Check("quotes with the word negotiations", c -> c.contains("/quotes?q=negotiations"), answer ->
                    assertThat(answer.json().getList("items.text", String.class)).isNotEmpty()
                            .allMatch(text -> text.toLowerCase().contains("negotiat"))),
            new Check("articles naming Kim Myong Gil", c -> c.contains("/articles?entity=Kim%20Myong%20Gil"), answer ->
                    assertThat(answer.json().getList("items.title", String.class))
                            .anyMatch(title -> title.startsWith(SEJONG_TITLE))),
            new Check("articles quoting Maxwell", c -> c.contains("/articles?speaker=Maxwell"), answer ->
                    assertThat(answer.json().getList("items.title", String.class)).isNotEmpty()),
            new Check("articles with denuclearization", c -> c.contains("/articles?q=denuclearization"), answer ->
                    assertThat(answer.json().getList("items.title", String.class))
                            .anyMatch(title -> title.startsWith(SEJONG_TITLE))),
            new Check("failed articles", c -> c.contains("/articles?status=failed"), answer -> {
                // The seeds never fail: the answer is a well-formed (maybe empty) list of failed articles only.
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.json().getList("items.status", String.class)).allMatch("failed"::equals);
            }),
            new Check("newest articles", c -> c.contains("/articles?size=10"), answer -> {
                assertThat(answer.json().getInt("size")).isEqualTo(10);
                assertThat(items(answer)).isNotEmpty();
            }),
            new Check("one article", c -> c.contains("/articles/$ID"), answer -> {
                assertThat(answer.json().getString("title")).startsWith(SEJONG_TITLE);
                assertThat(answer.json().getString("status")).isEqualTo("enriched");
                assertThat(answer.json().getList("quotes.speaker.name", String.class)).contains("Kim Myong Gil");
            }),
            new Check("people named Kim", c -> c.contains("/entities?type=PERSON&q=kim"), answer ->
                    assertThat(answer.json().getList("items.canonicalName", String.class))
                            .contains("Kim Jong Un", "Kim Myong Gil")),
            new Check("one entity", c -> c.contains("/entities/$ENTITY_ID"), answer -> {
                assertThat(answer.json().getString("canonicalName")).isEqualTo("Kim Jong Un");
                assertThat(answer.json().getList("articles.title", String.class)).isNotEmpty();
            }),
            new Check("search for denuclearization", c -> c.contains("/search?q=denuclearization"), answer ->
                    assertThat(answer.json().getList("items.articleTitle", String.class))
                            .anyMatch(title -> title.startsWith(SEJONG_TITLE))),
            new Check("search for Yongbyon", c -> c.contains("/search?q=Yongbyon"), answer ->
                    assertThat(answer.json().getList("items.snippet", String.class)).isNotEmpty()
                            .anyMatch(snippet -> snippet.contains("<mark>Yongbyon</mark>"))));

    @Test
    void sanctionsAreWhatEasleySpeaksOfInHisOwnWordsAndWhatOthersAnswer() {
        for (String seed : List.of("000_6beca85ce06e4a01.txt", "004_6e24b6c3a97ee8ce.txt")) {
            String id = given().multiPart("file", ROOT.resolve("seeds/" + seed).toFile(), "text/plain")
                    .post(pipeline.ingestUrl + "/articles").then().statusCode(202).extract().jsonPath().getString("[0].id");
            awaitEnriched(id);
        }
        JsonPath answer = given().queryParam("about", "sanctions").get(pipeline.queryUrl + "/quotes").then()
                .statusCode(200).extract().jsonPath();
        System.out.println("about=sanctions -> " + answer.prettify());
        assertThat(answer.getString("items.find { it.text.contains('sanctions relief') }.match")).isEqualTo("quote");
        assertThat(answer.getString("items[0].match")).isEqualTo("quote");
    }

    private static Answer verify(ReadmeCommands.Command command, Map<String, String> environment) {
        List<Check> checks = CHECKS.stream().filter(check -> check.recognises().test(command.text())).toList();
        assertThat(checks).as("the check of %s (add one to ReadmeExamplesIT for a new example)", command).hasSize(1);
        Answer answer = run(command, environment);
        // The answers about something in full: they are what the README promises.
        boolean inFull = command.text().contains("about=") || answer.body().length() <= 300;
        System.out.printf("README example %s%n  -> HTTP %d, %s%n", command, answer.status(),
                inFull ? answer.body() : answer.body().substring(0, 300) + "…");
        try {
            checks.get(0).verify().accept(answer);
        } catch (AssertionError e) {
            throw new AssertionError(checks.get(0).name() + ": " + command + " answered " + answer, e);
        }
        return answer;
    }

    /** Runs the command with bash and the real curl, the services' documented ports mapped to the test's. */
    private static Answer run(ReadmeCommands.Command command, Map<String, String> environment) {
        String text = command.text()
                .replace("http://localhost:8080", pipeline.queryUrl)
                .replace("http://localhost:8081", pipeline.ingestUrl)
                .replace("http://localhost:8082", pipeline.nlpUrl);
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", text).directory(command.workingDirectory().toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(environment);
        builder.environment().put("HOME", SANDBOX.toString());
        try {
            Process process = builder.start();
            byte[] out = process.getInputStream().readAllBytes();
            assertThat(process.waitFor(CURL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("%s finished", command).isTrue();
            String printed = new String(out, StandardCharsets.UTF_8);
            int marker = printed.lastIndexOf("\nHTTP ");
            assertThat(marker).as("%s printed a status (exit %d): %s", command, process.exitValue(), printed)
                    .isNotNegative();
            return new Answer(printed.substring(0, marker), Integer.parseInt(printed.substring(marker + 6).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<Object> items(Answer answer) {
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().getList("items");
    }

    private static void awaitEnriched(String id) {
        Awaitility.await("seed " + id + " enriched").atMost(ENRICHED_TIMEOUT).pollInterval(Duration.ofMillis(250))
                .until(() -> given().get(pipeline.queryUrl + "/articles/" + id).then().extract(),
                        response -> response.statusCode() == 200
                                && "enriched".equals(response.jsonPath().getString("status")));
    }

    private static long kimJongUnId() {
        return given().queryParam("type", "PERSON").queryParam("q", "kim jong un").get(pipeline.queryUrl + "/entities")
                .then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.canonicalName == 'Kim Jong Un' }.id");
    }
}
