package io.quotewire.query.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quotewire.query.support.CustomArticle;
import io.quotewire.query.support.Database;
import io.quotewire.teststack.KafkaTestResource;
import io.quotewire.teststack.PostgresTestResource;
import java.util.UUID;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.Test;

/**
 * An article's text is loaded only when read (lists join articles for their titles alone), and a change to an
 * article that never read its text leaves the stored text as it was.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class ArticleTextIT {

    @Test
    void theTextIsLoadedWhenReadAndKeptByAChangeThatNeverReadIt() {
        String nonce = UUID.randomUUID().toString().substring(0, 8);
        String text = "Mayor Ilse " + nonce + " opened the bridge on Monday. \"It is finished,\" she said.";
        CustomArticle article = new CustomArticle("Bridge " + nonce, text);
        article.store();

        QuarkusTransaction.requiringNew().run(() -> {
            Article stored = Article.findById(article.id());
            assertThat(Hibernate.isPropertyInitialized(stored, "text")).isFalse();
            assertThat(stored.title).isEqualTo("Bridge " + nonce);
            assertThat(stored.text).isEqualTo(text);
        });

        QuarkusTransaction.requiringNew().run(() -> {
            Article stored = Article.findById(article.id());
            stored.title = "Bridge " + nonce + " (corrected)";
        });
        assertThat(Database.strings("SELECT title || '|' || text FROM article WHERE id = ?", article.id()))
                .containsExactly("Bridge " + nonce + " (corrected)|" + text);
    }
}
