"""A SCIM client of the world's organisation, talking to the API in process."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from backend.app import create_app
from backend.db import Database
from backend.identity.scim import service
from backend.settings import Settings

SCIM_JSON = "application/scim+json"
USER = "urn:ietf:params:scim:schemas:core:2.0:User"
ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp"


async def issue(database: Database, organisation_id: int) -> str:
    async with database.session() as session, session.begin():
        return await service.issue_token(session, organisation_id)


@pytest.fixture
async def scim_for(settings: Settings, database: Database) -> AsyncIterator[Any]:
    """``await scim_for(organisation_id)``: an httpx client with that
    organisation's bearer token, on /scim/v2."""
    clients: list[httpx.AsyncClient] = []
    app = create_app(settings, database=database)

    async def make(organisation_id: int, token: str | None = None) -> httpx.AsyncClient:
        bearer = token or await issue(database, organisation_id)
        client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app),
            base_url="http://testserver/scim/v2",
            headers={"authorization": f"Bearer {bearer}", "content-type": SCIM_JSON},
        )
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.aclose()


def user(user_name: str, **more: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "schemas": [USER],
        "userName": user_name,
        "name": {"givenName": "Ada", "familyName": user_name.split("@")[0]},
        "emails": [{"value": user_name, "type": "work", "primary": True}],
        "active": True,
    }
    enterprise = more.pop("enterprise", None)
    if enterprise is not None:
        body["schemas"].append(ENTERPRISE)
        body[ENTERPRISE] = enterprise
    body.update(more)
    return body
