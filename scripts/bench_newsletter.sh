#!/usr/bin/env bash
# The "newsletter to 1,000 seeded users" demo as a measurement: seeds N demo users (default 1000) into a
# database of its own, starts the API, sends one newsletter as the seeded administrator, waits for the job to
# finish, and prints the throughput in mails/s and how many of the mails the SMTP sink of scripts/services.sh
# holds. Timings are printed, never asserted.
#
#   scripts/bench_newsletter.sh [USERS]
#
# Newsletters__BatchSize / Newsletters__BatchPause / Smtp__MaxConcurrentSends from the environment are passed on.
set -euo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
USERS="${1:-1000}"
PG_PORT="${CLEANBACKEND_PG_PORT:-55432}"
REDIS_PORT="${CLEANBACKEND_REDIS_PORT:-56379}"
SMTP_PORT="${CLEANBACKEND_SMTP_PORT:-52525}"
PG_BIN="${CLEANBACKEND_PG_BIN:-/usr/lib/postgresql/15/bin}"
API_PORT="${BENCH_API_PORT:-18080}"
DATABASE=cleanbackend_newsletter_bench
OUT_DIR="$REPO_DIR/src/WebApi/bin/Release/net10.0"
MAIL_DIR="$REPO_DIR/.data/mail"

log() { echo "[bench] $*"; }

bash "$REPO_DIR/scripts/services.sh" up >/dev/null
log "building the API (Release)"
dotnet build "$REPO_DIR/src/WebApi/CleanBackend.WebApi.csproj" -c Release -v q -nologo >/dev/null

# A database of its own, fresh on every run: the development database keeps its data.
PGPASSWORD=cleanbackend-dev "$PG_BIN/psql" -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres \
    -c "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" -c "CREATE DATABASE $DATABASE"

export ASPNETCORE_ENVIRONMENT=Development
export ASPNETCORE_URLS="http://127.0.0.1:$API_PORT"
export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$PG_PORT;Database=$DATABASE;Username=postgres;Password=cleanbackend-dev"
export ConnectionStrings__Redis="127.0.0.1:$REDIS_PORT"
export Redis__KeyPrefix="cleanbackend-bench:"
export Smtp__Host=127.0.0.1 Smtp__Port="$SMTP_PORT"
export Jobs__InstanceName="newsletter-bench" Jobs__IdleWaitTime=00:00:01
export Newsletters__PublicBaseUrl="http://127.0.0.1:$API_PORT"
export Serilog__MinimumLevel__Default=Warning
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

cd "$OUT_DIR"
dotnet CleanBackend.WebApi.dll migrate >/dev/null
seed_started=$(date +%s.%N)
dotnet CleanBackend.WebApi.dll seed --users "$USERS" >/dev/null
log "seeded $USERS demo users in $(python3 -c "print(f'{$(date +%s.%N) - $seed_started:.1f}')") s"

dotnet CleanBackend.WebApi.dll >"$REPO_DIR/.data/bench-api.log" 2>&1 &
api_pid=$!
trap 'kill "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$API_PORT/health/live" >/dev/null 2>&1 && break
    sleep 0.5
done

python3 - "$API_PORT" "$MAIL_DIR" "$USERS" <<'PY'
import glob, json, os, sys, time, urllib.request
from datetime import datetime

port, mail_dir, users = sys.argv[1], sys.argv[2], int(sys.argv[3])
base = f"http://127.0.0.1:{port}"

def call(method, path, body=None, token=None):
    request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Token {token}")
    with urllib.request.urlopen(request) as response:
        return response.status, response.headers, json.loads(response.read() or b"null")

def parse(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))

_, _, login = call("POST", "/api/users/login", {"user": {"email": "admin@cleanbackend.local", "password": "development-admin-password"}})
token = login["user"]["token"]
posted = time.monotonic()
status, headers, body = call("POST", "/api/admin/newsletters",
                             {"subject": "Benchmark newsletter", "htmlBody": "<p>Hello from the benchmark</p>", "textBody": "Hello from the benchmark"}, token)
accepted_after = time.monotonic() - posted
location = headers["Location"]
print(f"[bench] POST /api/admin/newsletters -> {status} in {accepted_after * 1000:.0f} ms, total {body['job']['total']}, Location {location}")
while True:
    _, _, job = call("GET", location, token=token)
    job = job["job"]
    if job["state"] in ("succeeded", "failed"):
        break
    time.sleep(0.2)
wall = time.monotonic() - posted
run = (parse(job["finishedAt"]) - parse(job["startedAt"])).total_seconds()
job_id = job["id"].replace("-", "")
in_sink = 0
for path in glob.glob(os.path.join(mail_dir, "*@demo.cleanbackend.local", "*.json")) + glob.glob(os.path.join(mail_dir, "admin@cleanbackend.local", "*.json")):
    with open(path) as handle:
        if f"newsletter.{job_id}." in (json.load(handle).get("messageId") or ""):
            in_sink += 1
print(f"[bench] job {job['state']}: total {job['total']}, sent {job['sent']}, failed {job['failed']}; {in_sink} of them in the SMTP sink")
print(f"[bench] run {run:.2f} s (startedAt..finishedAt): {job['sent'] / run:.0f} mails/s; "
      f"{wall:.2f} s from POST to succeeded: {job['sent'] / wall:.0f} mails/s")
PY
