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

    @Column(name = "normalized_alias")
    public String normalizedAlias;
}
