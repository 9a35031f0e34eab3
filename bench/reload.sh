#!/usr/bin/env bash
# Reload time of the full bundled rule base, and heap/metaspace growth over N reloads (default 100).
# Usage: bench/reload.sh [reloads]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -XX:+UseSerialGC -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.vigil.bench.ReloadBenchmark "${1:-100}"
