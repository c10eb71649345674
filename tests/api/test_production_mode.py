"""Production: no GraphiQL, no introspection, no suggestions, no internals in errors."""

from __future__ import annotations

import pytest

from tests.api.test_unit_of_work import CREATE
from tests.support.factories import unique
from tests.support.shell_client import shell_client


@pytest.fixture
async def production(settings, database):
    client = shell_client(settings, database, production=True)
    yield client
    await client.close()


async def test_introspection_is_refused_in_production(production) -> None:
    response = await production.execute("{ __schema { types { name } } }")
    assert response.data is None
    assert set(response.codes) == {"INTROSPECTION_DISABLED"}


async def test_unexpected_error_shows_only_a_request_id(production) -> None:
    response = await production.execute(
        CREATE, {"input": {"slug": unique("prod"), "name": "X", "crashAfterWrite": True}}
    )
    error = response.errors[0]
    assert error["extensions"]["code"] == "INTERNAL_SERVER_ERROR"
    assert "boom" not in error["message"] and "Traceback" not in str(response.body)
    assert error["extensions"]["requestId"] in error["message"]


async def test_no_did_you_mean_suggestions_in_production(production) -> None:
    response = await production.execute('{ nod(id: "x") { id } }')
    assert "Did you mean" not in response.errors[0]["message"]


async def test_graphiql_is_served_only_outside_production(production, client) -> None:
    page = await client.http.get("/graphql", headers={"accept": "text/html"})
    assert page.status_code == 200 and "graphiql" in page.text.lower()
    hidden = await production.http.get("/graphql", headers={"accept": "text/html"})
    assert hidden.status_code == 404


async def test_production_sends_hsts(production) -> None:
    response = await production.http.get("/healthz")
    assert "max-age" in response.headers["strict-transport-security"]
    assert response.headers["x-request-id"]
