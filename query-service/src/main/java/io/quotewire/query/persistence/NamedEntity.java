package io.quotewire.query.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A canonical entity shared by every article that names it: one row per type and merge key. */
@Entity
@Table(name = "entity")
public class NamedEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String type;

    @Column(name = "canonical_name")
    public String canonicalName;

    /** What the entity merges by: the spelling key of its name (see EntityKeys), or its value. */
    @Column(name = "normalized_name")
    public String normalizedName;

    /** The value a DATE, TIME, MONEY or PERCENT stands for ("2019-10-05"), null for names. */
    public String value;
}
