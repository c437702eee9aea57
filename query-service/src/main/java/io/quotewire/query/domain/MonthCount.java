package io.quotewire.query.domain;

/** How many of an entity's articles are dated in one month ({@code 2019-10}). */
public record MonthCount(String month, int articles) {}
