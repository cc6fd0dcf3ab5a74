#!/usr/bin/env bash
# Runs the benchmarks of the generated Help Scout client and of its generator (issue 5) and writes
# the table into docs/benchmarks.md (between its GENERATED markers; the reading around them stays).
#
#   benchmarks/run.sh            the quick profile: under 10 minutes on 2 cores
#
# Knobs (environment): JMH_ROUNDS (2), JMH_ARGS ("-f 1 -wi 4 -w 1s -i 5 -r 1s": benchmarks 1 and 2),
# JMH_E2E_ARGS ("-f 1 -wi 15 -w 1s -i 5 -r 1s": benchmark 3, whose client path takes some 15 s of
# warm-up with four threads on two cores), JMH_E2E (the end-to-end benchmarks run), GEN_RUNS (3: the
# Help Scout model, 10 endpoints, OpenAPI Generator), GEN_RUNS_100 (2), GEN_RUNS_1000 (1),
# GEN_SIZES ("10 100 1000": the synthetic models), SKIP_BUILD (unset). Results land in benchmarks/target/results/.
#
# Builds only the benchmarks module and what it needs (-Pbenchmarks -pl benchmarks -am package);
# never installs anything into the local Maven repository.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
BENCH=$ROOT/benchmarks
TARGET=$BENCH/target
RESULTS=$TARGET/results
JMH_ROUNDS=${JMH_ROUNDS:-2}
JMH_ARGS=${JMH_ARGS:--f 1 -wi 4 -w 1s -i 5 -r 1s}
JMH_E2E_ARGS=${JMH_E2E_ARGS:--f 1 -wi 15 -w 1s -i 5 -r 1s}
# rawOkHttpChunked (raw OkHttp with a chunked body) is left out of the quick profile; add it here to see
# what chunked encoding costs.
JMH_E2E=${JMH_E2E:-EndToEndBenchmark.(generatedClient|rawOkHttp|generatedClient4Threads|rawOkHttp4Threads)\$}
GEN_RUNS=${GEN_RUNS:-3}
GEN_RUNS_100=${GEN_RUNS_100:-2}
GEN_RUNS_1000=${GEN_RUNS_1000:-1}
GEN_SIZES=${GEN_SIZES:-10 100 1000}
OPENAPI_VERSION=$(sed -n 's:.*<openapi-generator.version>\(.*\)</openapi-generator.version>.*:\1:p' pom.xml)

START=$(date +%s)
log() { echo "[run.sh $(( $(date +%s) - START ))s] $*" >&2; }

for tool in java mvn python3 git; do
  command -v "$tool" > /dev/null || { echo "run.sh needs $tool on the PATH" >&2; exit 1; }
done
# GNU time gives the generator runs' CPU time; without it (Debian package "time") they get none.
TIME_CMD=()
[ -x /usr/bin/time ] && TIME_CMD=(/usr/bin/time -f '%U %S' -o "$TARGET/generator-time.txt")

rm -rf "$RESULTS"
mkdir -p "$RESULTS"
{
  echo "load_before=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "start=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!docs/benchmarks.md' || echo '+uncommitted')"
  echo "jmh_rounds=$JMH_ROUNDS"
  echo "jmh_args=$JMH_ARGS"
  echo "jmh_e2e_args=$JMH_E2E_ARGS"
  echo "jmh_e2e=$JMH_E2E"
  echo "gen_runs=$GEN_RUNS"
  echo "gen_runs_100=$GEN_RUNS_100"
  echo "gen_runs_1000=$GEN_RUNS_1000"
  echo "openapi_version=$OPENAPI_VERSION"
} > "$RESULTS/run.properties"

# 1. Build: the JMH uber-jar, the class paths of the generator comparison, OpenAPI Generator.
if [ -z "${SKIP_BUILD:-}" ]; then
  log "building (mvn -Pbenchmarks -pl benchmarks -am package)"
  mvn -B -q -Pbenchmarks -pl benchmarks -am package dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -DincludeScope=compile -DskipTests
  mvn -B -q dependency:copy -Dartifact="org.openapitools:openapi-generator-cli:$OPENAPI_VERSION" \
    -DoutputDirectory="$TARGET/tools" -Dmdep.stripVersion=true
  mvn -B -q -f benchmarks/openapi/pom.xml dependency:build-classpath \
    -Dmdep.outputFile="$TARGET/openapi-classpath.txt"
fi
JAR=$TARGET/benchmarks.jar

# 2. JMH: benchmarks 1-3, in rounds of one fork each, so that a load that comes and goes on a shared
#    machine falls on both sides of each comparison.
for round in $(seq 1 "$JMH_ROUNDS"); do
  log "JMH round $round/$JMH_ROUNDS"
  # shellcheck disable=SC2086
  java -jar "$JAR" $JMH_ARGS -rf json -rff "$RESULTS/jmh-round$round-micro.json" \
    'io.mailwright.benchmarks.(Validation|Serialization|Read)Benchmark' > "$RESULTS/jmh-round$round-micro.log" 2>&1
  # shellcheck disable=SC2086
  java -jar "$JAR" $JMH_E2E_ARGS -rf json -rff "$RESULTS/jmh-round$round-e2e.json" \
    "io.mailwright.benchmarks.$JMH_E2E" > "$RESULTS/jmh-round$round-e2e.log" 2>&1
done

# 3. Attachment memory: a child JVM with -Xmx96m per size.
log "attachment memory"
java -cp "$JAR" io.mailwright.benchmarks.MemoryRunner "$JAR" "$TARGET/memory" "$RESULTS/memory.json" \
  > "$RESULTS/memory.log" 2>&1

# 4. Generator: javac over a model with the processor, without it (-proc:none), and OpenAPI Generator.
GEN=$TARGET/generator
rm -rf "$GEN"
mkdir -p "$GEN"
PROCESSOR_PATH="$ROOT/processor/target/mailwright-processor-0.1.0-SNAPSHOT.jar:$(cat processor/target/classpath.txt)"
CLIENT_CP=$(tr ':' '\n' < generated-client/target/classpath.txt | grep -v mailwright-processor | paste -sd:)
# The runtime (mailwright-runtime) is a jar on CLIENT_CP: compiled against, not compiled.
TIMINGS=$RESULTS/generator.jsonl
: > "$TIMINGS"

# timed LABEL COMMAND...: runs the command, appends its elapsed and CPU time (and the JSON line a
# JavacTimer prints, if any) to $TIMINGS.
timed() {
  local label=$1
  shift
  local s e
  s=$(date +%s%N)
  rm -f "$TARGET/generator-time.txt"
  "${TIME_CMD[@]}" "$@" > "$GEN/out.txt" 2> "$GEN/err.txt" || {
    cat "$GEN/err.txt" >&2
    echo "failed: $label" >&2
    exit 1
  }
  e=$(date +%s%N)
  local cpu javac
  cpu=null
  [ -s "$TARGET/generator-time.txt" ] && cpu=$(tail -1 "$TARGET/generator-time.txt" | awk '{printf "%.0f", ($1 + $2) * 1000}')
  javac=$(grep -h '^{"ok"' "$GEN/out.txt" || echo 'null')
  echo "{\"label\": \"$label\", \"wall_ms\": $(( (e - s) / 1000000 )), \"cpu_ms\": $cpu, \"javac\": $javac}" >> "$TIMINGS"
}

# javac_model LABEL SOURCE_DIR MODE: the model's sources and its @GenerateClient trigger, compiled as
# the generated-client module compiles them (the runtime is a jar on CLIENT_CP); MODE full (the processor runs,
# its output is compiled too) or none (-proc:none: the same sources, nothing generated).
javac_model() {
  local label=$1 sources=$2 mode=$3
  rm -rf "$GEN/classes" && mkdir -p "$GEN/classes"
  local proc=(-proc:none)
  [ "$mode" = full ] && proc=(-processorpath "$PROCESSOR_PATH")
  # shellcheck disable=SC2046,SC2086
  timed "$label $mode" java -cp "$JAR" io.mailwright.benchmarks.JavacTimer --release 17 -nowarn \
    -d "$GEN/classes" -s "$GEN/classes" -cp "$CLIENT_CP" "${proc[@]}" \
    $(find "$sources" -name '*.java' | sort)
}

# The Help Scout model: its pages and the trigger of generated-client.
mkdir -p "$GEN/helpscout/io/mailwright/model/helpscout" "$GEN/helpscout/io/mailwright/helpscout"
cp api-model/src/main/java/io/mailwright/model/helpscout/*.java "$GEN/helpscout/io/mailwright/model/helpscout/"
cp generated-client/src/main/java/io/mailwright/helpscout/package-info.java "$GEN/helpscout/io/mailwright/helpscout/"
log "generator: Help Scout model"
for i in $(seq 1 "$GEN_RUNS"); do
  javac_model helpscout "$GEN/helpscout" none
  javac_model helpscout "$GEN/helpscout" full
done
for n in $GEN_SIZES; do
  log "generator: synthetic model of $n endpoints"
  python3 "$BENCH/generator/synthetic_model.py" "$n" "$GEN/synthetic$n"
  runs=$GEN_RUNS
  [ "$n" = 100 ] && runs=$GEN_RUNS_100
  [ "$n" = 1000 ] && runs=$GEN_RUNS_1000
  for i in $(seq 1 "$runs"); do
    javac_model "synthetic$n" "$GEN/synthetic$n" none
    javac_model "synthetic$n" "$GEN/synthetic$n" full
  done
done

log "generator: OpenAPI Generator $OPENAPI_VERSION"
OPENAPI_CP=$(cat "$TARGET/openapi-classpath.txt")
for i in $(seq 1 "$GEN_RUNS"); do
  rm -rf "$GEN/openapi" "$GEN/openapi-classes" && mkdir -p "$GEN/openapi-classes"
  timed "openapi generate" java -jar "$TARGET/tools/openapi-generator-cli.jar" generate \
    -i "$BENCH/openapi/helpscout.yaml" -g java --library retrofit2 -o "$GEN/openapi" \
    --additional-properties=useBeanValidation=true,performBeanValidation=true,useJakartaEe=true
  # shellcheck disable=SC2046
  timed "openapi javac" java -cp "$JAR" io.mailwright.benchmarks.JavacTimer --release 17 -nowarn \
    -d "$GEN/openapi-classes" -cp "$OPENAPI_CP" $(find "$GEN/openapi/src/main/java" -name '*.java' | sort)
done
# What each side writes, for the reading.
{
  rm -rf "$GEN/classes" && mkdir -p "$GEN/classes"
  java -cp "$JAR" io.mailwright.benchmarks.JavacTimer --release 17 -nowarn -proc:only -s "$GEN/classes" \
    -cp "$CLIENT_CP" -processorpath "$PROCESSOR_PATH" $(find "$GEN/helpscout" -name '*.java' | sort) > /dev/null
  echo "mailwright_helpscout_generated_files=$(find "$GEN/classes" -name '*.java' | wc -l)"
  echo "mailwright_helpscout_generated_lines=$(find "$GEN/classes" -name '*.java' -exec cat {} + | wc -l)"
  echo "openapi_generated_files=$(find "$GEN/openapi/src/main/java" -name '*.java' | wc -l)"
  echo "openapi_generated_lines=$(find "$GEN/openapi/src/main/java" -name '*.java' -exec cat {} + | wc -l)"
  for n in $GEN_SIZES; do
    echo "synthetic${n}_model_lines=$(find "$GEN/synthetic$n" -name '*.java' -exec cat {} + | wc -l)"
  done
} >> "$RESULTS/run.properties"

END=$(date +%s)
{
  echo "load_after=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "total_seconds=$(( END - START ))"
} >> "$RESULTS/run.properties"
log "writing docs/benchmarks.md"
python3 "$BENCH/report.py" "$RESULTS" "$ROOT/docs/benchmarks.md"
log "done in $(( END - START ))s"
