"""The unread count on the start screen is served by indexes, not by reading
every note in the country: on PostgreSQL, among thousands of other people's
notes, counting one leader's unread notes reads only that leader's rows."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import insert, text
from sqlalchemy.ext.asyncio import AsyncSession

from feedback.notes import repository
from feedback.notes.models import FeedbackNote, FeedbackNoteAudience, SubjectKind
from tests.conftest import TEST_DATABASE_URL
from tests.support.factories import make_organisation, make_person

pytestmark = pytest.mark.skipif(not TEST_DATABASE_URL, reason="query plans are PostgreSQL's")

OTHER_NOTES = 3000


def _note(
    organisation_id: int, about: int, author: int, parent_id: int | None = None
) -> dict[str, Any]:
    return {
        "organisation_id": organisation_id,
        "subject_kind": SubjectKind.GENERAL.value,
        "leader_id": about,
        "author_id": author,
        "parent_id": parent_id,
        "body": "Tak for i dag.",
    }


def _notes_read(plan: dict[str, Any]) -> int:
    """Rows of feedback_note a plan node and its children read (kept or filtered out)."""
    own = 0
    if plan.get("Relation Name") == "feedback_note":
        own = plan.get("Actual Rows", 0) + plan.get("Rows Removed by Filter", 0)
    return own + sum(_notes_read(child) for child in plan.get("Plans", []))


async def test_counting_unread_feedback_reads_only_the_leaders_notes(
    session: AsyncSession,
) -> None:
    organisation = await make_organisation(session)
    leader = await make_person(session, organisation)
    colleague = await make_person(session, organisation)
    await session.execute(
        insert(FeedbackNote), [_note(organisation.id, colleague.id, colleague.id)] * OTHER_NOTES
    )
    root = FeedbackNote(**_note(organisation.id, colleague.id, colleague.id))
    session.add(root)
    await session.flush()
    session.add(FeedbackNoteAudience(note_id=root.id, membership_id=leader.id))
    session.add(FeedbackNote(**_note(organisation.id, colleague.id, colleague.id, root.id)))
    session.add(FeedbackNote(**_note(organisation.id, leader.id, colleague.id)))
    await session.flush()
    await session.execute(text("ANALYZE feedback_note"))
    statement = repository.count_unread_statement(leader.id)
    compiled = statement.compile(session.bind, compile_kwargs={"literal_binds": True})

    explained = await session.scalar(text(f"EXPLAIN (ANALYZE, FORMAT JSON) {compiled}"))
    plan = (json.loads(explained) if isinstance(explained, str) else explained)[0]["Plan"]

    assert _notes_read(plan) < 50, json.dumps(plan, indent=1)
    # The root shared with the leader, its reply, and the note about the leader.
    assert await repository.count_unread(session, leader.id) == 3
