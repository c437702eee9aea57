package io.quotewire.ingest.domain;

/** Turns a client-supplied file name into a safe display name: no directories, no control characters. */
public final class FileNames {

    /** Name used when nothing usable is left of the client's file name. */
    public static final String UNNAMED = "unnamed";

    private static final int MAX_LENGTH = 255;

    private FileNames() {}

    /** The last path segment of {@code raw} without control or invisible formatting characters. */
    public static String sanitise(String raw) {
        if (raw == null) {
            return UNNAMED;
        }
        String cleaned = raw.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        // Both separators: a Windows client sends "C:\\Users\\me\\a.txt", an attacker "../../etc/passwd".
        String lastSegment = cleaned.substring(Math.max(cleaned.lastIndexOf('/'), cleaned.lastIndexOf('\\')) + 1).strip();
        if (lastSegment.isEmpty() || lastSegment.chars().allMatch(c -> c == '.')) {
            return UNNAMED;
        }
        return lastSegment.length() <= MAX_LENGTH ? lastSegment : lastSegment.substring(0, MAX_LENGTH);
    }
}
