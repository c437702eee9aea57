package io.quotewire.query.web;

/** Escapes text for HTML element content and quoted attribute values, the one escaping the web page relies on. */
public final class Html {

    private Html() {}

    /** {@code value} with {@code & < > " '} replaced by entities; null becomes the empty string. */
    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        escapeInto(value, 0, value.length(), out);
        return out.toString();
    }

    /** Appends {@code value[start, end)} escaped to {@code out}, without copying the range first. */
    static void escapeInto(String value, int start, int end, StringBuilder out) {
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
