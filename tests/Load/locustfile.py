"""Load test of the Conduit API for teams that use locust (Debian: apt-get install python3-locust).

    locust -f tests/Load/locustfile.py --host http://127.0.0.1:8080 --headless -u 64 -r 16 -t 60s

Readers browse the way the front end does (home page, an article, its author, the tags); a smaller
group of writers publishes and favorites. Each simulated user registers itself once, so the run
needs no seed data, and it only ever targets the --host it is given.
"""

import random
import uuid

from locust import HttpUser, between, task

PASSWORD = "load-test-Pa55word"
TAGS = ["performance", "testing", "dotnet", "postgres", "redis"]


class ConduitUser(HttpUser):
    abstract = True
    wait_time = between(0.1, 0.5)

    def on_start(self):
        name = f"load{uuid.uuid4().hex[:12]}"
        response = self.client.post(
            "/api/users",
            json={"user": {"username": name, "email": f"{name}@load.example.org", "password": PASSWORD}},
            name="POST /api/users",
        )
        response.raise_for_status()
        self.username = name
        self.headers = {"Authorization": f"Token {response.json()['user']['token']}"}
        self.slugs = []

    def remember(self, articles):
        self.slugs = [article["slug"] for article in articles][:50] or self.slugs


class Reader(ConduitUser):
    weight = 4

    @task(4)
    def home_page(self):
        with self.client.get("/api/articles?limit=20&offset=0", name="GET /api/articles", catch_response=True) as response:
            if response.status_code == 200:
                self.remember(response.json()["articles"])

    @task(3)
    def read_article(self):
        if self.slugs:
            self.client.get(f"/api/articles/{random.choice(self.slugs)}", name="GET /api/articles/{slug}")

    @task(2)
    def author_page(self):
        if self.slugs:
            article = self.client.get(f"/api/articles/{random.choice(self.slugs)}", name="GET /api/articles/{slug}").json()
            author = article["article"]["author"]["username"]
            self.client.get(f"/api/profiles/{author}", name="GET /api/profiles/{username}")
            self.client.get(f"/api/articles?author={author}&limit=20", name="GET /api/articles?author=")

    @task(1)
    def tags(self):
        self.client.get("/api/tags", name="GET /api/tags")


class Writer(ConduitUser):
    weight = 1

    @task(3)
    def publish(self):
        title = f"Load test article {uuid.uuid4().hex[:8]}"
        response = self.client.post(
            "/api/articles",
            json={"article": {"title": title, "description": "Written under load", "body": "Load test body. " * 20,
                              "tagList": random.sample(TAGS, 2)}},
            headers=self.headers,
            name="POST /api/articles",
        )
        if response.status_code == 201:
            self.slugs.append(response.json()["article"]["slug"])

    @task(2)
    def favorite(self):
        if self.slugs:
            self.client.post(f"/api/articles/{random.choice(self.slugs)}/favorite", headers=self.headers,
                             name="POST /api/articles/{slug}/favorite")

    @task(1)
    def feed(self):
        self.client.get("/api/articles/feed?limit=20", headers=self.headers, name="GET /api/articles/feed")
