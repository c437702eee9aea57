package io.quotewire.ingest.service;

import java.util.HashSet;
import java.util.Set;

/**
 * Duplicate detection for one request: an id seen earlier in the request is a duplicate; otherwise query-service
 * is asked — until it fails to answer once, so that a slow or absent query-service costs a request at most one
 * timeout, not one per file.
 */
final class DuplicateCheck {

    private final KnownArticles knownArticles;
    private final Set<String> seenInRequest = new HashSet<>();
    private boolean queryServiceAnswers = true;

    DuplicateCheck(KnownArticles knownArticles) {
        this.knownArticles = knownArticles;
    }

    /** True when {@code articleId} was seen earlier in this request or query-service already holds it. */
    boolean isDuplicate(String articleId) {
        if (!seenInRequest.add(articleId)) {
            return true;
        }
        if (!queryServiceAnswers) {
            return false;
        }
        KnownArticles.Answer answer = knownArticles.ask(articleId);
        queryServiceAnswers = answer != KnownArticles.Answer.NO_ANSWER;
        return answer == KnownArticles.Answer.KNOWN;
    }
}
