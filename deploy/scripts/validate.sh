#!/usr/bin/env bash
# Validates the deployment files without a Docker engine or a Kubernetes cluster (CI calls it from .ci/run):
#   1. docker-compose config -q        the compose file is valid (Debian's docker-compose 1.29; installed if missing)
#   2. checks/check_deploy.py          every env var the compose file and the k8s manifests set maps to a config
#                                      key of that service; topics, partitions, ports, probes, heap sizes, images,
#                                      Dockerfiles and .dockerignore agree with the services' configuration
#   3. the checker's own tests and ingest-seeds.sh's (against a stand-in server), yamllint on all deploy YAML,
#      and `kubectl kustomize` of every kustomization when kubectl is installed (Debian's kubectl 1.20 is too old
#      for current kustomize files, so the script does not install it)
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

step "kubectl kustomize"
if command -v kubectl > /dev/null && kubectl kustomize --help > /dev/null 2>&1; then
    for kustomization in $(find deploy/k8s -name kustomization.yaml | sort); do
        dir=$(dirname "$kustomization")
        count=$(kubectl kustomize "$dir" | grep -c '^kind:')
        echo "$dir: renders $count objects"
    done
else
    echo "kubectl not installed: kustomize rendering skipped (check_deploy.py rendered the kustomizations itself)"
fi

printf '\nvalidate: deployment files OK\n'
