package io.quotewire.query.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One place an entity is named in an article's text, {@code [start, end)}. */
@Entity
@Table(name = "mention")
public class Mention extends PanacheEntityBase {

    @Id
    // Sequence ids (50 at a time, V3) rather than IDENTITY, which would turn Hibernate's insert batching off.
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mention_id_seq")
    @SequenceGenerator(name = "mention_id_seq", sequenceName = "mention_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "article_id")
    public String articleId;

    /** Null when the NLP gave a mention without a known entity. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "entity_id")
    public NamedEntity entity;

    public String text;
    public String type;

    @Column(name = "start_offset")
    public int start;

    @Column(name = "end_offset")
    public int end;

    /** The normalised value of a DATE, TIME, MONEY or PERCENT mention ("2019-10-05"), null for names. */
    public String value;
}
