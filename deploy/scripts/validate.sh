#!/usr/bin/env bash
# Validates the deployment files without a Docker engine or a Kubernetes cluster (CI calls it from .ci/run):
#   1. docker-compose config -q        the compose file is valid (Debian's docker-compose 1.29; installed if missing)
#   2. checks/check_deploy.py          every env var the compose file and the k8s manifests set maps to a config
#                                      key of that service; topics, partitions, ports, probes, heap sizes, images,
#                                      Dockerfiles and .dockerignore agree with the services' configuration
#   3. the checker's own tests and ingest-seeds.sh's (against a stand-in server), yamllint on all deploy YAML
#   4. every object of every kustomization (rendered by `kubectl kustomize` where kubectl has it, else by
#      checks/kustomize_lite.py) against the Kubernetes OpenAPI schema, unknown fields an error
#      (checks/k8s-schema, npm); the lite renderer compared with the real one where both run
# Non-interactive; exits non-zero on the first failing step. Runs in well under a minute once tools are installed.
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1  # no __pycache__ left in the work tree
cd "$(dirname "$0")/../.."

step() { printf '\n== validate: %s\n' "$*"; }
# shellcheck source=lib/ensure.sh
source deploy/scripts/lib/ensure.sh

# A python3 that has PyYAML: the first on PATH, else Debian's (python3-yaml, which docker-compose also pulls in).
pick_python() {
    local candidate
    for candidate in python3 /usr/bin/python3; do
        if command -v "$candidate" > /dev/null && "$candidate" -c 'import yaml' 2> /dev/null; then
            echo "$candidate"; return 0
        fi
    done
    can_apt && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-yaml > /dev/null \
        && /usr/bin/python3 -c 'import yaml' && { echo /usr/bin/python3; return 0; }
    echo "validate: no python3 with PyYAML (apt-get install python3-yaml)" >&2
    return 1
}

step "docker-compose config (compose file syntax and interpolation)"
ensure docker-compose docker-compose
docker-compose version --short
docker-compose -f deploy/docker-compose.yml config -q
echo "deploy/docker-compose.yml: valid"

step "environment variables, topics, ports, probes, sizing (checks/check_deploy.py)"
python=$(pick_python)
(cd deploy/scripts/checks && "$python" check_deploy.py)

step "the checker catches what it claims to; ingest-seeds.sh against a stand-in; ensure installs (checks/test_*.py)"
(cd deploy/scripts/checks && "$python" -m unittest -q test_check_deploy test_ingest_seeds test_ensure)

step "yamllint"
ensure yamllint yamllint
yamllint --strict -c deploy/scripts/yamllint.yaml deploy/docker-compose.yml deploy/k8s deploy/scripts/yamllint.yaml
echo "yamllint: clean"

step "Kubernetes objects against the Kubernetes OpenAPI schema, unknown fields an error (checks/k8s-schema)"
# kubernetes-models' validators and @kubernetes/client-node's typed models, pinned by package-lock.json.
ensure node nodejs
ensure npm npm
(cd deploy/scripts/checks/k8s-schema && npm ci --no-audit --no-fund --loglevel=error > /dev/null && npm test --silent \
    | grep -E '^# (pass|fail)')
for kustomization in $(find deploy/k8s -name kustomization.yaml | sort); do
    dir=$(dirname "$kustomization")
    "$python" deploy/scripts/checks/render_k8s.py "$dir" | node deploy/scripts/checks/k8s-schema/validate.mjs "$dir"
done
(cd deploy/scripts/checks && "$python" -m unittest -q test_kustomize_lite)

printf '\nvalidate: deployment files OK\n'
