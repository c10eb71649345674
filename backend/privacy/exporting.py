"""Everything held about a person, as one JSON document.

Each declared table contributes the subject's rows through its own handler,
grouped by slice: ``{"format": ..., "subject": ..., "slices": {"learning.
programmes": {"reflection": [...]}}}``. Tables declared as holding no personal
data are listed with the reason, so the reader sees what was left out and why.
"""

from __future__ import annotations

from typing import Any

import orjson
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import utcnow
from backend.identity.models import Membership, Person
from backend.privacy.registry import Subject, impersonal_tables, personal_tables

FORMAT = "ledelyst-personal-data/1"


async def subject_of(session: AsyncSession, membership_id: int) -> Subject | None:
    found = (
        await session.execute(
            select(Membership.person_id, Membership.organisation_id, Person.email)
            .join(Person, Person.id == Membership.person_id)
            .where(Membership.id == membership_id)
        )
    ).one_or_none()
    if found is None:
        return None
    others = await session.scalar(
        select(Membership.id)
        .where(
            Membership.person_id == found.person_id,
            Membership.id != membership_id,
            Membership.is_active.is_(True),
        )
        .limit(1)
    )
    return Subject(
        person_id=found.person_id,
        membership_id=membership_id,
        organisation_id=found.organisation_id,
        email=found.email,
        whole_person=others is None,
    )


async def document(session: AsyncSession, subject: Subject) -> dict[str, Any]:
    slices: dict[str, dict[str, Any]] = {}
    for name, declared in sorted(personal_tables().items()):
        rows = await declared.export(session, subject)
        slices.setdefault(declared.slice, {})[name] = rows
    return {
        "format": FORMAT,
        "generated_at": utcnow().isoformat(),
        "subject": {
            "person_id": subject.person_id,
            "membership_id": subject.membership_id,
            "organisation_id": subject.organisation_id,
        },
        "slices": slices,
        "descriptions": {n: d.description for n, d in sorted(personal_tables().items())},
        "tables_without_personal_data": {
            n: d.reason for n, d in sorted(impersonal_tables().items())
        },
    }


def to_json(found: dict[str, Any]) -> bytes:
    return orjson.dumps(found, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS)
