package io.quotewire.engine.eval;

import java.util.List;

/** One annotated article: its text and the gold quotes that have a speaker type (terms are left out). */
public record GoldArticle(String id, String text, List<ScoredQuote> quotes) {}
