#!/usr/bin/env bash
# Time per analysis step (parse, Drools session, scoring + plan, scenarios, JSON) by model size.
# Usage: bench/phases.sh [-Xmx…] 250 500 1000 2000   (the heap defaults to 512 MB)
set -euo pipefail
cd "$(dirname "$0")/.."
heap=-Xmx512m
if [[ ${1:-} == -Xmx* ]]; then heap=$1; shift; fi
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java "$heap" -XX:+UseSerialGC -Xss4m ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.vigil.bench.LargeModelBenchmark --phases "$@"
