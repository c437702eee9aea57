package io.quotewire.engine.model;

import java.util.List;

/** Everything the NLP found in one text: canonical entities, their mentions, and attributed quotes. */
public record TextAnalysis(List<CanonicalEntity> entities, List<EntityMention> mentions, List<AttributedQuote> quotes) {}
