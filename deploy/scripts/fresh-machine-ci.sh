#!/usr/bin/env bash
# Runs .ci/run as CI would on a fresh machine: in a new Debian bookworm container that holds only a clone of this
# repository's HEAD, a JDK from apt and whatever .ci/run installs itself, as root. Not part of .ci/run.
#   deploy/scripts/fresh-machine-ci.sh        (root; about 40 minutes on 2 cores, see docs/deploy.md)
#  1. a Docker engine (the running one, or dockerd started here with its data in a temp dir)
#  2. the debootstrap bookworm base (lib/stand-ins.sh) plus openjdk-17-jdk-headless and this machine's extra CA
#     certificates (where HTTPS goes through an intercepting proxy), as the image quotewire-fresh-machine:bookworm
#  3. `git clone` of HEAD (committed work only) into a temp dir, mounted at /ci; /tmp of the container is a host
#     folder, so the Docker engine .ci/run starts inside it keeps overlay2 on a real file system
#  4. `docker run --cap-add ALL --cap-drop SYS_RESOURCE … bash .ci/run` with CI=true and no standard input, like CI; its output is also
#     kept in a log file, whose path is printed
#  5. the container, its image, the clone and the engine if started here are removed
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=lib/ensure.sh
source deploy/scripts/lib/ensure.sh
# shellcheck source=lib/engine.sh
source deploy/scripts/lib/engine.sh
# shellcheck source=lib/stand-ins.sh
source deploy/scripts/lib/stand-ins.sh

IMAGE=quotewire-fresh-machine:bookworm
started=$(date +%s)
scratch=$(mktemp -d /tmp/quotewire-fresh.XXXXXX)
log=/tmp/quotewire-fresh-machine-ci.$(date +%Y%m%d-%H%M%S).log
container=""

cleanup() {
    local status=$?
    trap - EXIT
    [ -z "$container" ] || docker rm -f "$container" > /dev/null 2>&1 || true
    docker image rm "$IMAGE" > /dev/null 2>&1 || true
    # Files the container wrote as root under /tmp (its engine's data is removed by .ci/run itself).
    rm -rf "$scratch"
    engine_down || status=1
    echo "fresh-machine-ci: $([ "$status" = 0 ] && echo passed || echo FAILED) in $(( $(date +%s) - started )) s" \
        "(load $(cut -d' ' -f1-3 /proc/loadavg)); log: $log"
    exit "$status"
}
trap cleanup EXIT

# A bridge of its own, so that a Docker engine started on this machine meanwhile (a CI run) keeps docker0.
export QW_ENGINE_BRIDGE=${QW_ENGINE_BRIDGE:-qwfresh0} QW_ENGINE_BRIDGE_CIDR=${QW_ENGINE_BRIDGE_CIDR:-172.31.254.1/24}
engine_up
_stand_in_debian

context=$(_stand_in_context java)
cat > "$context/Dockerfile" << 'EOF'
# A fresh machine: Debian bookworm, a JDK from apt, nothing else of the project's tools.
ARG BASE
FROM ${BASE}
COPY ca-certificates/ /usr/local/share/ca-certificates/
COPY sources.list /etc/apt/sources.list
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ca-certificates openjdk-17-jdk-headless \
    && rm -rf /var/lib/apt/lists/*
ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 LANG=C.UTF-8
EOF
DOCKER_BUILDKIT=1 docker build -q -t "$IMAGE" --build-arg "BASE=$QW_DEBIAN_BASE" "$context" > /dev/null
rm -rf "$context"
echo "fresh-machine-ci: image $IMAGE ready after $(( $(date +%s) - started )) s"

git clone -q --no-hardlinks "$PWD" "$scratch/clone"
echo "fresh-machine-ci: cloned $(git -C "$scratch/clone" log --oneline -1)"
mkdir -p "$scratch/tmp"
chmod 1777 "$scratch/tmp"  # as /tmp is: apt and other users write there

container=quotewire-fresh-ci-$$
ci_started=$(date +%s)
echo "fresh-machine-ci: bash .ci/run in $container (load $(cut -d' ' -f1-3 /proc/loadavg)); output also in $log"
set +e
# Not --privileged: this machine is itself a container without CAP_SYS_RESOURCE, and Docker cannot grant what it
# lacks. Every other capability, no seccomp or AppArmor filter, /proc unmasked and the cgroup hierarchy writable is
# what the Docker engine .ci/run starts inside needs (measured: nested containers and published ports work).
docker run --name "$container" --init -e CI=true --cap-add ALL --cap-drop SYS_RESOURCE \
    --security-opt seccomp=unconfined --security-opt apparmor=unconfined --security-opt systempaths=unconfined \
    -v /sys/fs/cgroup:/sys/fs/cgroup:rw -v "$scratch/clone:/ci" -v "$scratch/tmp:/tmp" \
    -w /ci "$IMAGE" bash .ci/run < /dev/null 2>&1 | tee "$log"
ci_status=${PIPESTATUS[0]}
set -e
echo "fresh-machine-ci: .ci/run exited $ci_status after $(( $(date +%s) - ci_started )) s" \
    "(load $(cut -d' ' -f1-3 /proc/loadavg))"
exit "$ci_status"
