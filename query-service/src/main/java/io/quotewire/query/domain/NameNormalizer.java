package io.quotewire.query.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalises names so that "Kim Jong Un", "KIM  JONG UN" and "Kim Jong Un’s" merge into one entity. */
public final class NameNormalizer {

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameNormalizer() {}

    /** Lower-case, accents removed, white space collapsed, a trailing possessive ’s or ' stripped; null stays null. */
    public static String normalize(String name) {
        if (name == null) {
            return null;
        }
        String unaccented = ACCENTS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String collapsed = SPACES.matcher(unaccented.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
        return POSSESSIVE.matcher(collapsed).replaceFirst("").strip();
    }
}
