"""``ledelyst identity scim-token ORG``, run as the operator would."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx
from sqlalchemy import select

from backend.auth.tokens import hash_secret
from backend.identity.scim.models import ScimToken
from backend.settings import ROOT, Settings
from tests.support.identity_world import World


def _scim_token(settings: Settings, slug: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "backend.cli", "identity", "scim-token", slug],
        cwd=ROOT,
        env={**os.environ, "LEDELYST_DATABASE_URL": settings.database_url},
        capture_output=True,
        text=True,
        timeout=60,
    )


async def test_the_printed_token_provisions_and_only_its_hash_is_stored(
    settings, session, scim_for, world: World
) -> None:
    done = _scim_token(settings, world.organisation.slug)
    assert done.returncode == 0, done.stderr
    token = done.stdout.strip()
    assert len(token) >= 32
    stored = await session.scalar(
        select(ScimToken.id).where(ScimToken.token_hash == hash_secret(token))
    )
    assert stored is not None
    client: httpx.AsyncClient = await scim_for(world.organisation.id, token=token)
    assert (await client.get("/Users")).status_code == 200


async def test_an_unknown_organisation_gets_no_token(settings) -> None:
    done = _scim_token(settings, "no-such-organisation")
    assert done.returncode == 1
    assert "no-such-organisation" in done.stderr
