package io.quotewire.nlp.rest;

import io.quotewire.contracts.ArticleEnriched;
import java.util.List;

/** Answer of {@code POST /enrich}: the same entities, mentions and quotes an enriched article event carries. */
public record EnrichResponse(
        List<ArticleEnriched.Entity> entities,
        List<ArticleEnriched.Mention> mentions,
        List<ArticleEnriched.Quote> quotes,
        ArticleEnriched.NlpInfo nlp) {}
