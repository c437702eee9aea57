package io.quotewire.ingest.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads the publication dates pages and mails carry ("2019-10-06T14:05:00+09:00", "2019-10-06", RFC 1123). */
public final class PublishedDate {

    private static final List<Function<String, Instant>> FORMATS = List.of(
            text -> OffsetDateTime.parse(text).toInstant(),
            text -> OffsetDateTime.parse(text, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx")).toInstant(),
            text -> OffsetDateTime.parse(text, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx")).toInstant(),
            text -> LocalDateTime.parse(text).toInstant(ZoneOffset.UTC),
            text -> LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant(),
            text -> ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());

    private PublishedDate() {}

    /** The instant {@code text} names, when it is in one of the formats above; a date alone is midnight UTC. */
    public static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (Function<String, Instant> format : FORMATS) {
            try {
                return Optional.of(format.apply(text.strip()));
            } catch (DateTimeParseException notThisFormat) {
                // try the next one
            }
        }
        return Optional.empty();
    }

    /** {@code text} as an ISO-8601 instant when it can be read, else as written (null stays null). */
    public static String normalise(String text) {
        return parse(text).map(Instant::toString).orElse(text == null ? null : text.strip());
    }
}
