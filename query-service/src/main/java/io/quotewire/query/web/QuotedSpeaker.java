package io.quotewire.query.web;

/** A row of the "who is quoted here" panel: the speaker, their role in this article, and how often they speak. */
public record QuotedSpeaker(String name, String role, String link, int quoteCount) {}
