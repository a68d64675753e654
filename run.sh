#!/usr/bin/env bash
# Builds what is missing and starts Shelfsync in the foreground: the Audible sandbox (port 9090), the
# audible-adapter (port 5000) and the tracker-api (port 8080) on an embedded PostgreSQL. Ctrl-C stops all.
#
#   SHELFSYNC_AUDIBLE=real ./run.sh   talks to the real Audible instead of the sandbox (no demo data)
#   SHELFSYNC_HOME=dir                where data and generated local secrets live (default ./data)
set -euo pipefail
cd "$(dirname "$0")"

HOME_DIR=${SHELFSYNC_HOME:-data}
AUDIBLE_MODE=${SHELFSYNC_AUDIBLE:-sandbox}
SANDBOX_PORT=${SANDBOX_PORT:-9090}
ADAPTER_PORT=${ADAPTER_PORT:-5000}
API_PORT=${API_PORT:-8080}

SANDBOX_JAR=audible-sandbox/target/audible-sandbox-0.1.0-SNAPSHOT-runner.jar
ADAPTER_JAR=audible-adapter/target/quarkus-app/quarkus-run.jar
API_JAR=tracker-api/target/quarkus-app/quarkus-run.jar
BUILD_STAMP=tracker-api/target/.shelfsync-built

needs_build() {
  for jar in "$SANDBOX_JAR" "$ADAPTER_JAR" "$API_JAR" "$BUILD_STAMP"; do
    [ -f "$jar" ] || return 0
  done
  [ -n "$(find pom.xml shared-contracts audible-sandbox audible-adapter tracker-api -path '*/target' -prune -o \
          -type f -newer "$BUILD_STAMP" -print -quit)" ]
}

if needs_build; then
  echo "Building Shelfsync (first run or sources changed)..."
  ./mvnw -B -q package -DskipTests
  touch "$BUILD_STAMP"
fi

mkdir -p "$HOME_DIR"
SECRETS_FILE="$HOME_DIR/local-secrets.env"
random_b64() { head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '\n'; }
ensure_secret() {
  grep -q "^$1=" "$SECRETS_FILE" 2>/dev/null || echo "$1=$2" >> "$SECRETS_FILE"
}
( umask 077; touch "$SECRETS_FILE" )
ensure_secret AUDIBLE_API_SECRET "$(random_b64)"
ensure_secret AUDIBLE_ENCRYPTION_KEYS "$(random_b64)"
ensure_secret CRON_SECRET "$(random_b64)"
ensure_secret SHELFSYNC_DEMO_API_KEY "ss_demo_$(random_b64 | tr -d '=')"
set -a
# shellcheck disable=SC1090
. "$SECRETS_FILE"
set +a

pids=()
stop_all() {
  trap - INT TERM EXIT
  echo
  echo "Stopping Shelfsync..."
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  exit 0
}
trap stop_all INT TERM EXIT

# Starts a service with its output prefixed by its name; remembers the java process id.
start() {
  local name=$1; shift
  "$@" > >(sed -u "s/^/[$name] /") 2>&1 &
  pids+=("$!")
}

wait_for() {
  local name=$1 url=$2
  for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    for pid in "${pids[@]}"; do
      kill -0 "$pid" 2>/dev/null || { echo "$name failed to start (see its log above)"; exit 1; }
    done
    sleep 0.5
  done
  echo "$name did not answer on $url"; exit 1
}

if [ "$AUDIBLE_MODE" = sandbox ]; then
  SANDBOX_PORT=$SANDBOX_PORT start sandbox java -jar "$SANDBOX_JAR"
  wait_for sandbox "http://127.0.0.1:$SANDBOX_PORT/__sandbox/stats"
  export AUDIBLE_AMAZON_URL="http://127.0.0.1:$SANDBOX_PORT"
  export AUDIBLE_AMAZON_API_URL="http://127.0.0.1:$SANDBOX_PORT"
  export AUDIBLE_API_URL="http://127.0.0.1:$SANDBOX_PORT"
  export SHELFSYNC_DEMO=${SHELFSYNC_DEMO:-true}
fi

PORT=$ADAPTER_PORT start adapter java @deploy/jvm/audible-adapter.options -jar "$ADAPTER_JAR"
wait_for adapter "http://127.0.0.1:$ADAPTER_PORT/health"

PORT=$API_PORT AUDIBLE_SERVICE_URL="http://127.0.0.1:$ADAPTER_PORT" \
  SHELFSYNC_DATA_DIR=${SHELFSYNC_DATA_DIR:-$HOME_DIR/postgres} \
  start tracker-api java @deploy/jvm/tracker-api.options -jar "$API_JAR"
wait_for tracker-api "http://127.0.0.1:$API_PORT/health"

echo
echo "Shelfsync is running (Ctrl-C stops everything):"
[ "$AUDIBLE_MODE" = sandbox ] && echo "  Audible sandbox  http://127.0.0.1:$SANDBOX_PORT"
echo "  audible-adapter  http://127.0.0.1:$ADAPTER_PORT   (health: /health, API docs: /q/swagger-ui)"
echo "  tracker-api      http://127.0.0.1:$API_PORT   (health: /health, API docs: /q/swagger-ui)"
echo "  local secrets    $SECRETS_FILE"
[ "$AUDIBLE_MODE" = sandbox ] && echo "  demo API key     $SHELFSYNC_DEMO_API_KEY   (Authorization: Bearer ...)"
wait -n "${pids[@]}" || true
echo "A service stopped; shutting the others down."
