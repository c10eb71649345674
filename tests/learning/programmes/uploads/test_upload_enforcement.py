"""An upload ticket holds the client to what it declared, at the store and
again before the key is recorded: a ticket for 10 bytes of image/png takes
neither 20 bytes nor anything that is not a PNG. Through the real API, with
local storage (signed PUT) and with S3 (moto over HTTP, presigned POST)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from backend.app import create_app
from backend.db import Database
from backend.settings import Settings
from backend.storage import get_storage
from backend.storage.s3 import S3Storage
from learning.programmes.models import ActivityKind
from tests.support.graphql_client import GraphQLClient
from tests.support.moto_server import ACCESS_KEY, SECRET_KEY, StrictMotoServer
from tests.support.programme_world import World
from tests.support.uploads import send_upload

PNG = b"\x89PNG\r\n\x1a\n\x00\x00"  # ten bytes that are a PNG's start
NOT_PNG = b"<script>!!"  # ten bytes that are not
REQUEST = """
mutation R($input: RequestEvidenceUploadInput!) {
  requestEvidenceUpload(input: $input) {
    errors { code field reason }
    upload { objectKey url method headers fields }
  }
}"""
RECORD = """
mutation E($input: RecordActionEvidenceInput!) {
  recordActionEvidence(input: $input) {
    errors { code field reason }
    evidence { text }
  }
}"""


async def _ticket(api: GraphQLClient, world: World, token: str) -> dict[str, Any]:
    response = await api.execute(
        REQUEST,
        {
            "input": {
                "enrolmentId": world.enrolment_gid,
                "activityId": world.activity_gid(ActivityKind.ACTION),
                "filename": "bevis.png",
                "contentType": "image/png",
                "byteSize": 10,
            }
        },
        token=token,
    )
    assert response.data["requestEvidenceUpload"]["errors"] == []
    ticket: dict[str, Any] = response.data["requestEvidenceUpload"]["upload"]
    return ticket


async def _send(
    http: httpx.AsyncClient, ticket: dict[str, Any], data: bytes, content_type: str | None = None
) -> httpx.Response:
    return await send_upload(
        http,
        ticket["url"],
        ticket["method"],
        ticket["headers"],
        ticket["fields"],
        data,
        content_type=content_type,
    )


async def _record(api: GraphQLClient, world: World, token: str, key: str) -> dict[str, Any]:
    response = await api.execute(
        RECORD,
        {
            "input": {
                "enrolmentId": world.enrolment_gid,
                "activityId": world.activity_gid(ActivityKind.ACTION),
                "text": "Se billedet",
                "objectKey": key,
            }
        },
        token=token,
    )
    result: dict[str, Any] = response.data["recordActionEvidence"]
    return result


async def _the_ticket_holds(
    api: GraphQLClient, http: httpx.AsyncClient, world: World, settings: Settings
) -> list[int]:
    """The attacks and the honest upload; returns the store's answers."""
    token = world.token(world.leader, "en")
    storage = get_storage(settings)
    ticket = await _ticket(api, world, token)
    key = ticket["objectKey"]
    too_large = await _send(http, ticket, PNG + PNG)
    other_type = await _send(http, ticket, NOT_PNG, content_type="text/html")
    assert not await storage.exists(key)
    # The declared type and size, but not a PNG: stored, then refused and deleted.
    assert (await _send(http, ticket, NOT_PNG)).status_code in (200, 204)
    refused = await _record(api, world, token, key)
    assert refused["errors"] == [
        {
            "code": "INVALID",
            "field": ["input", "objectKey"],
            "reason": "storage.upload.content_mismatch",
        }
    ]
    assert refused["evidence"] is None
    assert not await storage.exists(key)
    honest = await _ticket(api, world, token)
    assert (await _send(http, honest, PNG)).status_code in (200, 204)
    accepted = await _record(api, world, token, honest["objectKey"])
    assert accepted["errors"] == [] and accepted["evidence"] == {"text": "Se billedet"}
    return [too_large.status_code, other_type.status_code]


async def test_a_local_upload_ticket_takes_only_the_declared_size_type_and_content(
    api: GraphQLClient, world: World, settings: Settings
) -> None:
    # 413 too large, 415 another Content-Type: the signed route refuses both.
    assert await _the_ticket_holds(api, api.http, world, settings) == [413, 415]


@pytest.fixture
async def s3_api(
    settings: Settings, database: Database, moto_server: StrictMotoServer
) -> AsyncIterator[tuple[GraphQLClient, Settings]]:
    configured = Settings(
        **{
            **settings.model_dump(),
            "storage_backend": "s3",
            "s3_endpoint_url": moto_server.endpoint_url,
            "s3_bucket": "ledelyst-upload-enforcement",
            "s3_region": "eu-north-1",
            "s3_access_key_id": ACCESS_KEY,
            "s3_secret_access_key": SECRET_KEY,
        }
    )
    storage = get_storage(configured)
    assert isinstance(storage, S3Storage)
    await storage.ensure_bucket()
    client = GraphQLClient(create_app(configured, database=database))
    yield client, configured
    await client.close()


async def test_an_s3_upload_ticket_takes_only_the_declared_size_type_and_content(
    s3_api: tuple[GraphQLClient, Settings], world: World
) -> None:
    api, configured = s3_api
    async with httpx.AsyncClient(trust_env=False, timeout=10) as http:
        statuses = await _the_ticket_holds(api, http, world, configured)
    # S3's answers to a body over content-length-range and a type the policy does not allow.
    assert statuses == [400, 403]
