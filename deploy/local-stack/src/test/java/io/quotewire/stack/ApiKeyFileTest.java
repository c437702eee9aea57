package io.quotewire.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local stack's API key is made once, kept owner-only, and the same on every later start. */
class ApiKeyFileTest {

    @TempDir
    Path dataDir;

    @Test
    void createsAKeyOnceAndKeepsIt() throws Exception {
        assertThat(ApiKeyFile.existing(dataDir)).isNull();

        String key = ApiKeyFile.loadOrCreate(dataDir);

        assertThat(key).matches("[A-Za-z0-9_-]{43}");
        assertThat(ApiKeyFile.loadOrCreate(dataDir)).isEqualTo(key);
        assertThat(ApiKeyFile.existing(dataDir)).isEqualTo(key);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("api-key"))))
                .isEqualTo("rw-------");
    }

    @Test
    void twoDataDirectoriesGetDifferentKeys() {
        assertThat(ApiKeyFile.loadOrCreate(dataDir.resolve("a"))).isNotEqualTo(ApiKeyFile.loadOrCreate(dataDir.resolve("b")));
    }
}
