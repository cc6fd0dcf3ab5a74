#!/usr/bin/env bash
# Builds the project twice from scratch (clean package, tests skipped) and compares the SHA-256 of
# every jar it writes: with project.build.outputTimestamp set (root pom.xml), the two builds of one
# commit must give byte-identical jars (issue 11, item 13). Exits 1 and lists the jars that differ
# otherwise. Takes two builds' time (some 5 minutes on 2 cores).
#
#   scripts/check-reproducible.sh            the default modules
#   scripts/check-reproducible.sh -Pbenchmarks   any extra Maven arguments, e.g. the benchmarks too
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

build() {
  mvn -B -q clean package -DskipTests "$@" > "$OUT/build.log" 2>&1 || { cat "$OUT/build.log" >&2; exit 1; }
  find . -path ./.git -prune -o -path '*/target/*.jar' -print | sort | xargs sha256sum
}

echo "build 1 ..." >&2
build "$@" > "$OUT/first.txt"
echo "build 2 ..." >&2
build "$@" > "$OUT/second.txt"
if diff "$OUT/first.txt" "$OUT/second.txt"; then
  echo "reproducible: $(wc -l < "$OUT/first.txt") jars byte-identical across two builds"
  cat "$OUT/first.txt"
else
  echo "NOT reproducible: the jars above differ between two builds of the same sources" >&2
  exit 1
fi
