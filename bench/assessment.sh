#!/usr/bin/env bash
# Answer → updated findings for a medium assessment (60 named items), p50 and p99.
# Usage: bench/assessment.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -XX:+UseParallelGC -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.vigil.bench.AssessmentBenchmark
