package io.quotewire.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The key check shared by the services. */
class ApiKeysTest {

    private final ApiKeys keys = new ApiKeys(List.of(" first-key ", "", "second-key"));

    @Test
    void noConfiguredKeyLeavesTheServiceOpen() {
        ApiKeys none = new ApiKeys(List.of(" ", ""));
        assertThat(none.enforced()).isFalse();
        assertThat(none.check(null)).isEqualTo(ApiKeys.Verdict.OPEN);
        assertThat(none.check("anything")).isEqualTo(ApiKeys.Verdict.OPEN);
    }

    @Test
    void missingWrongAndValidKeys() {
        assertThat(keys.enforced()).isTrue();
        assertThat(keys.check(null)).isEqualTo(ApiKeys.Verdict.MISSING);
        assertThat(keys.check("  ")).isEqualTo(ApiKeys.Verdict.MISSING);
        assertThat(keys.check("first")).isEqualTo(ApiKeys.Verdict.WRONG);
        assertThat(keys.check("first-key-and-more")).isEqualTo(ApiKeys.Verdict.WRONG);
        assertThat(keys.check("first-key")).isEqualTo(ApiKeys.Verdict.VALID);
        assertThat(keys.check(" second-key")).isEqualTo(ApiKeys.Verdict.VALID);
    }
}
