"""Who is on Ledelyst on a Monday morning, as Locust users: the locustfile of
``bench/monday.py``, run by ``bench/monday_load.py`` in a process of its own.

- **Raters** of a cycle that opened this morning: each opens the link of its
  invitation mail (``GET /rate?t=…``, the plain HTML page), answers, sometimes
  saves a draft first, submits (``POST /rate``), and lands on the thank-you
  page. Every rater submits once; when the links run out, late clickers open
  links already answered.
- **New leaders**: home, the enrolment page with its activities
  (``EnrolmentDetail``), ``startActivity`` then ``completeActivity``, and now
  and then a batch of offline progress (``syncProgress``).
- **Mentors**: their mentees, and home.
- **Leaders of leaders** on the dashboard: the learning-effect summary and the
  first page of their team's enrolments.

GraphQL goes as the apps send it: persisted queries by sha256, a real bearer
token. Each user waits a human while between actions (``wait_time``). What the
users need (tokens, ids, hashes) comes from ``configure`` (a JSON spec written
by ``bench/monday.py``); nothing here imports the application.
"""

from __future__ import annotations

import itertools
import json
import random
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from locust import FastHttpUser, between, task

# The rater form's answer fields: name="a-<item id>" (one per radio button).
ANSWER_FIELD = re.compile(r'name="a-(\d+)"')
COMMENT_FIELD = re.compile(r'name="c-(\d+)"')
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
IDLE_SECONDS = 4.0  # a connection idle this long is not used again (see _Client)

_spec: dict[str, Any] = {}
_tokens: Iterator[str] = iter(())
_answered: list[str] = []
_leaders: Iterator[dict[str, Any]] = iter(())
_mentors: Iterator[dict[str, Any]] = iter(())
_bosses: Iterator[dict[str, Any]] = iter(())
_events = itertools.count()


def configure(spec: dict[str, Any]) -> None:
    """What the users share: the hashes of the persisted queries, the raters'
    link secrets (each handed out once) and the viewers (round robin)."""
    global _spec, _tokens, _leaders, _mentors, _bosses
    _spec = spec
    _tokens = iter(spec["rater_tokens"])
    _leaders = itertools.cycle(spec["new_leaders"])
    _mentors = itertools.cycle(spec["mentors"])
    _bosses = itertools.cycle(spec["leaders_of_leaders"])
    for user, weight in spec["weights"].items():
        USERS[user].weight = weight


def raters_left() -> int:
    """Links not handed out (this empties the supply: call it at the end)."""
    return sum(1 for _ in _tokens)


def _body(operation: str, variables: dict[str, Any] | None = None) -> str:
    return json.dumps(
        {
            "operationName": operation,
            "variables": variables or {},
            "extensions": {
                "persistedQuery": {"version": 1, "sha256Hash": _spec["hashes"][operation]}
            },
        }
    )


def _why(response: Any) -> str:
    """A connection's error (status 0), else nothing."""
    error = getattr(response, "error", None)
    return f"({type(error).__name__}: {error})" if error else ""


class _Client(FastHttpUser):
    """A browser or a phone: after a pause longer than the server keeps an
    idle connection open (uvicorn: 5 s), the next request goes on a new one.
    (Reusing the old one races the server's close: the request fails with
    status 0, and a POST is not sent again; a browser would have retried.)"""

    abstract = True
    _last_request = 0.0

    def http(self, method: str, path: str, **kwargs: Any) -> Any:
        if time.monotonic() - self._last_request > IDLE_SECONDS:
            self.client.client.close()
        self._last_request = time.monotonic()
        return self.client.request(method, path, **kwargs)


class _Viewer(_Client):
    """A signed-in person of the apps: GraphQL with a bearer token."""

    abstract = True
    headers: dict[str, str]

    def graphql(
        self, operation: str, variables: dict[str, Any] | None = None, *, name: str
    ) -> dict[str, Any] | None:
        """Post a persisted operation; a failure unless it answers 200 with data,
        no top-level errors and (for a mutation) an empty ``errors`` list."""
        with self.http(
            "POST",
            "/graphql",
            data=_body(operation, variables),
            headers=self.headers,
            name=name,
            catch_response=True,
        ) as response:
            if response.status_code != 200:
                response.failure(f"{operation}: HTTP {response.status_code} {_why(response)}")
                return None
            found = json.loads(response.content or b"{}")
            if found.get("errors") or not found.get("data"):
                response.failure(f"{operation}: {str(found.get('errors'))[:200]}")
                return None
            for payload in found["data"].values():
                if isinstance(payload, dict) and payload.get("errors"):
                    response.failure(f"{operation}: {str(payload['errors'])[:200]}")
                    return None
            data: dict[str, Any] = found["data"]
            return data

    def sign_in(self, viewer: dict[str, Any]) -> None:
        self.viewer = viewer
        self.headers = {
            "Content-Type": "application/json",
            "Authorization": f"Bearer {viewer['token']}",
        }


class Rater(_Client):
    """One invitation link after another: open, (save,) submit, thank-you page."""

    wait_time = between(2, 8)  # reading the mail, between raters

    @task
    def answer(self) -> None:
        token = next(_tokens, None)
        if token is None:
            # Every link is answered: a late click shows the "already answered" page.
            if _answered:
                self.http("GET", f"/rate?t={random.choice(_answered)}", name="rater: answered link")
            return
        with self.http(
            "GET", f"/rate?t={token}", name="rater: open link", catch_response=True
        ) as page:
            items = sorted(set(ANSWER_FIELD.findall(page.text or "")))
            questions = sorted(set(COMMENT_FIELD.findall(page.text or "")))
            if page.status_code != 200 or not items:
                page.failure(
                    f"rater form: HTTP {page.status_code} {_why(page)}, {len(items)} items"
                )
                return
        answers = {f"a-{item}": str(random.choice((2, 3, 4, 4, 5, 5, "x"))) for item in items}
        time.sleep(random.uniform(1, 4))  # answering (gevent's sleep: other users run)
        if random.random() < 0.3:
            half = dict(list(answers.items())[: len(answers) // 2])
            self._post(token, "save", half, "rater: save draft")
            self.http("GET", f"/rate?t={token}&saved=1", name="rater: open link")
            time.sleep(random.uniform(1, 3))
        # A third write a comment on the first open question.
        comment = (
            {f"c-{questions[0]}": "Tydelig retning, lytter godt."}
            if questions and random.random() < 0.33
            else {}
        )
        if self._post(token, "submit", {**answers, **comment}, "rater: submit"):
            self.http("GET", f"/rate?t={token}", name="rater: thank-you page")
            _answered.append(token)

    def _post(self, token: str, action: str, fields: dict[str, str], name: str) -> bool:
        """The form's POST; its answer is a 303 back to the link (not followed here,
        so each request is timed on its own, as the browser sends them)."""
        body = urlencode({"t": token, "action": action, **fields})
        with self.http(
            "POST",
            "/rate",
            data=body,
            headers=FORM,
            name=name,
            catch_response=True,
            allow_redirects=False,
        ) as response:
            if response.status_code != 303:
                response.failure(f"rater {action}: HTTP {response.status_code} {_why(response)}")
                return False
        return True


class NewLeader(_Viewer):
    """A leader in the first weeks of a programme, on the phone."""

    wait_time = between(1, 5)

    def on_start(self) -> None:
        self.sign_in(next(_leaders))
        self.next_activity = random.randrange(len(self.viewer["activities"]))

    @task(5)
    def home(self) -> None:
        self.graphql("Home", name="leader: Home")

    @task(3)
    def enrolment(self) -> None:
        self.graphql("EnrolmentDetail", {"id": self.viewer["enrolment"]}, name="leader: activity")

    @task(2)
    def do_an_activity(self) -> None:
        activities = self.viewer["activities"]
        activity = activities[self.next_activity % len(activities)]
        self.next_activity += 1
        variables = {"input": {"enrolmentId": self.viewer["enrolment"], "activityId": activity}}
        if self.graphql("StartActivity", variables, name="leader: startActivity") is not None:
            time.sleep(random.uniform(1, 4))  # reading it
            self.graphql("CompleteActivity", variables, name="leader: completeActivity")

    @task(1)
    def sync_offline_progress(self) -> None:
        """What the phone queued on the train: ten events."""
        now = datetime.now(UTC)
        run = next(_events)
        activities = self.viewer["activities"]
        events = [
            {
                "clientEventId": f"monday-{self.viewer['enrolment']}-{run}-{k}",
                "enrolmentId": self.viewer["enrolment"],
                "activityId": activities[(run + k) % len(activities)],
                "type": "STARTED" if k % 2 == 0 else "COMPLETED",
                "occurredAt": (now - timedelta(minutes=30 - k)).isoformat(),
            }
            for k in range(10)
        ]
        self.graphql("SyncProgress", {"input": {"events": events}}, name="leader: syncProgress")


class Mentor(_Viewer):
    wait_time = between(2, 8)

    def on_start(self) -> None:
        self.sign_in(next(_mentors))

    @task(3)
    def mentees(self) -> None:
        self.graphql("Mentees", {"first": 20}, name="mentor: Mentees")

    @task(1)
    def home(self) -> None:
        self.graphql("Home", name="mentor: Home")


class LeaderOfLeaders(_Viewer):
    """On the dashboard: how the leaders below are doing."""

    wait_time = between(3, 10)

    def on_start(self) -> None:
        self.sign_in(next(_bosses))

    @task(1)
    def learning_effect(self) -> None:
        self.graphql(
            "LearningEffectSummary", {"scope": "AREA"}, name="leader of leaders: learning effect"
        )

    @task(2)
    def team(self) -> None:
        self.graphql("TeamEnrolments", {"first": 20}, name="leader of leaders: TeamEnrolments")


USERS: dict[str, type[FastHttpUser]] = {
    "rater": Rater,
    "new leader": NewLeader,
    "mentor": Mentor,
    "leader of leaders": LeaderOfLeaders,
}
