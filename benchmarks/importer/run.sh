#!/usr/bin/env bash
# The importer's benchmarks (issue 12), against the sandbox over loopback; results in
# benchmarks/target/importer/, read into docs/benchmarks.md by hand.
#
#   benchmarks/importer/run.sh [throughput] [budget] [memory]     (all three by default)
#
# throughput: N (10000) generated conversations, the importer (--concurrency 4, no limit) against the
#             client called directly in a loop on 4 threads (PlainLoop.java), each into a fresh sandbox.
# budget:     the sandbox and the importer both at RPM (120) a minute for MINUTES (5): the share of the
#             budget used and the 429s; stopped with SIGTERM at the end (the Ctrl-C path: a background
#             job of a script ignores SIGINT).
# memory:     MEM_N (100) conversations with one MEM_MB (10) MB attachment each, given by "file" (1 GB in
#             all), imported with -Xmx128m; GNU time's peak RSS.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OUT=$ROOT/benchmarks/target/importer
N=${N:-10000}
RPM=${RPM:-120}
MINUTES=${MINUTES:-5}
MEM_N=${MEM_N:-100}
MEM_MB=${MEM_MB:-10}
PORT=${PORT:-18181}
WHAT=${*:-throughput budget memory}
IMPORTER=$ROOT/importer/target/helpscout-import.jar
SANDBOX=$ROOT/sandbox/target/helpscout-sandbox.jar
export HELPSCOUT_CLIENT_ID=sandbox-app-id HELPSCOUT_CLIENT_SECRET=sandbox-app-secret
mkdir -p "$OUT"
[ -f "$IMPORTER" ] && [ -f "$SANDBOX" ] || mvn -B -q package -DskipTests -pl importer,sandbox -am
# Copies: a build during the run must not change the jars under the running JVMs.
cp "$IMPORTER" "$OUT/helpscout-import.jar" && IMPORTER=$OUT/helpscout-import.jar
cp "$SANDBOX" "$OUT/helpscout-sandbox.jar" && SANDBOX=$OUT/helpscout-sandbox.jar

SANDBOX_PID=
start_sandbox() {
  stop_sandbox
  java -Xmx2g -jar "$SANDBOX" --port "$PORT" "$@" > "$OUT/sandbox.log" 2>&1 &
  SANDBOX_PID=$!
  for _ in $(seq 1 100); do
    curl -s -o /dev/null "http://127.0.0.1:$PORT/v2/mailboxes" && return 0
    sleep 0.2
  done
  echo "the sandbox did not start" >&2; exit 1
}
stop_sandbox() {
  if [ -n "$SANDBOX_PID" ]; then kill "$SANDBOX_PID" 2>/dev/null || true; wait "$SANDBOX_PID" 2>/dev/null || true; fi
  SANDBOX_PID=
}
trap stop_sandbox EXIT
now() { date +%s.%N; }
{
  echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ) commit=$(git rev-parse --short HEAD) load=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "cpus=$(nproc) java=$(java -version 2>&1 | head -1)"
} > "$OUT/machine.txt"

if [[ " $WHAT " == *" throughput "* ]]; then
  rm -rf "$OUT/tp" && python3 benchmarks/importer/generate.py "$OUT/tp" "$N"
  start_sandbox --rate-limit 100000000
  t0=$(now)
  java -cp "$IMPORTER" benchmarks/importer/PlainLoop.java "$OUT/tp/export.jsonl" "http://127.0.0.1:$PORT/" 4 \
    > "$OUT/throughput-plain.txt" 2>&1
  t1=$(now)
  echo "process_seconds=$(echo "$t1 - $t0" | bc)" >> "$OUT/throughput-plain.txt"
  start_sandbox --rate-limit 100000000
  t0=$(now)
  java -jar "$IMPORTER" "$OUT/tp/export.jsonl" --mailbox 85 --base-url "http://127.0.0.1:$PORT/" \
    --requests-per-minute 0 --concurrency 4 --progress lines > "$OUT/throughput-importer.txt" 2>&1
  t1=$(now)
  echo "process_seconds=$(echo "$t1 - $t0" | bc)" >> "$OUT/throughput-importer.txt"
  echo "load_after=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/throughput-importer.txt"
fi

if [[ " $WHAT " == *" budget "* ]]; then
  rm -rf "$OUT/budget" && python3 benchmarks/importer/generate.py "$OUT/budget" $(( RPM * MINUTES ))
  start_sandbox --rate-limit "$RPM"
  java -jar "$IMPORTER" "$OUT/budget/export.jsonl" --mailbox 85 --base-url "http://127.0.0.1:$PORT/" \
    --requests-per-minute "$RPM" --concurrency 4 --progress lines > "$OUT/budget.txt" 2>&1 &
  IMPORTER_PID=$!
  sleep $(( MINUTES * 60 ))
  kill -TERM "$IMPORTER_PID"
  set +e; wait "$IMPORTER_PID"; echo "exit_status=$?" >> "$OUT/budget.txt"; set -e
  echo "rpm=$RPM minutes=$MINUTES" >> "$OUT/budget.txt"
  grep -c '"status":"created"' "$OUT/budget/export.jsonl.report.jsonl" | sed 's/^/created_in_report=/' >> "$OUT/budget.txt"
fi

if [[ " $WHAT " == *" memory "* ]]; then
  rm -rf "$OUT/mem" && python3 benchmarks/importer/generate.py "$OUT/mem" "$MEM_N" "$MEM_MB"
  du -sh "$OUT/mem" > "$OUT/memory.txt"
  start_sandbox --rate-limit 100000000 --max-request-bytes $(( MEM_MB * 2 * 1024 * 1024 ))
  /usr/bin/time -f "peak_rss_kb=%M elapsed=%e user=%U" java -Xmx128m -jar "$IMPORTER" "$OUT/mem/export.jsonl" \
    --mailbox 85 --base-url "http://127.0.0.1:$PORT/" --requests-per-minute 0 --concurrency 4 --progress lines \
    >> "$OUT/memory.txt" 2>&1
  rm -rf "$OUT/mem/files"
fi
cat "$OUT"/*.txt
