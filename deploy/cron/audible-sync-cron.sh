#!/bin/sh
# Runs one Audible sync for every user that is due: GET $TRACKER_API_URL/api/cron/audible-sync with
# "Authorization: Bearer $CRON_SECRET". Prints the JSON summary and exits 0 on a 2xx answer whose envelope
# does not say "success": false; exits non-zero otherwise, so the scheduler (Railway cron, docker compose)
# marks the run as failed. The secret is handed to curl on stdin, never on the command line or in output.
#
#   TRACKER_API_URL        base URL of the tracker-api, e.g. https://tracker-api.up.railway.app (required)
#   CRON_SECRET            same value the tracker-api has (required)
#   CRON_TIMEOUT_SECONDS   longest the whole request may take (default 900)
set -u

log() { printf 'audible-sync-cron: %s\n' "$*" >&2; }

if [ -z "${TRACKER_API_URL:-}" ]; then
  log "TRACKER_API_URL is not set (base URL of the tracker-api)"
  exit 2
fi
if [ -z "${CRON_SECRET:-}" ]; then
  log "CRON_SECRET is not set (must equal the tracker-api's CRON_SECRET)"
  exit 2
fi
if ! command -v curl >/dev/null 2>&1; then
  log "curl is not installed"
  exit 2
fi

timeout=${CRON_TIMEOUT_SECONDS:-900}
case $timeout in
  ''|*[!0-9]*) log "CRON_TIMEOUT_SECONDS must be a whole number of seconds, got '$timeout'"; exit 2 ;;
esac

url="${TRACKER_API_URL%/}/api/cron/audible-sync"
body=$(mktemp) || { log "cannot create a temporary file"; exit 2; }
trap 'rm -f "$body"' EXIT INT TERM

log "GET $url"
status=$(printf 'Authorization: Bearer %s\n' "$CRON_SECRET" | curl --silent --show-error \
  --connect-timeout 10 --max-time "$timeout" \
  --header @- --header 'Accept: application/json' \
  --output "$body" --write-out '%{http_code}' \
  "$url")
rc=$?

if [ "$rc" -ne 0 ]; then
  log "request failed (curl exit $rc): tracker-api unreachable or no answer within ${timeout}s"
  exit "$rc"
fi

case $status in
  2??)
    cat "$body"
    echo
    if grep -Eq '"success"[[:space:]]*:[[:space:]]*false' "$body"; then
      log "HTTP $status but the summary reports success=false"
      exit 1
    fi
    log "done (HTTP $status)"
    exit 0
    ;;
  401|403)
    log "HTTP $status: CRON_SECRET was rejected; it must equal the tracker-api's CRON_SECRET"
    ;;
  *)
    log "HTTP $status from the tracker-api"
    ;;
esac
cat "$body" >&2
echo >&2
exit 1
