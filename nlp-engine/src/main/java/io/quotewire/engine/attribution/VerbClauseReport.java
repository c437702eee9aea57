package io.quotewire.engine.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A reporting verb with its subject before it and what was said after it: "X said (that) …", "X told reporters
 * that …", "X urged police to investigate" (the content is "to investigate"), "…, saying that …" (the main clause's
 * subject speaks), and several in one sentence: "He said A, and added B" gives A and B.
 */
final class VerbClauseReport implements ReportedSpeechPattern {

    /** Verbs whose object is the listener, not the content: "told reporters that …", "urged police to …". */
    private static final Set<String> LISTENER_VERBS = Set.of(
            "tell", "urge", "ask", "advise", "remind", "warn", "order", "encourage", "inform", "assure", "caution",
            "notify",
            "implore", "instruct", "call", "press", "beg", "direct", "convince", "persuade");
    /** Verbs that say what someone or something is: "described his attempt as a carjacking". */
    private static final Set<String> DESCRIBING_VERBS = Set.of("describe", "characterize", "portray", "label", "brand");
    /** Verbs that report a judgement of someone with its reason: "criticized X for …", "accused X of …". */
    private static final Set<String> JUDGEMENT_VERBS = Set.of(
            "criticize", "accuse", "blame", "praise", "thank", "credit", "fault", "slam", "condemn", "commend",
            "applaud", "attack", "chide");
    /** Furthest a "that" may stand after the verb and still open the content ("said on Sunday that"), in tokens. */
    private static final int MAX_TO_THAT = 8;

    private final ArticleTokens tokens;
    private final PhraseReader phrases;
    private final SubjectFinder subjects;
    private final ReportBoundaries boundaries;

    VerbClauseReport(ArticleTokens tokens, PhraseReader phrases, SubjectFinder subjects) {
        this.tokens = tokens;
        this.phrases = phrases;
        this.subjects = subjects;
        this.boundaries = new ReportBoundaries(tokens, phrases);
    }

    @Override
    public List<ReportedSpan> find(int start, int end) {
        List<ReportedSpan> found = new ArrayList<>();
        for (int v = start + 1; v < end; v++) {
            Token verb = tokens.get(v);
            if (!CueLexicon.isReportVerb(verb, v + 1 < end ? tokens.get(v + 1) : null) || isPassive(v)) {
                continue;
            }
            boolean participle = verb.pos().equals("VBG") && tokens.get(v - 1).isComma();
            Cue subject = participle ? mainClauseSubject(start, v) : isFinite(v) ? subjects.subjectOf(v, Evidence.REPORTED)
                    : null;
            if (subject == null) {
                continue;
            }
            int content = contentStart(v, end);
            int contentEnd = boundaries.nextReport(content, end);
            boolean described = DESCRIBING_VERBS.contains(verb.lemma().toLowerCase()) && tokens.get(content - 1).isWord("as");
            if (content < contentEnd && (isClause(content, contentEnd) || isJudgement(v, content, contentEnd) || described)) {
                found.add(new ReportedSpan(content, contentEnd, subject.speaker(), v, participle));
            }
        }
        return found;
    }

    /** After the verb: past the listener ("told reporters", "urged police" — then "to …" is the content), to "that". */
    private int contentStart(int v, int end) {
        int content = v + 1;
        String lemma = tokens.get(v).lemma().toLowerCase();
        if (LISTENER_VERBS.contains(lemma)) {
            Phrase listener = phrases.rightOf(content);
            if (!listener.isEmpty() && listener.end() < end) {
                content = listener.end();
                int to = content;
                while (to < end && tokens.get(to).pos().startsWith("RB")) {
                    to++; // "advised people never to use …"
                }
                if (to < end && tokens.get(to).isWord("to") && tokens.get(to).pos().equals("TO")) {
                    return content; // "urged police to investigate": the content keeps its "to"
                }
            }
        }
        if (DESCRIBING_VERBS.contains(lemma)) {
            for (int i = content; i < Math.min(end, content + MAX_TO_THAT); i++) {
                if (tokens.get(i).isWord("as")) {
                    return i + 1; // "described her as the children's mother": what she was called
                }
            }
        }
        for (int i = content; i < Math.min(end, content + MAX_TO_THAT); i++) {
            Token t = tokens.get(i);
            if (t.isWord("that") && (t.pos().equals("IN") || t.pos().equals("WDT"))) {
                return i + 1;
            }
            if (t.isVerb() || t.isComma() && i > content) {
                break;
            }
        }
        return content;
    }

    /**
     * What was said is a clause ("the plan will fail") or an instruction ("to investigate"), not a thing: "She cited
     * the Starlight Tours", "Man charged in Kody's death" report nothing.
     */
    private boolean isClause(int from, int to) {
        int first = from;
        while (first < to && tokens.get(first).pos().startsWith("RB")) {
            first++; // "never to use …"
        }
        if (first < to && tokens.get(first).pos().equals("TO")) {
            return true;
        }
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            // a verb with tense, or a bare verb after its subject (the tagger reads "paramedics see" as VB at times)
            boolean bare = t.pos().equals("VB") && i > from && !tokens.get(i - 1).pos().equals("TO")
                    && !tokens.get(i - 1).pos().equals("MD") && (tokens.get(i - 1).isNoun()
                    || tokens.get(i - 1).pos().equals("PRP"));
            if (t.isFiniteVerb() || bare) {
                return true;
            }
        }
        return false;
    }

    /** "X criticized the U.S. for …", "accused the NDP of taking …": a judgement spoken of someone, with its reason. */
    private boolean isJudgement(int v, int from, int to) {
        if (!JUDGEMENT_VERBS.contains(tokens.get(v).lemma().toLowerCase())) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isWord("for") || tokens.get(i).isWord("of")) {
                return true;
            }
        }
        return false;
    }

    /** "is said to", "was told": the subject is not the one speaking. */
    private boolean isPassive(int v) {
        if (!tokens.get(v).pos().equals("VBN")) {
            return false;
        }
        for (int i = v - 1; i >= 0 && v - i <= 2; i--) {
            String w = tokens.get(i).word().toLowerCase();
            if (w.equals("is") || w.equals("was") || w.equals("were") || w.equals("are") || w.equals("been")
                    || w.equals("be") || w.equals("being")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb with tense, or a participle after an auxiliary ("has said") or right after an appositive's comma ("Jason
     * Schultz, technical researcher at Talos, stated …", which the tagger reads as a participle).
     */
    private boolean isFinite(int v) {
        Token verb = tokens.get(v);
        if (verb.isFiniteVerb()) {
            return true;
        }
        Token before = tokens.get(v - 1);
        boolean afterAuxiliary = (verb.pos().equals("VBN") || verb.pos().equals("VBG")) && before.isVerb()
                && !before.pos().equals("VBN");
        return afterAuxiliary || verb.pos().equals("VBN") && before.isComma();
    }

    /** ", saying …" reports the subject of the first verb of the sentence before it, outside quote marks. */
    private Cue mainClauseSubject(int start, int limit) {
        boolean quoted = false;
        for (int i = start; i < limit; i++) {
            String pos = tokens.get(i).pos();
            quoted = pos.equals("``") || quoted && !pos.equals("''");
            if (!quoted && tokens.get(i).isFiniteVerb()) {
                return subjects.subjectOf(i, Evidence.REPORTED);
            }
        }
        return null;
    }
}
