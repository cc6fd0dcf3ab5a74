#!/usr/bin/env bash
# Benchmark 5 before and after a change to the generator (docs/benchmarks.md, "Issue 10"): the same
# models through two built checkouts, in the same window, interleaved run by run so that a load that
# comes and goes on a shared machine falls on both.
#
#   benchmarks/generator/compare.sh lines TREE MODEL OUT   what TREE's processor writes for MODEL
#                                                           (javac -proc:only into OUT): files, lines
#   benchmarks/generator/compare.sh time BEFORE AFTER OUT   javac with and without the processor over
#                                                           the Help Scout model (GEN_RUNS, 3) and the
#                                                           synthetic models (GEN_SIZES, "1000"; GEN_RUNS_SYNTHETIC, 1)
#                                                           through both trees, and OpenAPI Generator
#                                                           (+ javac over its output) GEN_RUNS times;
#                                                           one JSON line per run in OUT/generator.jsonl
#   benchmarks/generator/compare.sh summary OUT             the medians of OUT/generator.jsonl
#
# TREE, BEFORE, AFTER: built checkouts, each after
#   mvn -B -q -pl processor,generated-client -am package dependency:build-classpath \
#       -Dmdep.outputFile=target/classpath.txt -DincludeScope=compile -DskipTests
# (the runtime as sources under generated-client before it became a module, as its jar after: then
# `runtime` is in the reactor too). MODEL: helpscout, or a directory of model sources
# (benchmarks/generator/synthetic_model.py N DIR). JavacTimer comes from AFTER's (or TREE's)
# benchmarks/target/benchmarks.jar (`mvn -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests`);
# OpenAPI Generator from benchmarks/target/tools and benchmarks/target/openapi-classpath.txt, as
# benchmarks/run.sh fetches them (OPENAPI_JAR, OPENAPI_CP to point elsewhere).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)

# javac_args TREE MODEL: the class path, processor path and sources of one javac run, one per line.
javac_args() {
  local tree model client_cp runtime_jar
  tree=$(cd "$1" && pwd)
  model=$2
  client_cp=$(tr ':' '\n' < "$tree/generated-client/target/classpath.txt" | grep -v -e mailwright-processor -e mailwright-runtime | paste -sd:)
  runtime_jar=$(ls "$tree"/runtime/target/*.jar 2>/dev/null | grep -v -e sources -e javadoc | head -1 || true)
  [ -n "$runtime_jar" ] && client_cp="$client_cp:$runtime_jar"
  echo "-cp"
  echo "$client_cp"
  echo "-processorpath"
  echo "$tree/processor/target/mailwright-processor-0.1.0-SNAPSHOT.jar:$(cat "$tree/processor/target/classpath.txt")"
  if [ "$model" = helpscout ]; then
    find "$tree/api-model/src/main/java/io/mailwright/model/helpscout" -name '*.java' | sort
    echo "$tree/generated-client/src/main/java/io/mailwright/helpscout/package-info.java"
  else
    find "$model" -name '*.java' | sort
  fi
  if [ -z "$runtime_jar" ]; then
    find "$tree/generated-client/src/main/java/io/mailwright/helpscout/runtime" -name '*.java' | sort
  fi
}

lines() {
  local out=$3
  rm -rf "$out" && mkdir -p "$out"
  mapfile -t args < <(javac_args "$1" "$2")
  javac --release 17 -nowarn -proc:only -s "$out" -d "$out" "${args[@]}"
  echo "files=$(find "$out" -name '*.java' | wc -l) lines=$(find "$out" -name '*.java' -exec cat {} + | wc -l)"
}

# timed OUT LABEL COMMAND...: one JSON line: elapsed, the process's CPU (GNU time), JavacTimer's line.
timed() {
  local out=$1 label=$2
  shift 2
  local s e cpu javac
  s=$(date +%s%N)
  /usr/bin/time -f '%U %S' -o "$out/time.txt" "$@" > "$out/stdout.txt" 2> "$out/stderr.txt" || {
    cat "$out/stderr.txt" >&2
    echo "failed: $label" >&2
    exit 1
  }
  e=$(date +%s%N)
  cpu=$(tail -1 "$out/time.txt" | awk '{printf "%.0f", ($1 + $2) * 1000}')
  javac=$(grep -h '^{"ok"' "$out/stdout.txt" || echo 'null')
  echo "{\"label\": \"$label\", \"load\": \"$(cut -d' ' -f1 /proc/loadavg)\", \"wall_ms\": $(( (e - s) / 1000000 )), \"cpu_ms\": $cpu, \"javac\": $javac}" \
    | tee -a "$out/generator.jsonl"
}

# javac_run OUT TREE LABEL MODEL MODE: JavacTimer over MODEL with TREE's processor (full) or without (none).
javac_run() {
  local out=$1 tree=$2 label=$3 model=$4 mode=$5
  rm -rf "$out/classes" && mkdir -p "$out/classes"
  mapfile -t args < <(javac_args "$tree" "$model")
  if [ "$mode" = none ]; then
    args=("${args[0]}" "${args[1]}" -proc:none "${args[@]:4}")
  fi
  timed "$out" "$label $mode" java -cp "$JAR" io.mailwright.benchmarks.JavacTimer --release 17 -nowarn \
    -d "$out/classes" -s "$out/classes" "${args[@]}"
}

compare() {
  local before after out
  before=$(cd "$1" && pwd)
  after=$(cd "$2" && pwd)
  out=$3
  mkdir -p "$out"
  : > "$out/generator.jsonl"
  JAR=$after/benchmarks/target/benchmarks.jar
  local openapi_jar=${OPENAPI_JAR:-$after/benchmarks/target/tools/openapi-generator-cli.jar}
  local openapi_cp
  openapi_cp=$(cat "${OPENAPI_CP:-$after/benchmarks/target/openapi-classpath.txt}")
  for i in $(seq 1 "${GEN_RUNS:-3}"); do
    for side in before after; do
      local tree=$before
      [ $side = after ] && tree=$after
      javac_run "$out" "$tree" "$side helpscout" helpscout none
      javac_run "$out" "$tree" "$side helpscout" helpscout full
    done
    rm -rf "$out/openapi" "$out/openapi-classes" && mkdir -p "$out/openapi-classes"
    timed "$out" "openapi generate" java -jar "$openapi_jar" generate -i "$after/benchmarks/openapi/helpscout.yaml" \
      -g java --library retrofit2 -o "$out/openapi" \
      --additional-properties=useBeanValidation=true,performBeanValidation=true,useJakartaEe=true
    # shellcheck disable=SC2046
    timed "$out" "openapi javac" java -cp "$JAR" io.mailwright.benchmarks.JavacTimer --release 17 -nowarn \
      -d "$out/openapi-classes" -cp "$openapi_cp" $(find "$out/openapi/src/main/java" -name '*.java' | sort)
  done
  for n in ${GEN_SIZES:-1000}; do
    python3 "$HERE/synthetic_model.py" "$n" "$out/synthetic$n" > /dev/null
    for i in $(seq 1 "${GEN_RUNS_SYNTHETIC:-1}"); do
      for side in before after; do
        local tree=$before
        [ $side = after ] && tree=$after
        javac_run "$out" "$tree" "$side synthetic$n" "$out/synthetic$n" none
        javac_run "$out" "$tree" "$side synthetic$n" "$out/synthetic$n" full
      done
    done
  done
}

# summary OUT: medians per label of OUT/generator.jsonl (elapsed, process CPU, javac's processing phase).
summary() {
  python3 - "$1/generator.jsonl" <<'PY'
import json, statistics, sys
runs = {}
for line in open(sys.argv[1]):
    r = json.loads(line)
    runs.setdefault(r["label"], []).append(r)
print(f"{'label':28} {'n':>2} {'wall s':>8} {'cpu s':>7} {'proc s':>7} {'proc cpu s':>10} {'load':>6}")
for label, rs in runs.items():
    med = lambda f: statistics.median(f(r) for r in rs)
    proc = med(lambda r: (r["javac"] or {}).get("processing_ms", 0)) / 1000
    proc_cpu = med(lambda r: (r["javac"] or {}).get("processing_cpu_ms", 0)) / 1000
    loads = "/".join(r["load"] for r in rs)
    print(f"{label:28} {len(rs):>2} {med(lambda r: r['wall_ms']) / 1000:8.2f} {med(lambda r: r['cpu_ms']) / 1000:7.2f}"
          f" {proc:7.2f} {proc_cpu:10.2f} {loads:>6}")
PY
}

case ${1:-} in
  lines) lines "$2" "$3" "$4" ;;
  time) compare "$2" "$3" "$4" && summary "$4" ;;
  summary) summary "$2" ;;
  *) sed -n '2,24p' "$0" >&2; exit 2 ;;
esac
