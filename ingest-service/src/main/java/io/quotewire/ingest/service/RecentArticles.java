package io.quotewire.ingest.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quotewire.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;

/**
 * The article ids this ingest published (broker acknowledged) or learnt that query-service holds, most recent first,
 * up to {@code quotewire.ingest.recent-articles}: a re-drop of one of them is a duplicate without asking anyone.
 */
// Every new file used to cost a query-service round trip before it could be published; remembering what we put on
// the topic ourselves answers the common re-drop (minutes later) locally. What was published before this process
// started, or was forgotten since, is still asked of query-service.
@ApplicationScoped
public class RecentArticles {

    private final Cache<String, Boolean> ids;

    @Inject
    public RecentArticles(IngestConfig config) {
        this(config.ingest().recentArticles());
    }

    RecentArticles(int capacity) {
        // Evictions run on the calling thread: they are cheap, and the bound then holds at every moment.
        this.ids = Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).build();
    }

    /** Whether {@code articleId} is known to be on the topic already. */
    public boolean contains(String articleId) {
        return ids.getIfPresent(articleId) != null;
    }

    /** Remembers {@code articleId} as on the topic (acknowledged by the broker, or held by query-service). */
    public void add(String articleId) {
        ids.put(articleId, Boolean.TRUE);
    }

    /** How many ids are remembered now (at most {@code quotewire.ingest.recent-articles}). */
    public long size() {
        ids.cleanUp();
        return ids.estimatedSize();
    }

    /** Remembers all of {@code articleIds}. */
    public void addAll(Collection<String> articleIds) {
        articleIds.forEach(this::add);
    }
}
