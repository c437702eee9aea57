package io.quotewire.engine.attribution;

import io.quotewire.engine.annotation.AnnotatedText;
import io.quotewire.engine.annotation.AnnotatedToken;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The article's tokens in order, with lookups from character offsets to tokens, sentences and paragraphs. */
final class ArticleTokens {

    private final String text;
    private final List<Token> tokens;

    private ArticleTokens(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    /** The annotated text's tokens, numbered; a paragraph is a run of text between newlines. */
    static ArticleTokens of(AnnotatedText annotated) {
        String text = annotated.text();
        List<Token> tokens = new ArrayList<>();
        int paragraph = 0;
        int lastEnd = 0;
        for (AnnotatedToken t : annotated.tokens()) {
            if (containsNewline(text, lastEnd, t.begin())) {
                paragraph++;
            }
            tokens.add(new Token(tokens.size(), t.word(), t.lemma(), t.pos(), t.ner(), t.begin(), t.end(), t.sentence(),
                    paragraph));
            lastEnd = t.end();
        }
        return new ArticleTokens(text, Collections.unmodifiableList(tokens));
    }

    String text() {
        return text;
    }

    List<Token> all() {
        return tokens;
    }

    int size() {
        return tokens.size();
    }

    Token get(int index) {
        return tokens.get(index);
    }

    /** Index of the first token that ends after {@code offset}, or {@link #size()} when none does. */
    int firstTokenEndingAfter(int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Index of the last token that begins before {@code offset}, or -1 when none does. */
    int lastTokenBeginningBefore(int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).begin() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low - 1;
    }

    /** The text covered by tokens {@code [from, to)}, exactly as it appears in the article. */
    String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(tokens.get(from).begin(), tokens.get(to - 1).end());
    }

    private static boolean containsNewline(String text, int from, int to) {
        return text.substring(from, Math.min(to, text.length())).indexOf('\n') >= 0;
    }
}
