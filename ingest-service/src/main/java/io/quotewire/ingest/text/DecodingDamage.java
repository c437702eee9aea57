package io.quotewire.ingest.text;

/**
 * How many characters of a text its decoding lost: replacement characters (U+FFFD) and C1 control characters, the
 * marks of bytes read in the wrong character set.
 *
 * @param damaged lost characters
 * @param visible characters that are not white space
 */
public record DecodingDamage(int damaged, int visible) {

    /** A few lost characters are tolerated (a stray byte in a long text); more than one in a hundred is not. */
    private static final int TOLERATED = 2;

    /** The damage of {@code text}. */
    public static DecodingDamage of(String text) {
        int damaged = 0;
        int visible = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || (c >= '\u0080' && c <= '\u009F')) {
                damaged++;
            }
            if (!Character.isWhitespace(c)) {
                visible++;
            }
        }
        return new DecodingDamage(damaged, visible);
    }

    /** Whether the text is too damaged to be an article: more than two lost characters and at least 1 % of them. */
    public boolean unreadable() {
        return damaged > TOLERATED && damaged * 100L >= visible;
    }
}
