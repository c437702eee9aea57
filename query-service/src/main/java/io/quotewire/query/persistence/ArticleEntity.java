package io.quotewire.query.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Link saying that an article names a canonical entity. */
@Entity
@Table(name = "article_entity")
public class ArticleEntity extends PanacheEntityBase {

    @Id
    // Sequence ids (50 at a time, V3) rather than IDENTITY, which would turn Hibernate's insert batching off.
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_entity_id_seq")
    @SequenceGenerator(name = "article_entity_id_seq", sequenceName = "article_entity_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "article_id")
    public String articleId;

    @Column(name = "entity_id")
    public Long entityId;
}
