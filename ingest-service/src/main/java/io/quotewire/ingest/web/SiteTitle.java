package io.quotewire.ingest.web;

import io.quotewire.ingest.text.CleanText;
import java.util.Locale;
import java.util.regex.Pattern;

/** Removes the site's name from a page title: "Talks collapse | \t NJ.com" → "Talks collapse". */
final class SiteTitle {

    /** Separators sites put between headline and site name. */
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s+[|\\-\\u2013\\u2014\\u00B7\\u2022/:\\u00BB\\u00AB\\u203A\\u2039]{1,2}\\s+");

    /** A trailing segment this short may be a site name even when the site's name is not known. */
    private static final int MAX_SITE_WORDS = 4;

    private SiteTitle() {}

    /** {@code title} without a leading or trailing site segment; {@code siteName} and {@code host} may be null. */
    static String strip(String title, String siteName, String host) {
        String clean = CleanText.paragraph(title);
        String[] segments = SEPARATOR.split(clean);
        if (segments.length < 2) {
            return clean;
        }
        String first = segments[0];
        String last = segments[segments.length - 1];
        if (names(last, siteName, host)) {
            return clean.substring(0, clean.lastIndexOf(last)).replaceFirst(SEPARATOR.pattern() + "$", "").strip();
        }
        if (names(first, siteName, host)) {
            return clean.substring(first.length()).replaceFirst("^" + SEPARATOR.pattern(), "").strip();
        }
        String rest = clean.substring(0, clean.lastIndexOf(last)).replaceFirst(SEPARATOR.pattern() + "$", "").strip();
        boolean shortTail = last.split("\\s+").length <= MAX_SITE_WORDS && rest.split("\\s+").length >= 2;
        return siteName == null && shortTail && looksLikeName(last) ? rest : clean;
    }

    private static boolean names(String segment, String siteName, String host) {
        String key = squash(segment);
        if (key.isEmpty()) {
            return false;
        }
        if (siteName != null && (squash(siteName).equals(key) || squash(siteName).startsWith(key))) {
            return true;
        }
        return host != null && squash(host.replaceFirst("^www\\.", "")).startsWith(key);
    }

    /** Site names are capitalised words or domains ("NJ.com", "The Daily Ledger"), not a clause. */
    private static boolean looksLikeName(String segment) {
        for (String word : segment.split("\\s+")) {
            if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0)) && !word.contains(".")) {
                return false;
            }
        }
        return true;
    }

    private static String squash(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
