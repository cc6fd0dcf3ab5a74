#!/usr/bin/env bash
# Writes what the processor generates for a model, without compiling it (javac -proc:only), and prints
# the number of generated files and lines (docs/benchmarks.md, benchmark 5: generated lines).
#
#   benchmarks/generator/generated_sources.sh TREE MODEL OUT
#
# TREE: a built checkout (processor/target/*.jar and the class path files of
# `mvn -pl processor,generated-client -am package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt`);
# MODEL: helpscout, or a directory of model sources (benchmarks/generator/synthetic_model.py N DIR);
# OUT: where the generated sources go (emptied first).
set -euo pipefail
tree=$(cd "$1" && pwd)
model=$2
out=$3
rm -rf "$out" && mkdir -p "$out"
processor_path="$tree/processor/target/mailwright-processor-0.1.0-SNAPSHOT.jar:$(cat "$tree/processor/target/classpath.txt")"
client_cp=$(tr ':' '\n' < "$tree/generated-client/target/classpath.txt" | grep -v mailwright-processor | paste -sd:)
# The runtime: sources before it became a module of its own, its jar after.
if [ -d "$tree/generated-client/src/main/java/io/mailwright/helpscout/runtime" ]; then
  runtime_sources=$(find "$tree/generated-client/src/main/java/io/mailwright/helpscout/runtime" -name '*.java' | sort)
else
  runtime_sources=""
  client_cp="$client_cp:$(ls "$tree"/runtime/target/mailwright-runtime-*.jar | grep -v -e sources -e javadoc | head -1)"
fi
if [ "$model" = helpscout ]; then
  sources="$(find "$tree/api-model/src/main/java/io/mailwright/model/helpscout" -name '*.java' | sort)
$tree/generated-client/src/main/java/io/mailwright/helpscout/package-info.java"
else
  sources=$(find "$model" -name '*.java' | sort)
fi
# shellcheck disable=SC2086
javac --release 17 -nowarn -proc:only -s "$out" -d "$out" -cp "$client_cp" -processorpath "$processor_path" \
  $sources $runtime_sources
echo "files=$(find "$out" -name '*.java' | wc -l) lines=$(find "$out" -name '*.java' -exec cat {} + | wc -l)"
