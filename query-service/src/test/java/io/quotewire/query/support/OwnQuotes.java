package io.quotewire.query.support;

import static io.restassured.RestAssured.given;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which quotes of a list across articles are some articles' own: first said there, or first said in the article
 * their own page says they repeat. Other tests store the same quotes, and a list names only the first ten other
 * articles of a quote, so a list item cannot say by itself that it is also in one of these articles.
 */
public final class OwnQuotes {

    private final Set<List<Object>> firstSaid = new HashSet<>();

    private OwnQuotes() {}

    /** The quotes the pages of {@code articleIds} list, each as (text, article first said in). */
    public static OwnQuotes of(String... articleIds) {
        OwnQuotes own = new OwnQuotes();
        for (String articleId : articleIds) {
            List<Map<String, Object>> quotes = given().get("/articles/{id}", articleId).then().statusCode(200)
                    .extract().jsonPath().getList("quotes");
            for (Map<String, Object> quote : quotes) {
                Map<?, ?> repeatOf = (Map<?, ?>) quote.get("repeatOf");
                own.firstSaid.add(List.of(quote.get("text"), repeatOf == null ? articleId : repeatOf.get("articleId")));
            }
        }
        return own;
    }

    /** Whether a list item is one of these quotes, at its first occurrence. */
    public boolean contains(Map<String, Object> listed) {
        return firstSaid.contains(List.of(listed.get("text"), listed.get("articleId")));
    }
}
