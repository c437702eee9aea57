package io.quotewire.engine.attribution;

import io.quotewire.engine.model.CanonicalEntity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Merges an article's mentions into canonical entities under their fullest name ("Kim" → "Kim Myong Gil" or
 * "Kim Jong Un" by context), and settles each entity's type from all its mentions.
 */
final class EntityCanonicaliser {

    private final ArticleTokens tokens;

    EntityCanonicaliser(ArticleTokens tokens) {
        this.tokens = tokens;
    }

    /** Canonical entities and resolved mentions for {@code raw}, which must be in text order. */
    EntityIndex canonicalise(List<RawMention> raw) {
        Set<String> personWords = new HashSet<>();
        List<List<String>> fullNames = new ArrayList<>();
        Map<List<String>, String> fullNameText = new HashMap<>();
        for (RawMention m : raw) {
            if (m.type().equals("PERSON")) {
                personWords.add(m.joined());
                fullNameText.putIfAbsent(m.words(), surface(m));
                if (m.words().size() > 1 && !fullNames.contains(m.words())) {
                    fullNames.add(m.words());
                }
            }
        }
        fullNames.removeIf(name -> fullNames.stream().anyMatch(other -> FullNameChooser.isPartOf(name, other)));

        Builder builder = new Builder();
        Map<List<String>, Integer> fullNameEntity = new HashMap<>();
        for (RawMention m : raw) {
            int entity;
            List<Integer> candidates = candidatesFor(m, fullNames, personWords);
            if (fullNames.contains(m.words())) {
                entity = fullNameEntity.computeIfAbsent(m.words(), w -> builder.newEntity(surface(m), "PERSON"));
            } else if (!candidates.isEmpty()) {
                List<FullNameChooser.Salience> saliences = new ArrayList<>();
                for (int c : candidates) {
                    Integer known = fullNameEntity.get(fullNames.get(c));
                    saliences.add(known == null ? new FullNameChooser.Salience() : builder.salience.get(known));
                }
                List<String> chosen = fullNames.get(candidates.get(FullNameChooser.choose(saliences, m.paragraph())));
                entity = fullNameEntity.computeIfAbsent(chosen, w -> builder.newEntity(fullNameText.get(w), "PERSON"));
            } else {
                String type = personWords.contains(m.joined()) ? "PERSON" : m.type();
                String key = type.equals("PERSON") ? "P:" + m.joined() : "X:" + normalised(surface(m));
                entity = builder.byKey.computeIfAbsent(key, k -> builder.newEntity(surface(m), type));
            }
            builder.add(entity, m, isOrganizationByApposition(m));
        }
        return builder.build(tokens);
    }

    /** Indices of full person names this mention may shorten; only short names (at most two words) qualify. */
    private static List<Integer> candidatesFor(RawMention m, List<List<String>> fullNames, Set<String> personWords) {
        List<Integer> result = new ArrayList<>();
        if (m.words().size() > 2 || (!m.type().equals("PERSON") && m.words().size() > 1)) {
            return result;
        }
        for (int i = 0; i < fullNames.size(); i++) {
            if (FullNameChooser.isPartOf(m.words(), fullNames.get(i))) {
                result.add(i);
            }
        }
        return result;
    }

    /** "North Korea’s party newspaper, Rodong Sinmun" or "Rodong Sinmun, the party newspaper": an organisation. */
    private boolean isOrganizationByApposition(RawMention m) {
        int before = m.tokenStart() - 1;
        // "the party newspaper, Rodong Sinmun" — but not "at cybersecurity firm Symantec, Kevin Haley": there the
        // organisation noun belongs to the name just before the comma.
        boolean nameBeforeComma = before > 0 && tokens.get(before - 1).isProperNoun();
        if (before > 0 && tokens.get(before).word().equals(",") && !nameBeforeComma) {
            for (int i = before - 1; i >= Math.max(0, before - 4); i--) {
                if (isAppositiveHead(i)) {
                    return true;
                }
                if (!tokens.get(i).isNoun() && !tokens.get(i).pos().equals("JJ")) {
                    break;
                }
            }
        }
        if (before >= 0 && isAppositiveHead(before)) {
            return true;
        }
        int after = m.tokenEnd();
        if (after < tokens.size() && tokens.get(after).word().equals(",")) {
            for (int i = after + 1; i < Math.min(tokens.size(), after + 5); i++) {
                Token t = tokens.get(i);
                if (isAppositiveHead(i)) {
                    return true;
                }
                if (t.word().equals(",") || t.isVerb()) {
                    break;
                }
            }
        }
        return false;
    }

    /**
     * A common organisation noun that heads its phrase ("the party newspaper"): not part of a name ("the Green
     * Party’s director") and not a possessor ("the party’s director").
     */
    private boolean isAppositiveHead(int i) {
        Token t = tokens.get(i);
        boolean possessor = i + 1 < tokens.size() && tokens.get(i + 1).pos().equals("POS");
        return CueLexicon.isOrganizationNoun(t) && !t.isProperNoun() && !possessor;
    }

    /** The mention as the article writes it ("Leif-Eric Easley", not the tokens "Leif - Eric Easley"). */
    private String surface(RawMention m) {
        return tokens.span(m.tokenStart(), m.tokenEnd());
    }

    private static String normalised(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("the ") ? lower.substring(4) : lower;
    }

    /** Accumulates entities, their mentions, aliases and type votes. */
    private static final class Builder {
        final List<String> names = new ArrayList<>();
        final List<String> types = new ArrayList<>();
        final List<Boolean> organizationByApposition = new ArrayList<>();
        final List<Set<String>> aliases = new ArrayList<>();
        final List<FullNameChooser.Salience> salience = new ArrayList<>();
        final Map<String, Integer> byKey = new HashMap<>();
        final List<RawMention> mentionsRaw = new ArrayList<>();
        final List<Integer> mentionEntity = new ArrayList<>();

        int newEntity(String name, String type) {
            names.add(name);
            types.add(type);
            organizationByApposition.add(false);
            aliases.add(new LinkedHashSet<>());
            salience.add(new FullNameChooser.Salience());
            return names.size() - 1;
        }

        void add(int entity, RawMention m, boolean organization) {
            mentionsRaw.add(m);
            mentionEntity.add(entity);
            if (organization) {
                organizationByApposition.set(entity, true);
            }
            FullNameChooser.Salience s = salience.get(entity);
            s.count++;
            s.lastParagraph = m.paragraph();
            s.lastToken = m.tokenStart();
        }

        EntityIndex build(ArticleTokens tokens) {
            // Keys follow first appearance in the text, so e1 is the first entity a reader meets.
            int[] order = new int[names.size()];
            java.util.Arrays.fill(order, -1);
            int next = 0;
            List<ResolvedMention> mentions = new ArrayList<>();
            List<Integer> firstSeen = new ArrayList<>();
            for (int i = 0; i < mentionsRaw.size(); i++) {
                int entity = mentionEntity.get(i);
                if (order[entity] < 0) {
                    order[entity] = next++;
                    firstSeen.add(entity);
                }
                RawMention m = mentionsRaw.get(i);
                String text = tokens.span(m.tokenStart(), m.tokenEnd());
                if (!text.equals(names.get(entity))) {
                    aliases.get(entity).add(text);
                }
                int after = m.tokenEnd();
                if (after < tokens.size() && tokens.get(after).pos().equals("POS")) {
                    aliases.get(entity).add(tokens.span(m.tokenStart(), after + 1));
                }
                mentions.add(new ResolvedMention(order[entity], m.tokenStart(), m.tokenEnd(),
                        tokens.get(m.tokenStart()).begin(), tokens.get(m.tokenEnd() - 1).end(), text));
            }
            List<CanonicalEntity> entities = new ArrayList<>();
            for (int entity : firstSeen) {
                String type = organizationByApposition.get(entity) ? "ORGANIZATION" : types.get(entity);
                entities.add(new CanonicalEntity("e" + (entities.size() + 1), names.get(entity), type,
                        List.copyOf(aliases.get(entity))));
            }
            return new EntityIndex(entities, mentions, tokens.size());
        }
    }
}
