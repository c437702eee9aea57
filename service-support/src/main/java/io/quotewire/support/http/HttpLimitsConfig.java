package io.quotewire.support.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The request limits {@link RequestLimits} applies before any resource runs ({@code quotewire.http.*}). */
@ConfigMapping(prefix = "quotewire.http")
public interface HttpLimitsConfig {

    /** Longest address (path and query) a service takes; longer ones are answered 414 problem JSON. */
    @WithDefault("8192")
    int maxUriLength();
}
