package io.quotewire.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortGuardTest {

    @Test
    void namesTheTakenPortAndTheOptionThatMovesIt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            int free = PortGuard.freePort();

            assertThat(PortGuard.isFree(port)).isFalse();
            assertThatThrownBy(() -> PortGuard.requireFree(List.of(
                            new StackSettings.NamedPort("PostgreSQL", port, "--postgres-port"),
                            new StackSettings.NamedPort("query-service", free, "--query-port"))))
                    .isInstanceOf(StackException.class)
                    .hasMessageContaining("port " + port + " (PostgreSQL) is in use; choose another with "
                            + "--postgres-port N")
                    .hasMessageNotContaining("query-service");
            assertThatNoException().isThrownBy(() -> PortGuard.requireFree(List.of(
                    new StackSettings.NamedPort("query-service", free, "--query-port"))));
        }
    }
}
