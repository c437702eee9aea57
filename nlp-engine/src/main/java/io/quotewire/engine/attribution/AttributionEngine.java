package io.quotewire.engine.attribution;

import edu.stanford.nlp.pipeline.CoreDocument;
import io.quotewire.engine.annotation.AnnotatedText;
import io.quotewire.engine.model.AttributedQuote;
import io.quotewire.engine.model.TextAnalysis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Finds canonical entities and attributed quotes in a CoreNLP-annotated document. */
public final class AttributionEngine {

    private final QuoteMarkScanner scanner = new QuoteMarkScanner();

    /** Stateless: one engine may analyse documents from several threads at once. */
    public AttributionEngine() {}

    /** Entities, mentions and quotes of a CoreNLP-annotated {@code document}, offsets into {@code document.text()}. */
    public TextAnalysis analyze(CoreDocument document) {
        return analyze(AnnotatedText.of(document));
    }

    /** Entities, mentions and quotes of {@code annotated}, offsets into {@code annotated.text()}. */
    public TextAnalysis analyze(AnnotatedText annotated) {
        return analyze(annotated, null);
    }

    /** As {@link #analyze(AnnotatedText)}, showing {@code observer} (when not null) what was weighed for each quote. */
    public TextAnalysis analyze(AnnotatedText annotated, CandidateObserver observer) {
        ArticleTokens tokens = ArticleTokens.of(annotated);
        EntityIndex index = new EntityCanonicaliser(tokens).canonicalise(
                new SurnameRecovery(tokens).recover(new MentionCollector(tokens).collect(annotated.mentions())));
        PhraseReader phrases = new PhraseReader(tokens);

        List<QuoteTokens> marked = locate(tokens, scanner.scan(tokens.text()));
        boolean[] insideQuote = new boolean[tokens.size()];
        for (QuoteTokens quote : marked) {
            for (int i = quote.open(); i <= quote.close(); i++) {
                insideQuote[i] = true;
            }
        }

        Map<Integer, Description> descriptions = new DescriptionExtractor(tokens, index, phrases).describeAll();
        SpeakerResolver resolver = new SpeakerResolver(tokens, index, insideQuote, phrases, descriptions);
        SpeakerFactory speakers = new SpeakerFactory(index, descriptions);
        SubjectFinder subjects = new SubjectFinder(tokens, phrases, index);
        CueFinder cues = new CueFinder(tokens, phrases, subjects, insideQuote, index);

        QuoteClassifier classifier = new QuoteClassifier(tokens);
        List<SpeakerEvidence> evidence = List.of(new CueAfterQuote(cues), new CueBeforeQuote(cues),
                new EarlierQuoteInSentence(tokens), new DistantCueSubject(tokens, cues, index),
                new ColonIntroduction(tokens, index, subjects),
                new FollowOnQuote(tokens, classifier, index, insideQuote), new PreviousSentenceCue(cues, classifier),
                new SalientPersonBeforeQuote(resolver, classifier));
        List<AttributedQuote> attributed = new MarkedQuoteAttributor(tokens, evidence, resolver, speakers, classifier, observer)
                .attribute(marked);
        List<ReportedSpeechPattern> patterns = List.of(new AccordingToReport(tokens, phrases),
                new CommaCueReport(tokens, phrases), new VerbClauseReport(tokens, phrases, subjects));
        List<AttributedQuote> reported = new IndirectSpeechFinder(tokens, patterns, resolver, speakers, index).find();
        List<AttributedQuote> quotes = new ArrayList<>(new ReportedSpeechJoiner(tokens).join(attributed, reported));
        quotes.sort(Comparator.comparingInt(AttributedQuote::start));
        List<AttributedQuote> withReferences = new QuoteReferences(tokens, index, resolver.pronouns(), insideQuote)
                .addTo(quotes);
        TextAnalysis analysis = new TextAnalysis(index.entities(), index.toDomainMentions(), withReferences);
        return ValueMentions.addTo(analysis, annotated);
    }

    /** Maps each quote's marks to tokens; a quote whose marks are not tokens of their own is skipped. */
    private static List<QuoteTokens> locate(ArticleTokens tokens, List<QuoteSpan> spans) {
        List<QuoteTokens> result = new ArrayList<>();
        for (QuoteSpan span : spans) {
            int open = tokens.firstTokenEndingAfter(span.start());
            int close = tokens.lastTokenBeginningBefore(span.end());
            if (open < tokens.size() && close > open) {
                result.add(new QuoteTokens(span, open, close));
            }
        }
        return result;
    }
}
