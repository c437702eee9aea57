package io.quotewire.query.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One name an entity was seen under ("Maxwell" for David Maxwell), the canonical name included. */
@Entity
@Table(name = "entity_alias")
public class EntityAlias extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entity_id")
    public Long entityId;

    public String alias;

    /** The alias's spelling key, which lookups by name compare (see EntityKeys). */
    @Column(name = "normalized_alias")
    public String normalizedAlias;

    /** Why the name belongs to the entity (see AliasReason). */
    public String reason;

    /** The first article that gave the name, null when that article is gone. */
    @Column(name = "article_id")
    public String articleId;
}
