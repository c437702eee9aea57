package io.quotewire.query.domain;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * An article's word shingles, hashed: every run of {@link #WIDTH} consecutive words of its normalised text (case,
 * accents and punctuation set aside), as 64-bit murmur3 hashes. Their Jaccard overlap tells a wire copy from another
 * story: an edited copy with a new headline and a changed word here and there still shares 0.8 or more.
 */
public final class WordShingles {

    /** Words per shingle: three, so one changed word breaks three shingles, not five. */
    public static final int WIDTH = 3;

    private static final HashFunction MURMUR = Hashing.murmur3_128(0x5eed);

    private WordShingles() {}

    /** The distinct shingle hashes of {@code text}; empty when it has fewer than {@link #WIDTH} words. */
    public static Set<Long> of(String text) {
        String[] words = QuoteWords.of(text).split(" ");
        Set<Long> shingles = new HashSet<>();
        for (int i = 0; i + WIDTH <= words.length; i++) {
            String shingle = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + WIDTH));
            shingles.add(MURMUR.hashString(shingle, StandardCharsets.UTF_8).asLong());
        }
        return shingles;
    }

    /** |a ∩ b| / |a ∪ b|; 0 for two empty sets. */
    public static double jaccard(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<Long> smaller = a.size() <= b.size() ? a : b;
        Set<Long> larger = smaller == a ? b : a;
        long common = smaller.stream().filter(larger::contains).count();
        return (double) common / (a.size() + b.size() - common);
    }
}
