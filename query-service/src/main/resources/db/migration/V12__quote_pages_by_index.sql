-- The quote lists read one B-tree range per page at any store size (issues 17 and 19). At 100,000 articles a
-- common name's about= page cost 127 ms at p99 and a prolific speaker's page 69 ms: the GIN indexes behind them
-- (V9's entity arrays) cannot stop early, so counting a thousand matches visited all of them, and every ordered
-- list joined the articles for their date.

-- 1. A quote carries its article's date, kept equal to it by the triggers below, so that quotes are ordered
--    newest first without a join.
ALTER TABLE quote ADD COLUMN article_received_at timestamptz;
UPDATE quote qu SET article_received_at = a.received_at FROM article a WHERE a.id = qu.article_id;

-- The writer sets it (from the article it is storing, whose row may still be the dateless stub); any other insert
-- takes the article's.
CREATE FUNCTION quote_article_date() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.article_received_at := (SELECT a.received_at FROM article a WHERE a.id = NEW.article_id);
    RETURN NEW;
END
$$;
CREATE TRIGGER quote_article_date BEFORE INSERT ON quote FOR EACH ROW WHEN (NEW.article_received_at IS NULL)
    EXECUTE FUNCTION quote_article_date();

-- An article re-ingested (reprocessing, or its ingest record arriving after its enrichment) gets a new date.
CREATE FUNCTION article_date_to_quotes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE quote SET article_received_at = NEW.received_at
    WHERE article_id = NEW.id AND article_received_at IS DISTINCT FROM NEW.received_at;
    RETURN NULL;
END
$$;
CREATE TRIGGER article_date_to_quotes AFTER UPDATE OF received_at ON article FOR EACH ROW
    WHEN (OLD.received_at IS DISTINCT FROM NEW.received_at) EXECUTE FUNCTION article_date_to_quotes();

-- A speaker's first occurrences, newest first, read in index order; quote_speaker_words_md5_idx (V8) already serves
-- every lookup by speaker_entity_id alone, so its plain index goes.
CREATE INDEX quote_said_idx ON quote (speaker_entity_id, article_received_at DESC NULLS LAST, article_id, start_offset, id)
    WHERE duplicate_of IS NULL AND speaker_entity_id IS NOT NULL;
DROP INDEX quote_speaker_entity_idx;
-- A speaker term matches a quote by its speaker's entity (the term names it, or the words of one of its names,
-- SqlTerms.speakerEntityIds), and a quote whose speaker has no entity ("the Obama administration") by the words of
-- the speaker's name. Those names are kept once each in unlinked_speaker, so a term finds them through a small GIN
-- index and reads each name's quotes newest first from quote_unlinked_said_idx, instead of a bitmap of every quote
-- whose speaker's name has the words (4,560 heap rows and 42 ms for "obama" at 57,000 articles). md5, not the
-- name: a B-tree entry cannot hold an arbitrarily long name.
DROP INDEX quote_speaker_words_idx;
CREATE TABLE unlinked_speaker (
    name_key text PRIMARY KEY,
    normalized_name text NOT NULL
);
CREATE INDEX unlinked_speaker_words_idx ON unlinked_speaker USING gin (to_tsvector('simple', normalized_name));
INSERT INTO unlinked_speaker (name_key, normalized_name)
SELECT DISTINCT md5(speaker_normalized_name), speaker_normalized_name FROM quote
WHERE speaker_entity_id IS NULL AND speaker_normalized_name IS NOT NULL;
CREATE INDEX quote_unlinked_said_idx ON quote
    (md5(speaker_normalized_name), article_received_at DESC NULLS LAST, article_id, start_offset, id)
    WHERE duplicate_of IS NULL AND speaker_entity_id IS NULL;

CREATE FUNCTION unlinked_speaker_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO unlinked_speaker (name_key, normalized_name)
    VALUES (md5(NEW.speaker_normalized_name), NEW.speaker_normalized_name) ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;
-- Names are never removed: a name whose quotes went is an empty range.
CREATE TRIGGER unlinked_speaker_name AFTER INSERT OR UPDATE OF speaker_entity_id, speaker_normalized_name ON quote
    FOR EACH ROW WHEN (NEW.speaker_entity_id IS NULL AND NEW.speaker_normalized_name IS NOT NULL)
    EXECUTE FUNCTION unlinked_speaker_name();

-- 2. What each quote is about, one row per (quote, entity) with the strongest way it names the entity (1: a name
--    inside the quote, 2: a pronoun inside it the NLP resolved to the entity, 3: its passage; AboutMatch.rank), in
--    the order about= lists them: an entity's page is one index range, its count stops after the cap. Only first
--    occurrences have rows (lists show a quote said again once, at its first occurrence), and no scare quote
--    ("end-of-war") is about anything, so a list with no other filter reads the index alone.
--    quote_entity_ids now holds the names inside the quote only, and reference_entity_ids the pronouns.
ALTER TABLE quote ADD COLUMN reference_entity_ids bigint[];
CREATE TABLE quote_about (
    quote_id bigint NOT NULL REFERENCES quote (id) ON DELETE CASCADE,
    entity_id bigint NOT NULL,
    kind smallint NOT NULL,
    article_received_at timestamptz,
    article_id varchar(64) NOT NULL,
    start_offset integer NOT NULL,
    PRIMARY KEY (quote_id, entity_id)
);
CREATE INDEX quote_about_page_idx ON quote_about
    (entity_id, kind, article_received_at DESC NULLS LAST, article_id, start_offset, quote_id);

-- The rows of one quote, from its entity arrays.
CREATE FUNCTION quote_about_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM quote_about WHERE quote_id = NEW.id;
    END IF;
    IF NEW.kind <> 'term' AND NEW.duplicate_of IS NULL THEN
        INSERT INTO quote_about (quote_id, entity_id, kind, article_received_at, article_id, start_offset)
        SELECT NEW.id, named.entity_id, min(named.kind), NEW.article_received_at, NEW.article_id, NEW.start_offset
        FROM (SELECT unnest(NEW.quote_entity_ids) AS entity_id, 1 AS kind
              UNION ALL SELECT unnest(NEW.reference_entity_ids), 2
              UNION ALL SELECT unnest(NEW.context_entity_ids), 3) named
        WHERE named.entity_id IS NOT NULL
        GROUP BY named.entity_id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER quote_about_inserted AFTER INSERT ON quote FOR EACH ROW EXECUTE FUNCTION quote_about_rows();
-- Hibernate writes every column of a changed quote: only a change of what the rows hold rewrites them. A quote
-- marked as a repeat loses its rows; one whose first occurrence went (ON DELETE SET NULL) gains them.
CREATE TRIGGER quote_about_updated AFTER UPDATE ON quote FOR EACH ROW
    WHEN (OLD.quote_entity_ids IS DISTINCT FROM NEW.quote_entity_ids
          OR OLD.reference_entity_ids IS DISTINCT FROM NEW.reference_entity_ids
          OR OLD.context_entity_ids IS DISTINCT FROM NEW.context_entity_ids
          OR OLD.article_received_at IS DISTINCT FROM NEW.article_received_at
          OR OLD.start_offset IS DISTINCT FROM NEW.start_offset
          OR OLD.kind IS DISTINCT FROM NEW.kind
          OR OLD.duplicate_of IS DISTINCT FROM NEW.duplicate_of)
    EXECUTE FUNCTION quote_about_rows();

-- Quotes stored before: their quote_entity_ids mixed names and pronouns (both were then "named inside the quote"),
-- so they count as names until their article is enriched again.
INSERT INTO quote_about (quote_id, entity_id, kind, article_received_at, article_id, start_offset)
SELECT qu.id, named.entity_id, min(named.kind), qu.article_received_at, qu.article_id, qu.start_offset
FROM quote qu
CROSS JOIN LATERAL (SELECT unnest(qu.quote_entity_ids) AS entity_id, 1 AS kind
                    UNION ALL SELECT unnest(qu.context_entity_ids), 3) named
WHERE qu.kind <> 'term' AND qu.duplicate_of IS NULL AND named.entity_id IS NOT NULL
GROUP BY qu.id, named.entity_id;

-- The arrays' GIN indexes served only about=, which now reads quote_about.
DROP INDEX quote_quote_entities_idx;
DROP INDEX quote_context_entities_idx;
