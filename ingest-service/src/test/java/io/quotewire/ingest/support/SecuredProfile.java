package io.quotewire.ingest.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Ingest with API keys configured and a small rate limit (3 at once, then one every 10 s) that tests can reach. */
public class SecuredProfile implements QuarkusTestProfile {

    /** A key for the API key tests. */
    public static final String KEY = "test-key-7f3a9c";
    /** A second key, spent by the rate-limit test only, so that it does not drain {@link #KEY}. */
    public static final String BURST_KEY = "burst-key-51e0d2";
    public static final int BURST = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quotewire.security.api-keys", KEY + "," + BURST_KEY,
                "quotewire.security.rate-limit.burst", String.valueOf(BURST),
                "quotewire.security.rate-limit.requests-per-minute", "6");
    }
}
