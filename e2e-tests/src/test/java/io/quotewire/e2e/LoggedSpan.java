package io.quotewire.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One span as OpenTelemetry's logging exporter writes it into a service's log:
 * {@code 'enrich article' : <trace id> <span id> INTERNAL [tracer: io.quarkus.opentelemetry:] {quotewire.article.id="…"}}.
 */
record LoggedSpan(String name, String traceId, String spanId, String kind, String attributes) {

    private static final Pattern LINE = Pattern.compile(
            "'(?<name>[^']*)' : (?<trace>[0-9a-f]{32}) (?<span>[0-9a-f]{16}) (?<kind>[A-Z]+) \\[tracer: [^]]*] (?<attrs>.*)$");
    private static final Pattern ARTICLE_ID = Pattern.compile("quotewire\\.article\\.id=\"?(?<id>[0-9a-f]+)");

    /** Every span in {@code log} so far; lines that are not spans are skipped. */
    static List<LoggedSpan> in(Path log) {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream().map(LoggedSpan::parse)
                    .flatMap(Optional::stream).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<LoggedSpan> parse(String line) {
        Matcher matcher = LINE.matcher(line);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(new LoggedSpan(matcher.group("name"), matcher.group("trace"), matcher.group("span"),
                matcher.group("kind"), matcher.group("attrs")));
    }

    /** The {@code quotewire.article.id} attribute, if the span has one. */
    Optional<String> articleId() {
        Matcher matcher = ARTICLE_ID.matcher(attributes);
        return matcher.find() ? Optional.of(matcher.group("id")) : Optional.empty();
    }
}
