#!/usr/bin/env bash
# Uploads article files to a running ingest-service (by default the compose stack's, on localhost:8081).
#   deploy/scripts/ingest-seeds.sh                      # every file in seeds/
#   deploy/scripts/ingest-seeds.sh path/a.pdf dir/      # files and whole folders
#   INGEST_URL=http://ingest.example:8081 deploy/scripts/ingest-seeds.sh
# Needs only bash and curl, so it works on a machine that has Docker and the clone but no Java.
set -euo pipefail
cd "$(dirname "$0")/../.."

ingest_url="${INGEST_URL:-http://localhost:8081}"
wait_seconds="${INGEST_WAIT_SECONDS:-180}"
[ "$#" -gt 0 ] || set -- seeds

files=()
for path in "$@"; do
    if [ -d "$path" ]; then
        # README.md describes the seeds; it is not an article.
        while IFS= read -r -d '' f; do files+=("$f"); done \
            < <(find "$path" -type f ! -name 'README.md' ! -name '.*' -print0 | sort -z)
    elif [ -f "$path" ]; then
        files+=("$path")
    else
        echo "ingest-seeds: no such file or folder: $path" >&2
        exit 2
    fi
done
[ "${#files[@]}" -gt 0 ] || { echo "ingest-seeds: nothing to upload in $*" >&2; exit 2; }

# Right after `docker compose up -d` the service may still be starting: wait for readiness instead of failing.
echo "Waiting for $ingest_url to be ready (up to ${wait_seconds}s)..."
deadline=$(( $(date +%s) + wait_seconds ))
until curl -fsS -o /dev/null "$ingest_url/q/health/ready"; do
    if [ "$(date +%s)" -ge "$deadline" ]; then
        echo "ingest-seeds: $ingest_url is not ready after ${wait_seconds}s" \
            "(see docker compose ps / logs ingest-service)" >&2
        exit 1
    fi
    sleep 3
done

failed=0
for f in "${files[@]}"; do
    # One request per file, so one bad file does not hide the answers for the others.
    if answer=$(curl -sS --fail-with-body -F "file=@$f" "$ingest_url/articles"); then
        echo "ok    $f  $answer"
    else
        echo "FAIL  $f  $answer" >&2
        failed=$(( failed + 1 ))
    fi
done
echo "$(( ${#files[@]} - failed )) uploaded, $failed failed"
[ "$failed" -eq 0 ]
