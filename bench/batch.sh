#!/usr/bin/env bash
# Portfolio batch throughput: N generated medium models on T threads, with a 1 GB heap.
# Usage: bench/batch.sh [models=1000] [threads=2] [warm-up models=N/10, 50..500]
# Runs the executable-model rule base from target/bench-rule-cache (as the CLI does; the first run
# compiles it) with the JVM flags ./vigil uses for batch; VIGIL_BENCH_OPTS adds or overrides flags.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -XX:+UseParallelGC -Xss4m -Xmx1g -Dvigil.ruleCache=target/bench-rule-cache ${VIGIL_BENCH_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.vigil.bench.BatchBenchmark "${1:-1000}" "${2:-2}" ${3:-}
