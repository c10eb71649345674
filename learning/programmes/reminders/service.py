"""Reminders: due and overdue activities to the leader, due checkpoints to the
direct manager, by mail through the outbox, each in the reader's language.

A leader gets at most one activity reminder a day (``ProgrammeReminder``,
unique per leader and day); a manager is asked once per checkpoint
(``ManagerCheckpoint.reminded_on``). The scheduler runs ``send_reminders``
(the slice's ``tasks.py``) every morning; "today" is the day in Copenhagen. The number of
statements does not grow with the number of leaders or activities.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from backend.db import Session
from backend.i18n import translate
from backend.mail import queue_mail
from backend.settings import Settings
from learning.programmes import repository as programmes_repo
from learning.programmes.models import ProgrammeActivity, ProgrammeReminder
from learning.programmes.reminders import repository as repo

TIMEZONE = ZoneInfo("Europe/Copenhagen")
REMINDER_TEMPLATE = "programme_reminder"
CHECKPOINT_TEMPLATE = "programme_checkpoint"
MAX_ITEMS = 5
# The reminder mails (added to the mail's templates by the slice's wiring.py).
MAIL_TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


@dataclass(frozen=True)
class ReminderReport:
    leaders_reminded: int
    managers_asked: int


def local_today(now: datetime) -> date:
    return now.astimezone(TIMEZONE).date()


async def send_reminders(session: Session, settings: Settings, today: date) -> ReminderReport:
    leaders = await _remind_leaders(session, settings, today)
    managers = await _ask_managers(session, settings, today)
    await session.flush()
    return ReminderReport(leaders_reminded=leaders, managers_asked=managers)


async def _remind_leaders(session: Session, settings: Settings, today: date) -> int:
    enrolments = await repo.active_enrolments_started_by(session, today)
    if not enrolments:
        return 0
    version_ids = sorted({e.version_id for e in enrolments})
    activities = await programmes_repo.activities_of_versions(session, version_ids)
    completed = await repo.completed_pairs(session, [e.id for e in enrolments])
    by_version: dict[int, list[ProgrammeActivity]] = defaultdict(list)
    for activity in activities:
        by_version[activity.version_id].append(activity)
    due: dict[int, list[dict[str, object]]] = defaultdict(list)
    titles = await programmes_repo.version_titles(session, version_ids)
    for enrolment in enrolments:
        for activity in by_version[enrolment.version_id]:
            due_on = enrolment.starts_on + timedelta(days=activity.due_offset_days)
            if due_on <= today and (enrolment.id, activity.id) not in completed:
                due[enrolment.membership_id].append(
                    {
                        "title": activity.title,
                        "programme": titles.get(enrolment.version_id, ""),
                        "due_on": due_on.isoformat(),
                        "overdue": due_on < today,
                    }
                )
    already = await repo.reminded_on(session, list(due), today)
    people = await repo.people_and_managers(session, [m for m in due if m not in already])
    sent = 0
    for membership_id, items in due.items():
        if membership_id in already or membership_id not in people:
            continue
        membership, person = people[membership_id]
        if not person.is_active or not membership.is_active:
            continue
        items.sort(key=lambda item: str(item["due_on"]))
        session.add(
            ProgrammeReminder(
                organisation_id=membership.organisation_id,
                membership_id=membership_id,
                sent_on=today,
                activity_count=len(items),
            )
        )
        queue_mail(
            session,
            person.email,
            REMINDER_TEMPLATE,
            person.locale,
            {
                "name": person.name,
                "count": len(items),
                "items": items[:MAX_ITEMS],
                "link": settings.base_url,
            },
        )
        sent += 1
    return sent


async def _ask_managers(session: Session, settings: Settings, today: date) -> int:
    due = await repo.due_checkpoints_unreminded(session, today)
    if not due:
        return 0
    leader_ids = {enrolment.membership_id for _, enrolment in due}
    leaders = await repo.people_and_managers(session, list(leader_ids))
    manager_ids = {m.manager_id for m, _ in leaders.values() if m.manager_id is not None}
    managers = await repo.people_and_managers(session, list(manager_ids))
    titles = await programmes_repo.version_titles(session, sorted({e.version_id for _, e in due}))
    asked = 0
    for checkpoint, enrolment in due:
        checkpoint.reminded_on = today
        leader = leaders.get(enrolment.membership_id)
        if leader is None or leader[0].manager_id not in managers:
            continue
        manager_membership, manager = managers[leader[0].manager_id]
        if not manager.is_active or not manager_membership.is_active:
            continue
        queue_mail(
            session,
            manager.email,
            CHECKPOINT_TEMPLATE,
            manager.locale,
            {
                "name": manager.name,
                "leader": leader[1].name,
                "programme": titles.get(enrolment.version_id, ""),
                "kind": checkpoint.kind,
                "kind_label": translate(f"programmes.kind.{checkpoint.kind}", manager.locale),
                "due_on": checkpoint.due_on.isoformat(),
                "link": settings.base_url,
            },
        )
        asked += 1
    return asked
