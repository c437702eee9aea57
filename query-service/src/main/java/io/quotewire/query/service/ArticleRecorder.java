package io.quotewire.query.service;

import io.quotewire.contracts.ArticleIngested;
import io.quotewire.query.mapping.ArticleEventMapper;
import io.quotewire.query.persistence.Article;
import io.quotewire.query.persistence.ArticleStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Upserts an article row by id and moves its status forward only, whatever order the events arrive in; an event's
 * fields are applied with its status, so a late ingested event cannot blank what the enriched one filled in.
 */
@ApplicationScoped
public class ArticleRecorder {

    private final EntityManager entityManager;
    private final ArticleEventMapper mapper;

    public ArticleRecorder(EntityManager entityManager, ArticleEventMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /**
     * The article of {@code event}, created if new and locked for this transaction, with {@code status} and the event's
     * fields applied unless the article is already further along: the NLP fills in fields ingest left empty (a
     * dateline's publication day), and a late ingested event would otherwise empty them again.
     *
     * @return the article, and whether {@code status} was applied
     */
    public Recorded record(ArticleIngested event, ArticleStatus status, String error) {
        Article article = lockOrCreate(event.id());
        return apply(event, article, status, error, Instant.now());
    }

    /**
     * {@link #record} for several articles at once (distinct ids): one insert for those not stored yet and one
     * select that locks them all, in id order so that two writers wait instead of deadlocking. In input order.
     */
    public List<Recorded> recordAll(List<ArticleIngested> events, ArticleStatus status, String error) {
        List<String> ids = events.stream().map(ArticleIngested::id).sorted().toList();
        Instant now = Instant.now();
        entityManager.createNativeQuery("""
                        INSERT INTO article (id, status, updated_at)
                        SELECT id, 'PROCESSING', :now FROM unnest(cast(:ids AS text[])) AS n(id) ORDER BY id
                        ON CONFLICT (id) DO NOTHING""")
                .setParameter("ids", ids.toArray(String[]::new))
                .setParameter("now", now)
                .executeUpdate();
        Map<String, Article> locked = new HashMap<>();
        entityManager.createQuery("FROM Article a WHERE a.id IN :ids ORDER BY a.id", Article.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .forEach(article -> locked.put(article.id, article));
        List<Recorded> recorded = new ArrayList<>();
        for (ArticleIngested event : events) {
            recorded.add(apply(event, locked.get(event.id()), status, error, now));
        }
        return recorded;
    }

    private Recorded apply(ArticleIngested event, Article article, ArticleStatus status, String error, Instant now) {
        boolean applied = article.status.mayBecome(status);
        // A row failed before any event described it (an unstorable record) still takes the event's fields.
        if (applied || article.receivedAt == null) {
            mapper.copyInto(event, article);
        }
        if (applied) {
            article.status = status;
            article.error = error;
        }
        article.updatedAt = now;
        return new Recorded(article, applied);
    }

    /**
     * The article of a reprocess request, back to {@code processing} with the request's fields, unless the NLP's
     * answer to this very request was stored already: the answer carries the request's {@code receivedAt} (the NLP
     * copies the article it was given), so the stored one equals it. Equality, not order, so that no clock of another
     * service has to agree with this one.
     */
    public Recorded reopen(ArticleIngested request) {
        Article article = lockOrCreate(request.id());
        boolean answered = article.status != ArticleStatus.PROCESSING && article.receivedAt != null
                && article.receivedAt.equals(request.receivedAt());
        if (!answered) {
            mapper.copyInto(request, article);
            article.status = ArticleStatus.PROCESSING;
            article.error = null;
            article.updatedAt = Instant.now();
        }
        return new Recorded(article, !answered);
    }

    /** Article {@code id}, created if new, {@code failed} with {@code reason} unless it is already enriched. */
    public void fail(String id, String reason) {
        Article article = lockOrCreate(id);
        if (article.status.mayBecome(ArticleStatus.FAILED)) {
            article.status = ArticleStatus.FAILED;
            article.error = reason;
            article.updatedAt = Instant.now();
        }
    }

    private Article lockOrCreate(String id) {
        // Three consumers may see the same article at once: insert-if-absent, then lock the row.
        entityManager.createNativeQuery("""
                        INSERT INTO article (id, status, updated_at) VALUES (:id, 'PROCESSING', :now)
                        ON CONFLICT (id) DO NOTHING""")
                .setParameter("id", id)
                .setParameter("now", Instant.now())
                .executeUpdate();
        return entityManager.find(Article.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** An article after recording, and whether the requested status took effect. */
    public record Recorded(Article article, boolean statusApplied) {}
}
