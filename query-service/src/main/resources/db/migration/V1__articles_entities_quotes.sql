-- Query-service read model: articles with their status, entities merged across articles, mentions and quotes.
-- Hibernate only validates this schema; every change is a new migration.

CREATE TABLE article (
    id              varchar(64) PRIMARY KEY,
    sha256          varchar(64),
    title           text,
    text            text,
    source          text,
    url             text,
    file_name       text,
    content_type    text,
    status          varchar(16) NOT NULL CHECK (status IN ('PROCESSING', 'FAILED', 'ENRICHED')),
    error           text,
    received_at     timestamptz,
    published_at    timestamptz,
    enriched_at     timestamptz,
    nlp_engine      text,
    nlp_version     text,
    nlp_annotators  text,
    nlp_millis      bigint,
    entity_count    integer NOT NULL DEFAULT 0,
    quote_count     integer NOT NULL DEFAULT 0,
    updated_at      timestamptz NOT NULL,
    -- Title weighs more than body in ranking; generated so it can never drift from the text.
    search_vector   tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A')
        || setweight(to_tsvector('english', coalesce(text, '')), 'B')) STORED
);
CREATE INDEX article_newest_idx ON article (received_at DESC NULLS LAST, id);
CREATE INDEX article_status_idx ON article (status);
CREATE INDEX article_search_idx ON article USING gin (search_vector);

-- One row per canonical entity across all articles: same type and same normalised name merge.
CREATE TABLE entity (
    id               bigserial PRIMARY KEY,
    type             varchar(32) NOT NULL,
    canonical_name   text NOT NULL,
    normalized_name  text NOT NULL,
    CONSTRAINT entity_type_name_uq UNIQUE (type, normalized_name)
);
CREATE INDEX entity_name_words_idx ON entity USING gin (to_tsvector('simple', normalized_name));

-- Every name an entity was seen under, the canonical name included, so one lookup answers name-or-alias.
CREATE TABLE entity_alias (
    id                bigserial PRIMARY KEY,
    entity_id         bigint NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    alias             text NOT NULL,
    normalized_alias  text NOT NULL,
    CONSTRAINT entity_alias_uq UNIQUE (entity_id, normalized_alias)
);
CREATE INDEX entity_alias_normalized_idx ON entity_alias (normalized_alias);
CREATE INDEX entity_alias_words_idx ON entity_alias USING gin (to_tsvector('simple', normalized_alias));

-- Which entities an article names (also those the NLP listed without a mention).
CREATE TABLE article_entity (
    id          bigserial PRIMARY KEY,
    article_id  varchar(64) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    entity_id   bigint NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    CONSTRAINT article_entity_uq UNIQUE (article_id, entity_id)
);
CREATE INDEX article_entity_entity_idx ON article_entity (entity_id);

CREATE TABLE mention (
    id            bigserial PRIMARY KEY,
    article_id    varchar(64) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    entity_id     bigint REFERENCES entity (id) ON DELETE SET NULL,
    text          text NOT NULL,
    type          varchar(32) NOT NULL,
    start_offset  integer NOT NULL,
    end_offset    integer NOT NULL
);
CREATE INDEX mention_article_idx ON mention (article_id, start_offset);
CREATE INDEX mention_entity_idx ON mention (entity_id);

CREATE TABLE quote (
    id                     bigserial PRIMARY KEY,
    article_id             varchar(64) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    text                   text NOT NULL,
    start_offset           integer NOT NULL,
    end_offset             integer NOT NULL,
    kind                   varchar(16) NOT NULL,
    cue                    text,
    confidence             double precision NOT NULL,
    speaker_name           text,
    speaker_entity_id      bigint REFERENCES entity (id) ON DELETE SET NULL,
    speaker_description    text,
    description_entity_id  bigint REFERENCES entity (id) ON DELETE SET NULL,
    mention_text           text,
    mention_start          integer,
    mention_end            integer,
    search_vector          tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED
);
CREATE INDEX quote_article_idx ON quote (article_id, start_offset);
CREATE INDEX quote_speaker_entity_idx ON quote (speaker_entity_id);
CREATE INDEX quote_speaker_words_idx ON quote USING gin (to_tsvector('simple', coalesce(speaker_name, '')));
CREATE INDEX quote_search_idx ON quote USING gin (search_vector);

-- Idempotency log: a message whose (topic, key, payload hash) is here was applied and is skipped if redelivered.
CREATE TABLE processed_message (
    topic         varchar(128) NOT NULL,
    message_key   varchar(128) NOT NULL,
    payload_hash  varchar(64) NOT NULL,
    processed_at  timestamptz NOT NULL,
    PRIMARY KEY (topic, message_key, payload_hash)
);
