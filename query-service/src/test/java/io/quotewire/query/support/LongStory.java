package io.quotewire.query.support;

import java.util.List;
import java.util.Random;

/** A long article text of news-like words, different for every seed, for tests of copy detection. */
public final class LongStory {

    private static final List<String> WORDS = List.of("talks", "broke", "down", "after", "eight", "hours", "in",
            "the", "capital", "officials", "said", "on", "monday", "that", "sanctions", "would", "stay", "until",
            "both", "sides", "agreed", "a", "new", "round", "negotiators", "left", "without", "a", "statement",
            "while", "analysts", "warned", "of", "missile", "tests", "and", "a", "deadline", "at", "year", "end",
            "the", "envoy", "flew", "home", "ministry", "denied", "any", "deal", "was", "near", "reporters",
            "waited", "outside", "embassy", "gates", "for", "news", "which", "never", "came", "before", "dawn");

    private LongStory() {}

    /** {@code words} words drawn from a fixed vocabulary by {@code seed}, with {@code tag} every 40 words. */
    public static String of(long seed, String tag, int words) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i % 40 == 0 ? tag : WORDS.get(random.nextInt(WORDS.size()))).append(i % 17 == 16 ? ".\n" : " ");
        }
        return text.toString().strip() + ".";
    }
}
