#!/usr/bin/env bash
# Runs the benchmark against a stack started with `./quotewire up --no-seeds` and records, in the same run, JFR and
# per-thread CPU of nlp-service during its timed pass and of the driver (raw CoreNLP) during the second raw pass
# (docs/benchmarks.md, "Where nlp-service's CPU goes"). Set NOJFR=1 for per-thread CPU only.
# Usage: benchmarks/profiling/profile-nlp.sh OUT_DIR NLP_PORT [bench options: --attach and the stack's ports ...]
set -euo pipefail
out=$(realpath -m "$1"); nlp_port=$2; shift 2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd); root=$(cd "$here/../.." && pwd)
mkdir -p "$out"; log=$out/bench.log; : > "$log"
nlp=$(ss -ltnp "sport = :$nlp_port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
[[ -n $nlp ]] || { echo "no process listens on port $nlp_port" >&2; exit 1; }
java -Xmx2g -jar "$root/benchmarks/target/quotewire-bench.jar" --root "$root" --nlp-port "$nlp_port" --out "$out" "$@" \
    >> "$log" 2>&1 &
driver=$!
jfr() { [[ ${NOJFR:-0} == 1 ]] || jcmd "$@" >> "$out/jcmd.log" 2>&1; }
threads() { python3 "$here/thread_cpu.py" snap "$1" "$out/$2.json"; }
tail -n +1 -F "$log" --pid "$driver" 2>/dev/null | while read -r line; do
    case $line in
        *"nlp-service: the same articles put onto"*)
            threads "$nlp" service-start
            jfr "$nlp" JFR.start name=service settings=profile filename="$out/service.jfr" ;;
        *"raw CoreNLP again"*)
            threads "$nlp" service-end
            threads "$driver" raw-start
            jcmd "$driver" VM.flags > "$out/driver-flags.txt" 2>&1
            jcmd "$nlp" VM.flags > "$out/service-flags.txt" 2>&1
            jfr "$driver" JFR.start name=raw settings=profile filename="$out/raw.jfr" &
            jfr "$nlp" JFR.stop name=service ;;
        *"warm-up: one article through the pipeline"*)
            threads "$driver" raw-end
            jfr "$driver" JFR.stop name=raw ;;
    esac
done
wait "$driver"
python3 "$here/thread_cpu.py" diff "$out/service-start.json" "$out/service-end.json" > "$out/service-threads.txt"
python3 "$here/thread_cpu.py" diff "$out/raw-start.json" "$out/raw-end.json" > "$out/raw-threads.txt"
grep -h "per CPU-second" "$out/latest.md" || true
