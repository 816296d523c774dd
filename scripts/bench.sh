#!/usr/bin/env bash
# Load-tests the API with the shared Conduit harness (../shared/bench) and, with --peer, the FastAPI
# peer on the same PostgreSQL and Redis, one after the other, each on a fresh database. Writes
# docs/benchmarks.md (dated table, ratios, machine) and keeps the raw JSON in docs/benchmarks/raw/.
#
#   scripts/bench.sh [--peer]
#
# Environment: the harness's DURATION, CONNECTIONS, THREADS, WARMUP, REPEAT, SCENARIOS;
#   BENCH_DIR (default ../shared/bench), API_PORT (8090), PEER_PORT (8000).
set -euo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
# shellcheck source=lib/fresh_api.sh
source "$REPO_DIR/scripts/lib/fresh_api.sh"
BENCH_DIR="${BENCH_DIR:-$REPO_DIR/../shared/bench}"
API_PORT="${API_PORT:-8090}"
PEER_PORT="${PEER_PORT:-8000}"
PG_PORT="${CLEANBACKEND_PG_PORT:-55432}"
REDIS_PORT="${CLEANBACKEND_REDIS_PORT:-56379}"
# Development default password of the private cluster from scripts/services.sh.
PG_PASSWORD=cleanbackend-dev
RAW_DIR="$REPO_DIR/docs/benchmarks/raw"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
WITH_PEER=0
[[ "${1:-}" == "--peer" ]] && WITH_PEER=1

log() { printf '[bench] %s\n' "$*"; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }

[[ -x "$BENCH_DIR/loadtest.sh" ]] || die "no load harness at $BENCH_DIR"
command -v wrk >/dev/null 2>&1 || { log "installing wrk"; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

# Servers already answering on the ports (e.g. from another checkout) are used as they are.
if ! "$FRESH_API_PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" || ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    bash "$REPO_DIR/scripts/services.sh" up >/dev/null
fi
mkdir -p "$RAW_DIR"

# ---------------------------------------------------------------- our API
log "publishing the API (Release)"
PUBLISH_DIR="$REPO_DIR/.data/bench/api"
rm -rf "$PUBLISH_DIR"
dotnet publish "$REPO_DIR/src/WebApi/CleanBackend.WebApi.csproj" -c Release -o "$PUBLISH_DIR" -v q >/dev/null

fresh_api_recreate_database cleanbackend_bench
export ASPNETCORE_ENVIRONMENT=Production
export ASPNETCORE_URLS="http://127.0.0.1:$API_PORT"
export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$PG_PORT;Database=cleanbackend_bench;Username=postgres;Password=$PG_PASSWORD"
export ConnectionStrings__Redis="127.0.0.1:$REDIS_PORT"
export Redis__KeyPrefix="bench-$STAMP:"
export Jwt__SigningKey="$(head -c 48 /dev/urandom | base64 | tr -d '\n')"
export Newsletters__UnsubscribeSigningKey="$(head -c 48 /dev/urandom | base64 | tr -d '\n')"
# The harness registers its users: their welcome mails go to the local sink during the run, as in production.
export Smtp__Host=127.0.0.1 Smtp__Port="${CLEANBACKEND_SMTP_PORT:-52525}"
export Swagger__Enabled=false
# Production publishes /metrics only behind a token; the collector keeps running as in a deployment.
export Metrics__Token="$(head -c 24 /dev/urandom | base64 | tr -d '\n')"
# The harness registers and logs in 200 users from one address and S6 writes as one user at full speed: the
# rate limits are raised far above that (not switched off), so the limiter still runs and its cost is in the
# figures, but no measured request is refused.
export RateLimiting__Authentication__PermitLimit=1000000000 RateLimiting__Writes__PermitLimit=1000000000
# Like the peer (gunicorn without an access log): no per-request log line during the load. The key
# has dots, which a shell variable name cannot, hence env(1).
QUIET_REQUEST_LOG='Serilog__MinimumLevel__Override__CleanBackend.WebApi.Observability=Warning'

(cd "$PUBLISH_DIR" && dotnet CleanBackend.WebApi.dll migrate >/dev/null)
log "starting the API on $ASPNETCORE_URLS"
started_ns=$(date +%s%N)
(cd "$PUBLISH_DIR" && exec env "$QUIET_REQUEST_LOG" dotnet CleanBackend.WebApi.dll >"$REPO_DIR/.data/bench/api.log" 2>&1) &
API_PID=$!
trap 'kill -TERM $API_PID 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$API_PORT/health/ready" >/dev/null 2>&1; do
    kill -0 $API_PID 2>/dev/null || die "the API exited; see .data/bench/api.log"
    sleep 0.02
done
READY_MS=$(( ($(date +%s%N) - started_ns) / 1000000 ))
log "ready in ${READY_MS} ms after process start"

OURS="$RAW_DIR/cleanbackend-$STAMP.json"
LABEL=cleanbackend "$BENCH_DIR/loadtest.sh" "http://127.0.0.1:$API_PORT" "$OURS"
PEAK_RSS_KB=$(awk '/VmHWM/ {print $2}' "/proc/$API_PID/status")
log "peak RSS ${PEAK_RSS_KB} kB"
kill -TERM $API_PID; wait $API_PID || true
trap - EXIT

# ---------------------------------------------------------------- the peer
PEER=""
if [[ $WITH_PEER -eq 1 ]]; then
    # The peer runs on Debian's python3 packages (its README lists them); a fresh machine has none.
    if ! /usr/bin/python3 -c 'import fastapi, uvicorn.workers, sqlalchemy, asyncpg, redis, jwt' 2>/dev/null; then
        log "installing the peer's Debian packages"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-fastapi python3-uvicorn python3-sqlalchemy \
            python3-asyncpg python3-redis python3-jwt python3-uvloop python3-httptools gunicorn >/dev/null
    fi
    fresh_api_recreate_database conduit_peer
    export DATABASE_URL="postgresql+asyncpg://postgres:$PG_PASSWORD@127.0.0.1:$PG_PORT/conduit_peer"
    export REDIS_URL="redis://127.0.0.1:$REDIS_PORT/1"
    redis-cli -p "$REDIS_PORT" -n 1 flushdb >/dev/null
    RUN_DIR="$REPO_DIR/.data/bench/peer" "$BENCH_DIR/peer/start.sh" "$PEER_PORT" >/dev/null
    trap 'RUN_DIR="$REPO_DIR/.data/bench/peer" "$BENCH_DIR/peer/stop.sh" >/dev/null 2>&1 || true' EXIT
    PEER="$RAW_DIR/fastapi-peer-$STAMP.json"
    LABEL=fastapi-peer "$BENCH_DIR/loadtest.sh" "http://127.0.0.1:$PEER_PORT" "$PEER"
    RUN_DIR="$REPO_DIR/.data/bench/peer" "$BENCH_DIR/peer/stop.sh" >/dev/null 2>&1 || true
    trap - EXIT
fi

python3 "$REPO_DIR/scripts/bench_report.py" "$OURS" "${PEER:-}" "$READY_MS" "$PEAK_RSS_KB" "$REPO_DIR/docs/benchmarks.md"
log "wrote docs/benchmarks.md"
