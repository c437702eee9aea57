package io.quotewire.engine.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds the surname mentions CoreNLP's tagger missed: once an article has named "Tim Guest" or "Brittany Lincicome",
 * a later "Guest said" or "Lincicome asked" is that person even where the tagger saw a common word or nothing. Only a
 * capitalised word that is the last word of exactly one full name counts, standing alone: not inside another name,
 * not after "the", not before a noun it would modify ("Green supporters").
 */
final class SurnameRecovery {

    private final ArticleTokens tokens;

    SurnameRecovery(ArticleTokens tokens) {
        this.tokens = tokens;
    }

    /** {@code mentions} (in text order) with the recovered surnames added, still in text order. */
    List<RawMention> recover(List<RawMention> mentions) {
        Map<String, Set<String>> fullNamesBySurname = new HashMap<>();
        boolean[] covered = new boolean[tokens.size()];
        for (RawMention m : mentions) {
            for (int i = m.tokenStart(); i < m.tokenEnd(); i++) {
                covered[i] = true;
            }
            if (m.type().equals("PERSON") && m.words().size() > 1) {
                fullNamesBySurname.computeIfAbsent(m.words().get(m.words().size() - 1), k -> new HashSet<>())
                        .add(m.joined());
            }
        }
        List<RawMention> result = new ArrayList<>(mentions);
        int firstNamed = mentions.stream().filter(m -> m.type().equals("PERSON") && m.words().size() > 1)
                .mapToInt(RawMention::tokenStart).min().orElse(tokens.size());
        for (int i = firstNamed + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!covered[i] && fullNamesBySurname.getOrDefault(t.word(), Set.of()).size() == 1 && standsAlone(i)) {
                result.add(new RawMention(i, i + 1, "PERSON", List.of(t.word()), t.paragraph()));
            }
        }
        result.sort(Comparator.comparingInt(RawMention::tokenStart));
        return result;
    }

    private boolean standsAlone(int i) {
        Token t = tokens.get(i);
        if (!Character.isUpperCase(t.word().charAt(0)) || !(t.isProperNoun() || t.isNoun())) {
            return false;
        }
        Token before = i > 0 ? tokens.get(i - 1) : null;
        Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        boolean inName = before != null && before.isProperNoun() && !CueLexicon.isHonorific(before.word())
                || after != null && after.isProperNoun();
        boolean determined = before != null && (before.pos().equals("DT") || before.pos().equals("PRP$"));
        boolean modifies = after != null && after.isNoun();
        return !inName && !determined && !modifies;
    }
}
