#!/usr/bin/env bash
# Studio performance on demand (not part of `mvn -B verify`): times the Studio's HTTP API, as the
# browser calls it, against
#   1. a 1,000,000-row table: the first page, page 10,000 by keyset, a filtered page on an indexed
#      column (50 rows a page, each figure the median and the 95th percentile of 30 requests);
#   2. a database of 10,000 tables: the table list (median of 5).
#
# Usage: scripts/studio-benchmark.sh [postgres|mariadb|sqlite]...   (default: all three)
# Needs: the local PostgreSQL (postgres@127.0.0.1:5432) and MariaDB (root@127.0.0.1:3306), as
# .ci/run starts them; psql, mysql, sqlite3, curl and jq. Builds bootstrap/target/dbkeep.jar if
# it is missing. Creates throw-away databases named dbkeep_bench_* and drops them afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${BENCH_ROWS:-1000000}
TABLES=${BENCH_TABLES:-10000}
RUNS=${BENCH_RUNS:-30}
JAR=bootstrap/target/dbkeep.jar
WORK=$(mktemp -d /tmp/dbkeep-bench.XXXXXX)
STUDIO_PID=""

cleanup() {
  if [ -n "$STUDIO_PID" ]; then kill "$STUDIO_PID" 2>/dev/null || true; wait "$STUDIO_PID" 2>/dev/null || true; fi
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS dbkeep_bench_rows WITH (FORCE)" \
    -c "DROP DATABASE IF EXISTS dbkeep_bench_tables WITH (FORCE)" >/dev/null 2>&1 || true
  mysql -h 127.0.0.1 -u root -e "DROP DATABASE IF EXISTS dbkeep_bench_rows; DROP DATABASE IF EXISTS dbkeep_bench_tables" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -f "$JAR" ] || mvn -B -q package -DskipTests

# start_studio URL: starts `dbkeep studio` and sets BASE and TOKEN.
start_studio() {
  java -jar "$JAR" studio --database-url "$1" --port 0 --statement-timeout 60s >"$WORK/studio.log" 2>&1 &
  STUDIO_PID=$!
  for _ in $(seq 1 120); do
    if grep -q '^Studio: ' "$WORK/studio.log"; then break; fi
    sleep 0.5
  done
  local line; line=$(grep '^Studio: ' "$WORK/studio.log") || { cat "$WORK/studio.log"; exit 1; }
  local url=${line#Studio: }
  BASE=${url%%/studio?token=*}
  TOKEN=${url##*token=}
}

stop_studio() {
  kill "$STUDIO_PID"; wait "$STUDIO_PID" 2>/dev/null || true; STUDIO_PID=""
}

get() { # path → body
  curl -sS --fail-with-body -H "Authorization: Bearer $TOKEN" "$BASE$1" || {
    echo "benchmark: GET $1 failed; the Studio's log:" >&2
    tail -20 "$WORK/studio.log" >&2
    exit 1
  }
}

# measure NAME RUNS PATH: prints the median and 95th percentile of the request time in ms.
measure() {
  local name=$1 runs=$2 path=$3
  for _ in 1 2 3; do get "$path" >/dev/null; done # warm up
  local times=()
  for _ in $(seq 1 "$runs"); do
    times+=("$(curl -sS --fail -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $TOKEN" "$BASE$path")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" -v engine="$ENGINE" '
    { t[NR] = $1 * 1000 }
    END { p50 = t[int((NR + 1) / 2)]; i95 = int(NR * 0.95 + 0.5); if (i95 < 1) i95 = 1;
          printf "%-10s %-40s median %7.1f ms   p95 %7.1f ms\n", engine, name, p50, t[i95] }'
}

rows_benchmark() { # URL SCHEMA
  start_studio "$1"
  local rows="/studio/api/schemas/$2/tables/people/rows"
  measure "first page (50 rows)" "$RUNS" "$rows?limit=50"
  local cursor; cursor=$(get "$rows?limit=50&offset=$((50 * 9998))" | jq -r .next)
  measure "page 10,000 by keyset" "$RUNS" "$rows?limit=50&after=$cursor"
  measure "filtered page, indexed column (city_id = 421)" "$RUNS" "$rows?limit=50&filter=city_id%3Aeq%3A421"
  stop_studio
}

tables_benchmark() { # URL
  start_studio "$1"
  measure "table list of $TABLES tables" 5 "/studio/api/tables"
  local count; count=$(get /studio/api/tables | jq length)
  echo "$(printf '%-10s' "$ENGINE") (the list holds $count tables)"
  stop_studio
}

postgres() {
  ENGINE=postgres
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS dbkeep_bench_rows WITH (FORCE)" -c "CREATE DATABASE dbkeep_bench_rows"
  psql -q -h 127.0.0.1 -U postgres -d dbkeep_bench_rows <<SQL
CREATE TABLE people (id bigint PRIMARY KEY, email text NOT NULL, name text NOT NULL, city_id integer NOT NULL,
  score numeric(10,2), created_at timestamptz NOT NULL);
INSERT INTO people SELECT g, 'person' || g || '@example.com', 'Person ' || g, g % 1000, (g % 10000) / 100.0,
  timestamptz '2024-01-01' + g * interval '1 minute' FROM generate_series(1, $ROWS) g;
CREATE INDEX people_city_idx ON people (city_id);
VACUUM ANALYZE people;
SQL
  rows_benchmark "postgresql://postgres@127.0.0.1:5432/dbkeep_bench_rows" public

  psql -q -h 127.0.0.1 -U postgres -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS dbkeep_bench_tables WITH (FORCE)" -c "CREATE DATABASE dbkeep_bench_tables"
  # One statement per table (each its own transaction: one transaction would run out of locks).
  for i in $(seq -f '%05g' 1 "$TABLES"); do
    echo "CREATE TABLE t_$i (id integer PRIMARY KEY, name text);"
    if [ $((10#$i % 10)) -eq 0 ]; then echo "INSERT INTO t_$i VALUES (1, 'a'), (2, 'b');"; fi
  done | psql -q -h 127.0.0.1 -U postgres -d dbkeep_bench_tables >/dev/null
  tables_benchmark "postgresql://postgres@127.0.0.1:5432/dbkeep_bench_tables"
}

mariadb() {
  ENGINE=mariadb
  mysql -h 127.0.0.1 -u root <<SQL
DROP DATABASE IF EXISTS dbkeep_bench_rows; CREATE DATABASE dbkeep_bench_rows;
USE dbkeep_bench_rows;
CREATE TABLE people (id bigint PRIMARY KEY, email varchar(100) NOT NULL, name varchar(100) NOT NULL,
  city_id int NOT NULL, score decimal(10,2), created_at datetime NOT NULL, KEY people_city_idx (city_id)) ENGINE=InnoDB;
INSERT INTO people SELECT seq, CONCAT('person', seq, '@example.com'), CONCAT('Person ', seq), seq % 1000,
  (seq % 10000) / 100, '2024-01-01' + INTERVAL seq MINUTE FROM seq_1_to_$ROWS;
ANALYZE TABLE people;
SQL
  rows_benchmark "mysql://root@127.0.0.1:3306/dbkeep_bench_rows" dbkeep_bench_rows

  { echo "DROP DATABASE IF EXISTS dbkeep_bench_tables; CREATE DATABASE dbkeep_bench_tables; USE dbkeep_bench_tables;"
    for i in $(seq -f '%05g' 1 "$TABLES"); do
      echo "CREATE TABLE t_$i (id int PRIMARY KEY, name text);"
      if [ $((10#$i % 10)) -eq 0 ]; then echo "INSERT INTO t_$i VALUES (1, 'a'), (2, 'b');"; fi
    done
  } | mysql -h 127.0.0.1 -u root
  tables_benchmark "mysql://root@127.0.0.1:3306/dbkeep_bench_tables"
}

sqlite() {
  ENGINE=sqlite
  local file="$WORK/rows.db"
  sqlite3 "$file" <<SQL
CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT NOT NULL, city_id INTEGER NOT NULL,
  score DECIMAL(10,2), created_at TEXT NOT NULL);
WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < $ROWS)
INSERT INTO people SELECT n, 'person' || n || '@example.com', 'Person ' || n, n % 1000, (n % 10000) / 100.0,
  datetime('2024-01-01', '+' || n || ' minutes') FROM g;
CREATE INDEX people_city_idx ON people (city_id);
ANALYZE;
SQL
  rows_benchmark "jdbc:sqlite:$file" main

  local tables="$WORK/tables.db"
  { echo "BEGIN;"
    for i in $(seq -f '%05g' 1 "$TABLES"); do
      echo "CREATE TABLE t_$i (id INTEGER PRIMARY KEY, name TEXT);"
      if [ $((10#$i % 10)) -eq 0 ]; then echo "INSERT INTO t_$i VALUES (1, 'a'), (2, 'b');"; fi
    done
    echo "COMMIT;"
  } | sqlite3 "$tables"
  tables_benchmark "jdbc:sqlite:$tables"
}

echo "DBKeep Studio benchmark: $ROWS rows, $TABLES tables, $(nproc) cores, $(date -u +%Y-%m-%d)"
for engine in "${@:-postgres mariadb sqlite}"; do
  for one in $engine; do "$one"; done
done
