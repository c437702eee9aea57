package io.quotewire.ingest.domain;

import java.util.Set;
import java.util.regex.Pattern;

/** Picks an article's title: the document's own title, else a title-like first line, else the opening words. */
public final class TitleGuesser {

    /** Longest first line that can still read as a headline. */
    static final int MAX_TITLE_LINE = 150;

    /** Length at which an opening sentence is cut when it serves as the title. */
    static final int MAX_OPENING = 80;

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\h+");
    private static final Pattern BLANK_LINE_NEXT = Pattern.compile("^\\n\\h*\\n");
    private static final Pattern FINAL_FULL_STOP = Pattern.compile("(?<!\\.)\\.([\"'”’]?)$");
    private static final Pattern TRAILING_CLAUSE_MARK = Pattern.compile("[\\s,;:–—-]+$");
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)*\\p{Lu}");
    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Rep", "Gov",
            "Gen", "Lt", "Col", "Sgt", "Prof", "Jr", "Sr", "vs", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec",
            "Inc", "Corp", "Co", "No");

    private TitleGuesser() {}

    /** The title of {@code text} (non-blank), preferring {@code declaredTitle} when it is not blank. */
    public static String guess(String declaredTitle, String text) {
        if (declaredTitle != null && !declaredTitle.isBlank()) {
            return declaredTitle.strip();
        }
        String stripped = text.strip();
        int lineEnd = stripped.indexOf('\n');
        // A Markdown heading marker is layout, not part of the headline.
        String firstLine = MARKDOWN_HEADING
                .matcher(lineEnd < 0 ? stripped : stripped.substring(0, lineEnd))
                .replaceFirst("")
                .strip();
        boolean standsAlone = lineEnd >= 0 && BLANK_LINE_NEXT.matcher(stripped.substring(lineEnd)).find();
        if (lineEnd >= 0 && readsAsTitle(firstLine, standsAlone)) {
            return withoutFullStop(firstLine);
        }
        return opening(firstLine);
    }

    /**
     * A headline is short, has several words and does not end like a clause; it may end like a sentence only when
     * a blank line sets it apart from the text (many sources print headlines with a full stop).
     */
    static boolean readsAsTitle(String line, boolean standsAlone) {
        if (line.isEmpty() || line.length() > MAX_TITLE_LINE || line.split("\\s+").length < 2) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (",;:".indexOf(last) >= 0) {
            return false;
        }
        return standsAlone || ".!?\"”’".indexOf(last) < 0;
    }

    /**
     * A one-sentence headline loses its final full stop, also one set inside a closing quote ('Terrifying.');
     * a headline of several sentences keeps it.
     */
    static String withoutFullStop(String headline) {
        boolean oneSentence = firstSentence(headline).length() == headline.length();
        return oneSentence ? FINAL_FULL_STOP.matcher(headline).replaceFirst("$1") : headline;
    }

    /** The first sentence of {@code line}, cut at a word boundary with an ellipsis when it is long. */
    static String opening(String line) {
        String sentence = firstSentence(line);
        if (sentence.length() <= MAX_OPENING) {
            String trimmed = TRAILING_CLAUSE_MARK.matcher(sentence).replaceFirst("");
            return trimmed.isEmpty() ? sentence : trimmed;
        }
        int cut = sentence.lastIndexOf(' ', MAX_OPENING);
        String head = cut > 0 ? sentence.substring(0, cut) : sentence.substring(0, MAX_OPENING);
        return TRAILING_CLAUSE_MARK.matcher(head).replaceFirst("") + "…";
    }

    /** Up to the first [.!?] followed by white space that does not close an abbreviation or initials ("U.S."). */
    private static String firstSentence(String line) {
        for (int i = 0; i < line.length() - 1; i++) {
            char c = line.charAt(i);
            boolean endMark = c == '.' || c == '!' || c == '?';
            if (endMark && Character.isWhitespace(line.charAt(i + 1)) && !(c == '.' && closesAbbreviation(line, i))) {
                return line.substring(0, i + 1);
            }
        }
        return line;
    }

    private static boolean closesAbbreviation(String line, int dot) {
        String word = line.substring(line.lastIndexOf(' ', dot) + 1, dot);
        return INITIALS.matcher(word).matches() || ABBREVIATIONS.contains(word);
    }
}
