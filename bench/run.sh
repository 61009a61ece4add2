#!/usr/bin/env bash
# The benchmark: packages the service, runs the load benchmark (8 and 32 clients; full prefetch, no order in scope, no
# prefetch against a stub FHIR server with a fixed delay, and the discovery baseline), then the JMH benchmarks.
# Usage: bench/run.sh [--seconds=20] [--fhir-delay-ms=100] [--database=postgresql]
# (--database=postgresql: the production store, an embedded PostgreSQL server on this machine, instead of H2.)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java bench/LoadBenchmark.java "$@"
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
  'org.spinecds.bench.*' -f 1 -wi 3 -w 2s -i 5 -r 2s -tu us -bm avgt
