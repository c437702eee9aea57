package io.quotewire.support.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quotewire.support.json.StrictJson;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Strict JSON reading and what a person is told about each kind of bad JSON. */
class JsonProblemsTest {

    /** The body of a request, as a resource would take it. */
    record Article(String text, Instant publishedAt) {}

    private final ObjectMapper json = strict();

    @Test
    void aNumberOrABooleanIsNotText() {
        assertThat(problem("{\"text\":5}")).isEqualTo("The body is not valid JSON: field 'text' must be a string"
                + " (line 1, column 9).");
        assertThat(problem("{\"text\":true}")).startsWith("The body is not valid JSON: field 'text' must be a string");
    }

    @Test
    void duplicateFieldsAndTrailingGarbageAreRefused() {
        assertThat(problem("{\"text\":\"a\",\"text\":\"b\"}"))
                .startsWith("The body is not valid JSON: the field 'text' appears more than once");
        assertThat(problem("{\"text\":\"a\"} {\"text\":\"b\"}"))
                .startsWith("The body is not valid JSON: something follows");
        assertThat(problem("{\"text\":\"a\"} garbage")).startsWith("The body is not valid JSON: it is malformed");
    }

    @Test
    void deepNestingIsRefusedWithoutAStackOverflow() {
        String nested = "{\"text\":\"a\",\"extra\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertThat(problem(nested)).startsWith("The body is not valid JSON: it is nested or sized beyond");
    }

    @Test
    void aBadDateNamesTheFieldAndTheFormat() {
        assertThat(problem("{\"text\":\"a\",\"publishedAt\":\"last Tuesday\"}"))
                .startsWith("The body is not valid JSON: field 'publishedAt' must be an ISO-8601 date and time");
    }

    @Test
    void anArrayWhereAnObjectBelongsSaysSo() {
        assertThat(problem("[1, 2]")).startsWith("The body is not valid JSON: expected a JSON object");
    }

    private String problem(String body) {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                () -> json.readValue(body, Article.class));
        assertThat(e).as("reading %s", body).isNotNull();
        return JsonProblems.describe(e);
    }

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        new StrictJson().customize(mapper);
        return mapper;
    }
}
