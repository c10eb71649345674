"""The contract of a request the database cannot serve (it is down, or
restarting): HTTP 503 with Retry-After, ``extensions.code`` UNAVAILABLE and
``retryable: true``, in the client's language; never an internal error.

The database here is a PostgreSQL address where nothing listens, so the test
needs no server and runs in both passes; ``test_postgres_restart`` shows the
same answer from a real restart."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from backend.db import Database
from backend.i18n import translate
from backend.settings import Settings
from tests.infra.services import free_port
from tests.support.graphql_client import GraphQLClient

REQUEST_LINK = """
mutation { requestMagicLink(input: {email: "ingen@example.dk"}) { errors { code } } }
"""


@pytest.fixture
async def api_without_database(settings: Settings) -> AsyncIterator[GraphQLClient]:
    from backend.app import create_app

    nowhere = f"postgresql+asyncpg://postgres@127.0.0.1:{free_port()}/ledelyst"
    away = settings.model_copy(update={"database_url": nowhere})
    database = Database(away)
    client = GraphQLClient(create_app(away, database=database))
    yield client
    await client.close()
    await database.dispose()


@pytest.mark.parametrize("language", ["da", "en"])
async def test_a_request_the_database_cannot_serve_is_a_retryable_503(
    api_without_database: GraphQLClient, language: str
) -> None:
    response = await api_without_database.http.post(
        "/graphql", json={"query": REQUEST_LINK}, headers={"accept-language": language}
    )
    assert response.status_code == 503
    assert response.headers["retry-after"].isdigit()
    body = response.json()
    assert body["data"] is None
    assert body["errors"] == [
        {
            "message": translate("error.database_unavailable", language),
            "locations": [{"line": 2, "column": 12}],
            "path": ["requestMagicLink"],
            "extensions": {
                "code": "UNAVAILABLE",
                "reason": "error.database_unavailable",
                "retryable": True,
            },
        }
    ]
