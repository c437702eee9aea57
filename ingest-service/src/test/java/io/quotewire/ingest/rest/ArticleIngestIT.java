package io.quotewire.ingest.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ArticleIngestTests} against the packaged jar (prod profile), proving Tika and Kafka work once packaged. */
@QuarkusIntegrationTest
class ArticleIngestIT extends ArticleIngestTests {}
