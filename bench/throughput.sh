#!/usr/bin/env bash
# Analyses per second for a medium synthetic model (args: components flows seconds).
# Usage: bench/throughput.sh [100 300 20]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -XX:+UseSerialGC -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.vigil.bench.ThroughputBenchmark "${1:-100}" "${2:-300}" "${3:-20}"
