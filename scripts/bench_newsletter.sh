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

SCRIPTS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
# shellcheck source=lib/fresh_api.sh
source "$SCRIPTS_DIR/lib/fresh_api.sh"
USERS="${1:-1000}"

log() { echo "[bench] $*"; }

log "building the API (Release) and migrating a fresh database"
fresh_api_prepare cleanbackend_newsletter_bench "${BENCH_API_PORT:-18080}"
seed_started=$(date +%s.%N)
fresh_api_dll seed --users "$USERS" >/dev/null
log "seeded $USERS demo users in $(python3 -c "print(f'{$(date +%s.%N) - $seed_started:.1f}')") s"
fresh_api_start "$FRESH_API_REPO_DIR/.data/bench-api.log"

PYTHONPATH="$SCRIPTS_DIR/lib" python3 - "$FRESH_API_PORT" "$FRESH_API_MAIL_DIR" <<'PY'
import sys, time
from datetime import datetime
from conduit_client import DEVELOPMENT_ADMIN, ConduitClient, newsletter_mails_in_sink

port, mail_dir = sys.argv[1], sys.argv[2]
api = ConduitClient(f"http://127.0.0.1:{port}")

def parse(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))

token = api.login(**DEVELOPMENT_ADMIN)["token"]
posted = time.monotonic()
accepted = api.expect(202, "POST", "/api/admin/newsletters",
                      {"subject": "Benchmark newsletter", "htmlBody": "<p>Hello from the benchmark</p>", "textBody": "Hello from the benchmark"}, token)
accepted_after = time.monotonic() - posted
location = accepted.headers["Location"]
print(f"[bench] POST /api/admin/newsletters -> 202 in {accepted_after * 1000:.0f} ms, total {accepted.body['job']['total']}, Location {location}")
job = api.wait_for_job(location, token)
wall = time.monotonic() - posted
run = (parse(job["finishedAt"]) - parse(job["startedAt"])).total_seconds()
in_sink = newsletter_mails_in_sink(mail_dir, job["id"])
print(f"[bench] job {job['state']}: total {job['total']}, sent {job['sent']}, failed {job['failed']}; {in_sink} of them in the SMTP sink")
print(f"[bench] run {run:.2f} s (startedAt..finishedAt): {job['sent'] / run:.0f} mails/s; "
      f"{wall:.2f} s from POST to succeeded: {job['sent'] / wall:.0f} mails/s")
PY
