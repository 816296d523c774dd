# Sourced by the scripts that drive a real API process (scripts/bench.sh, scripts/bench_newsletter.sh,
# scripts/admin_demo.sh):
# the local servers, a Release build, a database of the caller's own made fresh, and the API on a port.
#
#   fresh_api_recreate_database DATABASE  drop DATABASE (closing its sessions) and create it empty
#   fresh_api_prepare DATABASE API_PORT   servers up, build, recreate DATABASE, export the API's settings, migrate
#   fresh_api_dll ARGS...                 run the API binary with a command (seed, seed --users N, ...)
#   fresh_api_start LOG_FILE              start the API in the background and wait until it is live; stopped on exit
#
# Reads CLEANBACKEND_PG_PORT / _REDIS_PORT / _SMTP_PORT / _PG_BIN like scripts/services.sh.

FRESH_API_REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
FRESH_API_OUT_DIR="$FRESH_API_REPO_DIR/src/WebApi/bin/Release/net10.0"
FRESH_API_MAIL_DIR="$FRESH_API_REPO_DIR/.data/mail"
FRESH_API_PG_PORT="${CLEANBACKEND_PG_PORT:-55432}"
FRESH_API_PG_BIN="${CLEANBACKEND_PG_BIN:-/usr/lib/postgresql/15/bin}"

fresh_api_psql() {
    PGPASSWORD=cleanbackend-dev "$FRESH_API_PG_BIN/psql" -X -q -h 127.0.0.1 -p "$FRESH_API_PG_PORT" -U postgres "$@"
}

fresh_api_recreate_database() {
    fresh_api_psql -d postgres -c "SET client_min_messages = warning" \
        -c "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)" -c "CREATE DATABASE \"$1\""
}

fresh_api_prepare() {
    local database="$1" port="$2"
    bash "$FRESH_API_REPO_DIR/scripts/services.sh" up >/dev/null
    dotnet build "$FRESH_API_REPO_DIR/src/WebApi/CleanBackend.WebApi.csproj" -c Release -v q -nologo >/dev/null
    fresh_api_recreate_database "$database"

    export ASPNETCORE_ENVIRONMENT=Development
    export ASPNETCORE_URLS="http://127.0.0.1:$port"
    export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$FRESH_API_PG_PORT;Database=$database;Username=postgres;Password=cleanbackend-dev"
    export ConnectionStrings__Redis="127.0.0.1:${CLEANBACKEND_REDIS_PORT:-56379}"
    export Redis__KeyPrefix="$database:"
    export Smtp__Host=127.0.0.1 Smtp__Port="${CLEANBACKEND_SMTP_PORT:-52525}"
    export Jobs__InstanceName="$database" Jobs__IdleWaitTime=00:00:01
    export Newsletters__PublicBaseUrl="http://127.0.0.1:$port"
    export Serilog__MinimumLevel__Default=Warning
    # The demos and the newsletter bench drive the admin API as the seeded administrator with his password alone:
    # this throw-away API exempts every role from the second factor (docs/account-security.md) that it requires by default.
    export Identity__Mfa__RequiredForRoles=
    export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
    FRESH_API_PORT="$port"
    FRESH_API_DATABASE="$database"
    fresh_api_dll migrate >/dev/null
}

fresh_api_dll() {
    (cd "$FRESH_API_OUT_DIR" && dotnet CleanBackend.WebApi.dll "$@")
}

fresh_api_start() {
    local log_file="$1"
    (cd "$FRESH_API_OUT_DIR" && exec dotnet CleanBackend.WebApi.dll) >"$log_file" 2>&1 &
    FRESH_API_PID=$!
    trap 'kill "$FRESH_API_PID" 2>/dev/null || true; wait "$FRESH_API_PID" 2>/dev/null || true' EXIT
    for _ in $(seq 1 120); do
        curl -fs "http://127.0.0.1:$FRESH_API_PORT/health/live" >/dev/null 2>&1 && return 0
        sleep 0.5
    done
    echo "the API did not start; its log: $log_file" >&2
    return 1
}
