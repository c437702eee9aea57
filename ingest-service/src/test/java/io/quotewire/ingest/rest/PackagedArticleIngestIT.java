package io.quotewire.ingest.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ArticleIngestIT} against the packaged jar (prod profile), proving Tika and Kafka work once packaged. */
@QuarkusIntegrationTest
class PackagedArticleIngestIT extends ArticleIngestIT {}
