-- Dates, times, sums of money and percentages keep the value the NLP normalised them to ("October 5" in an article
-- of October 2019 is 2019-10-05): on each mention, and on the entity, which merges such entities across articles by
-- type and value instead of by spelling ("Oct. 5" and "October 5" of 2019 are one date; "October 5" of 2020 another).
ALTER TABLE mention ADD COLUMN value text;
ALTER TABLE entity ADD COLUMN value text;

-- The day an article counts as published for the from/to filters: when it was published (request, document
-- metadata or dateline), else when it arrived. Generated, so it never drifts from the two it is made of.
ALTER TABLE article ADD COLUMN dated_at timestamptz GENERATED ALWAYS AS (coalesce(published_at, received_at)) STORED;
CREATE INDEX article_dated_idx ON article (dated_at DESC, id);
