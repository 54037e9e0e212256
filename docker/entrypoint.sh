#!/usr/bin/env bash
# The DBKeep container's entrypoint.
#
#   entrypoint.sh [dbkeep arguments…]   run dbkeep (default: serve) as this process, so that
#                                       SIGTERM reaches the JVM and it stops gracefully
#   entrypoint.sh healthcheck           exit 0 when GET /health/ready answers 200 on $PORT
#
# Variables: DBKEEP_JAR (default /app/dbkeep.jar), JAVA (default: $JAVA_HOME/bin/java, else java),
# JAVA_OPTS (default: -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError), PORT (default 8080),
# HEALTHCHECK_TIMEOUT in seconds (default 3); everything else is dbkeep's own configuration.
# Needs bash only (the health check uses bash's /dev/tcp, no curl in the image).
set -euo pipefail

jar="${DBKEEP_JAR:-/app/dbkeep.jar}"
if [[ -n "${JAVA:-}" ]]; then
  java="$JAVA"
elif [[ -n "${JAVA_HOME:-}" ]]; then
  java="$JAVA_HOME/bin/java"
else
  java=java
fi

healthcheck() {
  local port="${PORT:-8080}" status
  if [[ "$port" == 0 ]]; then
    echo "healthcheck: PORT=0 picks a random port; set a fixed PORT" >&2
    return 1
  fi
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf 'GET /health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
  IFS= read -r -t "${HEALTHCHECK_TIMEOUT:-3}" status <&3 || return 1
  exec 3>&-
  [[ "$status" =~ ^HTTP/1\.[01]\ 200 ]]
}

if [[ "${1:-}" == healthcheck ]]; then
  healthcheck 2>/dev/null && exit 0
  exit 1
fi

if [[ ! -r "$jar" ]]; then
  echo "entrypoint: no dbkeep jar at $jar (set DBKEEP_JAR)" >&2
  exit 2
fi

# word splitting of JAVA_OPTS is intended: it holds several options
# shellcheck disable=SC2086
exec "$java" ${JAVA_OPTS:--XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError} -jar "$jar" "$@"
