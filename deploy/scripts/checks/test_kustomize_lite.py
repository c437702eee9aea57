"""kustomize_lite renders what kustomize does, and a broken manifest fails the Kubernetes schema check."""

import os
import re
import shutil
import subprocess
import tempfile
import unittest

import yaml

import kustomize_lite
import render_k8s
from problems import Problems

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../.."))
SCHEMA_CHECK = os.path.join(REPO, "deploy/scripts/checks/k8s-schema/validate.mjs")
KUSTOMIZATIONS = ("deploy/k8s/base", "deploy/k8s/overlays/dev", "deploy/k8s/overlays/strimzi")


def lite(directory):
    problems = Problems(REPO)
    objects = [doc for doc, _ in kustomize_lite.render(directory, problems)]
    assert not problems.lines, problems.lines
    return objects


def by_kind_and_name(objects):
    return {(doc["kind"], doc["metadata"]["name"]): doc for doc in objects}


class KustomizeLiteTest(unittest.TestCase):
    """The offline renderer against kustomize's documented behaviour and, where kubectl runs, its output."""

    def test_a_secret_generator_gives_base64_data_of_type_opaque(self):
        with tempfile.TemporaryDirectory() as folder:
            with open(os.path.join(folder, "kustomization.yaml"), "w", encoding="utf-8") as f:
                f.write("secretGenerator:\n  - name: db\n    literals:\n      - PASSWORD=quotewire-dev\n")
            (secret,) = lite(folder)
        self.assertEqual({"PASSWORD": "cXVvdGV3aXJlLWRldg=="}, secret["data"])
        self.assertEqual("Opaque", secret["type"])

    def test_the_labels_of_a_kustomization_reach_each_of_its_objects(self):
        objects = lite(os.path.join(REPO, "deploy/k8s/base"))
        self.assertEqual(11, len(objects))
        for doc in objects:
            self.assertEqual("quotewire", doc["metadata"]["labels"]["app.kubernetes.io/part-of"], doc["metadata"])

    @unittest.skipUnless(render_k8s.real_kustomize(), "kubectl kustomize is not installed")
    def test_renders_the_objects_real_kustomize_renders(self):
        for relative in KUSTOMIZATIONS:
            directory = os.path.join(REPO, relative)
            mine = by_kind_and_name(lite(directory))
            real_text = subprocess.run(
                ["kubectl", "kustomize", directory], capture_output=True, text=True, check=True
            ).stdout
            # kustomize names generated objects NAME-<10-character hash> and rewrites references to them.
            for kind, name in mine:
                if kind in ("Secret", "ConfigMap"):
                    real_text = re.sub(rf"\b{re.escape(name)}-[a-z0-9]{{10}}\b", name, real_text)
            real = by_kind_and_name(doc for doc in yaml.safe_load_all(real_text) if doc)
            with self.subTest(kustomization=relative):
                self.assertEqual(sorted(real), sorted(mine))
                for key in real:
                    self.assertEqual(real[key], mine[key], key)


class SchemaCheckTest(unittest.TestCase):
    """render_k8s + validate.mjs, as validate.sh runs them, on a copy of deploy/k8s."""

    def setUp(self):
        self.scratch = tempfile.mkdtemp(prefix="k8s-schema-")
        shutil.copytree(os.path.join(REPO, "deploy/k8s"), os.path.join(self.scratch, "k8s"))

    def tearDown(self):
        shutil.rmtree(self.scratch)

    def check(self, relative):
        """The schema check of one kustomization, rendered by the real kustomize if present and by kustomize_lite."""
        results = []
        for offline in sorted({True, not render_k8s.real_kustomize()}):
            text, _ = render_k8s.render(os.path.join(self.scratch, "k8s", relative), offline=offline)
            results.append(subprocess.run(["node", SCHEMA_CHECK, relative], input=text, capture_output=True, text=True))
        self.assertEqual(len({result.stdout for result in results}), 1, [result.stdout for result in results])
        return results[0]

    def test_the_committed_manifests_pass(self):
        for relative in ("base", "overlays/dev", "overlays/strimzi"):
            result = self.check(relative)
            self.assertEqual(0, result.returncode, result.stdout + result.stderr)
            self.assertIn(", 0 problems", result.stdout)

    def test_a_misspelt_field_in_the_base_fails_every_overlay(self):
        path = os.path.join(self.scratch, "k8s/base/nlp-service.yaml")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        self.assertIn("imagePullPolicy:", text)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace("imagePullPolicy:", "imagePullPolicyy:", 1))
        for relative in ("base", "overlays/dev", "overlays/strimzi"):
            result = self.check(relative)
            self.assertEqual(1, result.returncode, result.stdout)
            self.assertIn(
                "Deployment/nlp-service: unknown field spec.template.spec.containers[0].imagePullPolicyy", result.stdout
            )

    def test_a_wrong_type_fails(self):
        path = os.path.join(self.scratch, "k8s/base/nlp-service-hpa.yaml")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(re.sub(r"maxReplicas: \d+", "maxReplicas: six", text, count=1))
        result = self.check("base")
        self.assertEqual(1, result.returncode, result.stdout)
        self.assertIn("HorizontalPodAutoscaler/nlp-service: data/spec/maxReplicas must be integer", result.stdout)


if __name__ == "__main__":
    unittest.main()
