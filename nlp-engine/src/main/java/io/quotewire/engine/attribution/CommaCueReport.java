package io.quotewire.engine.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A cue set off by a comma: trailing ("…, sources said Saturday.", "…, said the official, a senior diplomat.") or in
 * the middle ("Too often, he says, they get it." — in two pieces, as the sentence says them).
 */
final class CommaCueReport implements ReportedSpeechPattern {

    /** Longest adjunct after a trailing cue ("in a statement on Friday", "by text message"), in tokens. */
    private static final int MAX_ADJUNCT = 8;
    private static final Set<String> ADJUNCT_STARTS = Set.of(
            "in", "on", "at", "during", "by", "last", "this", "via", "through", "over", "after", "before", "late",
            "early", "earlier", "later", "recently", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "when", "while");

    private final ArticleTokens tokens;
    private final PhraseReader phrases;
    private final ReportBoundaries boundaries;

    CommaCueReport(ArticleTokens tokens, PhraseReader phrases) {
        this.tokens = tokens;
        this.phrases = phrases;
        this.boundaries = new ReportBoundaries(tokens, phrases);
    }

    @Override
    public List<ReportedSpan> find(int start, int end) {
        List<ReportedSpan> found = new ArrayList<>();
        int pieceStart = start;
        for (int comma = start + 1; comma < end; comma++) {
            if (!tokens.get(comma).isComma()) {
                continue;
            }
            Cue cue = cueAt(comma + 1, end);
            if (cue == null) {
                continue;
            }
            int after = afterAdjunct(cueEnd(cue), end);
            if (onlyPunctuation(after, end)) {
                found.add(new ReportedSpan(pieceStart, comma, cue.speaker(), cue.cueToken(), false));
                break;
            }
            if (tokens.get(after).isComma()) { // A, X said, B
                found.add(new ReportedSpan(pieceStart, comma, cue.speaker(), cue.cueToken(), false));
                found.add(new ReportedSpan(after + 1, boundaries.nextReport(after + 1, end), cue.speaker(), cue.cueToken(),
                        false));
                break;
            }
        }
        return found;
    }

    /** "said X" or "X said" (with "has said", an adverb, or "for the family" between) starting at {@code at}. */
    private Cue cueAt(int at, int end) {
        if (at >= end) {
            return null;
        }
        Token first = tokens.get(at);
        if (CueLexicon.isReportVerb(first, at + 1 < end ? tokens.get(at + 1) : null) && !first.pos().equals("VBG")) {
            Phrase speaker = phrases.rightOf(at + 1);
            return speaker.isEmpty() ? null : new Cue(speaker, at, Evidence.REPORTED);
        }
        Phrase subject = phrases.rightOf(at);
        if (subject.isEmpty()) {
            return null;
        }
        int v = skipPrepositionalPhrase(subject.end(), end);
        Phrase speaker = new Phrase(subject.start(), v, subject.head());
        while (v < end && (tokens.get(v).pos().startsWith("RB") || tokens.get(v).isWord("has")
                || tokens.get(v).isWord("had") || tokens.get(v).isWord("have"))) {
            v++;
        }
        boolean verb = v < end && CueLexicon.isReportVerb(tokens.get(v), null) && !tokens.get(v).pos().equals("VBG");
        return verb ? new Cue(speaker, v, Evidence.REPORTED) : null;
    }

    /** The first token after the cue: after "said X" the phrase, after "X said" the verb. */
    private int cueEnd(Cue cue) {
        return cue.cueToken() < cue.speaker().start() ? cue.speaker().end() : cue.cueToken() + 1;
    }

    /**
     * Past an adjunct right after the cue ("Saturday", "in a statement on Friday", "by text message") and a closing
     * role (", a senior official."): the token where the rest of the sentence begins.
     */
    private int afterAdjunct(int from, int end) {
        for (int i = from; i < end && i - from <= MAX_ADJUNCT; i++) {
            Token t = tokens.get(i);
            if (t.isComma()) {
                return roleFollows(i, end) ? end : i;
            }
            if (t.isPunctuation() || t.isVerb()) {
                return i;
            }
            boolean adjunctStart = t.ner().equals("DATE") || t.ner().equals("TIME")
                    || ADJUNCT_STARTS.contains(t.word().toLowerCase());
            if (i == from && !adjunctStart) {
                return i;
            }
        }
        return from;
    }

    /** ", a senior official." or ", the city's director of engineering." closing the sentence. */
    private boolean roleFollows(int comma, int end) {
        for (int i = comma + 1; i < end; i++) {
            Token t = tokens.get(i);
            if (t.isVerb() || t.isComma()) {
                return false;
            }
            if (t.isPunctuation()) {
                return onlyPunctuation(i, end);
            }
        }
        return true;
    }

    /** "attorneys for the family said": the verb after "for the family", else {@code from}. */
    private int skipPrepositionalPhrase(int from, int end) {
        if (from < end && tokens.get(from).pos().equals("IN") && !tokens.get(from).isWord("that")) {
            Phrase object = phrases.rightOf(from + 1);
            if (!object.isEmpty() && object.end() < end && tokens.get(object.end()).isVerb()) {
                return object.end();
            }
        }
        return from;
    }

    private boolean onlyPunctuation(int from, int end) {
        for (int i = from; i < end; i++) {
            if (!tokens.get(i).isPunctuation()) {
                return false;
            }
        }
        return true;
    }
}
