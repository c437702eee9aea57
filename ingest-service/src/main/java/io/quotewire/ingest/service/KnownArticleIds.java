package io.quotewire.ingest.service;

import io.quotewire.ingest.domain.ArticleIdSet;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The ids of every article any ingest accepted: this one's own, and all that {@code articles.ids} holds (read from
 * its beginning at start-up and followed from then on). A re-drop of one of them is a duplicate, whether or not
 * query-service is running. {@link #loaded()} once the topic was read up to where it ended at start-up.
 */
@ApplicationScoped
public class KnownArticleIds {

    private final ArticleIdSet ids = new ArticleIdSet();
    /** End offset (exclusive) each assigned partition had when it was assigned, until read that far. */
    private final Map<Integer, Long> unread = new ConcurrentHashMap<>();
    private final CountDownLatch assigned = new CountDownLatch(1);

    /** Whether an article with {@code articleId} was accepted before. */
    public boolean contains(String articleId) {
        return ids.contains(articleId);
    }

    /** Remembers {@code articleId} as accepted. */
    public void add(String articleId) {
        ids.add(articleId);
    }

    /** How many ids are known. */
    public int size() {
        return ids.size();
    }

    /** The partitions of {@code articles.ids} to read, each up to its end offset at assignment (exclusive). */
    public void assignedPartitions(Map<Integer, Long> endOffsets, Map<Integer, Long> beginningOffsets) {
        endOffsets.forEach((partition, end) -> {
            if (end > beginningOffsets.getOrDefault(partition, 0L)) {
                unread.put(partition, end);
            } else {
                unread.remove(partition);
            }
        });
        assigned.countDown();
    }

    /** The consumer is no longer reading {@code partitions}: another ingest of the same group took them. */
    public void revokedPartitions(Collection<Integer> partitions) {
        partitions.forEach(unread::remove);
    }

    /** A record of {@code articles.ids} was read. */
    public void read(int partition, long offset, String articleId) {
        if (articleId != null) {
            ids.add(articleId);
        }
        unread.computeIfPresent(partition, (p, end) -> offset + 1 >= end ? null : end);
    }

    /** Whether the ids that were on the topic at start-up have all been read. */
    public boolean loaded() {
        return assigned.getCount() == 0 && unread.isEmpty();
    }

    /** Waits up to {@code bound} for {@link #loaded()}; answers whether it is. */
    public boolean awaitLoaded(Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        try {
            if (!assigned.await(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                return false;
            }
            while (!unread.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return loaded();
    }
}
