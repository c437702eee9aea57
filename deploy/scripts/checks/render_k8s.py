"""Prints the objects a kustomization directory renders, as one YAML stream, and says on stderr with what.

    python3 render_k8s.py deploy/k8s/overlays/dev | node k8s-schema/validate.mjs dev

The real kustomize (`kubectl kustomize`) when kubectl has it; otherwise the project's kustomize_lite, whose output
test_kustomize_lite compares with the real one wherever both run.
"""

import os
import shutil
import subprocess
import sys

import yaml

import kustomize_lite
from problems import Problems


def real_kustomize():
    """True when `kubectl kustomize` runs here."""
    if shutil.which("kubectl") is None:
        return False
    return subprocess.run(["kubectl", "kustomize", "--help"], capture_output=True).returncode == 0


def render(directory, offline=False):
    """(YAML text, renderer name) of what the kustomization in directory produces; offline: kustomize_lite always."""
    if not offline and real_kustomize():
        result = subprocess.run(["kubectl", "kustomize", directory], capture_output=True, text=True, check=True)
        return result.stdout, "kubectl kustomize"
    problems = Problems(os.path.abspath(directory))
    objects = [doc for doc, _ in kustomize_lite.render(directory, problems)]
    if problems.lines:
        raise SystemExit("\n".join(problems.lines))
    return yaml.safe_dump_all(objects, sort_keys=True), "kustomize_lite.py"


if __name__ == "__main__":
    text, renderer = render(sys.argv[1])
    print(f"{sys.argv[1]}: rendered with {renderer}", file=sys.stderr)
    sys.stdout.write(text)
