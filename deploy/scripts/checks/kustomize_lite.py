"""Renders a kustomization the way `kubectl kustomize` would, for the features Quotewire's manifests use.

It lets the checks see each overlay's final objects on a machine without kubectl; validate.sh also runs the real
`kubectl kustomize` when kubectl is installed. Unsupported kustomization fields are reported, not ignored.
"""

import base64
import copy
import os

import yaml

from yaml_files import load_documents, load_one

SUPPORTED = {"apiVersion", "kind", "resources", "labels", "images", "patches", "secretGenerator", "configMapGenerator"}


def render(directory, problems):
    """The objects a kustomization directory produces, each paired with the file it came from."""
    path = os.path.join(directory, "kustomization.yaml")
    kustomization = load_one(path, problems)
    unknown = set(kustomization) - SUPPORTED
    problems.check(
        not unknown, path, f"fields the offline renderer does not know (extend kustomize_lite.py): {sorted(unknown)}"
    )
    objects = []
    for resource in kustomization.get("resources") or []:
        target = os.path.normpath(os.path.join(directory, resource))
        if os.path.isdir(target):
            objects += render(target, problems)
        elif problems.check(os.path.isfile(target), path, f"resource {resource} does not exist"):
            objects += [(doc, target) for doc in load_documents(target, problems)]
    objects += _generated(kustomization, path)
    for patch in kustomization.get("patches") or []:
        _apply_patch(patch, objects, path, problems)
    for doc, _ in objects:
        _add_labels(doc, kustomization.get("labels") or [])
        _set_images(doc, kustomization.get("images") or [])
    return objects


def referenced_files(directory):
    """Every file a kustomization directory pulls in, following nested directories."""
    path = os.path.join(directory, "kustomization.yaml")
    files = {path}
    with open(path, encoding="utf-8") as f:
        kustomization = yaml.safe_load(f) or {}
    for resource in kustomization.get("resources") or []:
        target = os.path.normpath(os.path.join(directory, resource))
        files |= referenced_files(target) if os.path.isdir(target) else {target}
    return files


def _generated(kustomization, path):
    """Generated ConfigMaps and Secrets as kustomize writes them: a Secret's literals base64 in data, type Opaque.

    Unlike kustomize, names get no content-hash suffix (so references need no rewriting); the schema check renders
    with the real kustomize where kubectl has it, and test_kustomize_lite compares the two modulo that suffix.
    """
    objects = []
    for kind, field in (("Secret", "secretGenerator"), ("ConfigMap", "configMapGenerator")):
        for generator in kustomization.get(field) or []:
            data = dict(literal.split("=", 1) for literal in generator.get("literals") or [])
            doc = {"apiVersion": "v1", "kind": kind, "metadata": {"name": generator["name"]}}
            if kind == "Secret":
                data = {key: base64.b64encode(value.encode()).decode() for key, value in data.items()}
                doc["type"] = generator.get("type", "Opaque")
            doc["data"] = data
            objects.append((doc, path))
    return objects


def _apply_patch(patch, objects, path, problems):
    target = patch.get("target") or {}
    matches = [
        doc
        for doc, _ in objects
        if doc.get("kind") == target.get("kind") and doc.get("metadata", {}).get("name") == target.get("name")
    ]
    if not problems.check(len(matches) == 1, path, f"patch target {target} matches {len(matches)} objects"):
        return
    for operation in yaml.safe_load(patch.get("patch") or "[]") or []:
        problems.check(_apply_operation(matches[0], operation), path, f"patch operation {operation} does not apply")


def _apply_operation(doc, operation):
    """JSON Patch add/replace/remove on doc; False when the path does not exist."""
    *parents, last = [part.replace("~1", "/").replace("~0", "~") for part in operation.get("path", "").split("/")[1:]]
    node = doc
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node.get(part)
        if node is None:
            return False
    if isinstance(node, list):
        last = len(node) if last == "-" else int(last)
    exists = last < len(node) if isinstance(node, list) else last in node
    op = operation.get("op")
    if op in ("replace", "remove") and not exists:
        return False
    if op == "remove":
        del node[last]
    elif op == "add" and isinstance(node, list):
        node.insert(last, copy.deepcopy(operation.get("value")))
    elif op in ("add", "replace"):
        node[last] = copy.deepcopy(operation.get("value"))
    else:
        return False
    return True


def _add_labels(doc, labels):
    for entry in labels:
        doc.setdefault("metadata", {}).setdefault("labels", {}).update(entry.get("pairs") or {})


def _set_images(doc, images):
    for container in pod_spec(doc).get("containers") or []:
        name, _, tag = container.get("image", "").partition(":")
        for image in images:
            if image.get("name") == name:
                name, tag = image.get("newName", name), image.get("newTag", tag)
        container["image"] = f"{name}:{tag}" if tag else name


def pod_spec(doc):
    """The pod spec of a Deployment, StatefulSet or Job, else {}."""
    if doc.get("kind") in ("Deployment", "StatefulSet", "Job"):
        return ((doc.get("spec") or {}).get("template") or {}).get("spec") or {}
    return {}
