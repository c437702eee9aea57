package io.quotewire.engine.attribution;

import io.quotewire.engine.model.AttributedQuote;
import io.quotewire.engine.model.QuoteKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives each marked quote its kind and speaker: every {@link SpeakerEvidence} proposes candidates, each candidate's
 * words are resolved to a speaker, {@link SpeakerScores} weighs them and the best wins. A quote with no candidate is
 * unattributed, and a short verbless one of those is a term.
 */
final class MarkedQuoteAttributor {

    private final ArticleTokens tokens;
    private final List<SpeakerEvidence> evidence;
    private final SpeakerResolver resolver;
    private final SpeakerFactory speakers;
    private final QuoteClassifier classifier;
    private final SpeakerScores scores = new SpeakerScores();

    private final CandidateObserver observer;

    MarkedQuoteAttributor(ArticleTokens tokens, List<SpeakerEvidence> evidence, SpeakerResolver resolver,
            SpeakerFactory speakers, QuoteClassifier classifier, CandidateObserver observer) {
        this.observer = observer;
        this.tokens = tokens;
        this.evidence = List.copyOf(evidence);
        this.resolver = resolver;
        this.speakers = speakers;
        this.classifier = classifier;
    }

    /** Attributed quotes for {@code quotes}, in the same order. */
    List<AttributedQuote> attribute(List<QuoteTokens> quotes) {
        List<AttributedQuote> result = new ArrayList<>();
        AttributionState state = new AttributionState();
        for (QuoteTokens quote : quotes) {
            List<SpeakerScores.Scored> scored = scoredCandidates(quote, state);
            SpeakerScores.Scored best = SpeakerScores.best(scored);
            if (observer != null) {
                observe(quote, scored, best);
            }
            if (best != null && isTermWithoutOwnCue(quote, best)) {
                best = null;
            }
            String text = tokens.text().substring(quote.span().start(), quote.span().end());
            if (best == null) {
                QuoteKind kind = classifier.looksLikeTerm(quote) ? QuoteKind.TERM : classifier.kindOf(quote);
                result.add(new AttributedQuote(text, quote.span().start(), quote.span().end(), kind, null, 0.0, null));
                continue;
            }
            int cueToken = best.candidate().cueToken();
            String cue = cueToken >= 0 ? tokens.get(cueToken).word() : null;
            SpeakerMatch speaker = best.speaker();
            result.add(new AttributedQuote(text, quote.span().start(), quote.span().end(), classifier.kindOf(quote), cue,
                    best.candidate().evidence().confidence(speaker.pronoun()), speakers.toSpeaker(speaker)));
            state.attributed(quote, speaker, tokens.get(quote.close()));
        }
        return result;
    }

    /**
     * A scare-quoted word or a title (“sextortion”, “backstop”, “Make America Great Again”) is no speech when all that
     * ties it to a speaker is an earlier quote or the sentence before: only a cue in its own sentence makes a fragment
     * somebody's words ("called it a “time bomb”", "he has “extraordinarily good health”").
     */
    private boolean isTermWithoutOwnCue(QuoteTokens quote, SpeakerScores.Scored best) {
        if (!classifier.isFragment(quote) && !classifier.looksLikeTitle(quote)) {
            return false;
        }
        Evidence evidence = best.candidate().evidence();
        return evidence == Evidence.SAME_SENTENCE || evidence == Evidence.CONTINUATION
                || evidence == Evidence.PREVIOUS_SENTENCE || evidence == Evidence.SALIENT_PERSON;
    }

    /**
     * "“…,” it said" right after the utility's last quote, with no organisation named since: "it" is the organisation
     * that spoke last, in this or the previous paragraph.
     */
    private SpeakerMatch orLastOrganisation(SpeakerMatch speaker, QuoteTokens quote, AttributionState state) {
        SpeakerMatch last = state.lastSpeaker();
        boolean unresolvedIt = speaker != null && speaker.entity() < 0 && speaker.pronoun()
                && (speaker.mentionText().equalsIgnoreCase("it") || speaker.mentionText().equalsIgnoreCase("they"));
        boolean organisationSpokeLast = last != null && last.entity() >= 0 && speakers.isOrganisation(last.entity())
                && tokens.get(quote.open()).paragraph() - state.lastParagraph() <= 1;
        return unresolvedIt && organisationSpokeLast ? new SpeakerMatch(last.name(), last.entity(), speaker.mentionText(),
                speaker.start(), speaker.end(), true) : speaker;
    }

    private void observe(QuoteTokens quote, List<SpeakerScores.Scored> scored, SpeakerScores.Scored best) {
        List<CandidateObserver.WeighedCandidate> seen = new ArrayList<>();
        for (SpeakerScores.Scored s : scored) {
            seen.add(new CandidateObserver.WeighedCandidate(s.speaker().start(), s.speaker().end(),
                    SpeakerScores.features(s.candidate(), s.speaker(), quote), s == best));
        }
        observer.weighed(quote.span().start(), quote.span().end(), seen);
    }

    private List<SpeakerScores.Scored> scoredCandidates(QuoteTokens quote, AttributionState state) {
        List<SpeakerScores.Scored> scored = new ArrayList<>();
        for (SpeakerEvidence source : evidence) {
            for (SpeakerCandidate candidate : source.candidates(quote, state)) {
                SpeakerMatch speaker = candidate.inherited() != null ? candidate.inherited()
                        : resolver.resolve(candidate.phrase());
                speaker = orLastOrganisation(speaker, quote, state);
                if (speaker != null) {
                    scored.add(new SpeakerScores.Scored(candidate, speaker, scores.score(candidate, speaker)));
                }
            }
        }
        return scored;
    }
}
