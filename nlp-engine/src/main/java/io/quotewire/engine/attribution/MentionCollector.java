package io.quotewire.engine.attribution;

import io.quotewire.engine.annotation.NamedSpan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads CoreNLP's named-entity mentions and drops or repairs its known slips ("North" as a person, "Summit" as a city). */
final class MentionCollector {

    private static final Map<String, String> COARSE_TYPES = Map.ofEntries(
            Map.entry("PERSON", "PERSON"), Map.entry("ORGANIZATION", "ORGANIZATION"),
            Map.entry("LOCATION", "LOCATION"), Map.entry("MISC", "MISC"), Map.entry("CITY", "LOCATION"),
            Map.entry("COUNTRY", "LOCATION"), Map.entry("STATE_OR_PROVINCE", "LOCATION"),
            Map.entry("NATIONALITY", "MISC"), Map.entry("RELIGION", "MISC"), Map.entry("IDEOLOGY", "MISC"));

    private final ArticleTokens tokens;

    MentionCollector(ArticleTokens tokens) {
        this.tokens = tokens;
    }

    /** Named mentions in text order, cleaned. */
    List<RawMention> collect(List<NamedSpan> mentions) {
        Set<String> lowerCaseWords = lowerCaseWords();
        List<RawMention> result = new ArrayList<>();
        for (NamedSpan mention : mentions) {
            String type = COARSE_TYPES.get(mention.type());
            if (type == null) {
                continue;
            }
            int start = tokens.firstTokenEndingAfter(mention.begin());
            int end = tokens.lastTokenBeginningBefore(mention.end()) + 1;
            while (start < end && (CueLexicon.isHonorific(tokens.get(start).word()) || tokens.get(start).isWord("the"))) {
                start++;
            }
            while (end > start && (tokens.get(end - 1).pos().equals("POS") || tokens.get(end - 1).isPunctuation())) {
                end--;
            }
            if (start >= end || isSlip(start, end, type, lowerCaseWords)) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (int i = start; i < end; i++) {
                words.add(tokens.get(i).word());
            }
            result.add(new RawMention(start, end, type, List.copyOf(words), tokens.get(start).paragraph()));
        }
        return result;
    }

    /** Pronouns, a lone compass word, or a capitalised common noun ("Summit" where the text also says "summit"). */
    private boolean isSlip(int start, int end, String type, Set<String> lowerCaseWords) {
        if (end - start > 1) {
            return false;
        }
        String word = tokens.get(start).word();
        if (CueLexicon.isPronoun(word) || tokens.get(start).pos().startsWith("PRP") || CueLexicon.isCompassWord(word)) {
            return true;
        }
        return !type.equals("PERSON") && lowerCaseWords.contains(word.toLowerCase());
    }

    private Set<String> lowerCaseWords() {
        Set<String> words = new HashSet<>();
        for (Token token : tokens.all()) {
            String word = token.word();
            if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
                words.add(word);
            }
        }
        return words;
    }
}
