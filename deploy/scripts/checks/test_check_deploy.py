"""Each check catches the mistake it exists for: a copy of the repository is broken one way at a time."""

import io
import os
import re
import shutil
import tempfile
import unittest
from contextlib import redirect_stdout

import check_deploy
from service_config import env_name, read_properties

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../.."))
COMPOSE = "deploy/docker-compose.yml"


class CheckDeployTest(unittest.TestCase):
    """Runs check_deploy on a scratch copy of the repository after one edit."""

    def setUp(self):
        self.scratch = tempfile.mkdtemp(prefix="check-deploy-")
        self.repo = os.path.join(self.scratch, "repo")
        shutil.copytree(
            REPO, self.repo, ignore=shutil.ignore_patterns(".git", "target", ".quotewire", "node_modules", "seeds")
        )

    def tearDown(self):
        shutil.rmtree(self.scratch)

    def edit(self, relative, old, new):
        path = os.path.join(self.repo, relative)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        self.assertIn(old, text, f"fixture drifted: {old!r} not in {relative}")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace(old, new, 1))

    def append(self, relative, text):
        with open(os.path.join(self.repo, relative), "a", encoding="utf-8") as f:
            f.write(text)

    def problems(self):
        out = io.StringIO()
        with redirect_stdout(out):
            code = check_deploy.main(self.repo)
        lines = [line for line in out.getvalue().splitlines() if line.startswith("PROBLEM")]
        self.assertEqual(code != 0, bool(lines))
        return "\n".join(lines)

    def assertProblem(self, *fragments):
        found = self.problems()
        for fragment in fragments:
            self.assertIn(fragment, found)

    def test_the_repository_as_committed_passes(self):
        self.assertEqual("", self.problems())

    def test_misspelt_compose_variable_is_named_with_the_key_it_probably_meant(self):
        self.edit(
            COMPOSE,
            "      SMALLRYE_MESSAGING_WORKER_NLP_MAX_CONCURRENCY:",
            "      SMALLRYE_MESSAGING_WORKER_NLP_CONCURRENCY:",
        )
        self.assertProblem(
            "nlp-service: environment variable SMALLRYE_MESSAGING_WORKER_NLP_CONCURRENCY maps to no config key",
            "closest key: smallrye.messaging.worker.nlp.max-concurrency",
        )

    def test_variable_of_another_service_is_refused(self):
        self.edit(
            COMPOSE,
            "      QUOTEWIRE_QUERY_SERVICE_URL:",
            "      QUARKUS_DATASOURCE_JDBC_URL: x\n      QUOTEWIRE_QUERY_SERVICE_URL:",
        )
        self.assertProblem("ingest-service: environment variable QUARKUS_DATASOURCE_JDBC_URL maps to no config key")

    def test_fixed_nlp_host_port_blocks_scaling(self):
        self.edit(COMPOSE, "${QUOTEWIRE_NLP_PORTS:-8082-8087}:8082", "${QUOTEWIRE_NLP_PORTS:-8082}:8082")
        self.assertProblem("fixed host port 8082:8082 makes --scale nlp-service=N fail")

    def test_a_port_published_on_every_interface_by_default_is_reported(self):
        self.edit(COMPOSE, "${QUOTEWIRE_BIND_ADDRESS:-127.0.0.1}:${QUOTEWIRE_QUERY_PORT", "${QUOTEWIRE_QUERY_PORT")
        self.assertProblem("query-service: port 8080:8080 must default to 127.0.0.1")

    def test_topic_a_service_uses_must_be_created(self):
        # Appended, not edited, so the test does not depend on the lines query-service's owner writes.
        self.append(
            "query-service/src/main/resources/application.properties",
            "\nmp.messaging.outgoing.poison.connector=smallrye-kafka"
            "\nmp.messaging.outgoing.poison.topic=articles.poison\n",
        )
        self.assertProblem(
            "kafka-init does not create topics the services use: ['articles.poison']",
            "does not create ['articles.poison']",
            "KafkaTopics missing for ['articles.poison']",
        )

    def test_hpa_must_stop_at_the_partition_count(self):
        self.edit("deploy/k8s/base/nlp-service-hpa.yaml", "maxReplicas: 6", "maxReplicas: 10")
        self.assertProblem("HPA: maxReplicas 10 must equal the partition count 6")

    def test_misspelt_configmap_key_is_caught_in_every_kustomization(self):
        self.edit("deploy/k8s/base/query-service.yaml", "QUARKUS_DATASOURCE_JDBC_URL:", "QUARKUS_DATASOURCE_JDBC_ULR:")
        found = self.problems()
        self.assertEqual(3, len(re.findall("variable QUARKUS_DATASOURCE_JDBC_ULR maps to no config key", found)))
        self.assertIn("patch operation", found)  # the Strimzi overlay's patch no longer finds its key

    def test_memory_limit_below_the_measured_heap(self):
        self.edit(
            "deploy/k8s/base/nlp-service.yaml",
            'limits:\n              cpu: "2"\n              memory: 2560Mi',
            'limits:\n              cpu: "2"\n              memory: 1Gi',
        )
        self.assertProblem("Deployment nlp-service: memory limit 1Gi x MaxRAMPercentage 75% = 768 MiB heap < 1536 MiB")

    def test_probe_on_the_wrong_endpoint(self):
        self.edit("deploy/k8s/base/ingest-service.yaml", "path: /q/health/ready", "path: /health")
        self.assertProblem("Deployment ingest-service: readinessProbe must GET /q/health/ready")

    def test_service_selector_that_matches_no_pod(self):
        self.edit(
            "deploy/k8s/base/query-service.yaml",
            "spec:\n  selector:\n    app.kubernetes.io/name: query-service",
            "spec:\n  selector:\n    app.kubernetes.io/name: query",
        )
        self.assertProblem("Service query-service: selector {'app.kubernetes.io/name': 'query'} matches no workload")

    def test_dockerignore_must_keep_the_build_inputs(self):
        self.append(".dockerignore", "deploy/\n")
        self.assertProblem("excludes deploy/test-stack/pom.xml, which the image build needs")

    def test_image_must_not_run_as_root(self):
        self.edit("query-service/src/main/docker/Dockerfile.jvm", "USER 185", "USER root")
        self.assertProblem("runtime stage must switch to a non-root USER")

    def test_unpinned_kafka_image(self):
        self.edit(COMPOSE, "image: apache/kafka:4.1.1\n    hostname", "image: apache/kafka:latest\n    hostname")
        self.assertProblem("kafka must run the pinned apache/kafka:4.1.1, not 'apache/kafka:latest'")

    def test_dependency_without_condition(self):
        self.edit(
            COMPOSE,
            "      postgres:\n        condition: service_healthy",
            "      postgres:\n        condition: service_started",
        )
        self.assertProblem("query-service: depends_on postgres needs condition")


class ServiceConfigTest(unittest.TestCase):
    """The env-var mapping and properties reading the checks rely on."""

    def test_env_name_follows_smallrye_rules(self):
        self.assertEqual("KAFKA_BOOTSTRAP_SERVERS", env_name("kafka.bootstrap.servers"))
        self.assertEqual(
            "QUARKUS_LOG_CATEGORY__ORG_APACHE_KAFKA__LEVEL", env_name('quarkus.log.category."org.apache.kafka".level')
        )
        self.assertEqual(
            "MP_MESSAGING_INCOMING_ARTICLES_INGESTED_TOPIC", env_name("mp.messaging.incoming.articles-ingested.topic")
        )

    def test_properties_reader_joins_continuations_and_skips_comments(self):
        with tempfile.NamedTemporaryFile("w", suffix=".properties", delete=False) as f:
            f.write("# comment\n! also\na.b=1\nc.d = two \\\n  lines\n%test.e.f:3\n")
        try:
            self.assertEqual([("a.b", "1"), ("c.d", "two lines"), ("%test.e.f", "3")], read_properties(f.name))
        finally:
            os.unlink(f.name)


if __name__ == "__main__":
    unittest.main()
