package io.quotewire.engine.attribution;

import io.quotewire.engine.model.AttributedQuote;
import io.quotewire.engine.model.QuoteKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds reported speech without quote marks, one per sentence: "according to X, …", "…, X said.", and
 * "X said/argued/warned (that) …"; the span is the reported content.
 */
final class IndirectSpeechFinder {

    private static final int MIN_CONTENT_TOKENS = 4;
    /** How far from the end of a sentence a trailing "…, X said" may start, in tokens. */
    private static final int TRAILING_REACH = 25;

    private final ArticleTokens tokens;
    private final PhraseReader phrases;
    private final SubjectFinder subjects;
    private final SpeakerResolver resolver;
    private final SpeakerFactory speakers;
    private final EntityIndex index;

    IndirectSpeechFinder(ArticleTokens tokens, PhraseReader phrases, SubjectFinder subjects, SpeakerResolver resolver,
            SpeakerFactory speakers, EntityIndex index) {
        this.tokens = tokens;
        this.phrases = phrases;
        this.subjects = subjects;
        this.resolver = resolver;
        this.speakers = speakers;
        this.index = index;
    }

    /** Reported speech in sentences that hold no marked quote ({@code hasMarkedQuote} by sentence index). */
    List<AttributedQuote> find(boolean[] hasMarkedQuote) {
        List<AttributedQuote> result = new ArrayList<>();
        int start = 0;
        while (start < tokens.size()) {
            int sentence = tokens.get(start).sentence();
            int end = start;
            while (end < tokens.size() && tokens.get(end).sentence() == sentence) {
                end++;
            }
            if (!hasMarkedQuote[sentence]) {
                AttributedQuote found = accordingTo(start, end);
                if (found == null) {
                    found = trailingCue(start, end);
                }
                if (found == null) {
                    found = subjectVerb(start, end);
                }
                if (found != null) {
                    result.add(found);
                }
            }
            start = end;
        }
        return result;
    }

    /** "According to X, …" or "…, according to X." */
    private AttributedQuote accordingTo(int start, int end) {
        for (int i = start; i + 1 < end; i++) {
            if (tokens.get(i).isWord("according") && tokens.get(i + 1).isWord("to")) {
                Phrase source = phrases.rightOf(i + 2);
                if (source.isEmpty()) {
                    return null;
                }
                int contentStart = i == start ? skipCommas(source.end(), end) : start;
                int contentEnd = i == start ? end : i;
                return build(contentStart, contentEnd, source, tokens.span(i, i + 2));
            }
        }
        return null;
    }

    /** "…, sources said." / "…, said the official." */
    private AttributedQuote trailingCue(int start, int end) {
        int last = lastWord(start, end);
        for (int i = last; i > start && last - i <= TRAILING_REACH; i--) {
            if (tokens.get(i).isComma()) {
                AttributedQuote found = trailingCueAt(i, start, end, last);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The cue right after {@code comma}: "…, X said …" or "…, said X, a senior official …". */
    private AttributedQuote trailingCueAt(int comma, int start, int end, int last) {
        Token first = tokens.get(comma + 1);
        Phrase speaker = null;
        int verb = -1;
        int after;
        if (CueLexicon.isReportVerb(first, comma + 2 < end ? tokens.get(comma + 2) : null)) {
            speaker = phrases.rightOf(comma + 2);
            verb = comma + 1;
            after = speaker.end();
        } else {
            Phrase subject = phrases.rightOf(comma + 1);
            int v = skipPrepositionalPhrase(subject.end(), last); // attorneys for the family said
            if (!subject.isEmpty()) {
                subject = new Phrase(subject.start(), v);
            }
            while (v <= last && (tokens.get(v).pos().startsWith("RB") || tokens.get(v).isWord("has")
                    || tokens.get(v).isWord("had"))) {
                v++;
            }
            Token next = v + 1 < tokens.size() ? tokens.get(v + 1) : null;
            if (!subject.isEmpty() && v <= last && CueLexicon.isReportVerb(tokens.get(v), next)) {
                speaker = subject;
                verb = v;
            }
            after = v + 1;
        }
        // The cue must close the sentence, or be followed only by a comma and a role: "…, said X, a senior official".
        boolean closes = after > last || tokens.get(after).isComma();
        if (speaker == null || speaker.isEmpty() || !closes || !isSpeakerLike(speaker)) {
            return null;
        }
        return build(start, comma, speaker, tokens.span(verb, verb + 1));
    }

    /** "X said (that) …", "X criticized the U.S. for …", "X told reporters that …". */
    private AttributedQuote subjectVerb(int start, int end) {
        for (int v = start + 1; v < end; v++) {
            Token verb = tokens.get(v);
            if (!CueLexicon.isReportVerb(verb, v + 1 < end ? tokens.get(v + 1) : null)) {
                continue;
            }
            Cue subject;
            if (isFinite(v)) {
                subject = subjects.subjectOf(v, Evidence.REPORTED);
            } else if (verb.pos().equals("VBG") && tokens.get(v - 1).isComma()) {
                subject = mainClauseSubject(start, v); // "…, saying that …" reports the main clause's subject
            } else {
                continue;
            }
            if (subject == null || !isSpeakerLike(subject.speaker())) {
                continue;
            }
            int content = v + 1;
            if (verb.lemma().equals("tell")) {
                content = phrases.rightOf(content).end();
            }
            content = skipToThat(content, end);
            return build(content, end, subject.speaker(), tokens.span(v, v + 1));
        }
        return null;
    }

    /** Past "for the family" after a subject, when a verb follows it; else {@code from}. */
    private int skipPrepositionalPhrase(int from, int last) {
        if (from <= last && tokens.get(from).pos().equals("IN") && !tokens.get(from).isWord("that")) {
            Phrase object = phrases.rightOf(from + 1);
            if (!object.isEmpty() && object.end() <= last && tokens.get(object.end()).isVerb()) {
                return object.end();
            }
        }
        return from;
    }

    /** The subject of the first finite verb of the sentence before {@code limit}. */
    private Cue mainClauseSubject(int start, int limit) {
        for (int i = start; i < limit; i++) {
            if (tokens.get(i).isFiniteVerb()) {
                return subjects.subjectOf(i, Evidence.REPORTED);
            }
        }
        return null;
    }

    private AttributedQuote build(int contentStart, int contentEnd, Phrase speakerPhrase, String cue) {
        while (contentStart < contentEnd
                && (tokens.get(contentStart).isPunctuation() || tokens.get(contentStart).isWord("that"))) {
            contentStart++;
        }
        while (contentEnd > contentStart && tokens.get(contentEnd - 1).isPunctuation()) {
            contentEnd--;
        }
        if (contentEnd - contentStart < MIN_CONTENT_TOKENS) {
            return null;
        }
        SpeakerMatch match = resolver.resolve(speakerPhrase);
        if (match == null) {
            return null;
        }
        int from = tokens.get(contentStart).begin();
        int to = tokens.get(contentEnd - 1).end();
        return new AttributedQuote(tokens.text().substring(from, to), from, to, QuoteKind.INDIRECT,
                cue, Evidence.REPORTED.confidence(match.pronoun()), speakers.toSpeaker(match));
    }

    /** A name, a personal pronoun, or a noun such as "officials", "the statement". */
    private boolean isSpeakerLike(Phrase phrase) {
        Token head = tokens.get(phrase.head());
        if (head.pos().equals("PRP")) {
            return !head.isWord("it");
        }
        return index.mentionAt(phrase.head()) != null || CueLexicon.isSpeakerNoun(head) || CueLexicon.isRoleNoun(head);
    }

    private boolean isFinite(int v) {
        Token verb = tokens.get(v);
        if (verb.isFiniteVerb()) {
            return true;
        }
        return (verb.pos().equals("VBN") || verb.pos().equals("VBG")) && v > 0
                && tokens.get(v - 1).isVerb() && !tokens.get(v - 1).pos().equals("VBN");
    }

    /** Skips "on Sunday", "in a statement" and the like to a "that" a few words on, if there is one. */
    private int skipToThat(int from, int end) {
        for (int i = from; i < Math.min(end, from + 8); i++) {
            if (tokens.get(i).isWord("that") && tokens.get(i).pos().equals("IN")) {
                return i + 1;
            }
            if (tokens.get(i).isVerb() || tokens.get(i).isComma()) {
                break;
            }
        }
        return from;
    }

    private int skipCommas(int from, int end) {
        int i = from;
        while (i < end && tokens.get(i).isComma()) {
            i++;
        }
        return i;
    }

    private int lastWord(int start, int end) {
        int last = end - 1;
        while (last > start && tokens.get(last).isPunctuation()) {
            last--;
        }
        return last;
    }
}
