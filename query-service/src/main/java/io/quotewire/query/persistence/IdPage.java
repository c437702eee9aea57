package io.quotewire.query.persistence;

import io.quotewire.query.domain.Total;
import java.util.List;

/** The ids on one page of a filtered list, in order, and how many rows match in all. */
public record IdPage<T>(List<T> ids, Total total) {}
