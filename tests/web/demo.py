"""A deployment of the demo data for the app's browser tests: the real
``ledelyst serve``, worker and scheduler on a loopback port, persisted
queries only, with a database of their own (PostgreSQL when the run has one,
else SQLite) and the embedded broker in a folder of their own."""

from __future__ import annotations

import asyncio
import json
import os
import re
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import Connection, text

from backend.identity.seed import DEMO_PASSWORD
from backend.settings import ROOT
from tests.conftest import TEST_DATABASE_URL, _create_postgres_database
from tests.infra.services import processes, serve, wait_ready
from tests.support.demo_template import copy_demo
from tests.support.embedded import embedded_environment, sync_engine
from tests.support.network import free_port

APP_MANIFEST = ROOT / "web" / "src" / "gql" / "persisted-documents.json"
CSRF = {"x-ledelyst-csrf": "1"}

NEW_LEADER = "ny.leder@fjordby.dk"
MENTOR = "mentor@fjordby.dk"
MANAGER = "kommunaldirektor@fjordby.dk"
# A new leader of the demo with an open mentoring need and no mentor yet (the
# seed is deterministic): she can still ask a mentor.
UNMATCHED_LEADER = "julie.laursen@fjordby.dk"
LEADERS_MANAGER = "leder@fjordby.dk"
SECOND_LEADER = "ny.leder2@fjordby.dk"
# One of the new leader's staff (a pædagog of her kindergarten).
STAFF = "medarbejder@fjordby.dk"


@dataclass
class Demo:
    url: str
    env: dict[str, str]
    folder: Path
    database_url: str

    def api(self) -> DemoApi:
        return DemoApi(self.url)

    @contextmanager
    def database(self) -> Iterator[Connection]:
        """A synchronous connection to the demo's database, in a transaction
        committed on leaving (what a test reads or sets up behind the app)."""
        engine = sync_engine(self.database_url)
        try:
            with engine.begin() as connection:
                yield connection
        finally:
            engine.dispose()

    def email_of(self, name: str) -> str:
        """The e-mail of the demo's person of that name."""
        with self.database() as connection:
            found = connection.execute(
                text("SELECT email FROM person WHERE name = :name"), {"name": name}
            )
            return str(found.scalar_one())


class DemoApi:
    """The API as another client of the demo sees it: the app's persisted
    documents by hash, signed in through /auth."""

    def __init__(self, url: str) -> None:
        self.url = url
        # The server closes a connection idle for 5 s (uvicorn's keep-alive); a
        # request sent on it just then fails with "Server disconnected without
        # sending a response". Idle connections are dropped here well before.
        self.http = httpx.Client(
            base_url=url, timeout=30, limits=httpx.Limits(keepalive_expiry=1.0)
        )
        manifest = json.loads(APP_MANIFEST.read_text())
        self.hashes = {
            found.group(0): key
            for key, text in manifest.items()
            if (found := re.search(r"(query|mutation) \w+", text))
        }

    def sign_in(self, email: str) -> str:
        response = self.http.post(
            "/auth/sign-in",
            json={"email": email, "password": DEMO_PASSWORD},
            headers={**CSRF, "origin": self.url},
        )
        assert response.status_code == 200, response.text
        return str(response.json()["accessToken"])

    def query(self, document: str, variables: dict[str, Any], token: str) -> dict[str, Any]:
        """A document by its text (a deployment that is not persisted-only)."""
        response = self.http.post(
            "/graphql",
            json={"query": document, "variables": variables},
            headers={"authorization": f"Bearer {token}"},
        )
        payload = response.json()
        assert not payload.get("errors"), payload
        return dict(payload["data"])

    def run(self, operation: str, variables: dict[str, Any], token: str) -> dict[str, Any]:
        """``operation`` as named in web/src/api/documents.ts, e.g. ``query AppHome``."""
        body = {
            "variables": variables,
            "extensions": {"persistedQuery": {"version": 1, "sha256Hash": self.hashes[operation]}},
        }
        response = self.http.post(
            "/graphql", json=body, headers={"authorization": f"Bearer {token}"}
        )
        payload = response.json()
        assert not payload.get("errors"), payload
        return dict(payload["data"])

    def enrolment(self, token: str) -> dict[str, Any]:
        home = self.run("query AppHome", {}, token)["home"]
        enrolment_id = home["enrolments"][0]["id"]
        return dict(self.run("query AppEnrolment", {"id": enrolment_id}, token)["node"])

    def close(self) -> None:
        self.http.close()


def not_started(enrolment: dict[str, Any], kind: str) -> dict[str, Any]:
    """The first activity of ``kind`` not started yet, in ``DemoApi.enrolment``."""
    return next(
        item
        for item in enrolment["activities"]
        if item["activity"]["kind"] == kind and item["status"] == "NOT_STARTED"
    )


def _database_url(folder: Path) -> tuple[str, str | None]:
    if not TEST_DATABASE_URL:
        return f"sqlite+aiosqlite:///{folder / 'demo.sqlite3'}", None
    name = f"ledelyst_web_{uuid.uuid4().hex[:10]}"
    asyncio.run(_create_postgres_database(TEST_DATABASE_URL, name))
    return f"{TEST_DATABASE_URL.rsplit('/', 1)[0]}/{name}", name


@contextmanager
def demo_deployment(
    folder: Path,
    web_folder: Path,
    *,
    persisted_only: bool = True,
    seed_here: bool = False,
    **settings: str,
) -> Iterator[Demo]:
    """A copy of the run's settled demo (tests/support/demo_template.py: the
    seed with its outbox worked off, so the deployment starts quiet), or with
    ``seed_here`` seeded anew with this deployment's address, for a test that
    reads the mails the seed itself sends."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    if seed_here:
        database_url, postgres_name = _database_url(folder)
    else:
        copy = copy_demo(
            folder, f"ledelyst_web_{uuid.uuid4().hex[:10]}", folder / "files", settled=True
        )
        database_url, postgres_name = copy.database_url, copy.postgres_name
    env = {
        **os.environ,
        **embedded_environment(folder, database_url),
        "LEDELYST_BASE_URL": url,
        "LEDELYST_SECRET_KEY": "browser-test-secret-0123456789abcdefghij",
        "LEDELYST_PERSISTED_QUERIES_ONLY": str(persisted_only).lower(),
        "LEDELYST_WEB_FOLDER": str(web_folder),
        "LEDELYST_OUTBOX_RELAY_INTERVAL_SECONDS": "0.5",
        **{f"LEDELYST_{name.upper()}": value for name, value in settings.items()},
    }
    try:
        for command in (["migrate"], ["seed-demo"]) if seed_here else ():
            subprocess.run(
                [sys.executable, "-m", "backend.cli", *command],
                cwd=ROOT,
                env=env,
                check=True,
                timeout=600,
                stdout=subprocess.DEVNULL,
            )
        commands = [serve(port), ["worker", "--pool", "solo"], ["scheduler"]]
        # Thrown away afterwards (its database dropped): no graceful shutdown to
        # wait for (the worker's and the server's took ~4.5 s a module).
        with processes(commands, env, folder, graceful=False):
            wait_ready(url)
            yield Demo(url, env, folder, database_url)
    finally:
        if postgres_name is not None:
            asyncio.run(
                _create_postgres_database(TEST_DATABASE_URL or "", postgres_name, drop=True)
            )
