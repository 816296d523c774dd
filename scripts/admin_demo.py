"""The admin walk-through driven by scripts/admin_demo.sh: prints each step and stops at the first surprise."""
import json
import sys
import time
import urllib.parse
import uuid

from conduit_client import DEVELOPMENT_ADMIN, ConduitClient, newsletter_mails_in_sink

DEMO_PASSWORD = "development-demo-password"

port, mail_dir, users = sys.argv[1], sys.argv[2], int(sys.argv[3])
api = ConduitClient(f"http://127.0.0.1:{port}")


def step(text):
    print(f"\n[demo] {text}")


def show(label, value):
    print(f"    {label}: {value}")


step("the administrator logs in")
admin = api.login(**DEVELOPMENT_ADMIN)
token = admin["token"]
me = next(user for user in api.expect(200, "GET", "/api/admin/users?q=admin", token=token).body["users"] if user["username"] == "admin")
show("admin", {key: me[key] for key in ("username", "email", "roles", "active")})

step("lists users, newest first, two keyset pages of 5")
page = api.expect(200, "GET", "/api/admin/users?limit=5", token=token).body
show("page 1", [user["username"] for user in page["users"]])
page = api.expect(200, "GET", "/api/admin/users?limit=5&cursor=" + urllib.parse.quote(page["nextCursor"]), token=token).body
show("page 2", [user["username"] for user in page["users"]])

step("filters users: metadata {\"plan\":\"pro\"} (jsonb containment, GIN index), then q=demo10 (prefix)")
metadata = urllib.parse.quote(json.dumps({"plan": "pro"}))
pro = api.expect(200, "GET", f"/api/admin/users?limit=100&metadata={metadata}", token=token).body["users"]
show("pro users", f"{len(pro)}, e.g. {[user['username'] for user in pro[:3]]} with metadata {pro[0]['metadata']}")
prefixed = api.expect(200, "GET", "/api/admin/users?limit=100&q=demo10", token=token).body["users"]
show("q=demo10", sorted(user["username"] for user in prefixed))
show("bad metadata", api.call("GET", "/api/admin/users?metadata=%5B1%5D", token=token).body["errors"])

step("a writer publishes an article; demo1 is made a Moderator")
suffix = uuid.uuid4().hex[:8]
writer_account = {"username": f"writer{suffix}", "email": f"writer{suffix}@example.org", "password": "writer-password"}
api.expect(201, "POST", "/api/users", {"user": writer_account})
writer = api.login(writer_account["email"], writer_account["password"])
slug = api.expect(201, "POST", "/api/articles", {"article": {"title": f"Spam {suffix}", "description": "d", "body": "b"}},
                  writer["token"]).body["article"]["slug"]
show("article", slug)
moderator = api.login("demo1@demo.cleanbackend.local", DEMO_PASSWORD)
demo1_id = next(user["id"] for user in api.expect(200, "GET", "/api/admin/users?q=demo1&limit=100", token=token).body["users"]
                if user["username"] == "demo1")
roles = api.expect(200, "PUT", f"/api/admin/users/{demo1_id}/roles", {"roles": ["Moderator"]}, token).body["user"]["roles"]
show("demo1 roles", roles)
show("demo1 raising his own role", api.call("PUT", f"/api/admin/users/{demo1_id}/roles", {"roles": ["Admin"]}, moderator["token"]).status)

step("demo1 deletes the article as moderator: the old token has no permission yet, the refreshed one has")
show("with the token from before", api.call("DELETE", f"/api/admin/articles/{slug}", token=moderator["token"]).status)
refreshed = api.expect(200, "POST", "/api/users/refresh", {"refreshToken": moderator["refreshToken"]}).body["user"]
show("after refresh", api.expect(204, "DELETE", f"/api/admin/articles/{slug}", token=refreshed["token"]).status)
show("GET the article", api.call("GET", f"/api/articles/{slug}").status)

step("the administrator deactivates the writer, who is locked out at once")
writer_id = next(user["id"] for user in api.expect(200, "GET", f"/api/admin/users?q={writer_account['username']}", token=token).body["users"])
api.expect(200, "POST", f"/api/admin/users/{writer_id}/deactivate", token=token)
show("GET /api/user with his live token", api.call("GET", "/api/user", token=writer["token"]).status)
show("refresh", api.call("POST", "/api/users/refresh", {"refreshToken": writer["refreshToken"]}).status)
show("login", api.call("POST", "/api/users/login", {"user": {"email": writer_account["email"], "password": writer_account["password"]}}).status)

step(f"a newsletter to every active, subscribed user ({users} demo users, the administrator, demo1)")
posted = time.monotonic()
accepted = api.expect(202, "POST", "/api/admin/newsletters",
                      {"subject": f"Demo newsletter {suffix}", "htmlBody": "<p>Hello from CleanBackend</p>", "textBody": "Hello from CleanBackend"}, token)
location = accepted.headers["Location"]
show("202 Accepted", f"Location {location}, state {accepted.body['job']['state']}, total {accepted.body['job']['total']}")
job = api.wait_for_job(location, token)
elapsed = time.monotonic() - posted
show("job", {key: job[key] for key in ("state", "total", "sent", "failed", "startedAt", "finishedAt")})
show("from POST to finished", f"{elapsed:.2f} s, {job['sent'] / elapsed:.0f} mails/s")
show("mails of this newsletter in the SMTP sink", newsletter_mails_in_sink(mail_dir, job["id"]))

step("the audit log (newest first)")
for entry in api.expect(200, "GET", "/api/admin/audit?limit=20", token=token).body["entries"]:
    print(f"    {entry['occurredAt']}  {entry['actorUsername']:<8} {entry['action']:<22} {entry['targetType']} {entry['targetId']}"
          f"  details={json.dumps(entry['details'])}  correlationId={entry['correlationId']}")

step("stats")
show("stats", api.expect(200, "GET", "/api/admin/stats", token=token).body["stats"])
