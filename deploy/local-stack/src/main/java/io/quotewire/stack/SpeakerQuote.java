package io.quotewire.stack;

/** One quote as query-service lists it: who said it (may be unknown), their role, and the words. */
public record SpeakerQuote(String speaker, String role, String text, String articleTitle) {}
