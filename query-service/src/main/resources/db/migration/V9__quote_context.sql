-- "Who was quoted about X" (issue 19): a quote is about X when X is in its words, or in the passage it answers —
-- the paragraph before the quote's, its own paragraph up to it, and the rest of its sentence after it (the cue
-- clause: "…,” said David Straub, retired senior U.S. diplomat"). The writer computes that passage from the article
-- text when it stores a quote (QuoteContext): [context_start, context_end) indexes the article text like the
-- quote's own offsets, and context holds the passage's words without the quote's.
ALTER TABLE quote ADD COLUMN context text;
ALTER TABLE quote ADD COLUMN context_start integer;
ALTER TABLE quote ADD COLUMN context_end integer;
ALTER TABLE quote ADD COLUMN context_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('english', coalesce(context, ''))) STORED;
CREATE INDEX quote_context_search_idx ON quote USING gin (context_vector);
-- Quotes stored before this migration have no passage yet (context_start IS NULL): QuoteContextBackfill fills them
-- at start, in batches, with the same QuoteContext the writer uses, so no stored quote misses the feature. This
-- partial index finds what is left to fill and is empty once the backfill is done.
CREATE INDEX quote_context_missing_idx ON quote (id) WHERE context_start IS NULL;
-- The entities named inside the quote (a "reference" when the quote names it otherwise) and in its passage (not the
-- words naming its speaker), from the article's mentions at storage time, so about= finds a common entity's quotes
-- through two GIN indexes instead of probing every one of its mentions (165 ms for a common place at 10,000
-- articles). Filled by the writer and, for older quotes, by QuoteContextBackfill with the passage.
ALTER TABLE quote ADD COLUMN quote_entity_ids bigint[];
ALTER TABLE quote ADD COLUMN context_entity_ids bigint[];
CREATE INDEX quote_quote_entities_idx ON quote USING gin (quote_entity_ids);
CREATE INDEX quote_context_entities_idx ON quote USING gin (context_entity_ids);
