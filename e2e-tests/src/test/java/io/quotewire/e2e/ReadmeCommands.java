package io.quotewire.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Every {@code curl} command in the {@code ```bash} blocks of a README, continuation lines joined, as written. */
final class ReadmeCommands {

    /** One command, where it is written, and the directory its relative paths start from. */
    record Command(Path readme, int line, String text, Path workingDirectory) {

        @Override
        public String toString() {
            return RunningPipeline.ROOT.relativize(readme) + ":" + line + ": " + text;
        }
    }

    private ReadmeCommands() {}

    /** The curl commands of {@code readme}, run from {@code workingDirectory} as the README says. */
    static List<Command> in(Path readme, Path workingDirectory) {
        List<String> lines;
        try {
            lines = Files.readAllLines(readme);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Command> commands = new ArrayList<>();
        boolean inBash = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("```")) {
                inBash = !inBash && line.equals("```bash");
                continue;
            }
            if (!inBash || !line.startsWith("curl ")) {
                continue;
            }
            int first = i;
            StringBuilder command = new StringBuilder(line);
            while (command.toString().endsWith("\\") && i + 1 < lines.size()) {
                command.setLength(command.length() - 1);
                command.append(' ').append(lines.get(++i).strip());
            }
            commands.add(new Command(readme, first + 1, command.toString(), workingDirectory));
        }
        return commands;
    }
}
