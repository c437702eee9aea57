# Sourced by the deploy scripts (after lib/engine.sh): the base images the Dockerfiles, the compose file and the
# test stack name, pulled where a registry answers and built locally from Debian and Maven Central where none does.
#   ensure_images IMAGE...   each image: present -> kept; pullable -> pulled, untouched; else -> stand-in built
#                            under that exact name from deploy/stand-ins/ (see docs/deploy.md for how they differ)
#   base_images              the images the three Dockerfile.jvm and deploy/docker-compose.yml pull
# Needs the repository root as the working directory, and root for debootstrap.

QW_DEBIAN_BASE=quotewire-stand-in/debian:bookworm
QW_DEBIAN_MIRROR=${QW_DEBIAN_MIRROR:-http://deb.debian.org/debian}

base_images() {
    {
        sed -n 's/^FROM \([^ ]*\).*/\1/p' ./*/src/main/docker/Dockerfile.jvm
        sed -n 's/^ *image: \([^$ ]*\) *$/\1/p' deploy/docker-compose.yml
    } | sort -u
}

ensure_images() {
    local image
    for image in "$@"; do
        if docker image inspect "$image" > /dev/null 2>&1; then
            echo "image $image: present"
        elif timeout 120 docker pull -q "$image" > /dev/null 2>&1; then
            echo "image $image: pulled"
        else
            echo "image $image: no registry answers; building the stand-in"
            _stand_in "$image"
        fi
    done
}

_stand_in() {
    local image=$1 started
    started=$(date +%s)
    case $image in
        eclipse-temurin:*-jdk) _stand_in_java "$image" openjdk-17-jdk-headless ;;
        eclipse-temurin:*-jre) _stand_in_java "$image" openjdk-17-jre-headless ;;
        apache/kafka:*) _stand_in_kafka "$image" ;;
        postgres:*) _stand_in_postgres "$image" ;;
        *) echo "stand-ins: no stand-in for $image (add one to deploy/stand-ins/)" >&2; return 1 ;;
    esac
    echo "image $image: stand-in built in $(( $(date +%s) - started )) s"
}

# A minimal Debian bookworm root from Debian's mirror, imported as the stand-ins' base image.
_stand_in_debian() {
    docker image inspect "$QW_DEBIAN_BASE" > /dev/null 2>&1 && return 0
    ensure debootstrap debootstrap
    local root started
    started=$(date +%s)
    root=$(mktemp -d /tmp/quotewire-debootstrap.XXXXXX)
    debootstrap --variant=minbase bookworm "$root" "$QW_DEBIAN_MIRROR" > "$root.log" 2>&1 \
        || { tail -n 20 "$root.log" >&2; rm -rf "$root" "$root.log"; return 1; }
    tar -C "$root" -c . | docker import - "$QW_DEBIAN_BASE" > /dev/null
    rm -rf "$root" "$root.log"
    echo "image $QW_DEBIAN_BASE: debootstrap root imported in $(( $(date +%s) - started )) s"
}

# A build context: the stand-in's folder, plus Debian's sources and this machine's extra CA certificates.
_stand_in_context() {
    local context
    context=$(mktemp -d /tmp/quotewire-stand-in.XXXXXX)
    cp -r "deploy/stand-ins/$1/." "$context/"
    printf 'deb %s bookworm main\ndeb %s bookworm-updates main\ndeb %s-security bookworm-security main\n' \
        "$QW_DEBIAN_MIRROR" "$QW_DEBIAN_MIRROR" "$QW_DEBIAN_MIRROR" > "$context/sources.list"
    mkdir -p "$context/ca-certificates"
    cp /usr/local/share/ca-certificates/*.crt "$context/ca-certificates/" 2> /dev/null || true
    echo "$context"
}

_build_stand_in() {
    local image=$1 context=$2
    shift 2
    DOCKER_BUILDKIT=1 docker build -q -t "$image" "$@" "$context" > /dev/null
    rm -rf "$context"
}

_stand_in_java() {
    _stand_in_debian
    _build_stand_in "$1" "$(_stand_in_context java)" --build-arg "BASE=$QW_DEBIAN_BASE" \
        --build-arg "JAVA_PACKAGE=$2"
}

_stand_in_postgres() {
    _stand_in_debian
    _build_stand_in "$1" "$(_stand_in_context postgres)" --build-arg "BASE=$QW_DEBIAN_BASE"
}

# The same Kafka release as the tag, from Maven Central's jars, on the JRE the service images run on.
_stand_in_kafka() {
    local version=${1#*:} jre context
    jre=$(sed -n 's/^FROM \([^ ]*-jre\)$/\1/p' query-service/src/main/docker/Dockerfile.jvm)
    ensure_images "$jre"
    context=$(_stand_in_context kafka)
    ./mvnw -B -q -f deploy/stand-ins/kafka/pom.xml -Dkafka.version="$version" dependency:copy-dependencies \
        -DoutputDirectory="$context/libs"
    _build_stand_in "$1" "$context" --build-arg "BASE=$jre"
}
