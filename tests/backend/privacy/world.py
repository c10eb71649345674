"""A small organisation in which one leader (the subject) has data in every
slice, beside a colleague (another person) with the same kinds of rows, and a
closed 360 cycle of the subject with anonymous responses.

Rows the services would make are inserted directly where the path through
the services is long and beside the point; what is tested here is what the
privacy duties do with them. Every text of the colleague carries ``OTHER``,
so an export can be searched for a leak.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth.tokens import hash_secret, new_secret
from backend.db import utcnow
from backend.identity.models import Membership, RefreshToken
from backend.settings import Settings
from feedback.evaluations.models import RaterGroup
from feedback.notes.models import FeedbackNote
from learning.effect.models import ActivityRating
from learning.mentoring.models import MentoringNeed, MentorProfile
from learning.philosophy.models import LeadershipPhilosophy, PhilosophyVersion
from learning.programmes.models import (
    Enrolment,
    Programme,
    ProgrammeActivity,
    ProgrammeModule,
    ProgrammeVersion,
    Reflection,
)
from tests.support import evaluation_world as three_sixty
from tests.support.factories import make_person, token_for, unique

OTHER = "OTHER-PERSON-TEXT"
MINE = "SUBJECT-OWN-TEXT"


@dataclass(frozen=True)
class Member:
    """A membership's keys, still readable after the session expired its rows."""

    id: int
    person_id: int
    organisation_id: int
    roles: list[str]

    @classmethod
    def of(cls, row: Membership) -> Member:
        return cls(row.id, row.person_id, row.organisation_id, list(row.roles or []))


@dataclass
class World:
    organisation_id: int
    hr: Member
    manager: Member
    subject: Member
    colleague: Member
    stranger: Member  # HR of another organisation
    evaluation_id: int
    cycle_id: int
    subject_email: str
    colleague_email: str
    reflection_ids: dict[int, int]  # membership id -> reflection id
    note_by_subject_id: int
    subject_refresh_token: str

    def token(self, member: Member, settings: Settings) -> str:
        return token_for(member, settings)


async def _programme(session: AsyncSession, organisation_id: int, hr_id: int) -> ProgrammeActivity:
    programme = Programme(organisation_id=organisation_id, created_by_id=hr_id)
    session.add(programme)
    await session.flush()
    version = ProgrammeVersion(
        organisation_id=organisation_id, programme_id=programme.id, version=1, title="Forløb"
    )
    session.add(version)
    await session.flush()
    module = ProgrammeModule(
        organisation_id=organisation_id, version_id=version.id, position=1, title="Modul"
    )
    session.add(module)
    await session.flush()
    activity = ProgrammeActivity(
        organisation_id=organisation_id,
        version_id=version.id,
        module_id=module.id,
        position=1,
        kind="REFLECTION",
        title="Refleksion",
    )
    session.add(activity)
    await session.flush()
    return activity


async def _leader_rows(
    session: AsyncSession,
    member: Membership,
    activity: ProgrammeActivity,
    text: str,
    author: int,
    refresh_secret: str,
) -> tuple[int, int]:
    """Enrolment, reflection, rating, mentor profile, need, philosophy and a
    note about the leader; returns (reflection id, note id)."""
    org = member.organisation_id
    enrolment = Enrolment(
        organisation_id=org,
        programme_id=(await session.get_one(ProgrammeVersion, activity.version_id)).programme_id,
        version_id=activity.version_id,
        membership_id=member.id,
        starts_on=date.today(),
    )
    session.add(enrolment)
    await session.flush()
    reflection = Reflection(
        organisation_id=org, enrolment_id=enrolment.id, activity_id=activity.id, text=text
    )
    philosophy = LeadershipPhilosophy(
        organisation_id=org, membership_id=member.id, slug=unique("p").lower(), private_notes=text
    )
    session.add_all(
        [
            reflection,
            philosophy,
            ActivityRating(
                organisation_id=org,
                membership_id=member.id,
                activity_id=activity.id,
                rating=4,
                comment=text,
            ),
            MentorProfile(organisation_id=org, membership_id=member.id, availability=text),
            MentoringNeed(organisation_id=org, membership_id=member.id, notes=text),
            RefreshToken(
                person_id=member.person_id,
                organisation_id=org,
                family=unique("f"),
                token_hash=hash_secret(refresh_secret),
                expires_at=utcnow() + timedelta(days=30),
            ),
        ]
    )
    await session.flush()
    session.add(
        PhilosophyVersion(
            organisation_id=org,
            philosophy_id=philosophy.id,
            number=1,
            sections=[{"kind": "VALUES", "body": text}],
        )
    )
    note = FeedbackNote(
        organisation_id=org,
        subject_kind="GENERAL",
        leader_id=member.id,
        author_id=author,
        body=text,
    )
    session.add(note)
    await session.flush()
    return reflection.id, note.id


async def build_world(session: AsyncSession) -> World:
    found = await three_sixty.build(session, peers=3, reports=3)
    for group in (RaterGroup.PEER, RaterGroup.DIRECT_REPORT):
        for index, token in enumerate(found.tokens_of(group)):
            await three_sixty.answer(session, found, token, 4, comment=f"Kommentar {index}")
    await three_sixty.close(session, found)
    organisation, subject = found.organisation, found.leader
    colleague = next(iter(found.raters.values()))
    stranger = await make_person(session, roles=["HR"])
    activity = await _programme(session, organisation.id, found.hr.id)
    secret = new_secret()
    mine, _ = await _leader_rows(session, subject, activity, MINE, found.manager.id, secret)
    theirs, _ = await _leader_rows(
        session, colleague, activity, OTHER, found.manager.id, new_secret()
    )
    # The subject wrote feedback to the colleague: it stays theirs, without the words.
    by_subject = FeedbackNote(
        organisation_id=organisation.id,
        subject_kind="GENERAL",
        leader_id=colleague.id,
        author_id=subject.id,
        body=f"{MINE} about a colleague",
    )
    session.add(by_subject)
    await session.flush()
    emails = await _emails(session, [subject, colleague])
    world = World(
        organisation_id=organisation.id,
        hr=Member.of(found.hr),
        manager=Member.of(found.manager),
        subject=Member.of(subject),
        colleague=Member.of(colleague),
        stranger=Member.of(stranger),
        evaluation_id=found.evaluation_id,
        cycle_id=found.cycle_id,
        subject_email=emails[subject.person_id],
        colleague_email=emails[colleague.person_id],
        reflection_ids={subject.id: mine, colleague.id: theirs},
        note_by_subject_id=by_subject.id,
        subject_refresh_token=secret,
    )
    await session.commit()
    return world


async def _emails(session: AsyncSession, members: list[Membership]) -> dict[int, Any]:
    from sqlalchemy import select

    from backend.identity.models import Person

    rows = await session.execute(
        select(Person.id, Person.email).where(Person.id.in_([m.person_id for m in members]))
    )
    return dict(rows.all())
