#!/usr/bin/env bash
# Builds the Web API, applies the database migrations, seeds the data and runs the API in the foreground.
#
# Without ConnectionStrings__Postgres in the environment, the private development servers of
# scripts/services.sh are started and used (PostgreSQL, Redis and the SMTP sink, whose mail lands in
# .data/mail/<recipient>/). With it set, the operator provides PostgreSQL, Redis and SMTP
# (ConnectionStrings__Postgres, ConnectionStrings__Redis, Smtp__Host/Smtp__Port).
#
#   ASPNETCORE_ENVIRONMENT  default Development (which enables Swagger UI and CORS for any http://localhost:<port>
#                           and http://127.0.0.1:<port> page); Production also needs Metrics__Token (or
#                           Metrics__Port, or Metrics__Enabled=false) and the signing keys
#   ASPNETCORE_URLS         default http://127.0.0.1:8080
set -euo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
PROJECT="$REPO_DIR/src/WebApi/CleanBackend.WebApi.csproj"
OUT_DIR="$REPO_DIR/src/WebApi/bin/Release/net10.0"
DLL=CleanBackend.WebApi.dll

if [[ -z "${ConnectionStrings__Postgres:-}" ]]; then
    bash "$REPO_DIR/scripts/services.sh" up
    # Development default password of the private cluster (see scripts/services.sh).
    export ConnectionStrings__Postgres="Host=127.0.0.1;Port=${CLEANBACKEND_PG_PORT:-55432};Database=cleanbackend;Username=postgres;Password=cleanbackend-dev"
    export ConnectionStrings__Redis="${ConnectionStrings__Redis:-127.0.0.1:${CLEANBACKEND_REDIS_PORT:-56379}}"
    export Smtp__Host="${Smtp__Host:-127.0.0.1}"
    export Smtp__Port="${Smtp__Port:-${CLEANBACKEND_SMTP_PORT:-52525}}"
else
    echo "[run] ConnectionStrings__Postgres is set: using the operator's PostgreSQL and Redis"
fi

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:8080}"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

echo "[run] building $PROJECT (Release)"
dotnet build "$PROJECT" -c Release

# Run from the build output: the app's content root is the working directory, and that is where the build
# copied appsettings*.json.
cd "$OUT_DIR"
echo "[run] applying migrations"
dotnet "$DLL" migrate
echo "[run] seeding"
dotnet "$DLL" seed

echo "[run] starting the API ($ASPNETCORE_ENVIRONMENT) on $ASPNETCORE_URLS"
echo "[run] Swagger UI: ${ASPNETCORE_URLS%%;*}/swagger"
# exec: the API replaces this shell, so Ctrl-C / SIGTERM reach it directly.
exec dotnet "$DLL"
