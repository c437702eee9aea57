package io.quotewire.query.web;

/** An entity named in an article, linked to its page, with how often the article names it. */
public record EntityChip(String name, String link, int mentions) {}
