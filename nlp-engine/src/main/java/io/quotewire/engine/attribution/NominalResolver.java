package io.quotewire.engine.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ties a speaker named by a common noun or "it" to the organisation the article named: "the company said" after
 * Google was introduced is Google, "the utility" is BC Hydro, "the diocese" is the Roman Catholic Diocese of
 * Covington, "it said" is the organisation the last sentences were about, and "the report said" is whoever the
 * article says issued the report ("Infrastructure Canada’s report", "a report by the institute", "Prosecutors filed a
 * complaint"). When nothing fits, the speaker stays as written.
 */
final class NominalResolver {

    /** How far back an organisation may be for "the company" or "it", in paragraphs. */
    private static final int REACH = 4;
    /** Nouns that stand for an organisation already named ("the company", "the ministry"). */
    private static final Set<String> ORGANIZATION_NOUNS = Set.of(
            "company", "firm", "utility", "agency", "union", "team", "department", "ministry", "diocese", "board",
            "council", "club", "party", "network", "authority", "commission", "corporation", "bank", "school",
            "university", "college", "hospital", "office", "organization", "organisation", "foundation", "institute",
            "association", "court", "committee", "business", "retailer", "airline", "manufacturer", "carmaker",
            "automaker", "startup", "giant", "chain", "broadcaster", "newspaper", "paper", "magazine", "group",
            "province", "city", "municipality", "government", "regulator", "insurer", "operator", "provider",
            "developer", "publisher", "charity", "church", "league", "service", "centre", "center");
    /** Nouns for something an organisation or person issues ("the report", "the statement"). */
    private static final Set<String> DOCUMENT_NOUNS = Set.of(
            "report", "statement", "study", "survey", "poll", "memo", "letter", "release", "post", "complaint",
            "lawsuit", "filing", "document", "analysis", "review", "notice", "email", "e-mail", "tweet", "ruling",
            "decision", "motion", "affidavit", "indictment", "petition", "website", "blog");
    private static final Set<String> ISSUING_VERBS = Set.of(
            "issue", "release", "publish", "file", "post", "write", "send", "produce", "commission", "prepare",
            "submit", "author", "put");

    private final ArticleTokens tokens;
    private final EntityIndex index;
    private final boolean[] insideQuote;
    private final ClauseRoles roles;
    private final SubjectFinder subjects;

    NominalResolver(ArticleTokens tokens, EntityIndex index, boolean[] insideQuote, SubjectFinder subjects) {
        this.tokens = tokens;
        this.subjects = subjects;
        this.index = index;
        this.insideQuote = insideQuote;
        this.roles = new ClauseRoles(tokens);
    }

    /** Whether {@code head} is a noun this resolver may tie to a named organisation or issuer. */
    static boolean isResolvableNoun(Token head) {
        String word = head.word().toLowerCase(Locale.ROOT);
        return head.isNoun() && !head.isProperNoun() && (ORGANIZATION_NOUNS.contains(word) || DOCUMENT_NOUNS.contains(word));
    }

    /** Whether {@code head} is a noun for something issued ("the report", "the statement"). */
    static boolean isDocumentNoun(Token head) {
        return head.isNoun() && DOCUMENT_NOUNS.contains(head.word().toLowerCase(Locale.ROOT));
    }

    /**
     * The organisation "the company" (headed by {@code head}, starting at {@code start}) stands for, or -1. A word
     * the phrase adds ("the Canadian government") must be part of the organisation's name.
     */
    int organisationFor(int start, int head) {
        String noun = tokens.get(head).word().toLowerCase(Locale.ROOT);
        if (!ORGANIZATION_NOUNS.contains(noun)) {
            return -1;
        }
        List<String> modifiers = new ArrayList<>();
        for (int i = start; i < head; i++) {
            if (tokens.get(i).isNoun() || tokens.get(i).pos().startsWith("JJ")) {
                modifiers.add(tokens.get(i).word().toLowerCase(Locale.ROOT));
            }
        }
        int best = -1;
        double bestScore = 0;
        for (ResolvedMention m : index.mentions()) {
            if (m.tokenStart() >= head) {
                break;
            }
            int distance = tokens.get(head).paragraph() - tokens.get(m.tokenStart()).paragraph();
            if (!isOrganisation(m) || insideQuote[m.tokenStart()] || distance > REACH) {
                continue;
            }
            String name = index.entity(m.entity()).name().toLowerCase(Locale.ROOT);
            if (!modifiers.stream().allMatch(name::contains)) {
                continue;
            }
            boolean namesTheNoun = name.contains(noun);
            double score = (namesTheNoun ? 4 : 1) + (roles.isSubject(m.tokenStart(), m.tokenEnd()) ? 1 : 0)
                    - 0.5 * distance + m.tokenStart() / 1e7;
            if (score > bestScore) {
                bestScore = score;
                best = m.entity();
            }
        }
        return best;
    }

    /** The organisation "it" (a speaker, at {@code it}) stands for: the nearest one named as a subject, else the nearest. */
    int organisationForIt(int it) {
        int nearest = -1;
        for (int i = it - 1; i >= 0 && tokens.get(it).paragraph() - tokens.get(i).paragraph() <= 2; i--) {
            if (insideQuote[i]) {
                continue;
            }
            ResolvedMention m = index.mentionAt(i);
            if (m != null && m.tokenEnd() == i + 1 && isOrganisation(m)) {
                if (roles.isSubject(m.tokenStart(), m.tokenEnd())) {
                    return m.entity();
                }
                nearest = nearest < 0 ? m.entity() : nearest;
            } else if (m == null && isSubjectOrganisationNoun(i)) {
                int named = organisationFor(phraseStart(i), i); // "the utility said" before "it said"
                if (named >= 0) {
                    return named;
                }
            }
        }
        return nearest;
    }

    /** A common organisation noun heading a subject: "the utility said", "The company noted". */
    private boolean isSubjectOrganisationNoun(int i) {
        Token t = tokens.get(i);
        return t.isNoun() && !t.isProperNoun() && ORGANIZATION_NOUNS.contains(t.word().toLowerCase(Locale.ROOT))
                && roles.isSubject(phraseStart(i), i + 1);
    }

    /** Where the noun phrase ending in {@code head} starts: back over its determiner and modifiers. */
    private int phraseStart(int head) {
        int start = head;
        while (start > 0 && (tokens.get(start - 1).pos().equals("DT") || tokens.get(start - 1).pos().startsWith("JJ")
                || tokens.get(start - 1).isNoun() && !tokens.get(start - 1).isProperNoun())) {
            start--;
        }
        return start;
    }

    /**
     * Who issued the document "the report" (headed by {@code head}) names, from where the article first brings up a
     * document of that name: "X’s report", "a report by/from X", or "X issued/released/filed … report". Returns the
     * phrase naming the issuer, or null.
     */
    Phrase issuerOf(int head, PhraseReader phrases) {
        String noun = tokens.get(head).word().toLowerCase(Locale.ROOT);
        if (!DOCUMENT_NOUNS.contains(noun)) {
            return null;
        }
        for (int i = 0; i < head; i++) {
            if (!tokens.get(i).word().equalsIgnoreCase(noun) || insideQuote[i]) {
                continue;
            }
            Phrase issuer = possessorOf(i);
            if (issuer == null && i + 2 < tokens.size() && (tokens.get(i + 1).isWord("by") || tokens.get(i + 1).isWord("from"))) {
                Phrase after = phrases.rightOf(i + 2);
                issuer = after.isEmpty() ? null : after;
            }
            if (issuer == null) {
                issuer = subjectOfIssuingVerb(i, phrases);
            }
            if (issuer == null) {
                issuer = agentAfter(i, phrases); // "a complaint filed Monday by prosecutors"
            }
            if (issuer == null) {
                issuer = speakerWritingIn(i, phrases); // "Jason Schultz stated in the company’s blog post that …"
            }
            if (issuer != null && speaks(issuer)) {
                return issuer;
            }
        }
        return null;
    }

    /** "Infrastructure Canada’s report": the name before the possessive right before the noun's phrase. */
    private Phrase possessorOf(int noun) {
        for (int i = noun - 1; i >= 0 && noun - i <= 4 && tokens.get(i).sentence() == tokens.get(noun).sentence(); i--) {
            if (tokens.get(i).pos().equals("POS")) {
                ResolvedMention m = index.mentionAt(i - 1);
                return m == null ? null : new Phrase(m.tokenStart(), m.tokenEnd());
            }
            if (!tokens.get(i).pos().startsWith("JJ") && !tokens.get(i).isNoun() && !tokens.get(i).pos().equals("DT")) {
                return null;
            }
        }
        return null;
    }

    /** "Prosecutors filed a criminal complaint": the subject of an issuing verb a few words before the noun. */
    private Phrase subjectOfIssuingVerb(int noun, PhraseReader phrases) {
        int sentence = tokens.get(noun).sentence();
        for (int v = noun - 1; v >= 0 && noun - v <= 5 && tokens.get(v).sentence() == sentence; v--) {
            Token t = tokens.get(v);
            if (t.isVerb() && ISSUING_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                int left = v - 1;
                while (left >= 0 && (tokens.get(left).pos().startsWith("RB") || tokens.get(left).pos().equals("VBZ")
                        || tokens.get(left).pos().equals("VBD") && tokens.get(left).lemma().equals("have"))) {
                    left--;
                }
                Phrase subject = left < 0 ? null : phrases.leftOf(left + 1);
                return subject == null || subject.isEmpty() ? null : subject;
            }
        }
        return null;
    }

    /** "a complaint filed Monday by prosecutors": the agent of an issuing participle after the noun. */
    private Phrase agentAfter(int noun, PhraseReader phrases) {
        int sentence = tokens.get(noun).sentence();
        for (int i = noun + 1; i < tokens.size() && i - noun <= 6 && tokens.get(i).sentence() == sentence; i++) {
            if (tokens.get(i).isWord("by") && i > noun + 1 && tokens.get(noun + 1).pos().equals("VBN")
                    && ISSUING_VERBS.contains(tokens.get(noun + 1).lemma().toLowerCase(Locale.ROOT))) {
                Phrase agent = phrases.rightOf(i + 1);
                return agent.isEmpty() ? null : agent;
            }
        }
        return null;
    }

    /** "X stated in the company’s blog post that …": X, who said it in the document. */
    private Phrase speakerWritingIn(int noun, PhraseReader phrases) {
        int sentence = tokens.get(noun).sentence();
        for (int i = noun - 1; i > 0 && noun - i <= 6 && tokens.get(i).sentence() == sentence; i--) {
            if (tokens.get(i).isWord("in") && CueLexicon.isReportVerb(tokens.get(i - 1), null)) {
                Cue cue = subjects.subjectOf(i - 1, Evidence.REPORTED);
                return cue == null ? null : cue.speaker();
            }
        }
        return null;
    }

    /** An issuer must be a name or a noun for people, not another document ("the report’s summary"). */
    private boolean speaks(Phrase phrase) {
        ResolvedMention m = index.mentionAt(phrase.head());
        return m != null && (index.isPerson(m) || isOrganisation(m)) || CueLexicon.isPersonNoun(tokens.get(phrase.head()));
    }

    private boolean isOrganisation(ResolvedMention m) {
        return index.entity(m.entity()).type().equals("ORGANIZATION");
    }
}
