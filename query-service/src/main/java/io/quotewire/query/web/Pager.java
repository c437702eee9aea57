package io.quotewire.query.web;

import io.quotewire.query.domain.Page;

/** "Previous / next" links of a paged list; a link is null where there is no such page. */
public record Pager(int page, long total, boolean totalIsLowerBound, int from, int to, String previous, String next) {

    /**
     * The pager of {@code shown}, where {@code linkTo} is the current address without its page parameter, ending
     * in {@code ?} or {@code &}.
     */
    static Pager of(Page<?> shown, String linkTo) {
        int from = shown.items().isEmpty() ? 0 : shown.page() * shown.size() + 1;
        int to = shown.page() * shown.size() + shown.items().size();
        String previous = shown.page() > 0 ? linkTo + "page=" + (shown.page() - 1) : null;
        // A capped total ("1000+") says more pages may follow a full one, even past the cap.
        boolean more = to < shown.total() || (shown.totalIsLowerBound() && shown.items().size() == shown.size());
        String next = more ? linkTo + "page=" + (shown.page() + 1) : null;
        return new Pager(shown.page(), shown.total(), shown.totalIsLowerBound(), from, to, previous, next);
    }
}
