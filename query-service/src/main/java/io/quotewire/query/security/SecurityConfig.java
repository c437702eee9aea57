package io.quotewire.query.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Who may call query-service: API keys from {@code quotewire.security.*} (env {@code QUOTEWIRE_SECURITY_*}). */
@ConfigMapping(prefix = "quotewire.security")
public interface SecurityConfig {

    /** Accepted {@code X-Api-Key} values, comma-separated; none configured means everything is open (development). */
    Optional<List<String>> apiKeys();

    /** Whether reading (the API and the web pages) needs a key too; reading is open by default. */
    @WithDefault("false")
    boolean readRequiresKey();
}
