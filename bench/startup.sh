#!/usr/bin/env bash
# Wall time from process start to written reports, for the smallest example with the full bundled
# rule base, in three set-ups taken turn about in one run (the machines are noisy: compare ratios):
#   drl        --no-rule-cache, no class-data archive: the DRL compiled at every start (the old way)
#   cache      the rule base compiled ahead by `mvn package` (in the jar), no class-data archive
#   cache+cds  the same plus target/vigil.jsa: what ./vigil runs
# Usage: bench/startup.sh [runs=10] [model]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
model=${2:-examples/minimal.yaml}
[ -f target/vigil.jar ] || mvn -q -B package -DskipTests
out=$(mktemp -d)
export VIGIL_HOME=$PWD VIGIL_CACHE_DIR=$out/cache
opts="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss4m"   # the launcher's
declare -A times
run() {  # set-up name, JVM flags, Vigil options
  local start end
  start=$(date +%s%N)
  java $opts $2 -jar target/vigil.jar analyze "$model" --out "$out/r" --quiet $3
  end=$(date +%s%N)
  times[$1]="${times[$1]:-} $(( (end - start) / 1000000 ))"
}
cds=""
[ -f target/vigil.jsa ] && cds="-XX:SharedArchiveFile=target/vigil.jsa"
for i in $(seq "$runs"); do
  run drl "" --no-rule-cache
  run cache "" ""
  run cache+cds "$cds" ""
done
echo "runs: $runs, model: $model"
for name in drl cache cache+cds; do
  sorted=$(printf '%s\n' ${times[$name]} | sort -n)
  echo "$name: median ms $(printf '%s\n' $sorted | sed -n "$(( (runs + 1) / 2 ))p"), min ms $(printf '%s\n' $sorted | head -1)  (all: $(echo $sorted | tr '\n' ' '))"
done
rm -rf "$out"
