#!/usr/bin/env bash
# Wall time from process start to written reports, for the smallest example with the full
# bundled rule base, through the ./vigil launcher. Usage: bench/startup.sh [runs=10] [model]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
model=${2:-examples/minimal.yaml}
[ -f target/vigil.jar ] || mvn -q -B package -DskipTests
out=$(mktemp -d)
times=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  ./vigil analyze "$model" --out "$out" --quiet
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
echo "runs: $runs, model: $model"
echo "wall ms (sorted): $(echo $sorted | tr '\n' ' ')"
echo "median ms: $(printf '%s\n' $sorted | sed -n "$(( (runs + 1) / 2 ))p"), min ms: $(printf '%s\n' $sorted | head -1)"
rm -rf "$out"
