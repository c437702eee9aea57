package io.quotewire.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StackSettingsTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void defaultsKeepClearOfACommonKafkaAndPostgres() {
        StackSettings settings = StackSettings.parse(ROOT, List.of());

        assertThat(settings.dataDir()).isEqualTo(Path.of("/repo/.quotewire"));
        assertThat(settings.ports()).extracting(StackSettings.NamedPort::port)
                .containsExactly(19092, 19093, 15432, 8080, 8081, 8082);
        assertThat(settings.ingestSeeds()).isTrue();
    }

    @Test
    void readsEveryOption() {
        StackSettings settings = StackSettings.parse(ROOT, List.of("--no-seeds", "--data-dir", "/tmp/qw",
                "--kafka-port", "9092", "--kafka-controller-port", "9093", "--postgres-port", "5432",
                "--query-port", "9080", "--ingest-port", "9081", "--nlp-port", "9082"));

        assertThat(settings).isEqualTo(new StackSettings(ROOT, Path.of("/tmp/qw"), 9092, 9093, 5432, 9080, 9081,
                9082, false));
        assertThat(settings.ingestUrl()).isEqualTo("http://localhost:9081");
    }

    @Test
    void refusesUnknownOptionsAndBadPorts() {
        assertThatThrownBy(() -> StackSettings.parse(ROOT, List.of("--seeds")))
                .isInstanceOf(UsageException.class).hasMessage("unknown option for up: --seeds");
        assertThatThrownBy(() -> StackSettings.parse(ROOT, List.of("--kafka-port", "70000")))
                .isInstanceOf(UsageException.class)
                .hasMessage("--kafka-port needs a port number between 1 and 65535, not '70000'");
        assertThatThrownBy(() -> StackSettings.parse(ROOT, List.of("--postgres-port")))
                .isInstanceOf(UsageException.class).hasMessage("--postgres-port needs a value");
    }
}
