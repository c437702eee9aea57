package io.quotewire.engine.attribution;

import io.quotewire.engine.model.AttributedQuote;
import io.quotewire.engine.model.QuoteKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives each marked quote its kind and speaker, trying evidence strongest first: a cue right after it, a cue before
 * it, an earlier quote in the same sentence, a cue whose subject sits further back, and finally the last speaker when
 * the quote follows on in the same or the next paragraph. A short verbless quote with none of these is a term.
 */
final class MarkedQuoteAttributor {

    private final ArticleTokens tokens;
    private final CueFinder cues;
    private final SpeakerResolver resolver;
    private final SpeakerFactory speakers;
    private final QuoteClassifier classifier;
    private final EntityIndex index;

    MarkedQuoteAttributor(ArticleTokens tokens, CueFinder cues, SpeakerResolver resolver, SpeakerFactory speakers,
            QuoteClassifier classifier, EntityIndex index) {
        this.tokens = tokens;
        this.cues = cues;
        this.resolver = resolver;
        this.speakers = speakers;
        this.classifier = classifier;
        this.index = index;
    }

    /** Attributed quotes for {@code quotes}, in the same order. */
    List<AttributedQuote> attribute(List<QuoteTokens> quotes) {
        List<AttributedQuote> result = new ArrayList<>();
        SpeakerMatch lastSpeaker = null;
        int lastSentence = -1;
        int lastParagraph = Integer.MIN_VALUE;
        for (QuoteTokens quote : quotes) {
            Token open = tokens.get(quote.open());
            SpeakerMatch speaker = null;
            Evidence evidence = null;
            int cueToken = -1;
            for (Cue cue : new Cue[] {cues.after(quote), cues.before(quote)}) {
                if (speaker == null && cue != null) {
                    speaker = resolver.resolve(cue.speaker());
                    evidence = cue.evidence();
                    cueToken = cue.cueToken();
                }
            }
            if (speaker == null && lastSpeaker != null && lastSentence == open.sentence()) {
                speaker = lastSpeaker;
                evidence = Evidence.SAME_SENTENCE;
            }
            if (speaker == null) {
                int verb = cues.cueVerbBefore(quote.open());
                if (verb >= 0) {
                    speaker = nearestSpeakerBefore(verb);
                    evidence = Evidence.CLAUSE_SUBJECT;
                    cueToken = verb;
                }
            }
            if (speaker == null && lastSpeaker != null && open.paragraph() - lastParagraph <= 1
                    && classifier.looksLikeStatement(quote)) {
                speaker = lastSpeaker;
                evidence = Evidence.CONTINUATION;
            }
            Cue previous = speaker == null && classifier.looksLikeStatement(quote) ? cues.previousSentence(quote) : null;
            if (previous != null) {
                speaker = resolver.resolve(previous.speaker());
                evidence = Evidence.PREVIOUS_SENTENCE;
                cueToken = previous.cueToken();
            }
            String text = tokens.text().substring(quote.span().start(), quote.span().end());
            if (speaker == null) {
                QuoteKind kind = classifier.looksLikeTerm(quote) ? QuoteKind.TERM : classifier.kindOf(quote);
                result.add(new AttributedQuote(text, quote.span().start(), quote.span().end(), kind, null, 0.0, null));
                continue;
            }
            String cue = cueToken >= 0 ? tokens.get(cueToken).word() : null;
            result.add(new AttributedQuote(text, quote.span().start(), quote.span().end(), classifier.kindOf(quote), cue,
                    evidence.confidence(speaker.pronoun()), speakers.toSpeaker(speaker)));
            lastSpeaker = speaker;
            lastSentence = tokens.get(quote.close()).sentence();
            lastParagraph = tokens.get(quote.close()).paragraph();
        }
        return result;
    }

    /** The person, organisation or personal pronoun nearest before {@code verb} in its sentence. */
    private SpeakerMatch nearestSpeakerBefore(int verb) {
        int sentence = tokens.get(verb).sentence();
        for (int i = verb - 1; i >= 0 && tokens.get(i).sentence() == sentence; i--) {
            Token t = tokens.get(i);
            ResolvedMention m = index.mentionAt(i);
            boolean candidate = CueLexicon.isPersonalPronoun(t) && t.pos().equals("PRP")
                    || m != null && (index.isPerson(m) || index.entity(m.entity()).type().equals("ORGANIZATION"));
            if (candidate) {
                return resolver.resolve(m != null ? new Phrase(m.tokenStart(), m.tokenEnd()) : new Phrase(i, i + 1));
            }
        }
        return null;
    }
}
