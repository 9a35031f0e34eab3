#!/usr/bin/env bash
# The attack-path step alone by model size: bounded search against every entry point searched in full, turn about.
# Usage: bench/paths.sh [-Xmx…] 1000 2000 4000 8000   (the heap defaults to 4 GB: the rules at 8,000 components need it)
set -euo pipefail
cd "$(dirname "$0")/.."
heap=-Xmx4g
if [[ ${1:-} == -Xmx* ]]; then heap=$1; shift; fi
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java "$heap" -XX:+UseSerialGC -Xss4m ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.vigil.analysis.AttackPathBenchmark "$@"
