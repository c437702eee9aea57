package io.quotewire.nlp.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quotewire.nlp.QuotewireNlpTestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With keys configured, {@code POST /enrich} needs one and is rate-limited per client, as ingest's writes are. */
@QuarkusTest
@TestProfile(EnrichSecurityIT.Secured.class)
class EnrichSecurityIT {

    static final String KEY = "nlp-key-5c2e71";
    static final String BURST_KEY = "nlp-burst-key-0a9d";
    static final int BURST = 2;

    /** Keys, a burst of 2 then one request every 10 s; models not loaded (the requests here never need them). */
    public static class Secured extends QuotewireNlpTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quotewire.security.api-keys", KEY + "," + BURST_KEY,
                    "quotewire.security.rate-limit.burst", String.valueOf(BURST),
                    "quotewire.security.rate-limit.requests-per-minute", "6",
                    "quotewire.nlp.load-at-startup", "false");
        }
    }

    @Test
    void withoutAKeyIs401AndWithAWrongOneIs403() {
        given().contentType("text/plain").body("“Yes,” said Ann Lee.").when().post("/enrich")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("X-Api-Key"))
                .body("type", equalTo("https://quotewire.io/problems/api-key-missing"));
        given().contentType("text/plain").header("X-Api-Key", "guess").body("“Yes,” said Ann Lee.")
                .when().post("/enrich")
                .then().statusCode(403).body("type", equalTo("https://quotewire.io/problems/api-key-invalid"));
    }

    @Test
    void aValidKeyPassesTheGate() {
        // Blank text is refused by the resource itself (422): the request got past the key and the rate limit.
        enrich(KEY).then().statusCode(422).body("type", equalTo("https://quotewire.io/problems/empty-text"));
    }

    @Test
    void aClientOverItsBurstGets429WithRetryAfter() {
        for (int i = 0; i < BURST; i++) {
            enrich(BURST_KEY).then().statusCode(422);
        }
        Response limited = enrich(BURST_KEY);
        limited.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("https://quotewire.io/problems/rate-limited"));
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 10);
        enrich(KEY).then().statusCode(422);
    }

    private static Response enrich(String key) {
        return given().contentType("text/plain").header("X-Api-Key", key).body(" ").when().post("/enrich");
    }
}
