-- Why a name belongs to its entity, and the first article that gave it: "U.S." is a known name of the United
-- States, "Maxwell" is what an article called David Maxwell, "FDD" the acronym an article defined, "Kim Jong Un’s"
-- the same name once case, accents, dots, honorifics and the possessive are set aside. Earlier rows: the article's
-- own naming, which is all the merging there was.
ALTER TABLE entity_alias ADD COLUMN reason varchar(16) NOT NULL DEFAULT 'article'
    CHECK (reason IN ('canonical', 'spelling', 'known', 'article', 'acronym', 'value'));
ALTER TABLE entity_alias ADD COLUMN article_id varchar(64) REFERENCES article (id) ON DELETE SET NULL;
UPDATE entity_alias al SET reason = 'canonical' FROM entity e
    WHERE e.id = al.entity_id AND e.normalized_name = al.normalized_alias;
