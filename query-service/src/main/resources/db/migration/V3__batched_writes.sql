-- Hibernate takes mention, quote and article_entity ids 50 at a time from these sequences (allocationSize 50),
-- so that an article's rows go to the database as JDBC batches instead of one INSERT each. Existing ids stay
-- valid: the next value handed out is above every id given so far.
ALTER SEQUENCE mention_id_seq INCREMENT BY 50;
ALTER SEQUENCE quote_id_seq INCREMENT BY 50;
ALTER SEQUENCE article_entity_id_seq INCREMENT BY 50;
