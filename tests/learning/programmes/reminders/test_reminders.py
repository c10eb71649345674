"""Reminders: due and overdue activities to the leader at most once a day,
due checkpoints to the direct manager once, each in the reader's language."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.identity.models import Person
from backend.jobs.models import OutboxMessage
from backend.mail import render_mail
from learning.programmes.reminders.service import send_reminders
from learning.programmes.tasks import SEND_REMINDERS_TASK, send_programme_reminders
from tests.support.programme_world import World


async def _mail_to(session: AsyncSession, email: str, since_id: int) -> list[dict]:
    rows = await session.scalars(
        select(OutboxMessage).where(OutboxMessage.id > since_id, OutboxMessage.task == "mail.send")
    )
    return [m.payload for m in rows if m.payload["to"] == email]


async def test_reminders_once_a_day_in_the_readers_language(
    world: World, session: AsyncSession
) -> None:
    leader = await session.get(Person, world.leader.person_id)
    manager = await session.get(Person, world.manager.person_id)
    assert leader is not None and manager is not None
    manager.locale = "en"
    await session.commit()
    last = int(
        await session.scalar(select(OutboxMessage.id).order_by(OutboxMessage.id.desc())) or 0
    )
    today = date.today()

    first = await send_reminders(session, world.settings, today)
    await session.commit()
    again = await send_reminders(session, world.settings, today)
    await session.commit()
    assert first.leaders_reminded >= 1 and first.managers_asked >= 1
    assert (again.leaders_reminded, again.managers_asked) == (0, 0)

    [reminder] = await _mail_to(session, leader.email, last)
    assert reminder["locale"] == "da"
    # The leader's programme started 10 days ago: the first activities are overdue.
    assert reminder["context"]["count"] == 2
    subject, body, _ = render_mail(reminder["template"], reminder["locale"], reminder["context"])
    assert subject == "Du har 2 aktiviteter, der venter"
    assert "Ny som leder" in body

    asked = await _mail_to(session, manager.email, last)
    assert [m["context"]["kind"] for m in asked] == ["BEFORE", "DURING"]
    subject, _, _ = render_mail(asked[0]["template"], "en", asked[0]["context"])
    assert subject == "Checkpoint with Lise Leder: before the programme"

    await send_reminders(session, world.settings, today + timedelta(days=1))
    await session.commit()
    assert len(await _mail_to(session, manager.email, last)) == 2  # asked once per checkpoint
    assert len(await _mail_to(session, leader.email, last)) == 2  # a new day, a new reminder


def test_the_reminder_task_is_registered_by_name() -> None:
    assert send_programme_reminders.name == SEND_REMINDERS_TASK == "programmes.send_reminders"
