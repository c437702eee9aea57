#!/usr/bin/env bash
# Runs the README's test command on the Testcontainers path: every shared Kafka broker and PostgreSQL of the test
# stack in a container, none embedded.
#   deploy/scripts/verify-with-docker.sh                 # ./mvnw -B verify
#   deploy/scripts/verify-with-docker.sh -pl query-service -am     # arguments go to ./mvnw -B verify
#  1. a Docker engine: the running one if DOCKER_HOST (or the default socket) answers, else dockerd started here
#     with its data, state and socket in a temp dir, for this run only (lib/engine.sh; needs root)
#  2. the images the test stack asks for (apache/kafka, postgres): pulled, or built as stand-ins where no
#     registry answers (lib/stand-ins.sh). Testcontainers' own helper, Ryuk, has no stand-in: it is disabled
#     (TESTCONTAINERS_RYUK_DISABLED=true) unless set otherwise; the test stack stops its containers from shutdown
#     hooks, and the engine this script started goes with everything in it
#  3. ./mvnw -B verify with QUOTEWIRE_TEST_DOCKER=required (and, for an engine on this machine,
#     TESTCONTAINERS_HOST_OVERRIDE=127.0.0.1, where its ports are published), so a test JVM that cannot reach the engine fails
#     instead of falling back to the embedded servers; the output must show no embedded server
#  4. teardown: containers the tests left, then the engine if this script started it
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")/../.."
# shellcheck source=lib/ensure.sh
source deploy/scripts/lib/ensure.sh
# shellcheck source=lib/engine.sh
source deploy/scripts/lib/engine.sh
# shellcheck source=lib/stand-ins.sh
source deploy/scripts/lib/stand-ins.sh

started=$(date +%s)
log=$(mktemp /tmp/quotewire-verify-docker.XXXXXX)
teardown() {
    local status=$? left
    trap - EXIT
    left=$(docker ps -aq --filter label=org.testcontainers=true 2> /dev/null || true)
    if [ -n "$left" ]; then
        echo "verify-with-docker: removing $(wc -w <<< "$left") containers the tests left"
        docker rm -f $left > /dev/null || true
    fi
    engine_down || status=1
    rm -f "$log"
    echo "verify-with-docker: $([ "$status" = 0 ] && echo passed || echo FAILED) in $(( $(date +%s) - started )) s"
    exit "$status"
}
trap teardown EXIT

engine_up
# The images named in the test stack's sources, e.g. KAFKA_IMAGE = "apache/kafka:4.1.1".
images=$(sed -n 's/.*_IMAGE = "\([^"]*\)";.*/\1/p' deploy/test-stack/src/main/java/io/quotewire/teststack/*.java | sort -u)
# shellcheck disable=SC2086  # one image name per word
ensure_images $images

export QUOTEWIRE_TEST_DOCKER=required
export TESTCONTAINERS_RYUK_DISABLED=${TESTCONTAINERS_RYUK_DISABLED:-true}
if [[ ${DOCKER_HOST:-unix://} == unix://* ]]; then
    # An engine on this machine: its published ports answer on 127.0.0.1. Testcontainers would otherwise, seeing
    # /.dockerenv on a machine that is itself a container, look for the bridge's gateway with a helper image.
    export TESTCONTAINERS_HOST_OVERRIDE=${TESTCONTAINERS_HOST_OVERRIDE:-127.0.0.1}
fi
echo "verify-with-docker: ./mvnw -B verify $* with DOCKER_HOST=${DOCKER_HOST:-default socket}," \
    "TESTCONTAINERS_RYUK_DISABLED=$TESTCONTAINERS_RYUK_DISABLED"
verify_started=$(date +%s)
./mvnw -B verify "$@" 2>&1 | tee "$log"
echo "verify-with-docker: ./mvnw -B verify took $(( $(date +%s) - verify_started )) s (load $(cut -d' ' -f1-3 /proc/loadavg))"

# Each test JVM prints how it got its servers (TestStackLog); none may be embedded.
containers=$(grep -c '^test-stack: .* — Testcontainers, ' "$log" || true)
embedded=$(grep -c '^test-stack: .* — embedded' "$log" || true)
echo "verify-with-docker: $containers servers started by Testcontainers, $embedded embedded"
[ "$embedded" = 0 ] || { echo "verify-with-docker: some tests ran on embedded servers" >&2; exit 1; }
[ "$containers" -gt 0 ] || { echo "verify-with-docker: no test started a container" >&2; exit 1; }
python3 deploy/scripts/lib/test-counts.py "verify-with-docker (Testcontainers path)" "$verify_started"
