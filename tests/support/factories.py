"""Small factories: each call makes rows with unique names, so tests sharing
one database never collide."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth.tokens import issue_access_token
from backend.auth.viewer import Viewer
from backend.i18n import Locale
from backend.identity.models import Membership, Organisation, Person, Unit
from backend.settings import Settings

if TYPE_CHECKING:  # the slices' models are imported where they are used
    from learning.mentoring.models import Mentorship
    from learning.programmes.models import Enrolment

_counter = itertools.count(1)


def unique(prefix: str) -> str:
    return f"{prefix}-{next(_counter)}-{uuid.uuid4().hex[:6]}"


async def make_organisation(session: AsyncSession, **values: object) -> Organisation:
    slug = unique("org")
    organisation = Organisation(
        slug=str(values.pop("slug", slug)), name=str(values.pop("name", slug))
    )
    session.add(organisation)
    await session.flush()
    return organisation


async def make_person(
    session: AsyncSession,
    organisation: Organisation | None = None,
    roles: list[str] | None = None,
    manager: Membership | None = None,
    **values: object,
) -> Membership:
    organisation = organisation or await make_organisation(session)
    email = f"{unique('person')}@example.dk"
    person = Person(
        email=str(values.pop("email", email)), name=str(values.pop("name", "Test Person"))
    )
    session.add(person)
    await session.flush()
    membership = Membership(
        organisation_id=organisation.id,
        person_id=person.id,
        roles=roles or [],
        manager_id=manager.id if manager else None,
        **values,
    )
    session.add(membership)
    await session.flush()
    return membership


class MembershipKeys(Protocol):
    """What a viewer is made of: a Membership row, or the plain values a test
    keeps of one (still readable after the session expired the row)."""

    @property
    def id(self) -> int: ...

    @property
    def person_id(self) -> int: ...

    @property
    def organisation_id(self) -> int: ...

    @property
    def roles(self) -> Sequence[str]: ...


def viewer_of(membership: MembershipKeys, locale: str = "da") -> Viewer:
    """The viewer a membership signs in as, with the roles it has: for calling
    services directly, as a resolver would."""
    return Viewer(
        person_id=membership.person_id,
        organisation_id=membership.organisation_id,
        membership_id=membership.id,
        locale=Locale(locale),
        roles=frozenset(membership.roles or []),
    )


def token_for(membership: MembershipKeys, settings: Settings, locale: str = "da") -> str:
    """An access token for a membership, with the roles it has."""
    return issue_access_token(viewer_of(membership, locale), settings)


async def make_unit(
    session: AsyncSession,
    organisation: Organisation,
    name: str | None = None,
    parent: Unit | None = None,
) -> Unit:
    unit = Unit(
        organisation_id=organisation.id,
        name=name or unique("unit"),
        parent_id=parent.id if parent else None,
    )
    session.add(unit)
    await session.flush()
    return unit


async def make_enrolment(
    session: AsyncSession, settings: Settings, hr: Membership, leader: Membership
) -> Enrolment:
    """A published one-module programme (knowledge, reflection, action) made
    through the programmes service, and the leader enrolled on it by HR."""
    from datetime import date, timedelta

    from backend.identity.models import OrganisationGoal
    from learning.programmes import service
    from learning.programmes.enrolments import service as enrolments
    from learning.programmes.models import ActivityKind

    goal = OrganisationGoal(
        organisation_id=hr.organisation_id, title=unique("Borgeren i centrum"), description=""
    )
    session.add(goal)
    await session.flush()
    steps = [
        (ActivityKind.KNOWLEDGE, "Læs", 7),
        (ActivityKind.REFLECTION, "Reflektér", 7),
        (ActivityKind.ACTION, "Handl", 14),
    ]
    draft = service.ProgrammeContent(
        title=unique("Ny som leder"),
        goal_ids=[goal.id],
        modules=[
            service.ModuleDraft(
                title="Modul 1",
                activities=[
                    service.ActivityDraft(k, t, "Hvad lærte du?", 10, o) for k, t, o in steps
                ],
            )
        ],
        description="Et forløb for nye ledere.",
    )
    hr_viewer = viewer_of(hr)
    programme, _ = await service.create_programme(session, hr_viewer, draft, settings)
    await service.publish_programme(session, hr_viewer, programme.id)
    return await enrolments.enrol_leader(
        session,
        hr_viewer,
        enrolments.EnrolCommand(
            programme_id=programme.id,
            membership_id=leader.id,
            starts_on=date.today() - timedelta(days=10),
        ),
    )


async def write_work(
    session: AsyncSession, settings: Settings, leader: Membership, enrolment: Enrolment, text: str
) -> tuple[int, int]:
    """The leader writes a private reflection and records action evidence on
    their enrolment (through the progress service); their ids."""
    from learning.programmes import repository
    from learning.programmes.models import ActivityKind, ProgressEventType
    from learning.programmes.progress import service as progress

    version_id = enrolment.version_id
    kinds = {a.kind: a.id for a in await repository.activities_of_versions(session, [version_id])}
    events = [
        progress.ProgressEventCommand(
            enrolment.id,
            kinds[kind.value],
            event,
            text=text,
        )
        for kind, event in (
            (ActivityKind.REFLECTION, ProgressEventType.REFLECTION_SAVED),
            (ActivityKind.ACTION, ProgressEventType.EVIDENCE_SAVED),
        )
    ]
    reflection, evidence = await progress.apply_events(session, viewer_of(leader), events, settings)
    assert reflection.reflection is not None and evidence.evidence is not None
    return reflection.reflection.id, evidence.evidence.id


async def make_mentorship(
    session: AsyncSession, mentor: Membership, mentee: Membership, status: str = "ACTIVE"
) -> Mentorship:
    from datetime import date, timedelta

    from learning.mentoring.models import Mentorship

    mentorship = Mentorship(
        organisation_id=mentee.organisation_id,
        mentor_id=mentor.id,
        mentee_id=mentee.id,
        status=status,
        starts_on=date.today() - timedelta(days=10),
        ends_on=date.today() + timedelta(days=100),
    )
    session.add(mentorship)
    await session.flush()
    return mentorship
