-- The similar quotes of a speaker (issue 17): a quote long enough is compared by similarity() with the speaker's first
-- occurrences that share its first or its last six words. How many share them has no bound: during a bulk fill,
-- with the comparison already the costliest statement of a stored article (1.7 ms an article up to 10,000 articles,
-- 3.3 ms past 10,000, and growing), a 44-character quote had 153 such candidates. With the id in the key, each of
-- the two lookups reads only the newest few (QuoteRepeats.SIMILAR_CANDIDATES) straight from the index, newest first.
DROP INDEX quote_speaker_head_idx;
CREATE INDEX quote_speaker_head_idx ON quote (speaker_entity_id, words_head, id)
    WHERE speaker_entity_id IS NOT NULL AND duplicate_of IS NULL;
DROP INDEX quote_speaker_tail_idx;
CREATE INDEX quote_speaker_tail_idx ON quote (speaker_entity_id, words_tail, id)
    WHERE speaker_entity_id IS NOT NULL AND duplicate_of IS NULL;
