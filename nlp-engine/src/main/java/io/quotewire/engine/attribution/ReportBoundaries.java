package io.quotewire.engine.attribution;

/**
 * Where one stretch of reported speech ends because another begins — before ", and added …", "and said …",
 * ", adding …" or "…, but Chapman says …" — so that each report keeps its own words and its own speaker.
 */
final class ReportBoundaries {

    /** Longest subject of a report that follows "and" or "but" ("but the paramedics union says"), in tokens. */
    private static final int MAX_SUBJECT = 4;

    private final ArticleTokens tokens;
    private final PhraseReader phrases;

    ReportBoundaries(ArticleTokens tokens, PhraseReader phrases) {
        this.tokens = tokens;
        this.phrases = phrases;
    }

    /** Where the report whose words start at {@code from} ends, at the latest at {@code end}. */
    int nextReport(int from, int end) {
        for (int i = from + 1; i + 1 < end; i++) {
            Token t = tokens.get(i);
            Token next = tokens.get(i + 1);
            boolean coordinated = t.isWord("and") || t.isWord("but");
            if (coordinated && (isFiniteReportVerbAt(i + 1, end) || isSubjectAndReportVerbAt(i + 1, end))) {
                return tokens.get(i - 1).isComma() ? i - 1 : i;
            }
            if (t.isComma() && next.pos().equals("VBG") && CueLexicon.isReportVerb(next, null)) {
                return i;
            }
        }
        return end;
    }

    /** "Chapman says", "the paramedics union says": a short subject, then a report verb with tense. */
    private boolean isSubjectAndReportVerbAt(int i, int end) {
        Phrase subject = phrases.rightOf(i);
        return !subject.isEmpty() && subject.length() <= MAX_SUBJECT && isFiniteReportVerbAt(subject.end(), end);
    }

    private boolean isFiniteReportVerbAt(int i, int end) {
        int v = i;
        while (v < end && tokens.get(v).pos().startsWith("RB")) {
            v++;
        }
        return v < end && tokens.get(v).isFiniteVerb() && CueLexicon.isReportVerb(tokens.get(v), null);
    }
}
