package io.quotewire.ingest.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the duplicates among one request's article ids: an id seen earlier in the request, one this ingest recently
 * published ({@link RecentArticles}), or one query-service already holds.
 */
@ApplicationScoped
public class DuplicateCheck {

    /** Beyond the REST client's own timeouts (connect 500 ms + read 1 s), so only a hung client ever reaches it. */
    private static final Duration LOOKUP_BOUND = Duration.ofSeconds(5);

    private final RecentArticles recent;
    private final KnownArticles knownArticles;

    public DuplicateCheck(RecentArticles recent, KnownArticles knownArticles) {
        this.recent = recent;
        this.knownArticles = knownArticles;
    }

    /** For each of {@code articleIds}, in order: whether it is a duplicate (so must not be published again). */
    public List<Boolean> duplicates(List<String> articleIds) {
        Set<String> toAsk = new LinkedHashSet<>();
        for (String id : articleIds) {
            if (!recent.contains(id)) {
                toAsk.add(id);
            }
        }
        Set<String> held = heldByQueryService(new ArrayList<>(toAsk));
        recent.addAll(held);
        Set<String> seen = new HashSet<>();
        List<Boolean> duplicates = new ArrayList<>(articleIds.size());
        for (String id : articleIds) {
            boolean first = seen.add(id);
            duplicates.add(!first || !toAsk.contains(id) || held.contains(id));
        }
        return duplicates;
    }

    /**
     * The ids query-service holds. The first id is asked alone: when query-service does not answer it, the others
     * are not asked at all, so a slow or absent query-service costs a request one timeout, not one per file. When it
     * answers, the other ids are asked all at once, so a 200-file request costs two round trips, not 200.
     */
    private Set<String> heldByQueryService(List<String> ids) {
        Set<String> held = new HashSet<>();
        if (ids.isEmpty()) {
            return held;
        }
        KnownArticles.Answer first = await(knownArticles.ask(ids.get(0)));
        if (first == null || first == KnownArticles.Answer.NO_ANSWER) {
            return held;
        }
        if (first == KnownArticles.Answer.KNOWN) {
            held.add(ids.get(0));
        }
        List<String> rest = ids.subList(1, ids.size());
        if (rest.isEmpty()) {
            return held;
        }
        List<Uni<KnownArticles.Answer>> asked = rest.stream().map(knownArticles::ask).toList();
        List<KnownArticles.Answer> answers = await(Uni.join().all(asked).andCollectFailures());
        for (int i = 0; i < rest.size(); i++) {
            if (answers != null && answers.get(i) == KnownArticles.Answer.KNOWN) {
                held.add(rest.get(i));
            }
        }
        return held;
    }

    /** The item, or null ("no answer") if the lookup outlived its bound. */
    private static <T> T await(Uni<T> lookup) {
        try {
            return lookup.await().atMost(LOOKUP_BOUND);
        } catch (RuntimeException hung) {
            return null;
        }
    }
}
