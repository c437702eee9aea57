package io.quotewire.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoverProcessesTest {

    @TempDir
    Path dir;

    @Test
    void stopsOnlyChildJvmsTaggedWithThisDataDirectory() throws Exception {
        Process ours = sleeper(dir.resolve("stack"));
        Process othersStack = sleeper(dir.resolve("stack-2"));
        try {
            List<String> stopped = LeftoverProcesses.stop(dir.resolve("stack"), dir.resolve("stack/postgres"));

            assertThat(stopped).containsExactly("java process " + ours.pid());
            assertThat(ours.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(othersStack.isAlive()).isTrue();
        } finally {
            ours.destroyForcibly();
            othersStack.destroyForcibly();
        }
    }

    private static Process sleeper(Path dataDir) throws Exception {
        List<String> command = new ArrayList<>(ChildJvm.command(dataDir, List.of("-Xmx32m")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Sleeper.class.getName()));
        Process process = new ProcessBuilder(command).start();
        // Wait until the JVM is really running so the scan sees its arguments.
        assertThat(process.getInputStream().read()).isEqualTo('r');
        return process;
    }

    /** A child JVM that says it is running and then sleeps until stopped. */
    public static final class Sleeper {
        public static void main(String[] args) throws InterruptedException {
            System.out.print('r');
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
