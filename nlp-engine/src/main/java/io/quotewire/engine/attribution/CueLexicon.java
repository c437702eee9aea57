package io.quotewire.engine.attribution;

import java.util.Set;

/** The words that signal attribution: speech verbs, speaker nouns, role nouns and pronouns. */
final class CueLexicon {

    /** Lemmas of verbs that introduce a quotation ("said", "stated", "called it a “time bomb”"). */
    private static final Set<String> QUOTE_VERBS = Set.of(
            "say", "state", "ask", "add", "tell", "announce", "argue", "warn", "call", "declare", "insist", "explain",
            "note", "write", "reply", "respond", "continue", "conclude", "claim", "confirm", "describe", "deny",
            "predict", "vow", "suggest", "acknowledge", "admit", "complain", "observe", "remark", "recall",
            "repeat", "stress", "emphasize", "tweet", "criticize", "decry", "urge", "demand", "threaten", "accuse",
            "charge", "see", "dub", "label", "brand", "term", "report", "caution", "counter", "joke", "quip",
            "shout", "testify", "wonder", "proclaim", "assert", "contend", "maintain", "lament", "boast", "cite",
            // less common speech verbs, each naming a way of saying something
            "blurt", "echo", "scold", "retort", "crow", "sniff", "stutter", "stammer", "confess", "assure", "remind",
            "advise", "exclaim", "muse", "recount", "reiterate", "concede", "mutter", "whisper", "yell", "scream",
            "snap", "gush", "plead", "chide", "interject", "opine", "rant", "reason", "rejoin", "sneer", "swear",
            "tease", "thunder", "vent", "venture", "marvel", "concur", "pledge", "promise", "chuckle",
            "laugh", "sigh", "cry", "rage", "fume", "grumble", "lecture", "inform", "implore", "posit");

    /** Lemmas of verbs that report speech without quote marks ("X said that …", "X warned …"). */
    /** Reporting verbs that count only with a "that" clause ("a poll shows that …", "the study found that …"). */
    private static final Set<String> THAT_ONLY_VERBS = Set.of("show", "find", "agree", "promise", "pledge", "know");

    /** That-only verbs that also report when set off by commas ("…, they promise, …"). */
    private static final Set<String> PROMISE_VERBS = Set.of("promise", "pledge", "agree");

    private static final Set<String> REPORT_VERBS = Set.of(
            "say", "state", "tell", "add", "announce", "argue", "warn", "declare", "insist", "explain", "note",
            "write", "claim", "confirm", "deny", "predict", "suggest", "acknowledge", "admit", "complain",
            "stress", "emphasize", "tweet", "criticize", "accuse", "report", "caution", "testify", "assert",
            "contend", "maintain", "believe", "learn", "allege", "reveal", "disclose", "indicate", "cite", "urge",
            "question", "mention", "respond", "estimate", "recommend", "propose", "vow", "concede", "reiterate",
            "signal", "observe", "recall", "ask", "charge", "blame", "praise", "reply", "counter",
            // telling someone something, or what to do: "reminded customers to …", "assured her he …"
            "remind", "advise", "assure", "instruct", "encourage", "inform", "notify", "confess", "describe",
            "characterize", "portray", "forecast", "speculate", "conclude", "recount",
            "lament", "concur", "posit", "theorize", "hint", "imply", "brag", "boast", "muse");

    /** Nouns that name a speaker which is not a person's name ("the statement", "a spokesperson"). */
    private static final Set<String> SPEAKER_NOUNS = Set.of(
            "statement", "spokesperson", "spokesman", "spokeswoman", "ministry", "newspaper", "agency", "official",
            "officials", "source", "sources", "report", "government", "committee", "department", "analyst",
            "analysts", "expert", "experts", "diplomat", "diplomats", "negotiator", "aide", "aides", "adviser",
            "advisers", "advisor", "campaign", "police", "office", "embassy", "paper", "media", "daily", "outlet",
            "network", "website", "communique", "release", "memo", "letter", "study", "survey", "poll", "critics",
            "supporters", "people", "residents", "voters", "leader", "leaders", "officer", "organization", "polls",
            "reports", "studies", "surveys", "statements", "spokespeople", "officers", "administration",
            "democrats", "republicans", "lawmakers", "senators", "activists", "observers", "authorities", "court",
            "judge", "prosecutors", "investigators", "scientists", "researchers", "economists", "doctors",
            "witnesses", "group", "groups", "party", "candidate", "candidates", "nominee", "president", "minister",
            "secretary", "senator", "governor", "mayor", "chairman", "director", "professor", "author", "team", "lawyer",
            "lawyers", "attorneys", "relatives", "family", "staff", "allies", "defenders", "campaigns");

    /** Nouns for people that are neither roles nor usual speakers but may speak ("a member of the public"). */
    private static final Set<String> PEOPLE_NOUNS = Set.of(
            "member", "members", "resident", "citizen", "citizens", "parent", "parents", "student", "students",
            "worker", "workers", "employee", "employees", "owner", "owners", "customer", "customers", "patient",
            "patients", "neighbour", "neighbours", "neighbor", "neighbors", "friend", "friends", "mother", "father",
            "son", "daughter", "wife", "husband", "sister", "brother", "partner", "man", "woman", "men", "women",
            "person", "victim", "victims", "fan", "fans", "viewer", "viewers", "reader", "readers", "user", "users",
            "volunteer", "volunteers", "teacher", "teachers", "nurse", "nurses", "doctor", "farmer", "farmers",
            "councillor", "councillors", "trustee", "trustees", "union", "board", "council");

    /** Nouns whose presence in an appositive makes a name an organisation ("party newspaper, Rodong Sinmun"). */
    private static final Set<String> ORGANIZATION_NOUNS = Set.of(
            "newspaper", "daily", "agency", "ministry", "paper", "outlet", "broadcaster", "network", "magazine",
            "website", "party", "company", "firm", "group", "organization", "organisation", "institute", "committee",
            "commission", "council", "association", "union", "bank", "university", "channel", "tabloid");

    /** Nouns that make a phrase a role worth keeping as a description ("State Department spokesperson"). */
    private static final Set<String> ROLE_NOUNS = Set.of(
            "spokesperson", "spokesman", "spokeswoman", "president", "presidents", "minister", "ambassador",
            "secretary", "negotiator", "official", "adviser", "advisor", "professor", "diplomat", "senator",
            "governor", "chairman", "chairwoman", "chair", "director", "chief", "head", "leader", "fellow",
            "colonel", "general", "analyst", "expert", "envoy", "representative", "rep.", "sen.", "gov.", "mayor",
            "lawmaker", "congressman", "congresswoman", "editor", "reporter", "correspondent", "founder", "ceo",
            "executive", "manager", "researcher", "scholar", "economist", "strategist", "commander", "officer",
            "candidate", "nominee", "member", "attorney", "lawyer", "judge", "prosecutor", "author", "newspaper",
            "vice", "deputy", "premier", "king", "queen", "prince", "pope", "chancellor", "dean", "coach");

    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her");

    private static final Set<String> ALL_PRONOUNS = Set.of(
            "he", "she", "him", "her", "i", "me", "we", "us", "they", "them", "it", "you", "his", "hers", "its",
            "their", "theirs", "our", "my", "who", "whom", "which", "that", "this", "these", "those", "himself",
            "herself", "themselves", "itself");

    private static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "prof.");

    private static final Set<String> COMPASS_WORDS = Set.of(
            "north", "south", "east", "west", "northern", "southern", "eastern", "western");

    private CueLexicon() {}

    /** The token's lemma is a quote verb's, whatever its tag. */
    static boolean isQuoteLemma(Token token) {
        return QUOTE_VERBS.contains(token.lemma().toLowerCase());
    }

    static boolean isQuoteVerb(Token token) {
        return token.isVerb() && QUOTE_VERBS.contains(token.lemma().toLowerCase());
    }

    static boolean isReportVerb(Token token, Token next) {
        String lemma = token.lemma().toLowerCase();
        if (!token.isVerb()) {
            return false;
        }
        if (THAT_ONLY_VERBS.contains(lemma)) {
            // "…, they promise, will be returned": set off by commas it needs no "that"
            return next == null && PROMISE_VERBS.contains(lemma) || next != null && next.isWord("that");
        }
        if (lemma.equals("add")) { // "added that …", "added he …", "…, she added." — not "added the drug to the list"
            return next == null || next.isWord("that") || next.pos().equals("PRP") || next.isPunctuation();
        }
        return REPORT_VERBS.contains(lemma);
    }

    static boolean isSpeakerNoun(Token token) {
        return token.isNoun() && SPEAKER_NOUNS.contains(token.word().toLowerCase());
    }

    /** A noun for a person or group of people that can speak: a speaker noun or a role noun, or "member". */
    static boolean isPersonNoun(Token token) {
        String word = token.word().toLowerCase();
        return token.isNoun() && (SPEAKER_NOUNS.contains(word) || ROLE_NOUNS.contains(word) || PEOPLE_NOUNS.contains(word));
    }

    static boolean isOrganizationNoun(Token token) {
        return token.isNoun() && ORGANIZATION_NOUNS.contains(token.word().toLowerCase());
    }

    static boolean isRoleNoun(Token token) {
        return token.isNoun() && ROLE_NOUNS.contains(token.word().toLowerCase());
    }

    /** he/she/him/her: a pronoun that stands for one person. */
    static boolean isPersonalPronoun(Token token) {
        return PERSONAL_PRONOUNS.contains(token.word().toLowerCase());
    }

    static boolean isPronoun(String word) {
        return ALL_PRONOUNS.contains(word.toLowerCase());
    }

    static boolean isHonorific(String word) {
        return HONORIFICS.contains(word.toLowerCase());
    }

    static boolean isCompassWord(String word) {
        return COMPASS_WORDS.contains(word.toLowerCase());
    }
}
