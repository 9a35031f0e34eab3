#!/usr/bin/env bash
# Analysis time and peak heap by model size (components; five flows each), under a 512 MB heap.
# Usage: bench/large.sh [125 250 500 1000]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx512m -XX:+UseSerialGC -Xss4m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.vigil.bench.LargeModelBenchmark "$@"
