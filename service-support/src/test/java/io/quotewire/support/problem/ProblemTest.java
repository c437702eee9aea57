package io.quotewire.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Problems are written as RFC 7807 members, extension members beside the standard ones. */
class ProblemTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void standardMembersOnlyWhenThereIsNoExtension() throws Exception {
        Problem problem = Problem.of(HttpProblem.URI_TOO_LONG, "The address has 9000 characters.");
        assertThat(json.writeValueAsString(problem)).isEqualTo("{\"type\":\"https://quotewire.io/problems/uri-too-long\","
                + "\"title\":\"The address is too long\",\"status\":414,\"detail\":\"The address has 9000 characters.\"}");
    }

    @Test
    void extensionMembersAreWrittenBesideTheStandardOnes() throws Exception {
        Problem problem = Problem.of(HttpProblem.INVALID_REQUEST, "Two files failed.").withStatus(422)
                .with("files", List.of("a.txt", "b.txt"));
        assertThat(json.writeValueAsString(problem)).isEqualTo("{\"type\":\"https://quotewire.io/problems/invalid-request\","
                + "\"title\":\"The request is incomplete or wrong\",\"status\":422,\"detail\":\"Two files failed.\","
                + "\"files\":[\"a.txt\",\"b.txt\"]}");
    }

    @Test
    void aServiceExtendsTheKindsWithItsOwnEnum() {
        enum OwnProblem implements ProblemType {
            UNREADABLE;

            @Override
            public int status() {
                return 422;
            }

            @Override
            public String slug() {
                return "unreadable-document";
            }

            @Override
            public String title() {
                return "The document could not be read";
            }
        }
        ProblemException e = new ProblemException(OwnProblem.UNREADABLE, "damaged.pdf may be damaged.").retryAfter(5);
        assertThat(e.problem().type()).isEqualTo("https://quotewire.io/problems/unreadable-document");
        assertThat(e.problem().status()).isEqualTo(422);
        assertThat(e.getMessage()).isEqualTo("damaged.pdf may be damaged.");
        assertThat(e.headers()).containsEntry("Retry-After", 5L);
    }
}
