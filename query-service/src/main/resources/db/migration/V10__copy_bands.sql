-- Wire-copy candidates through a B-tree, one row per (band hash, article), instead of the GIN index over
-- article.lsh_bands (V8). The planner cannot estimate an array overlap: for the writer's prepared statement it chose a
-- sequential scan of every article (14 ms at 3,200 articles, 28 ms with the ordering, and growing with the store, the
-- largest part of de-duplication's cost). Here the candidates are 32 index lookups at any store size, counted by
-- shared bands in the same statement.
CREATE TABLE article_band (
    band bigint NOT NULL,
    article_id varchar(64) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    PRIMARY KEY (band, article_id)
);
CREATE INDEX article_band_article_idx ON article_band (article_id);
INSERT INTO article_band (band, article_id)
SELECT DISTINCT unnest(lsh_bands), id FROM article WHERE lsh_bands IS NOT NULL;
DROP INDEX article_lsh_idx;
ALTER TABLE article DROP COLUMN lsh_bands;
