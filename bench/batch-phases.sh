#!/usr/bin/env bash
# Per-model time and allocation by step (parse, analysis, JSON tree, JSON file, Markdown file) on one
# warm thread, over N distinct generated medium models; three rounds, read the last.
# Usage: bench/batch-phases.sh [models=200]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -XX:+UseParallelGC -Xss4m -Xmx1g -Dvigil.ruleCache=target/bench-rule-cache ${VIGIL_BENCH_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.vigil.bench.BatchPhasesBenchmark "${1:-200}"
