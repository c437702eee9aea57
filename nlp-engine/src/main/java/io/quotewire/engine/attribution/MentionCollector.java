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
        addTitledNames(result);
        addNamesCalledPersons(result);
        result.sort(java.util.Comparator.comparingInt(RawMention::tokenStart));
        return result;
    }

    /**
     * An appositive that says what a person is makes the proper name before it a person's, whatever the tagger said:
     * "Roman, a resident of the area who runs tours" (tagged a nationality), "Dudi Dwiriadi, a district military
     * commander". A name the tagger gave another type (not an organisation) becomes a person's.
     */
    private void addNamesCalledPersons(List<RawMention> kept) {
        for (int comma = 1; comma + 2 < tokens.size(); comma++) {
            if (!tokens.get(comma).isComma() || !tokens.get(comma - 1).isProperNoun() || !personAppositiveAt(comma + 1)) {
                continue;
            }
            int start = comma - 1;
            while (start > 0 && tokens.get(start - 1).isProperNoun() && !CueLexicon.isHonorific(tokens.get(start - 1).word())
                    && tokens.get(start - 1).sentence() == tokens.get(comma).sentence()) {
                start--;
            }
            int first = start;
            int last = comma;
            List<RawMention> covering = kept.stream()
                    .filter(m -> m.tokenStart() < last && m.tokenEnd() > first).toList();
            if (covering.stream().anyMatch(m -> m.type().equals("PERSON") || m.type().equals("ORGANIZATION"))) {
                continue;
            }
            kept.removeAll(covering);
            List<String> words = new ArrayList<>();
            for (int k = start; k < comma; k++) {
                words.add(tokens.get(k).word());
            }
            kept.add(new RawMention(start, comma, "PERSON", List.copyOf(words), tokens.get(start).paragraph()));
        }
    }

    /**
     * "a resident of …", "the district military commander": an article, modifiers, then a noun for a person, not
     * followed by a verb.
     */
    private boolean personAppositiveAt(int i) {
        if (i >= tokens.size() || !tokens.get(i).pos().equals("DT")) {
            return false;
        }
        for (int k = i + 1; k < tokens.size() && k - i <= 5; k++) {
            Token t = tokens.get(k);
            if (t.isNoun() && !t.isProperNoun()) {
                boolean personal = CueLexicon.isPersonNoun(t) || CueLexicon.isRoleNoun(t);
                boolean compound = k + 1 < tokens.size() && tokens.get(k + 1).isNoun();
                // "…Republic of Korea, the spokesperson said": a phrase right before its verb is that verb's
                // subject, not an appositive of the name before the comma.
                boolean subject = k + 1 < tokens.size() && tokens.get(k + 1).pos().startsWith("VB");
                if (!compound) {
                    return personal && !subject;
                }
            } else if (!t.pos().startsWith("JJ") && !t.isProperNoun()) {
                return false;
            }
        }
        return false;
    }

    /**
     * A courtesy title makes the capitalised words after it a person's name even where the tagger saw something else:
     * "Ms. May" (tagged a date), "Mr. Guest". Only words no kept mention covers.
     */
    private void addTitledNames(List<RawMention> kept) {
        boolean[] covered = new boolean[tokens.size()];
        for (RawMention m : kept) {
            for (int i = m.tokenStart(); i < m.tokenEnd(); i++) {
                covered[i] = true;
            }
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!CueLexicon.isHonorific(tokens.get(i).word()) || covered[i + 1]) {
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && !covered[end] && tokens.get(end).isProperNoun()
                    && Character.isUpperCase(tokens.get(end).word().charAt(0))
                    && tokens.get(end).sentence() == tokens.get(i).sentence()) {
                end++;
            }
            if (end > i + 1) {
                List<String> words = new ArrayList<>();
                for (int k = i + 1; k < end; k++) {
                    words.add(tokens.get(k).word());
                }
                kept.add(new RawMention(i + 1, end, "PERSON", List.copyOf(words), tokens.get(i + 1).paragraph()));
            }
        }
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
