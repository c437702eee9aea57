"""Checks the Kubernetes manifests under deploy/k8s offline: structure, references, probes, sizing, config keys."""

import glob
import os
import re

import yaml

import kustomize_lite
from memory import heap_problem
from topics import read_topic_script
from yaml_files import load_documents

_DNS_NAME = re.compile(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*")


def check_k8s(repo, k8s_dir, services, needed_topics, partitions, problems):
    """Checks every YAML file, then each kustomization's rendered objects; returns the kustomization dirs."""
    files = sorted(glob.glob(os.path.join(k8s_dir, "**", "*.yaml"), recursive=True))
    for path in files:
        for doc in load_documents(path, problems):
            _check_object_shape(doc, path, problems)
    roots = sorted(os.path.dirname(p) for p in files if os.path.basename(p) == "kustomization.yaml")
    referenced = set()
    for root in roots:
        referenced |= kustomize_lite.referenced_files(root)
        objects = kustomize_lite.render(root, problems)
        _check_rendered(repo, root, objects, services, needed_topics, partitions, problems)
    for path in sorted(set(files) - referenced):
        _check_standalone(path, needed_topics, partitions, problems)
    return roots


def _check_object_shape(doc, path, problems):
    if not problems.check(isinstance(doc, dict), path, "a YAML document is not a mapping"):
        return
    problems.check(bool(doc.get("apiVersion")) and bool(doc.get("kind")), path, "object without apiVersion or kind")
    if doc.get("kind") == "Kustomization":
        return
    name = (doc.get("metadata") or {}).get("name", "")
    problems.check(
        _DNS_NAME.fullmatch(str(name)) is not None and len(name) <= 253,
        path,
        f"{doc.get('kind')}: metadata.name {name!r} is not a valid Kubernetes name",
    )


def _check_rendered(repo, root, objects, services, needed_topics, partitions, problems):
    where = os.path.join(root, "kustomization.yaml")
    keys = [(doc.get("kind"), doc["metadata"].get("name")) for doc, _ in objects]
    problems.check(
        len(keys) == len(set(keys)),
        where,
        f"objects defined twice: {sorted(k for k in set(keys) if keys.count(k) > 1)}",
    )
    by_kind = {}
    for doc, path in objects:
        by_kind.setdefault(doc["kind"], {})[doc["metadata"]["name"]] = (doc, path)
    templates = _secret_templates(root)
    for kind in ("Deployment", "StatefulSet", "Job"):
        for name, (doc, path) in by_kind.get(kind, {}).items():
            _check_workload(doc, path, by_kind, templates, problems)
            if kind == "Deployment" and name in services:
                _check_service_deployment(repo, doc, path, services[name], by_kind, templates, problems)
            if kind == "Job":
                _check_topic_job(doc, path, needed_topics, partitions, problems)
    for doc, path in by_kind.get("Service", {}).values():
        _check_service(doc, path, objects, problems)
    for doc, path in by_kind.get("HorizontalPodAutoscaler", {}).values():
        _check_hpa(doc, path, by_kind, partitions, problems)
    for name in services:
        problems.check(name in by_kind.get("Deployment", {}), where, f"no Deployment {name}")
        problems.check(name in by_kind.get("Service", {}), where, f"no Service {name}")


def _secret_templates(root):
    """Secrets documented by *.secret.template.yaml files of this kustomization or its bases: name -> keys."""
    templates = {}
    for path in kustomize_lite.referenced_files(root):
        folder = os.path.dirname(path)
        for template in glob.glob(os.path.join(folder, "*.secret.template.yaml")):
            with open(template, encoding="utf-8") as f:
                for doc in yaml.safe_load_all(f):
                    if doc:
                        templates[doc["metadata"]["name"]] = set(
                            (doc.get("stringData") or {}) | (doc.get("data") or {})
                        )
    return templates


def _check_workload(doc, path, by_kind, templates, problems):
    kind, name = doc["kind"], doc["metadata"]["name"]
    spec = doc.get("spec") or {}
    pod = kustomize_lite.pod_spec(doc)
    labels = ((spec.get("template") or {}).get("metadata") or {}).get("labels") or {}
    selector = (spec.get("selector") or {}).get("matchLabels") or {}
    if kind != "Job":
        problems.check(
            bool(selector) and selector.items() <= labels.items(),
            path,
            f"{kind} {name}: selector {selector} does not match the pod labels {labels}",
        )
    for container in pod.get("containers") or []:
        label = f"{kind} {name}/{container.get('name')}"
        problems.check(bool(container.get("image")), path, f"{label}: no image")
        resources = container.get("resources") or {}
        for section in ("requests", "limits"):
            for resource in ("cpu", "memory"):
                problems.check(
                    resource in (resources.get(section) or {}), path, f"{label}: no resources.{section}.{resource}"
                )
        for source in container.get("envFrom") or []:
            for ref_kind, field in (("ConfigMap", "configMapRef"), ("Secret", "secretRef")):
                ref = (source.get(field) or {}).get("name")
                if ref:
                    known = ref in by_kind.get(ref_kind, {}) or (ref_kind == "Secret" and ref in templates)
                    problems.check(known, path, f"{label}: envFrom {ref_kind} {ref} is neither rendered nor templated")


def env_names(container, by_kind, templates):
    """Every environment variable name a container gets: env entries plus the keys of envFrom sources."""
    names = {entry.get("name") for entry in container.get("env") or []}
    for source in container.get("envFrom") or []:
        if "configMapRef" in source:
            doc, _ = by_kind.get("ConfigMap", {}).get(source["configMapRef"]["name"], ({}, None))
            names |= set(doc.get("data") or {})
        if "secretRef" in source:
            ref = source["secretRef"]["name"]
            doc, _ = by_kind.get("Secret", {}).get(ref, ({}, None))
            names |= set(doc.get("data") or {}) | set(doc.get("stringData") or {}) | templates.get(ref, set())
    return names


def _check_service_deployment(repo, doc, path, config, by_kind, templates, problems):
    name = doc["metadata"]["name"]
    containers = kustomize_lite.pod_spec(doc).get("containers") or []
    if not problems.check(len(containers) == 1, path, f"Deployment {name}: expected one container"):
        return
    container = containers[0]
    ports = {p.get("name"): p.get("containerPort") for p in container.get("ports") or []}
    problems.check(config.port in ports.values(), path, f"Deployment {name}: containerPort must be {config.port}")
    for probe, endpoint in (("readinessProbe", "/q/health/ready"), ("livenessProbe", "/q/health/live")):
        get = (container.get(probe) or {}).get("httpGet") or {}
        problems.check(get.get("path") == endpoint, path, f"Deployment {name}: {probe} must GET {endpoint}")
        port = ports.get(get.get("port"), get.get("port"))
        problems.check(
            port == config.port, path, f"Deployment {name}: {probe} port {get.get('port')} is not {config.port}"
        )
    for variable in sorted(env_names(container, by_kind, templates)):
        problems.check(
            config.accepts_env(variable),
            path,
            f"Deployment {name}: environment variable {variable} maps to no config key of {name}"
            + config.suggestion(variable),
        )
    limit = ((container.get("resources") or {}).get("limits") or {}).get("memory")
    if limit is not None:
        issue = heap_problem(name, limit, os.path.join(repo, name, "src/main/docker/Dockerfile.jvm"))
        problems.check(issue is None, path, f"Deployment {name}: {issue}")


def _check_service(doc, path, objects, problems):
    name = doc["metadata"]["name"]
    selector = (doc.get("spec") or {}).get("selector") or {}
    pods = [
        d
        for d, _ in objects
        if d["kind"] in ("Deployment", "StatefulSet")
        and selector.items()
        <= (((d.get("spec") or {}).get("template") or {}).get("metadata") or {}).get("labels", {}).items()
    ]
    if not problems.check(
        bool(selector) and bool(pods), path, f"Service {name}: selector {selector} matches no workload"
    ):
        return
    names = {
        p.get("name") for c in kustomize_lite.pod_spec(pods[0]).get("containers") or [] for p in c.get("ports") or []
    }
    numbers = {
        p.get("containerPort")
        for c in kustomize_lite.pod_spec(pods[0]).get("containers") or []
        for p in c.get("ports") or []
    }
    for port in (doc.get("spec") or {}).get("ports") or []:
        target = port.get("targetPort", port.get("port"))
        problems.check(
            target in names or target in numbers, path, f"Service {name}: targetPort {target} is no container port"
        )


def _check_hpa(doc, path, by_kind, partitions, problems):
    spec = doc.get("spec") or {}
    target = (spec.get("scaleTargetRef") or {}).get("name")
    deployment = by_kind.get("Deployment", {}).get(target)
    if not problems.check(deployment is not None, path, f"HPA {doc['metadata']['name']}: no Deployment {target}"):
        return
    problems.check(
        "replicas" not in deployment[0].get("spec", {}),
        deployment[1],
        f"Deployment {target}: sets replicas although an HPA owns the count (every apply would reset it)",
    )
    problems.check(spec.get("minReplicas", 1) >= 1, path, "HPA: minReplicas must be at least 1")
    problems.check(
        spec.get("maxReplicas") == partitions,
        path,
        f"HPA: maxReplicas {spec.get('maxReplicas')} must equal the partition count {partitions}",
    )
    containers = kustomize_lite.pod_spec(deployment[0]).get("containers") or []
    problems.check(
        all("cpu" in ((c.get("resources") or {}).get("requests") or {}) for c in containers),
        path,
        "HPA on CPU utilization needs CPU requests on every container of its target",
    )


def _check_topic_job(doc, path, needed_topics, partitions, problems):
    containers = kustomize_lite.pod_spec(doc).get("containers") or []
    script = "\n".join(str(part) for c in containers for part in (c.get("command") or []) + (c.get("args") or []))
    if "kafka-topics.sh" not in script:
        return
    created, found = read_topic_script(
        script, {e.get("name"): e.get("value", "") for c in containers for e in c.get("env") or []}
    )
    missing = sorted(needed_topics - created)
    problems.check(not missing, path, f"Job {doc['metadata']['name']}: does not create {missing}")
    problems.check(
        found == partitions, path, f"Job {doc['metadata']['name']}: {found} partitions, compose creates {partitions}"
    )


def _check_standalone(path, needed_topics, partitions, problems):
    """Files applied on their own (Strimzi topics) or kept as templates."""
    docs = load_documents(path, problems)
    topics = [d for d in docs if d.get("kind") == "KafkaTopic"]
    if topics:
        names = {(d.get("spec") or {}).get("topicName") or d["metadata"]["name"] for d in topics}
        problems.check(needed_topics <= names, path, f"KafkaTopics missing for {sorted(needed_topics - names)}")
        for doc in topics:
            spec = doc.get("spec") or {}
            problems.check(
                spec.get("partitions") == partitions,
                path,
                f"KafkaTopic {doc['metadata']['name']}: partitions {spec.get('partitions')} != {partitions}",
            )
            problems.check(
                "strimzi.io/cluster" in (doc["metadata"].get("labels") or {}),
                path,
                f"KafkaTopic {doc['metadata']['name']}: no strimzi.io/cluster label",
            )
    elif not path.endswith(".secret.template.yaml"):
        problems.fail(path, "not part of any kustomization, and neither KafkaTopics nor a *.secret.template.yaml")
