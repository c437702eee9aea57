#!/usr/bin/env bash
# Builds the images and runs the compose stack for real, with three NLP workers, then tears it all down:
#   deploy/scripts/compose-smoke.sh          (CI runs it from .ci/run; needs root when it must start an engine)
#  1. a Docker engine: the running one if DOCKER_HOST (or the default socket) answers, else dockerd started here
#     with its data, state and socket in a temp dir (lib/engine.sh)
#  2. the base images the Dockerfiles and the compose file name: pulled, or built locally as stand-ins when no
#     registry answers (lib/stand-ins.sh, deploy/stand-ins/; docs/deploy.md says how they differ)
#  3. the three service images from their Dockerfile.jvm, with BuildKit's Maven cache filled from ~/.m2 first
#  4. docker-compose up -d --scale nlp-service=3, every port published on 127.0.0.1; waits for every health check
#  5. the seeds uploaded with deploy/scripts/ingest-seeds.sh, then asserted through the query API
#     (smoke/assert_seeds.py) and the consumer group of articles.ingested (smoke/assert_partitions.py)
#  6. down -v, and a check that no container, volume or network of the project is left; the engine, its data and
#     the iptables rules it added go too if this script started it
# Requests go to 127.0.0.1 only. Ports: QUOTEWIRE_QUERY_PORT (8080), QUOTEWIRE_INGEST_PORT (8081),
# QUOTEWIRE_NLP_PORTS (8082-8087). Prints the time of every step.
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")/../.."
# shellcheck source=lib/ensure.sh
source deploy/scripts/lib/ensure.sh
# shellcheck source=lib/engine.sh
source deploy/scripts/lib/engine.sh
# shellcheck source=lib/stand-ins.sh
source deploy/scripts/lib/stand-ins.sh

# A project and tag of its own, so an engine that also runs someone's `quotewire` stack keeps its data and images.
export COMPOSE_PROJECT_NAME=quotewire-smoke QUOTEWIRE_TAG=smoke QUOTEWIRE_BIND_ADDRESS=127.0.0.1
export QUOTEWIRE_QUERY_PORT=${QUOTEWIRE_QUERY_PORT:-8080} QUOTEWIRE_INGEST_PORT=${QUOTEWIRE_INGEST_PORT:-8081}
export QUOTEWIRE_NLP_PORTS=${QUOTEWIRE_NLP_PORTS:-8082-8087}
export QUOTEWIRE_PUBLIC_QUERY_URL="http://127.0.0.1:$QUOTEWIRE_QUERY_PORT"
NLP_WORKERS=3
HEALTH_TIMEOUT=${SMOKE_HEALTH_TIMEOUT:-600}
query_url="http://127.0.0.1:$QUOTEWIRE_QUERY_PORT"
ingest_url="http://127.0.0.1:$QUOTEWIRE_INGEST_PORT"
stack=(compose -f deploy/docker-compose.yml)
run_started=$(date +%s)
step_started=$run_started
stack_up=false

step() {
    local now
    now=$(date +%s)
    [ -z "${step_name:-}" ] || printf 'smoke: %-58s %4d s   (load %s)\n' "$step_name" $(( now - step_started )) \
        "$(cut -d' ' -f1-3 /proc/loadavg)"
    step_name=$1
    step_started=$now
    [ -z "$step_name" ] || printf '\n== smoke: %s\n' "$step_name"
}

teardown() {
    local status=$?
    trap - EXIT
    if $stack_up; then
        if [ "$status" != 0 ]; then
            echo "smoke: failed; the services' last log lines:" >&2
            "${stack[@]}" ps >&2 || true
            "${stack[@]}" logs --no-color --tail 40 >&2 || true
        fi
        step "docker-compose down -v"
        "${stack[@]}" down -v --remove-orphans
        _assert_nothing_left || status=1
    fi
    if [ -n "$QW_ENGINE_DIR" ]; then
        step "stop the engine this script started"
        engine_down || status=1
    fi
    step ""
    if [ "$status" = 0 ]; then
        echo "smoke: compose stack passed in $(( $(date +%s) - run_started )) s"
    else
        echo "smoke: FAILED after $(( $(date +%s) - run_started )) s" >&2
    fi
    exit "$status"
}
trap teardown EXIT

_assert_nothing_left() {
    local label="label=com.docker.compose.project=$COMPOSE_PROJECT_NAME" left
    left="$(docker ps -aq --filter "$label") $(docker volume ls -q --filter "$label") \
$(docker network ls -q --filter "$label")"
    if [ -n "${left// /}" ]; then
        echo "smoke: left behind after down -v: $left" >&2
        return 1
    fi
    echo "smoke: no container, volume or network of $COMPOSE_PROJECT_NAME left"
}

# Every container of the project healthy (kafka-init: exited 0), or fail at the deadline.
_await_healthy() {
    local deadline=$(( $(date +%s) + HEALTH_TIMEOUT )) states pending
    while true; do
        states=$(docker ps -a --filter "label=com.docker.compose.project=$COMPOSE_PROJECT_NAME" \
            --format '{{.Names}} {{.State}} {{.Status}}')
        pending=$(awk '$1 ~ /kafka-init/ { if ($3 != "Exited" || $4 != "(0)") print $1; next }
                       $0 !~ /\(healthy\)/ { print $1 }' <<< "$states")
        if [ -z "$pending" ] && [ "$(grep -c . <<< "$states")" -ge $(( 5 + NLP_WORKERS )) ]; then
            echo "$states"
            return 0
        fi
        if grep -q 'kafka-init.* Exited ([1-9]' <<< "$states"; then
            echo "smoke: kafka-init failed" >&2
            return 1
        fi
        if [ "$(date +%s)" -ge "$deadline" ]; then
            echo "smoke: not healthy after ${HEALTH_TIMEOUT}s: $pending" >&2
            echo "$states" >&2
            return 1
        fi
        sleep 5
    done
}

# BuildKit's cache mount /root/.m2 (the one every Dockerfile.jvm uses) filled from this machine's Maven cache, so
# the image builds download only what ~/.m2 lacks.
_seed_maven_cache() {
    local m2=${HOME}/.m2 jdk dockerfile
    if [ ! -d "$m2/repository" ]; then
        echo "no ~/.m2/repository here: the image builds download their dependencies"
        return 0
    fi
    jdk=$(sed -n 's/^FROM \([^ ]*\) AS build$/\1/p' query-service/src/main/docker/Dockerfile.jvm)
    dockerfile=$(mktemp /tmp/quotewire-m2-seed.XXXXXX)
    printf 'FROM %s\nRUN --mount=type=cache,target=/root/.m2,sharing=locked --mount=type=bind,target=/seed %s\n' \
        "$jdk" "cp -a /seed/repository /seed/wrapper /root/.m2/ 2> /dev/null; du -sh /root/.m2" > "$dockerfile"
    DOCKER_BUILDKIT=1 docker build -q -f "$dockerfile" "$m2" > /dev/null
    rm -f "$dockerfile"
    echo "Maven cache seeded from $m2 ($(du -sh "$m2" | cut -f1))"
}

step "Docker engine"
engine_up

step "base images (pulled, or stand-ins built when no registry answers)"
# shellcheck disable=SC2046  # one image name per word
ensure_images $(base_images)

step "BuildKit's Maven cache from ~/.m2"
_seed_maven_cache

step "build the three service images from their Dockerfile.jvm"
"${stack[@]}" build
docker image ls --format '{{.Repository}}:{{.Tag}}  {{.Size}}' | grep '^quotewire/.*:smoke'

step "docker-compose up -d --scale nlp-service=$NLP_WORKERS"
stack_up=true
"${stack[@]}" up -d --scale "nlp-service=$NLP_WORKERS"
docker ps --filter "label=com.docker.compose.project=$COMPOSE_PROJECT_NAME" --format '{{.Names}}  {{.Ports}}'
if docker ps --filter "label=com.docker.compose.project=$COMPOSE_PROJECT_NAME" --format '{{.Ports}}' \
    | grep -E '(^|, )(0\.0\.0\.0|:::)' > /dev/null; then
    echo "smoke: a port is published beyond 127.0.0.1" >&2
    exit 1
fi

step "wait for every health check"
_await_healthy

step "ingest the seeds (deploy/scripts/ingest-seeds.sh)"
uploads=$(INGEST_URL="$ingest_url" deploy/scripts/ingest-seeds.sh)
echo "$uploads"
seed_id() { sed -n "s/^ok  *seeds\/$1 .*\"id\":\"\([0-9a-f]*\)\".*/\1/p" <<< "$uploads"; }
sejong_id=$(seed_id 000_6beca85ce06e4a01.txt)
maxwell_id=$(seed_id 004_6e24b6c3a97ee8ce.txt)
[ -n "$sejong_id" ] && [ -n "$maxwell_id" ] || { echo "smoke: no article ids in ingest's answers" >&2; exit 1; }

step "assert through the query API"
python3 deploy/scripts/smoke/assert_seeds.py "$query_url" "$sejong_id" "$maxwell_id" 300

step "assert the consumer group: 6 partitions of articles.ingested over $NLP_WORKERS NLP members"
deadline=$(( $(date +%s) + 180 ))
until "${stack[@]}" exec -T kafka /opt/kafka/bin/kafka-consumer-groups.sh --bootstrap-server kafka:9092 \
        --describe --group quotewire-nlp 2> /dev/null \
    | python3 deploy/scripts/smoke/assert_partitions.py articles.ingested 6 "$NLP_WORKERS"; do
    if [ "$(date +%s)" -ge "$deadline" ]; then
        echo "smoke: the consumer group did not settle on $NLP_WORKERS members within 180 s" >&2
        exit 1
    fi
    sleep 10
done
