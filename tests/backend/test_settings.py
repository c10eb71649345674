"""Setting only the port (or the host) moves every link the service makes:
the base URL defaults to ``http://HOST:PORT``."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database
from backend.jobs.models import OutboxMessage
from backend.settings import Settings
from backend.storage.local import LocalStorage
from learning.philosophy.publishing.addresses import page_address
from tests.support.factories import make_person
from tests.support.identity_client import IdentityClient, new_address
from tests.support.identity_world import give_password

REQUEST_LINK = """
mutation M($input: RequestMagicLinkInput!) { requestMagicLink(input: $input) { errors { code } } }
"""


def _with(settings: Settings, **values: Any) -> Settings:
    """Settings validated afresh (model_copy would skip the validators)."""
    return Settings(**{**settings.model_dump(), "base_url": "", **values})


@pytest.mark.parametrize(
    ("host", "port", "expected"),
    [
        ("127.0.0.1", 9123, "http://127.0.0.1:9123"),
        ("0.0.0.0", 9124, "http://127.0.0.1:9124"),  # noqa: S104 - every address
        ("::", 9125, "http://[::1]:9125"),
        ("ledelyst.internal", 8000, "http://ledelyst.internal:8000"),
    ],
)
def test_the_base_url_follows_host_and_port(
    settings: Settings, host: str, port: int, expected: str
) -> None:
    assert _with(settings, host=host, port=port).base_url == expected


def test_the_port_alone_from_the_environment_moves_the_base_url(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("LEDELYST_BASE_URL", raising=False)
    monkeypatch.delenv("LEDELYST_HOST", raising=False)
    monkeypatch.setenv("LEDELYST_PORT", "9126")
    assert Settings(_env_file=None).base_url == "http://127.0.0.1:9126"  # type: ignore[call-arg]


def test_a_base_url_that_is_set_wins_over_host_and_port(settings: Settings) -> None:
    chosen = _with(settings, base_url="https://ledelyst.fjordby.dk/", port=9127)
    assert chosen.base_url == "https://ledelyst.fjordby.dk"


def test_upload_and_page_links_use_the_port(settings: Settings) -> None:
    moved = _with(settings, port=9128)
    upload = LocalStorage(moved).presigned_upload("org-1/evidence/a.png", "image/png", 10)
    assert upload.url.startswith("http://127.0.0.1:9128/files/org-1/evidence/a.png?")
    assert page_address(moved, "fjordby", "lise").startswith("http://127.0.0.1:9128/p/")


async def test_a_magic_link_uses_the_port(
    settings: Settings, database: Database, session: AsyncSession
) -> None:
    email = await give_password(session, await make_person(session))
    await session.commit()
    client = IdentityClient(_with(settings, port=9129), database, new_address())
    try:
        response = await client.execute(REQUEST_LINK, {"input": {"email": email}})
        assert response.data["requestMagicLink"]["errors"] == []
    finally:
        await client.close()
    mails = (
        await session.scalars(select(OutboxMessage).where(OutboxMessage.task == "mail.send"))
    ).all()
    url = [m for m in mails if m.payload["to"] == email][-1].payload["context"]["url"]
    assert url.startswith("http://127.0.0.1:9129/sign-in#token=")
