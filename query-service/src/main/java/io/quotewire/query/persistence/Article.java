package io.quotewire.query.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Stored article: its text, where it came from, its pipeline status and the NLP that enriched it. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    public String id;

    public String sha256;
    public String title;
    // Lazy (Quarkus enhances entities at build time, so a field can be): a list of quotes or articles joins the
    // articles for their titles, and loading the texts too read one from TOAST and sent it once per quote listed.
    @Basic(fetch = FetchType.LAZY)
    public String text;
    public String source;
    public String url;

    /** The writer (or a mail's sender) as the document names them, or null. */
    public String author;

    /** The publication the document says it appeared in (a web page's og:site_name), or null. */
    @Column(name = "site_name")
    public String siteName;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type")
    public String contentType;

    @Enumerated(EnumType.STRING)
    public ArticleStatus status;

    public String error;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "enriched_at")
    public Instant enrichedAt;

    @Column(name = "nlp_engine")
    public String nlpEngine;

    @Column(name = "nlp_version")
    public String nlpVersion;

    /** Comma-separated annotator names, e.g. {@code tokenize,ssplit,pos,lemma,ner}. */
    @Column(name = "nlp_annotators")
    public String nlpAnnotators;

    @Column(name = "nlp_millis")
    public Long nlpMillis;

    @Column(name = "entity_count")
    public int entityCount;

    @Column(name = "quote_count")
    public int quoteCount;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The earliest article this one is a copy of (word-shingle Jaccard >= 0.8), or null. */
    @Column(name = "copy_of")
    public String copyOf;

    /** The Jaccard overlap with {@link #copyOf}. */
    @Column(name = "copy_similarity")
    public Float copySimilarity;
}
