package io.quotewire.engine.attribution;

import io.quotewire.engine.model.AttributedQuote;
import io.quotewire.engine.model.QuoteKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds reported speech without quote marks — every stretch of it in a sentence, not just one: each
 * {@link ReportedSpeechPattern} proposes spans, the earlier patterns in the list win where spans overlap, and each
 * span's speaker phrase is resolved like a marked quote's. The span of an indirect quote is the reported content.
 */
final class IndirectSpeechFinder {

    /** Shortest reported content, in words; "Too often, he says, they get it." has pieces of two. */
    private static final int MIN_CONTENT_WORDS = 2;

    private final ArticleTokens tokens;
    private final List<ReportedSpeechPattern> patterns;
    private final SpeakerResolver resolver;
    private final SpeakerFactory speakers;
    private final EntityIndex index;

    IndirectSpeechFinder(ArticleTokens tokens, List<ReportedSpeechPattern> patterns, SpeakerResolver resolver,
            SpeakerFactory speakers, EntityIndex index) {
        this.tokens = tokens;
        this.patterns = List.copyOf(patterns);
        this.resolver = resolver;
        this.speakers = speakers;
        this.index = index;
    }

    /** Reported speech in every sentence; where it overlaps marked quotes, {@link ReportedSpeechJoiner} decides. */
    List<AttributedQuote> find() {
        List<AttributedQuote> result = new ArrayList<>();
        int start = 0;
        while (start < tokens.size()) {
            int sentence = tokens.get(start).sentence();
            int end = start;
            while (end < tokens.size() && tokens.get(end).sentence() == sentence) {
                end++;
            }
            for (ReportedSpan span : chosen(start, end)) {
                AttributedQuote quote = build(span);
                if (quote != null) {
                    result.add(quote);
                }
            }
            start = end;
        }
        return result;
    }

    /** The spans of one sentence, earlier patterns first, none overlapping another, in text order. */
    private List<ReportedSpan> chosen(int start, int end) {
        List<ReportedSpan> accepted = new ArrayList<>();
        for (ReportedSpeechPattern pattern : patterns) {
            for (ReportedSpan span : pattern.find(start, end)) {
                ReportedSpan trimmed = trimmed(span);
                if (trimmed != null && isSpeakerLike(trimmed.speaker())
                        && accepted.stream().noneMatch(trimmed::overlaps)) {
                    accepted.add(trimmed);
                }
            }
        }
        accepted.sort(Comparator.comparingInt(ReportedSpan::contentStart));
        return accepted;
    }

    /** The span without leading "that" or punctuation and trailing punctuation; null when too little is left. */
    private ReportedSpan trimmed(ReportedSpan span) {
        int from = span.contentStart();
        int to = span.contentEnd();
        while (from < to && (tokens.get(from).isPunctuation() || tokens.get(from).isWord("that")
                && tokens.get(from).pos().equals("IN"))) {
            from++;
        }
        while (to > from && tokens.get(to - 1).isPunctuation()) {
            to--;
        }
        int words = 0;
        for (int i = from; i < to; i++) {
            words += tokens.get(i).isPunctuation() ? 0 : 1;
        }
        if (words < MIN_CONTENT_WORDS || span.speaker().isEmpty()) {
            return null;
        }
        return new ReportedSpan(from, to, span.speaker(), span.cueToken(), span.speakerFromMainClause());
    }

    private AttributedQuote build(ReportedSpan span) {
        SpeakerMatch match = resolver.resolve(span.speaker());
        if (match == null || match.entity() < 0 && isUnresolvedIt(span.speaker())) {
            return null;
        }
        int from = tokens.get(span.contentStart()).begin();
        int to = tokens.get(span.contentEnd() - 1).end();
        String cue = span.cueToken() < 0 ? null : tokens.get(span.cueToken()).isWord("according")
                ? tokens.span(span.cueToken(), span.cueToken() + 2) : tokens.get(span.cueToken()).word();
        double confidence = Evidence.REPORTED.confidence(match.pronoun()) - (span.speakerFromMainClause() ? 0.1 : 0);
        return new AttributedQuote(tokens.text().substring(from, to), from, to, QuoteKind.INDIRECT, cue, confidence,
                speakers.toSpeaker(match));
    }

    /** "it said" counts only when "it" is an organisation the article named. */
    private boolean isUnresolvedIt(Phrase phrase) {
        return phrase.length() == 1 && tokens.get(phrase.head()).isWord("it");
    }

    /** A name, a personal pronoun, "it" or "they", or a noun for people, organisations or documents. */
    private boolean isSpeakerLike(Phrase phrase) {
        Token head = tokens.get(phrase.head());
        if (head.pos().equals("PRP")) {
            return !head.isWord("you") && !head.isWord("them") && !head.isWord("him") && !head.isWord("her")
                    && !head.isWord("us") && !head.isWord("me");
        }
        return index.mentionAt(phrase.head()) != null || CueLexicon.isSpeakerNoun(head) || CueLexicon.isRoleNoun(head)
                || CueLexicon.isPersonNoun(head) || NominalResolver.isResolvableNoun(head);
    }
}
