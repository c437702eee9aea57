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
