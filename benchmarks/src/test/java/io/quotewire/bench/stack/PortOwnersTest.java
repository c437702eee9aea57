package io.quotewire.bench.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortOwnersTest {

    @Test
    void findsThisJvmListeningOnAPortAndReadsItsResidentMemory() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            long self = ProcessHandle.current().pid();

            assertThat(PortOwners.pidListeningOn(socket.getLocalPort())).contains(self);
            assertThat(ResidentMemory.megabytes(self).orElseThrow()).isBetween(10L, 4096L);
        }
    }

    @Test
    void aPortNobodyListensOnHasNoOwner() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        assertThat(PortOwners.pidListeningOn(port)).isEmpty();
        assertThat(ResidentMemory.megabytes(Long.MAX_VALUE)).isEmpty();
    }
}
