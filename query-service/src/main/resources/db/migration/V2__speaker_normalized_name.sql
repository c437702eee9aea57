-- Speaker filters compare the words of normalised names on both sides (case and accents removed, possessive
-- stripped, by the service's NameNormalizer), so "Segolene" finds "Ségolène Royal" as "Kim" finds "Kim Myong Gil".
ALTER TABLE quote ADD COLUMN speaker_normalized_name text;
UPDATE quote SET speaker_normalized_name = lower(speaker_name);
DROP INDEX quote_speaker_words_idx;
CREATE INDEX quote_speaker_words_idx ON quote USING gin (to_tsvector('simple', coalesce(speaker_normalized_name, '')));
