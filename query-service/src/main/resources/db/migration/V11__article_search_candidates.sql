-- The first matching articles of a full-text query, ranked, through the GIN index (issue 17). Planned in the query
-- itself, a common word got a sequential scan: the planner counts an article's @@ as one cheap operator and not the
-- detoasting of its 4 KB search vector, so it expected to reach the first 200 matches sooner that way than through
-- the index (at 12,000 articles: 24-30 ms that way, 6 ms through the index for 'sanctions'). The SET clause holds only
-- while this function runs; every other query keeps the planner's own choice.
CREATE FUNCTION article_search_candidates(q tsquery, n integer)
RETURNS TABLE (id varchar, title text, rank real)
LANGUAGE sql STABLE
SET enable_seqscan = off
AS $$
    SELECT a.id, a.title, ts_rank(a.search_vector, q) FROM article a WHERE a.search_vector @@ q LIMIT n
$$;
