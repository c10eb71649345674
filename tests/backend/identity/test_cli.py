"""``ledelyst identity create-admin``: how an installation gets its first
administrator, run as the operator would, in a process of its own."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid

from sqlalchemy import select

from backend.identity.models import Membership, Organisation, Person
from backend.settings import ROOT, Settings


def _create_admin(
    settings: Settings, *options: str, password: str
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LEDELYST_DATABASE_URL": settings.database_url}
    env["LEDELYST_ADMIN_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "backend.cli", "identity", "create-admin", *options],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


async def test_create_admin_makes_the_organisation_person_and_role(settings, session) -> None:
    slug = f"ny-{uuid.uuid4().hex[:8]}"
    email = f"it-{slug}@example.dk"
    options = ("--organisation", slug, "--email", email, "--name", "Ida IT")

    done = _create_admin(settings, *options, password="et-langt-kodeord")

    assert done.returncode == 0, done.stderr
    assert f"{email} is an administrator of {slug}" in done.stdout
    roles = await session.scalar(
        select(Membership.roles)
        .join(Organisation, Organisation.id == Membership.organisation_id)
        .join(Person, Person.id == Membership.person_id)
        .where(Organisation.slug == slug, Person.email == email)
    )
    assert roles == ["ADMIN"]


async def test_create_admin_refuses_a_short_password_in_danish(settings, session) -> None:
    slug = f"kort-{uuid.uuid4().hex[:8]}"
    options = ("--organisation", slug, "--email", f"a-{slug}@example.dk", "--name", "A")

    refused = _create_admin(settings, *options, password="kort")

    assert refused.returncode == 1
    assert refused.stderr.strip() == "Adgangskoden skal være mindst 12 tegn."
    assert await session.scalar(select(Organisation.id).where(Organisation.slug == slug)) is None
