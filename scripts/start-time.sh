#!/usr/bin/env bash
# Start time of one or more jars, A/B: java -jar JAR (as the README says, external PostgreSQL) to
# the first 200 from /health/ready. Each jar gets its own DBKEEP_HOME, warmed first until its
# class-data archive exists (ADR 0106: the first start records the classes, the second makes the
# archive beside the server); then RUNS measured starts per jar, the jars taking turns, so that a
# machine loaded by others weighs on every jar alike. Prints per jar the median and all starts in
# ms, the median CPU time the started JVM and its bounded child had used by then (less sensitive to
# the load than the wall clock), and the load average before and after.
#
# Usage: scripts/start-time.sh JAR [JAR…]   (RUNS=5, START_PORT=18091)
# Needs: the local PostgreSQL (postgres@127.0.0.1:5432), psql, curl. Uses a throw-away database
# dbkeep_bench_start.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: $0 JAR [JAR…]" >&2; exit 2; }
RUNS=${RUNS:-5}
source scripts/lib/save-bench.sh
bench_init dbkeep_bench_start "${START_PORT:-18091}" dbkeep-start-time
TICKS=$(getconf CLK_TCK)

# cpu_ms PID: user + system CPU of PID and its children (the bounded JVM), in ms
cpu_ms() {
  local total=0 pid fields
  for pid in "$1" $(pgrep -P "$1" || true); do
    fields=$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null) || continue
    total=$(( total + $(echo "$fields" | awk '{print $12 + $13}') ))
  done
  echo $(( total * 1000 / TICKS ))
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

JARS=("$@")
declare -A WALL CPU
for i in "${!JARS[@]}"; do
  home="$WORK/home-$i"
  for _ in 1 2; do bench_start_server "${JARS[$i]}" "$home"; bench_stop_server; done
  for _ in $(seq 1 360); do compgen -G "$home/cds/dbkeep-*.jsa" >/dev/null && break; sleep 0.5; done
  compgen -G "$home/cds/dbkeep-*.jsa" >/dev/null || echo "warning: no class-data archive for ${JARS[$i]}" >&2
  WALL[$i]=""
  CPU[$i]=""
done

LOAD_BEFORE=$(sed 's/ [0-9]*\/.*//' /proc/loadavg)
for _ in $(seq 1 "$RUNS"); do
  for i in "${!JARS[@]}"; do
    bench_start_server "${JARS[$i]}" "$WORK/home-$i"
    WALL[$i]="${WALL[$i]} $READY_MS"
    CPU[$i]="${CPU[$i]} $(cpu_ms "$SERVER_PID")"
    bench_stop_server
  done
done
LOAD_AFTER=$(sed 's/ [0-9]*\/.*//' /proc/loadavg)

for i in "${!JARS[@]}"; do
  # shellcheck disable=SC2086
  echo "${JARS[$i]}: start → ready median $(median ${WALL[$i]}) ms (all:${WALL[$i]}), CPU median $(median ${CPU[$i]}) ms (all:${CPU[$i]})"
done
echo "load average (1, 5, 15 min) before: $LOAD_BEFORE; after: $LOAD_AFTER; $(nproc) processors"
