#!/usr/bin/env bash
# Benchmark: builds the services and runs them on one machine to measure syncs of 100, 1,000 and 10,000
# titles (against 5x as many tracker books) and two instances sharing a cron run for 200 users.
# Options pass through, e.g. ./bench.sh --sizes 100,1000 --users 50. Figures go to bench-results/.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q package -DskipTests
exec java -cp "benchmark/target/classes:$(cat benchmark/target/classpath.txt)" dev.shelfsync.benchmark.BenchmarkMain "$@"
