#!/usr/bin/env bash
# First-run start-up time on demand (not part of `mvn -B verify`): starts the packaged jar as a new
# user does — DATABASE_URL=embedded, a new DBKEEP_HOME — and measures the time from `java -jar` to
# the first 200 from /health/ready; stops it with SIGTERM and measures a start on the now existing
# data directory. Repeats RUNS times (default 3) and prints every figure, the medians and the load.
#
# Usage: scripts/first-run-timing.sh   (RUNS=3; BENCH_JAR=path/to/other.jar times another build)
# Needs: curl; builds bootstrap/target/dbkeep.jar if it is missing. The PostgreSQL binaries are
# unpacked once into bootstrap/target/postgres-binaries (DBKEEP_POSTGRES_BINARIES), as a user's
# first start unpacks them into ~/.dbkeep/binaries: that one-off (a few seconds) is not counted.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
JAR=${BENCH_JAR:-bootstrap/target/dbkeep.jar}
BINARIES=$PWD/bootstrap/target/postgres-binaries
WORK=$(mktemp -d /tmp/dbkeep-first-run.XXXXXX)
PID=""

cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -f "$JAR" ] || mvn -B -q package -DskipTests

now_ms() { date +%s%3N; }

# start HOME LOG: sets ELAPSED to the milliseconds from start to the first 200 (runs in this
# shell, not a subshell, so that PID stays known to stop and cleanup)
start() {
  local home=$1 log=$2 began port=""
  began=$(now_ms)
  DATABASE_URL=embedded DBKEEP_HOME=$home DBKEEP_POSTGRES_BINARIES=$BINARIES PORT=0 HOST=127.0.0.1 \
    java -jar "$JAR" >"$log" 2>&1 &
  PID=$!
  for _ in $(seq 1 6000); do
    port=$(sed -n 's/.*listening on http:\/\/[^ ]*:\([0-9]*\) .*/\1/p' "$log" | head -1)
    [ -n "$port" ] && break
    kill -0 "$PID" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.02
  done
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ]; do
    sleep 0.02
  done
  ELAPSED=$(($(now_ms) - began))
}

stop() {
  kill -TERM "$PID"
  wait "$PID" || true
  PID=""
}

# unpack the binaries once (a user's very first start also does this)
warm=$WORK/warm
start "$warm" "$WORK/warm.log"
stop

ELAPSED=0
fresh=() existing=()
for run in $(seq 1 "$RUNS"); do
  home=$WORK/home-$run
  start "$home" "$WORK/fresh-$run.log"
  fresh+=("$ELAPSED")
  stop
  start "$home" "$WORK/existing-$run.log"
  existing+=("$ELAPSED")
  stop
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "fresh DBKEEP_HOME    (ms): ${fresh[*]}   median $(median "${fresh[@]}")"
echo "existing DBKEEP_HOME (ms): ${existing[*]}   median $(median "${existing[@]}")"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
