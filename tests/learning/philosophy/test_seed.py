"""The demo: a leader's Danish philosophy, published and visible at its
address, with a staff comment and the leader's reply."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database
from backend.settings import Settings
from learning.philosophy.seed import seed_philosophy
from tests.learning.philosophy.xss import assert_safe
from tests.support.factories import make_organisation
from tests.support.graphql_client import GraphQLClient


async def test_the_demo_philosophy_is_published_in_danish(
    session: AsyncSession, settings: Settings, database: Database, api: GraphQLClient
) -> None:
    organisation = await make_organisation(session, name="Fjordby Kommune")
    seeded = await seed_philosophy(session, organisation.id, settings)
    await session.commit()
    assert seeded.created and seeded.comment_id and seeded.reply_id
    page = await api.http.get(seeded.address.removeprefix("http://testserver"))
    assert page.status_code == 200
    text = page.text
    assert '<html lang="da">' in text
    assert "Jonas Kraghs personlige ledelsesgrundlag" in text
    for words in ("Det kan du forvente af mig", "Det forventer jeg af dig", "mindre god til"):
        assert words in text
    assert "Vi leder med tillid og tydelighed" in text  # a cited principle
    assert "Borgeren i centrum" in text  # a cited goal
    assert_safe(text, page=True)
    again = await seed_philosophy(session, organisation.id, settings)
    assert not again.created and again.version_id == seeded.version_id
