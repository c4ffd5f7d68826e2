#!/usr/bin/env bash
# Single-thread page throughput (JMH). Prints the corpus size and ms per pass; MB/s = bytes / 1e6 / (ms/1000).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/test-cp.txt)" org.openjdk.jmh.Main PageBenchmark "$@"
