package io.quotewire.query.service;

import io.quotewire.query.domain.MinHashBands;
import io.quotewire.query.domain.WordShingles;
import io.quotewire.query.persistence.Article;
import io.quotewire.query.persistence.CopyRows;
import io.quotewire.query.persistence.CopyRows.Candidate;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Marks wire copies and near-duplicates: an article whose word shingles overlap another's by Jaccard ≥
 * {@link #THRESHOLD} belongs to that article's group, and every member of a group is {@code copyOf} its earliest
 * (by publication, else arrival; then id), whatever order they were stored in.
 */
@ApplicationScoped
public class CopyFinder {

    /** The overlap from which two articles are the same story. */
    public static final double THRESHOLD = 0.8;
    /** Texts with fewer shingles are never compared: too short to tell a copy from a template. */
    public static final int MIN_SHINGLES = 100;

    private final CopyRows rows;

    public CopyFinder(CopyRows rows) {
        this.rows = rows;
    }

    /**
     * Sets {@code article.copyOf} (in the database and on {@code article}, which may be detached) and repoints the
     * copies it is earlier than. Call under {@link CopyRows#lock()}.
     *
     * @param excluded never candidates: the article itself and those written after it in the same transaction, not
     *     compared yet
     * @param replacing whether the article was enriched before, so that its earlier bands go
     * @return how many articles became copies: this one, and each earlier-stored original this one is older than
     */
    public int find(Article article, List<String> excluded, boolean replacing) {
        Set<Long> shingles = WordShingles.of(article.text);
        if (shingles.size() < MIN_SHINGLES) {
            rows.setBands(article.id, null, replacing);
            setCopyOf(article, null, null, replacing);
            return 0;
        }
        long[] bands = MinHashBands.of(shingles);
        rows.setBands(article.id, bands, replacing);
        // Each match's group, by its root (the original it points at, or itself), with the best overlap seen.
        Map<String, Float> overlapByRoot = new LinkedHashMap<>();
        for (Candidate candidate : rows.candidates(excluded, bands)) {
            double jaccard = WordShingles.jaccard(shingles, WordShingles.of(candidate.text()));
            if (jaccard >= THRESHOLD) {
                String root = candidate.copyOf() != null ? candidate.copyOf() : candidate.id();
                overlapByRoot.merge(root, (float) jaccard, Math::max);
            }
        }
        overlapByRoot.remove(article.id);
        if (overlapByRoot.isEmpty()) {
            setCopyOf(article, null, null, replacing);
            return 0;
        }
        Map<String, Instant> dated = new LinkedHashMap<>();
        dated.put(article.id, article.publishedAt != null ? article.publishedAt : article.receivedAt);
        overlapByRoot.keySet().forEach(root -> dated.put(root, rows.datedAt(root)));
        String original = dated.entrySet().stream()
                .min(Comparator.comparing((Map.Entry<String, Instant> e) -> e.getValue(),
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Map.Entry::getKey))
                .orElseThrow().getKey();
        int repointed = 0;
        for (Map.Entry<String, Float> root : overlapByRoot.entrySet()) {
            if (!root.getKey().equals(original)) {
                rows.repoint(root.getKey(), original, original.equals(article.id) ? root.getValue() : null);
                repointed++;
            }
        }
        if (original.equals(article.id)) {
            setCopyOf(article, null, null, replacing);
            return repointed;
        } else {
            setCopyOf(article, original, overlapByRoot.get(original) != null ? overlapByRoot.get(original)
                    : overlapByRoot.values().stream().max(Float::compare).orElseThrow(), replacing);
            return repointed + 1;
        }
    }

    /** Writes what the article is a copy of; an article stored for the first time is no copy unless found one. */
    private void setCopyOf(Article article, String original, Float similarity, boolean replacing) {
        if (original != null || replacing) {
            rows.setCopyOf(article.id, original, similarity);
        }
        article.copyOf = original;
        article.copySimilarity = similarity;
    }
}
