"""A small HTTP client for the scripts that drive a running API (standard library only)."""
import glob
import json
import os
import time
import urllib.error
import urllib.request

DEVELOPMENT_ADMIN = {"email": "admin@cleanbackend.local", "password": "development-admin-password"}


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body


class ConduitClient:
    def __init__(self, base_url):
        self.base_url = base_url

    def call(self, method, path, body=None, token=None):
        """Any status comes back as a Response; only a failure to connect raises."""
        request = urllib.request.Request(self.base_url + path, method=method,
                                         data=None if body is None else json.dumps(body).encode())
        request.add_header("Content-Type", "application/json")
        if token:
            request.add_header("Authorization", f"Token {token}")
        try:
            with urllib.request.urlopen(request) as response:
                return Response(response.status, response.headers, json.loads(response.read() or b"null"))
        except urllib.error.HTTPError as error:
            return Response(error.code, error.headers, json.loads(error.read() or b"null"))

    def expect(self, status, method, path, body=None, token=None):
        response = self.call(method, path, body, token)
        if response.status != status:
            raise SystemExit(f"{method} {path}: expected {status}, got {response.status}: {response.body}")
        return response

    def login(self, email, password):
        return self.expect(200, "POST", "/api/users/login", {"user": {"email": email, "password": password}}).body["user"]

    def wait_for_job(self, location, token, poll_seconds=0.2):
        while True:
            job = self.expect(200, "GET", location, token=token).body["job"]
            if job["state"] in ("succeeded", "failed"):
                return job
            time.sleep(poll_seconds)


def newsletter_mails_in_sink(mail_dir, job_id):
    """How many mails of this newsletter the SMTP sink of scripts/services.sh holds (by their Message-ID)."""
    marker = f"newsletter.{job_id.replace('-', '')}."
    count = 0
    for path in glob.glob(os.path.join(mail_dir, "*", "*.json")):
        with open(path) as handle:
            if marker in (json.load(handle).get("messageId") or ""):
                count += 1
    return count
