package io.quotewire.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.stream.Collectors;

/** Refuses to start when a port the stack needs is already taken, naming the port and the option to change it. */
public final class PortGuard {

    private PortGuard() {}

    /** Throws a {@link StackException} listing every taken port. */
    public static void requireFree(List<StackSettings.NamedPort> ports) {
        List<StackSettings.NamedPort> taken = ports.stream().filter(p -> !isFree(p.port())).toList();
        if (!taken.isEmpty()) {
            String lines = taken.stream()
                    .map(p -> "  port " + p.port() + " (" + p.owner() + ") is in use; choose another with "
                            + p.option() + " N")
                    .collect(Collectors.joining("\n"));
            throw new StackException("Cannot start: ports are taken.\n" + lines
                    + "\n  (Is another ./quotewire up still running? `ss -ltnp` shows who listens.)");
        }
    }

    /** True when nothing listens on the port on the loopback interface. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // Like the servers we start: a port in TIME_WAIT counts as free, one with a listener does not.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port the operating system reports free right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new StackException("No free local port", e);
        }
    }
}
