package io.quotewire.query.persistence;

import io.quotewire.query.domain.AboutMatch;
import io.quotewire.query.domain.PageRequest;
import io.quotewire.query.domain.Total;
import io.quotewire.query.persistence.QuoteQueries.QuoteMatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code about=} for a term that names entities: the quotes the NLP found naming them, referring to them or answering
 * a passage that names them, read from {@code quote_about} (V12) one B-tree range per entity, already in the list's
 * order (strongest match, newest article, text order), so a page and its count stop after what they need at any
 * store size. Only listed quotes (first occurrences, no scare quotes) have rows: without other filters the index
 * alone answers.
 */
@ApplicationScoped
public class QuotesAboutEntities {

    private static final String ORDER = " ORDER BY x.kind, x.article_received_at DESC NULLS LAST, x.article_id,"
            + " x.start_offset, x.quote_id";

    private final NativeQueries nativeQueries;

    public QuotesAboutEntities(NativeQueries nativeQueries) {
        this.nativeQueries = nativeQueries;
    }

    /**
     * One page of the quotes about any of {@code entityIds} that also match {@code filters} (speaker, dates, words
     * over {@code qu}; maybe none), each by its strongest match; the total is exact up to
     * {@link QuoteQueries#COUNT_CAP}, a lower bound past it.
     */
    public IdPage<QuoteMatch> find(List<Long> entityIds, SqlWhere filters, PageRequest page) {
        // Each entity's first offset + size rows hold every quote of the page: a quote's best row across the
        // entities is preceded in its own entity's range only by rows of quotes ahead of it in the page order.
        String pageSql = "SELECT b.quote_id, min(b.kind) FROM (" + ranges(entityIds, filters, page.offset() + page.size())
                + ") b GROUP BY b.quote_id, b.article_received_at, b.article_id, b.start_offset"
                + " ORDER BY min(b.kind), b.article_received_at DESC NULLS LAST, b.article_id, b.start_offset, b.quote_id";
        List<Object[]> rows = nativeQueries.page(pageSql, filters, page);
        List<QuoteMatch> matches = rows.stream()
                .map(row -> new QuoteMatch(((Number) row[0]).longValue(), AboutMatch.ofRank(((Number) row[1]).intValue())))
                .toList();
        if (page.offset() == 0 && matches.size() < page.size()) {
            return new IdPage<>(matches, new Total(matches.size(), false));
        }
        String countSql = "SELECT count(DISTINCT c.quote_id) FROM ("
                + ranges(entityIds, filters, QuoteQueries.COUNT_CAP + 1) + ") c";
        return new IdPage<>(matches, Total.capped(nativeQueries.count(countSql, filters), QuoteQueries.COUNT_CAP));
    }

    /** The first {@code limit} rows of each entity's range that pass the filters, one sub-select each. */
    private static String ranges(List<Long> entityIds, SqlWhere filters, int limit) {
        String from = filters.andSql().isEmpty() ? " FROM quote_about x"
                : " FROM quote_about x JOIN quote qu ON qu.id = x.quote_id";
        // Ids come from the database as numbers, so writing them into the SQL is safe.
        return entityIds.stream()
                .map(id -> "(SELECT x.quote_id, x.kind, x.article_received_at, x.article_id, x.start_offset" + from
                        + " WHERE x.entity_id = " + id + filters.andSql() + ORDER + " LIMIT " + limit + ")")
                .collect(Collectors.joining(" UNION ALL "));
    }
}
