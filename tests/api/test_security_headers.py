"""Security headers on every answer, a strict CSP on the pages a browser
shows (the rater's page, published philosophy pages), HSTS in production
only, and CORS for the configured origins only."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from backend.app import create_app
from backend.db import Database
from backend.settings import Settings
from feedback.evaluations.models import RaterGroup
from tests.support.evaluation_world import build
from tests.support.graphql_client import GraphQLClient
from tests.support.philosophy_world import build_world, write_and_publish

ALLOWED_ORIGIN = "https://app.ledelyst.example"
COMMON = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}


@pytest.fixture
async def make_client(settings: Settings, database: Database) -> AsyncIterator[object]:
    clients: list[GraphQLClient] = []

    def make(**overrides: object) -> GraphQLClient:
        client = GraphQLClient(create_app(settings.model_copy(update=overrides), database=database))
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.close()


def directives(policy: str) -> dict[str, str]:
    parts = (part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    return {part[0]: (part[1] if len(part) > 1 else "") for part in parts}


def assert_common(response: httpx.Response) -> None:
    for name, value in COMMON.items():
        assert response.headers.get(name) == value, name
    policy = directives(response.headers["content-security-policy"])
    assert policy["frame-ancestors"] == "'none'"
    assert "'unsafe-eval'" not in str(policy.values())
    assert "script-src" not in policy or "'unsafe-inline'" not in policy["script-src"]


@pytest.mark.parametrize("production", [False, True])
async def test_api_answers_carry_the_headers_and_a_policy_that_allows_nothing(
    make_client, production: bool
) -> None:
    client = make_client(production=production)
    for response in (
        await client.http.post("/graphql", json={"query": "{ __typename }"}),
        await client.http.get("/healthz"),
        await client.http.get("/auth/no-such-route"),
    ):
        assert_common(response)
        assert directives(response.headers["content-security-policy"])["default-src"] == "'none'"


async def test_hsts_is_sent_in_production_only(make_client) -> None:
    development = await make_client().http.get("/healthz")
    assert "strict-transport-security" not in development.headers
    production = await make_client(production=True).http.get("/healthz")
    hsts = production.headers["strict-transport-security"]
    assert "max-age=31536000" in hsts and "includeSubDomains" in hsts


async def test_graphiql_outside_production_keeps_its_scripts(make_client) -> None:
    page = await make_client().http.get("/graphql", headers={"accept": "text/html"})
    assert page.status_code == 200 and "graphiql" in page.text.lower()
    assert "content-security-policy" not in page.headers
    assert page.headers["x-content-type-options"] == "nosniff"


async def test_the_rater_page_allows_no_script_and_no_framing(
    session: AsyncSession, make_client
) -> None:
    scenario = await build(session, peers=1, reports=0)
    client = make_client(production=True)
    token = scenario.tokens_of(RaterGroup.PEER)[0]
    for response in (
        await client.http.get(f"/rate?t={token}"),
        await client.http.get("/rate?t=not-a-token"),
    ):
        assert response.headers["content-type"].startswith("text/html")
        assert_common(response)
        policy = directives(response.headers["content-security-policy"])
        assert policy["default-src"] == "'none'" and "script-src" not in policy
        assert policy["form-action"] == "'self'" and policy["base-uri"] == "'none'"
        assert response.headers["cache-control"] == "no-store"  # the link's secret is in it
        assert "max-age" in response.headers["strict-transport-security"]


async def test_a_published_philosophy_page_allows_no_script_and_no_framing(
    session: AsyncSession, database: Database, make_client
) -> None:
    from learning.philosophy.models import Visibility

    client = make_client(production=True)
    world = await build_world(session, client.app.state.settings)
    await write_and_publish(database, world, visibility=Visibility.PUBLIC)
    address = f"/p/{world.organisation.slug}/lise-aeroe-leder"
    for response in (
        await client.http.get(address),
        await client.http.get(address + "/pdf"),
        await client.http.get(f"/p/{world.organisation.slug}/no-one"),
    ):
        assert_common(response)
        policy = directives(response.headers["content-security-policy"])
        assert policy["default-src"] == "'none'" and "script-src" not in policy


async def test_cors_answers_only_the_allowed_origin(make_client) -> None:
    client = make_client(cors_origins=[ALLOWED_ORIGIN])
    preflight = {"access-control-request-method": "POST"}
    allowed = await client.http.options("/graphql", headers={"origin": ALLOWED_ORIGIN, **preflight})
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == ALLOWED_ORIGIN
    assert "authorization" in allowed.headers["access-control-allow-headers"].lower()
    other = await client.http.options(
        "/graphql", headers={"origin": "https://evil.example", **preflight}
    )
    assert other.status_code == 400
    assert "access-control-allow-origin" not in other.headers
    # A simple request: the browser hides the answer from an origin not allowed.
    for origin, shown in ((ALLOWED_ORIGIN, True), ("https://evil.example", False)):
        response = await client.http.post(
            "/graphql", json={"query": "{ __typename }"}, headers={"origin": origin}
        )
        assert ("access-control-allow-origin" in response.headers) is shown
        assert response.headers.get("access-control-allow-credentials") is None


async def test_without_configured_origins_no_origin_is_allowed(make_client) -> None:
    client = make_client()
    response = await client.http.post(
        "/graphql", json={"query": "{ __typename }"}, headers={"origin": ALLOWED_ORIGIN}
    )
    assert "access-control-allow-origin" not in response.headers
