-- Wire copies and near-duplicates: an article whose word shingles overlap an earlier one's by Jaccard >= 0.8 is
-- copy_of that earlier article (the earliest of its copies). lsh_bands holds the MinHash signature's band hashes, so
-- that finding the candidates is one GIN lookup at any store size; the exact Jaccard is computed on their texts.
ALTER TABLE article ADD COLUMN copy_of varchar(64) REFERENCES article (id) ON DELETE SET NULL;
ALTER TABLE article ADD COLUMN copy_similarity real;
ALTER TABLE article ADD COLUMN lsh_bands bigint[];
CREATE INDEX article_copy_of_idx ON article (copy_of);
CREATE INDEX article_lsh_idx ON article USING gin (lsh_bands);

-- A quote said again (in a copy, or quoted by another outlet) is stored with each article but points at its first
-- occurrence: same speaker entity and the same normalised words, or pg_trgm similarity >= 0.8 for longer quotes.
-- Lists, counts and speaker pages show only first occurrences (duplicate_of IS NULL), with where else each appeared.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
ALTER TABLE quote ADD COLUMN normalized_text text;
ALTER TABLE quote ADD COLUMN duplicate_of bigint REFERENCES quote (id) ON DELETE SET NULL;
-- Hashes of the first and of the last six normalised words: a quote edited in one place keeps one of them, so the
-- similar quotes of a speaker are found by two index lookups, and only those few are compared by similarity().
-- (A trigram index was tried first: the planner walked all of a speaker's quotes instead, 40 ms a quote at 2,000
-- articles, and it grows with the store.)
ALTER TABLE quote ADD COLUMN words_head varchar(32);
ALTER TABLE quote ADD COLUMN words_tail varchar(32);
CREATE INDEX quote_duplicate_of_idx ON quote (duplicate_of) WHERE duplicate_of IS NOT NULL;
-- md5, not the text: a B-tree entry cannot hold a quote of several kilobytes.
CREATE INDEX quote_speaker_words_md5_idx ON quote (speaker_entity_id, md5(normalized_text))
    WHERE speaker_entity_id IS NOT NULL;
CREATE INDEX quote_speaker_head_idx ON quote (speaker_entity_id, words_head)
    WHERE speaker_entity_id IS NOT NULL AND duplicate_of IS NULL;
CREATE INDEX quote_speaker_tail_idx ON quote (speaker_entity_id, words_tail)
    WHERE speaker_entity_id IS NOT NULL AND duplicate_of IS NULL;
