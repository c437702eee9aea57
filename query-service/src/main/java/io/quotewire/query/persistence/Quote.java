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
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored quotation or reported statement with its speaker, {@code [start, end)} in the article text. */
@Entity
@Table(name = "quote")
public class Quote extends PanacheEntityBase {

    @Id
    // Sequence ids (50 at a time, V3) rather than IDENTITY, which would turn Hibernate's insert batching off.
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quote_id_seq")
    @SequenceGenerator(name = "quote_id_seq", sequenceName = "quote_id_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    public Article article;

    public String text;

    @Column(name = "start_offset")
    public int start;

    @Column(name = "end_offset")
    public int end;

    public String kind;
    public String cue;
    public double confidence;

    @Column(name = "speaker_name")
    public String speakerName;

    /** {@link #speakerName} normalised for the speaker filters. */
    @Column(name = "speaker_normalized_name")
    public String speakerNormalizedName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_entity_id")
    public NamedEntity speakerEntity;

    @Column(name = "speaker_description")
    public String speakerDescription;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "description_entity_id")
    public NamedEntity descriptionEntity;

    @Column(name = "mention_text")
    public String mentionText;

    @Column(name = "mention_start")
    public Integer mentionStart;

    @Column(name = "mention_end")
    public Integer mentionEnd;

    /** The quote's words as repeats are compared (see QuoteWords). */
    @Column(name = "normalized_text")
    public String normalizedText;

    /** Hashes of the first and last words of {@link #normalizedText}, by which similar quotes are looked up. */
    @Column(name = "words_head")
    public String wordsHead;

    @Column(name = "words_tail")
    public String wordsTail;

    /** The id of the first occurrence of this quote when it was said before (by the same speaker), else null. */
    @Column(name = "duplicate_of")
    public Long duplicateOf;

    /**
     * Its article's {@code receivedAt}, by which the lists order quotes without a join (V12); set by the writer, and
     * kept equal to the article's by a trigger when that changes.
     */
    @Column(name = "article_received_at")
    public Instant articleReceivedAt;

    /** The passage the quote answers (see QuoteContext), without the quote's words; null until filled. */
    public String context;

    @Column(name = "context_start")
    public Integer contextStart;

    @Column(name = "context_end")
    public Integer contextEnd;

    /** The entities named inside the quote, null until filled. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "quote_entity_ids", columnDefinition = "bigint[]")
    public Long[] quoteEntityIds;

    /** The entities a pronoun inside the quote refers to ("he" for Kim Jong Un), those not also named in it. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "reference_entity_ids", columnDefinition = "bigint[]")
    public Long[] referenceEntityIds;

    /** The entities mentioned in its passage, outside the quote and the words naming its speaker; null until filled. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "context_entity_ids", columnDefinition = "bigint[]")
    public Long[] contextEntityIds;
}
