package io.quotewire.query.persistence;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The WHERE clauses of a native query and their named parameters, built from the filters a request gave. */
public final class SqlWhere {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds a clause (AND-ed with the others) and the parameters it names. */
    public SqlWhere and(String clause, Map<String, Object> clauseParameters) {
        clauses.add(clause);
        parameters.putAll(clauseParameters);
        return this;
    }

    /** Adds parameters named by the query text itself rather than by a clause. */
    public SqlWhere with(Map<String, Object> queryParameters) {
        parameters.putAll(queryParameters);
        return this;
    }

    /** {@code " WHERE a AND b"}, or empty when no filter was given. */
    public String sql() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    /** {@code " AND a AND b"}, for appending to a clause of its own, or empty when no filter was given. */
    public String andSql() {
        return clauses.isEmpty() ? "" : " AND " + String.join(" AND ", clauses);
    }

    /** Binds every parameter onto {@code query}. */
    public Query bind(Query query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
