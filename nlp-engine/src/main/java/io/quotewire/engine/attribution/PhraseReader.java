package io.quotewire.engine.attribution;

/** Reads noun phrases left or right of a position without a parser: determiners, modifiers, nouns, possessives. */
final class PhraseReader {

    private static final int MAX_PHRASE = 12;

    private final ArticleTokens tokens;

    PhraseReader(ArticleTokens tokens) {
        this.tokens = tokens;
    }

    /** The noun phrase starting at {@code from} in its sentence ("the North Korean spokesperson"), maybe empty. */
    Phrase rightOf(int from) {
        if (from >= tokens.size()) {
            return new Phrase(from, from);
        }
        Token first = tokens.get(from);
        if (first.pos().equals("PRP")) {
            return new Phrase(from, from + 1);
        }
        int sentence = first.sentence();
        int i = from;
        int lastNoun = -1;
        while (i < tokens.size() && i - from < MAX_PHRASE && tokens.get(i).sentence() == sentence) {
            Token t = tokens.get(i);
            if (isNominal(t)) {
                lastNoun = i;
            } else if (isOfBetweenNames(i) || isModifier(t) || isCompoundParticiple(i)) {
                // continue through "the", "North", "’s", "Secretary of State", "media buying company"
            } else {
                break;
            }
            i++;
        }
        return lastNoun < 0 ? new Phrase(from, from) : new Phrase(from, lastNoun + 1);
    }

    /** The noun phrase ending just before {@code end} in its sentence ("State Department spokesperson Morgan Ortagus"). */
    Phrase leftOf(int end) {
        int last = end - 1;
        if (last < 0) {
            return new Phrase(end, end);
        }
        Token head = tokens.get(last);
        if (head.pos().equals("PRP")) {
            return new Phrase(last, end);
        }
        if (!isNominal(head)) {
            return new Phrase(end, end);
        }
        int sentence = head.sentence();
        int i = last;
        while (i - 1 >= 0 && end - (i - 1) <= MAX_PHRASE && tokens.get(i - 1).sentence() == sentence) {
            Token t = tokens.get(i - 1);
            if (isNominal(t) || isModifier(t) || isOfBetweenNames(i - 1) || joinsTwoPersons(i - 1)) {
                i--;
            } else {
                break;
            }
        }
        while (i < last && (tokens.get(i).ner().equals("DATE") || tokens.get(i).ner().equals("TIME"))) {
            i++; // "in early November the company said": a date in front is no part of the speaker ("the union's
                 // Friday release" keeps its date inside)
        }
        // "a member of the public", "the director of the institute": the phrase is headed by the noun before "of"
        if (i >= 3 && tokens.get(i - 1).isWord("of") && tokens.get(i - 2).isNoun()
                && CueLexicon.isPersonNoun(tokens.get(i - 2)) && tokens.get(i - 2).sentence() == sentence) {
            Phrase owner = leftOf(i - 1);
            if (!owner.isEmpty() && owner.head() == i - 2) {
                return new Phrase(owner.start(), end, i - 2);
            }
        }
        return new Phrase(i, end);
    }

    /** "Tore Sohlberg and Lehla Abreder": an "and" between two names the tagger calls persons. */
    private boolean joinsTwoPersons(int i) {
        return i > 0 && i + 1 < tokens.size() && tokens.get(i).isWord("and")
                && tokens.get(i - 1).ner().equals("PERSON") && tokens.get(i + 1).ner().equals("PERSON");
    }

    /** "media buying company", "cloud hosting company": a participle between nouns is part of the name. */
    private boolean isCompoundParticiple(int i) {
        Token t = tokens.get(i);
        return t.pos().equals("VBG") && i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).isNoun()
                && tokens.get(i + 1).isNoun() && !tokens.get(i + 1).isProperNoun();
    }

    private static boolean isNominal(Token t) {
        return t.isNoun();
    }

    private static boolean isModifier(Token t) {
        String pos = t.pos();
        return pos.equals("DT") || pos.equals("JJ") || pos.equals("JJR") || pos.equals("JJS") || pos.equals("POS")
                || pos.equals("PRP$") || pos.equals("CD") || t.word().equals("-");
    }

    /** "of" inside a title such as "Secretary of State": between two capitalised words. */
    private boolean isOfBetweenNames(int i) {
        if (!tokens.get(i).isWord("of") || i == 0 || i + 1 >= tokens.size()) {
            return false;
        }
        return tokens.get(i - 1).isProperNoun() && tokens.get(i + 1).isProperNoun();
    }
}
