#!/usr/bin/env bash
# The admin walk-through of issue 5, end to end against a real API process, from a fresh clone:
# seeds the administrator and 1,000 demo users into a database of its own, then, as the administrator,
# lists and filters users (and shows the metadata filter's plan), changes a role, deactivates a user
# (who is then locked out), deletes an article as a moderator, sends a newsletter to everyone and waits
# for its job to succeed with every mail in the SMTP sink, and prints the audit log and the stats.
#
#   scripts/admin_demo.sh [USERS]
set -euo pipefail

SCRIPTS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
# shellcheck source=lib/fresh_api.sh
source "$SCRIPTS_DIR/lib/fresh_api.sh"
USERS="${1:-1000}"

echo "[demo] building the API (Release), migrating a fresh database, seeding the administrator and $USERS demo users"
fresh_api_prepare cleanbackend_admin_demo "${DEMO_API_PORT:-18081}"
fresh_api_dll seed --users "$USERS" >/dev/null
fresh_api_psql -d "$FRESH_API_DATABASE" -c "ANALYZE identity.users"
fresh_api_start "$FRESH_API_REPO_DIR/.data/admin-demo-api.log"

PYTHONPATH="$SCRIPTS_DIR/lib" python3 "$SCRIPTS_DIR/admin_demo.py" "$FRESH_API_PORT" "$FRESH_API_MAIL_DIR" "$USERS"

# At a thousand rows the whole table is a few dozen pages and the planner rightly reads it through; the
# second plan shows that the GIN index serves the containment the user list applies. The integration test
# UserListQueryPlanTests asserts the list's own plan on 20,000 analysed users, where the index is chosen.
containment="SELECT id FROM identity.users WHERE metadata @> '{\"plan\": \"pro\"}'"
echo "[demo] the metadata filter's plan at this size, then with sequential scans off:"
fresh_api_psql -d "$FRESH_API_DATABASE" -c "EXPLAIN $containment" \
    -c "SET enable_seqscan = off" -c "EXPLAIN $containment"
