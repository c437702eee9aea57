package io.quotewire.support.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.List;

/**
 * The API keys a service accepts in the {@value #HEADER} header, and the check every service applies to a
 * presented key (the same in every service, so one key works for all three).
 */
public final class ApiKeys {

    /** The request header that carries the key. */
    public static final String HEADER = "X-Api-Key";

    /** What a presented key amounts to. */
    public enum Verdict {
        /** No key is configured: the service is open (development). */
        OPEN,
        /** The request carries no key. */
        MISSING,
        /** The request carries a key that is not configured. */
        WRONG,
        /** The request carries a configured key. */
        VALID
    }

    private final List<byte[]> keys;

    /** Accepts each non-blank entry of {@code configured}, trimmed. */
    public ApiKeys(Collection<String> configured) {
        this.keys = configured.stream()
                .map(String::strip)
                .filter(key -> !key.isEmpty())
                .map(key -> key.getBytes(StandardCharsets.UTF_8))
                .toList();
    }

    /** Whether any key is configured, i.e. whether keys are checked at all. */
    public boolean enforced() {
        return !keys.isEmpty();
    }

    /** The verdict on {@code presented} (the header's value, or null when absent). */
    public Verdict check(String presented) {
        if (!enforced()) {
            return Verdict.OPEN;
        }
        if (presented == null || presented.isBlank()) {
            return Verdict.MISSING;
        }
        byte[] candidate = presented.strip().getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (byte[] key : keys) {
            // Constant-time comparison of every key, so timing tells nothing about how much of a key matched.
            match |= MessageDigest.isEqual(key, candidate);
        }
        return match ? Verdict.VALID : Verdict.WRONG;
    }
}
