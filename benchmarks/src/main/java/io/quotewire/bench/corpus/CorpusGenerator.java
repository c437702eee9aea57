package io.quotewire.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds any number of news articles, deterministically from a seed, by recombining real paragraphs and adding
 * quotations of real sentences by named people, in the shapes news uses (attribution before, after, and later by
 * surname alone).
 */
public final class CorpusGenerator {

    private final ParagraphPool pool;
    private final long seed;

    public CorpusGenerator(ParagraphPool pool, long seed) {
        this.pool = pool;
        this.seed = seed;
    }

    /** {@code count} articles; the same pool, seed and count give the same articles. */
    public List<GeneratedArticle> generate(int count) {
        Random random = new Random(seed);
        NamePool names = new NamePool(random);
        List<GeneratedArticle> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(article(i, random, names));
        }
        return articles;
    }

    private GeneratedArticle article(int number, Random random, NamePool names) {
        List<String> body = new ArrayList<>();
        int realParagraphs = 4 + random.nextInt(7);
        for (int p = 0; p < realParagraphs; p++) {
            boolean quoted = !pool.quoted().isEmpty() && random.nextInt(10) < 4;
            body.add(pick(quoted ? pool.quoted() : pool.plain(), random));
        }
        List<String> speakers = new ArrayList<>();
        int quotedPeople = 1 + random.nextInt(3);
        for (int q = 0; q < quotedPeople; q++) {
            String speaker = names.person();
            speakers.add(speaker);
            body.add(random.nextInt(body.size() + 1), quoteParagraph(speaker, names.affiliation(), random));
        }
        String title = headline(pick(pool.statements(), random));
        String byline = "By " + names.person() + " · Bench Wire story " + seed + "-" + number;
        return new GeneratedArticle(title, title + "\n" + byline + "\n" + String.join("\n", body), speakers);
    }

    /** A paragraph quoting the speaker twice: once introduced in full, then by surname. */
    private String quoteParagraph(String speaker, String affiliation, Random random) {
        String first = pick(pool.statements(), random);
        String second = pick(pool.statements(), random);
        String surname = speaker.substring(speaker.indexOf(' ') + 1);
        return switch (random.nextInt(3)) {
            case 0 -> "“" + asClause(first) + "” said " + speaker + ", " + affiliation + ". “" + second + "” "
                    + surname + " added.";
            case 1 -> speaker + ", " + affiliation + ", said: “" + first + "” " + surname + " also said: “"
                    + second + "”";
            default -> "“" + first + "” " + speaker + " told reporters. “" + asClause(second) + "” " + surname
                    + " said.";
        };
    }

    /** "A sentence." → "A sentence," as it reads before "said …". */
    private static String asClause(String sentence) {
        return sentence.substring(0, sentence.length() - 1) + ",";
    }

    /** A headline from a sentence: at most 12 words, no final full stop. */
    private static String headline(String sentence) {
        String[] words = sentence.substring(0, sentence.length() - 1).split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 12)));
    }

    private static String pick(List<String> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
