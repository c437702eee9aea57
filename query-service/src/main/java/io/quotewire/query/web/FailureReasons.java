package io.quotewire.query.web;

import io.quotewire.query.domain.ArticleSummary;
import io.quotewire.query.persistence.Article;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Why articles failed, for the list's badges: the API's list rows carry the status but not the reason. */
@ApplicationScoped
public class FailureReasons {

    /** Article id → reason, for those of {@code articles} that failed and have one. */
    public Map<String, String> of(List<ArticleSummary> articles) {
        List<String> failed = articles.stream().filter(a -> "failed".equals(a.status())).map(ArticleSummary::id)
                .toList();
        if (failed.isEmpty()) {
            return Map.of();
        }
        return Article.<Article>list("id in ?1 and error is not null", failed).stream()
                .collect(Collectors.toMap(article -> article.id, article -> article.error));
    }
}
