package io.quotewire.engine.annotation;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.ArrayList;
import java.util.List;

/**
 * What the attribution engine reads of a text: its tokens with POS, lemma, NER and sentence numbers, and its
 * named-entity mentions. It is the one seam between the tagger and the engine, so the engine can run on a whole
 * article annotated in pieces ({@link #join}) and on small hand-built fixtures in tests, without loading models.
 */
public record AnnotatedText(String text, List<AnnotatedToken> tokens, List<NamedSpan> mentions) {

    public AnnotatedText {
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
    }

    /** Reads a CoreNLP document annotated with at least tokenize, ssplit, pos, lemma and ner. */
    public static AnnotatedText of(CoreDocument document) {
        List<AnnotatedToken> tokens = new ArrayList<>();
        int sentenceIndex = 0;
        for (CoreSentence sentence : document.sentences()) {
            for (CoreLabel label : sentence.tokens()) {
                tokens.add(new AnnotatedToken(label.word(), nullToEmpty(label.lemma()), nullToEmpty(label.tag()),
                        nullToEmpty(label.ner()), label.beginPosition(), label.endPosition(), sentenceIndex));
            }
            sentenceIndex++;
        }
        List<NamedSpan> mentions = new ArrayList<>();
        List<CoreEntityMention> found = document.entityMentions();
        for (CoreEntityMention mention : found == null ? List.<CoreEntityMention>of() : found) {
            mentions.add(new NamedSpan(mention.charOffsets().first(), mention.charOffsets().second(),
                    mention.entityType(), NormalisedValues.of(mention)));
        }
        return new AnnotatedText(document.text(), tokens, mentions);
    }

    /**
     * The annotation of {@code text} from annotations of consecutive pieces of it: each piece's offsets are shifted by
     * where it starts in {@code text}, and its sentence numbers follow on from the pieces before it.
     */
    public static AnnotatedText join(String text, List<Piece> pieces) {
        List<AnnotatedToken> tokens = new ArrayList<>();
        List<NamedSpan> mentions = new ArrayList<>();
        int sentences = 0;
        for (Piece piece : pieces) {
            for (AnnotatedToken token : piece.annotation().tokens()) {
                tokens.add(token.shifted(piece.offset(), sentences));
            }
            for (NamedSpan mention : piece.annotation().mentions()) {
                mentions.add(mention.shifted(piece.offset()));
            }
            sentences += piece.annotation().sentenceCount();
        }
        return new AnnotatedText(text, tokens, mentions);
    }

    /** Number of sentences: one more than the last token's sentence number. */
    public int sentenceCount() {
        return tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).sentence() + 1;
    }

    /** A piece of a longer text, annotated on its own, that starts {@code offset} characters into the longer text. */
    public record Piece(int offset, AnnotatedText annotation) {}

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
