#!/usr/bin/env bash
# Runs every test project of the solution against private PostgreSQL/Redis servers and prints, as the very
# last line, the summary CI reads: "N passed, N failed, N skipped".
#
#   scripts/test.sh [extra dotnet test arguments, e.g. --filter Category=Unit]
#
# CLEANBACKEND_TEST_POSTGRES / CLEANBACKEND_TEST_REDIS / CLEANBACKEND_TEST_SMTP point the tests at the servers
# (CLEANBACKEND_TEST_MAIL_DIR is where the SMTP sink stores what it receives). When the first three are already
# set, the local servers are not started (the developer provides them).
set -euo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
PG_PORT="${CLEANBACKEND_PG_PORT:-55432}"
REDIS_PORT="${CLEANBACKEND_REDIS_PORT:-56379}"
SMTP_PORT="${CLEANBACKEND_SMTP_PORT:-52525}"

if [[ -n "${CLEANBACKEND_TEST_POSTGRES:-}" && -n "${CLEANBACKEND_TEST_REDIS:-}" && -n "${CLEANBACKEND_TEST_SMTP:-}" ]]; then
    echo "[test] using CLEANBACKEND_TEST_POSTGRES / _REDIS / _SMTP from the environment; not starting local servers"
else
    # Test databases are throwaway, so the server may skip fsync (only applies if it is not running yet).
    CLEANBACKEND_PG_FAST=1 bash "$REPO_DIR/scripts/services.sh" up
fi

# No Database= on purpose: the test fixtures create (and drop) their own databases.
# The password is the development default of the private cluster from scripts/services.sh.
export CLEANBACKEND_TEST_POSTGRES="${CLEANBACKEND_TEST_POSTGRES:-Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=cleanbackend-dev}"
export CLEANBACKEND_TEST_REDIS="${CLEANBACKEND_TEST_REDIS:-127.0.0.1:$REDIS_PORT}"
# The sink of scripts/services.sh: host:port, and the directory it stores messages in (one folder per recipient).
export CLEANBACKEND_TEST_SMTP="${CLEANBACKEND_TEST_SMTP:-127.0.0.1:$SMTP_PORT}"
export CLEANBACKEND_TEST_MAIL_DIR="${CLEANBACKEND_TEST_MAIL_DIR:-$REPO_DIR/.data/mail}"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

RESULTS_DIR="$REPO_DIR/TestResults/$(date -u +%Y%m%dT%H%M%SZ)"
rm -rf "$RESULTS_DIR"
mkdir -p "$RESULTS_DIR"

# A model change without a migration fails the run (the tool is pinned in .config/dotnet-tools.json).
echo "[test] dotnet ef migrations has-pending-model-changes"
drift_rc=0
# The tool builds the project but does not restore it: on a fresh clone the packages must be restored first.
(cd "$REPO_DIR" && dotnet tool restore >/dev/null && dotnet restore src/Infrastructure -v q >/dev/null \
    && dotnet ef migrations has-pending-model-changes \
    --project src/Infrastructure --startup-project src/Infrastructure --configuration Release) || drift_rc=$?

echo "[test] dotnet test CleanBackend.sln -c Release (results in $RESULTS_DIR)"
dotnet_rc=0
dotnet test "$REPO_DIR/CleanBackend.sln" -c Release --logger trx --results-directory "$RESULTS_DIR" "$@" \
    || dotnet_rc=$?

# Sum the <Counters> of every TRX file (one per test assembly). The breakdown and any reasons for failure go
# first; the summary line is always the last line printed. Exit code: 0 only if the run is good.
python3 - "$RESULTS_DIR" "$dotnet_rc" "$drift_rc" <<'PY'
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET
from datetime import datetime

results_dir, dotnet_rc, drift_rc = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}


def count(counters, *names):
    return sum(int(counters.get(n, 0) or 0) for n in names)


def parse_time(text):
    # TRX times carry 7 fractional digits, which datetime does not accept: keep 6.
    if not text:
        return None
    text = re.sub(r"(\.\d{6})\d+", r"\1", text)
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def assembly_name(root, path):
    # The test assembly is named in each test definition. A run without tests has none, but its messages
    # ("No test is available in /.../X.dll", adapter output) still name the assembly; else use the file name.
    for method in root.iterfind(".//t:TestDefinitions/t:UnitTest/t:TestMethod", NS):
        code_base = method.get("codeBase")
        if code_base:
            return os.path.splitext(os.path.basename(code_base))[0]
    summary = root.find("t:ResultSummary", NS)
    if summary is not None:
        match = re.search(r"([^\s/\\]+)\.dll\b", "".join(summary.itertext()))
        if match:
            return match.group(1)
    return os.path.basename(path)


rows, problems = [], []
passed = failed = skipped = executed = 0
trx_files = sorted(glob.glob(os.path.join(results_dir, "**", "*.trx"), recursive=True))
for path in trx_files:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        problems.append(f"cannot read {path}: {e}")
        continue
    counters = root.find("t:ResultSummary/t:Counters", NS)
    if counters is None:
        problems.append(f"{path} has no <Counters>")
        continue
    p = count(counters, "passed")
    # Errors, timeouts and aborted tests did not pass either: count them as failed.
    f = count(counters, "failed", "error", "timeout", "aborted")
    # Skipped (e.g. NUnit [Ignore]) tests: the TRX logger leaves notExecuted at 0 for them and only shows
    # them as total - executed (and as outcome="NotExecuted" on each result), so take the larger of the two.
    s = max(count(counters, "notExecuted"), count(counters, "total") - count(counters, "executed"))
    passed, failed, skipped = passed + p, failed + f, skipped + s
    executed += count(counters, "executed")
    times = root.find("t:Times", NS)
    start = parse_time(times.get("start")) if times is not None else None
    finish = parse_time(times.get("finish")) if times is not None else None
    duration = f"{(finish - start).total_seconds():.1f}s" if start and finish else "?"
    rows.append((assembly_name(root, path), p, f, s, duration))

if rows:
    print("Per test assembly:")
    width = max(len(r[0]) for r in rows)
    for name, p, f, s, duration in rows:
        print(f"  {name:<{width}}  passed {p:>5}  failed {f:>4}  skipped {s:>4}  {duration:>8}")
if drift_rc != 0:
    problems.append("the model has changes no migration captures (dotnet ef migrations add <Name>), or the check failed to run")
if dotnet_rc != 0:
    problems.append(f"dotnet test exited with code {dotnet_rc}")
if not trx_files:
    problems.append(f"no .trx result files in {results_dir} (did the build fail?)")
elif executed == 0:
    problems.append("zero tests were executed")
if failed:
    problems.append(f"{failed} test(s) failed")
for problem in problems:
    print(f"[test] FAILED: {problem}")
sys.stdout.flush()
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if problems else 0)
PY
