package io.quotewire.query.persistence;

import io.quotewire.query.domain.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Runs the read side's native SQL (full-text search and filters JPQL cannot say) with paging. */
@ApplicationScoped
public class NativeQueries {

    private final EntityManager entityManager;

    public NativeQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The rows of one page; a single-column select yields the values themselves, otherwise {@code Object[]}. */
    @SuppressWarnings("unchecked")
    public <T> List<T> page(String sql, SqlWhere where, PageRequest page) {
        return slice(sql, where, page.offset(), page.size());
    }

    /** At most {@code limit} rows of {@code sql} after the first {@code offset}. */
    @SuppressWarnings("unchecked")
    public <T> List<T> slice(String sql, SqlWhere where, int offset, int limit) {
        return where.bind(entityManager.createNativeQuery(sql))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The single number {@code sql} selects, e.g. a {@code count(*)}. */
    public long count(String sql, SqlWhere where) {
        return ((Number) where.bind(entityManager.createNativeQuery(sql)).getSingleResult()).longValue();
    }

    /** Every row of {@code sql}, unpaged. */
    @SuppressWarnings("unchecked")
    public <T> List<T> all(String sql, SqlWhere where) {
        return where.bind(entityManager.createNativeQuery(sql)).getResultList();
    }
}
