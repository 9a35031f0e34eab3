#!/usr/bin/env sh
# Class-data-sharing archive for the ./vigil launcher, made by `mvn package` after the jar: one
# training run records the classes an analysis loads, then the JVM dumps them, parsed and
# verified, into target/vigil.jsa, which the launcher maps at start (about 0.5 s saved).
# The archive belongs to this JDK and this jar; the JVM ignores it, silently, when either changes.
# Usage: class-data-archive.sh <project dir>
set -e
cd "$1"
# the same flags as the launcher's defaults: an archive is only used under the GC it was dumped with
opts="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss4m"
rm -f target/vigil.jsa target/vigil.classlist
VIGIL_HOME="$PWD" VIGIL_CACHE_DIR="$PWD/target/rule-cache" java $opts -XX:DumpLoadedClassList=target/vigil.classlist \
  -jar target/vigil.jar analyze examples/minimal.yaml --out target/cds-training --quiet
if ! java $opts -Xshare:dump -XX:SharedClassListFile=target/vigil.classlist -XX:SharedArchiveFile=target/vigil.jsa \
  -jar target/vigil.jar >target/cds-dump.log 2>&1; then
  rm -f target/vigil.jsa
  echo "vigil: no class-data archive (see target/cds-dump.log): start-up is slower, nothing else changes" >&2
fi
