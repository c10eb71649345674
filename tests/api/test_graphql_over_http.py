"""GraphQL over HTTP: graphql-http's audit suite (npm, pinned in
tests/api/http_audit/) run against live ``ledelyst serve`` processes, and the
protocol answers it relies on, checked in-process."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from backend.api.media import prefers_graphql_response_json
from backend.settings import ROOT
from tests.conftest import TEST_DATABASE_URL
from tests.support.graphql_client import GraphQLClient
from tests.support.network import free_port, wait_until_ok

AUDIT = Path(__file__).parent / "http_audit"
GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
Results = list[dict[str, Any]]


# In-process: the answers the audit expects, one at a time.


async def test_a_client_preferring_graphql_response_json_gets_it(client: GraphQLClient) -> None:
    accept = f"{GRAPHQL_RESPONSE_JSON}, application/json;q=0.9"
    response = await client.http.post(
        "/graphql", json={"query": "{ __typename }"}, headers={"accept": accept}
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(GRAPHQL_RESPONSE_JSON)
    assert response.json() == {"data": {"__typename": "Query"}}


@pytest.mark.parametrize(
    ("accept", "prefers"),
    [
        (f"{GRAPHQL_RESPONSE_JSON}, application/json;q=0.9", True),
        (f"application/json;q=0.9, {GRAPHQL_RESPONSE_JSON}", True),
        (f"Application/JSON; charset=utf-8; q=0.5, {GRAPHQL_RESPONSE_JSON};q=0.6", True),
        (f"{GRAPHQL_RESPONSE_JSON};q=0.5, application/json", False),
        (f"{GRAPHQL_RESPONSE_JSON};q=0", False),
        ("*/*", False),
        ("", False),
        (None, False),
        # A comma and a media type inside a quoted parameter are its value.
        (f'text/plain;note=",{GRAPHQL_RESPONSE_JSON};x=", application/json;q=0.1', False),
    ],
)
def test_the_media_type_follows_the_accept_headers_weights(
    accept: str | None, prefers: bool
) -> None:
    assert prefers_graphql_response_json(accept) is prefers


async def test_a_document_that_does_not_parse_is_a_400_without_data_in_that_media_type(
    client: GraphQLClient,
) -> None:
    response = await client.http.post(
        "/graphql", json={"query": "{"}, headers={"accept": GRAPHQL_RESPONSE_JSON}
    )
    assert response.status_code == 400
    assert "data" not in response.json()
    assert response.json()["errors"][0]["extensions"]["code"] == "GRAPHQL_PARSE_FAILED"


async def test_variables_that_do_not_coerce_are_a_400_in_that_media_type(
    client: GraphQLClient,
) -> None:
    body = {"query": "query Q($id: ID!) { node(id: $id) { id } }", "variables": {"id": {}}}
    response = await client.http.post(
        "/graphql", json=body, headers={"accept": GRAPHQL_RESPONSE_JSON}
    )
    assert response.status_code == 400
    assert "data" not in response.json()
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_application_json_clients_keep_status_200_and_data_null(
    client: GraphQLClient,
) -> None:
    for accept in ("application/json", "*/*"):
        response = await client.http.post(
            "/graphql", json={"query": "{"}, headers={"accept": accept}
        )
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/json"
        assert response.json()["data"] is None


async def test_a_mutation_over_get_is_405_with_a_code(client: GraphQLClient) -> None:
    response = await client.http.get(
        "/graphql", params={"query": "mutation { __typename }"}, headers={"accept": "*/*"}
    )
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"
    assert response.json()["errors"][0]["extensions"]["code"] == "METHOD_NOT_ALLOWED"


async def test_a_request_without_query_or_with_a_bad_operation_name_is_a_400(
    client: GraphQLClient,
) -> None:
    bodies = [{"variables": {}}, {"query": "{ __typename }", "operationName": {"obj": "ect"}}]
    for body in bodies:
        response = await client.http.post("/graphql", json=body)
        assert response.status_code == 400, body
        assert response.json()["errors"][0]["extensions"]["code"] == "BAD_REQUEST"


# Live: the audit suite against two servers, in development and in production.

live = pytest.mark.skipif(
    bool(TEST_DATABASE_URL),
    reason="the protocol does not depend on the database: audited in the SQLite pass only",
)


@pytest.fixture(scope="module")
def node() -> str:
    found = shutil.which("node")
    if found is None or shutil.which("npm") is None:
        if os.environ.get("LEDELYST_REQUIRE_NODE") == "1":
            pytest.fail("node and npm are required (LEDELYST_REQUIRE_NODE=1)")
        pytest.skip("node and npm are needed for graphql-http's audit suite")
    installed = AUDIT / "node_modules" / ".package-lock.json"
    lock = AUDIT / "package-lock.json"
    if not installed.exists() or installed.stat().st_mtime < lock.stat().st_mtime:
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=AUDIT, check=True, timeout=300)
    return found


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """``ledelyst serve`` twice on one migrated SQLite database: as developers
    run it and as production runs it (introspection off, errors masked)."""
    root = tmp_path_factory.mktemp("http-audit")
    env = {key: value for key, value in os.environ.items() if not key.startswith("LEDELYST_")}
    env |= {
        "LEDELYST_DATABASE_URL": f"sqlite+aiosqlite:///{root / 'ledelyst.sqlite3'}",
        "LEDELYST_BROKER_FOLDER": str(root / "broker"),
        "LEDELYST_STORAGE_FOLDER": str(root / "files"),
        "LEDELYST_MAIL_FOLDER": str(root / "mail"),
        "LEDELYST_SECRET_KEY": "http-audit-secret-0123456789abcdefghijkl",
    }
    cli = [sys.executable, "-m", "backend.cli"]
    subprocess.run([*cli, "migrate"], env=env, cwd=ROOT, check=True, timeout=300)
    modes = {"development": "false", "production": "true"}
    ports = {mode: free_port() for mode in modes}
    processes = [
        subprocess.Popen(
            [*cli, "serve", "--no-migrate-first", "--port", str(ports[mode])],
            env={**env, "LEDELYST_PRODUCTION": production},
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=(root / f"{mode}.log").open("wb"),
        )
        for mode, production in modes.items()
    ]
    try:
        for port in ports.values():
            wait_until_ok(f"http://127.0.0.1:{port}/healthz", 120)
        yield {mode: f"http://127.0.0.1:{port}/graphql" for mode, port in ports.items()}
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=30)


@pytest.fixture(scope="module")
def audits(node: str, servers: dict[str, str]) -> dict[str, Results]:
    return {mode: _audit(node, url) for mode, url in servers.items()}


@live
@pytest.mark.slow
def test_every_must_of_graphql_over_http_passes(audits: dict[str, Results]) -> None:
    development = audits["development"]
    assert len(_level(development, "MUST")) >= 13
    assert _failed(_level(development, "MUST")) == []


@live
@pytest.mark.slow
def test_in_production_a_must_fails_only_where_the_audit_asks_for_introspection(
    audits: dict[str, Results],
) -> None:
    """The audit's variables check queries ``__type``; production turns
    introspection off on purpose, and nothing else may fail."""
    failed = _failed(_level(audits["production"], "MUST"))
    assert all("introspection has been disabled" in audit["body"] for audit in failed), failed
    assert len(failed) <= 1


@live
@pytest.mark.slow
def test_the_readme_lists_every_should_with_its_result(audits: dict[str, Results]) -> None:
    shoulds = {
        audit["id"]: "pass" if audit["status"] == "ok" else "warn"
        for audit in _level(audits["development"], "SHOULD")
    }
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = dict(re.findall(r"^\| `(\w{4})` \| SHOULD [^|]+\| (pass|warn) \|$", readme, re.M))
    assert listed == shoulds


def _audit(node: str, url: str) -> Results:
    finished = subprocess.run(
        [node, "audit.mjs", url], cwd=AUDIT, capture_output=True, text=True, timeout=180
    )
    assert finished.returncode == 0, finished.stderr
    results: Results = json.loads(finished.stdout)
    return results


def _level(results: Results, level: str) -> Results:
    return [audit for audit in results if audit["name"].startswith(f"{level} ")]


def _failed(results: Results) -> Results:
    return [audit for audit in results if audit["status"] != "ok"]
