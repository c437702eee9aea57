package io.quotewire.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** The local stack's API key for writes, generated once and kept (owner-only) in the data directory. */
public final class ApiKeyFile {

    static final String FILE_NAME = "api-key";
    private static final int KEY_BYTES = 32;

    private ApiKeyFile() {}

    /** Reads {@code dataDir/api-key}, creating it with a fresh random key on first use. */
    public static String loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(dataDir);
            byte[] bytes = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(bytes);
            String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return key;
        } catch (IOException e) {
            throw new StackException("Could not read or create the API key file " + file, e);
        }
    }

    /** The key kept in {@code dataDir}, or null when the stack never ran there. */
    public static String existing(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException e) {
            throw new StackException("Could not read the API key file " + file, e);
        }
    }
}
