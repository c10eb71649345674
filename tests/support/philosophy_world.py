"""A small organisation with a leader writing a leadership philosophy: HR, a
director (leader of leaders), a manager, the leader, two of the leader's
staff, a colleague leader, a current leadership foundation and goals; and a
person of another organisation. With the sections a leader writes and the
publication a worker runs. The philosophy tests' world, and the world of
tests elsewhere that need a published philosophy."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.relay import to_global_id
from backend.db import Database
from backend.identity.goals import service as goals_service
from backend.identity.models import FoundationPrinciple, Membership, Organisation, OrganisationGoal
from backend.jobs.models import OutboxMessage
from backend.jobs.outbox_task import Outcome, handle_message
from backend.settings import Settings
from learning.philosophy import service
from learning.philosophy.models import SectionKind
from learning.philosophy.publishing.service import PUBLISH_TASK
from learning.philosophy.publishing.tasks import publish_version
from tests.support.factories import make_organisation, make_person, token_for, viewer_of


def sections(
    foundation: str = "Jeg er **til stede** og svarer inden for to dage.",
    strategy: str = "Jeg tager en borgersag med på hvert personalemøde.",
    values: str = "Ordentlighed og mod.",
    *,
    principle_ids: list[int] | None = None,
    goal_ids: list[int] | None = None,
    extra: list[service.SectionDraft] | None = None,
) -> list[service.SectionDraft]:
    return [
        service.SectionDraft(SectionKind.FOUNDATION, foundation, principle_ids=principle_ids or []),
        service.SectionDraft(SectionKind.STRATEGY, strategy, goal_ids=goal_ids or []),
        service.SectionDraft(SectionKind.VALUES, values),
        *(extra or []),
    ]


@dataclass
class World:
    organisation: Organisation
    hr: Membership
    director: Membership
    manager: Membership
    leader: Membership
    staff: Membership
    staff2: Membership
    colleague: Membership
    outsider: Membership
    principle_ids: list[int]
    goal_ids: list[int]
    settings: Settings

    def token(self, who: Membership, locale: str = "da") -> str:
        return token_for(who, self.settings, locale)

    def gid(self, type_name: str, pk: int) -> str:
        return str(to_global_id(type_name, pk))


async def build_world(session: AsyncSession, settings: Settings) -> World:
    organisation = await make_organisation(session, name="Aarhus Kommune")
    hr = await make_person(session, organisation, roles=["HR"], name="Hanne HR")
    director = await make_person(session, organisation, roles=["LEADER"], name="Dorte Direktør")
    manager = await make_person(
        session, organisation, roles=["LEADER"], manager=director, name="Mads Manager"
    )
    leader = await make_person(
        session,
        organisation,
        roles=["LEADER"],
        manager=manager,
        name="Lise Ærø-Leder",
        job_title="Afdelingsleder",
    )
    staff = await make_person(session, organisation, manager=leader, name="Søren Medarbejder")
    staff2 = await make_person(session, organisation, manager=leader, name="Anna Medarbejder")
    colleague = await make_person(
        session, organisation, roles=["LEADER"], manager=manager, name="Kim Kollega"
    )
    outsider = await make_person(session, roles=["LEADER", "HR"], name="Anden Organisation")
    foundation = await goals_service.publish_leadership_foundation(
        session,
        viewer_of(hr),
        "Ledelsesgrundlag",
        "",
        [
            goals_service.PrincipleText("PRINCIPLE", "Vi leder med tillid"),
            goals_service.PrincipleText("PRINCIPLE", "Vi sætter retning sammen"),
            goals_service.PrincipleText("VALUE", "Ordentlighed"),
        ],
    )
    principles = list(
        await session.scalars(
            select(FoundationPrinciple)
            .where(FoundationPrinciple.foundation_id == foundation.id)
            .order_by(FoundationPrinciple.position)
        )
    )
    goals = [
        OrganisationGoal(organisation_id=organisation.id, title=title, description="")
        for title in ("Borgeren i centrum", "Tydelig retning")
    ]
    session.add_all(goals)
    await session.flush()
    await session.commit()
    return World(
        organisation=organisation,
        hr=hr,
        director=director,
        manager=manager,
        leader=leader,
        staff=staff,
        staff2=staff2,
        colleague=colleague,
        outsider=outsider,
        principle_ids=[p.id for p in principles],
        goal_ids=[g.id for g in goals],
        settings=settings,
    )


async def publish_messages(session: AsyncSession, version_id: int) -> list[OutboxMessage]:
    rows = await session.scalars(
        select(OutboxMessage).where(OutboxMessage.task == PUBLISH_TASK).order_by(OutboxMessage.id)
    )
    return [m for m in rows if m.payload.get("version_id") == version_id]


async def run_publication(database: Database, settings: Settings, version_id: int) -> Outcome:
    """What a worker does with the version's outbox message."""
    async with database.session() as session:
        messages = await publish_messages(session, version_id)
    assert messages, "no publication was requested"
    return await handle_message(database, settings, messages[-1].id, publish_version)


async def write_and_publish(
    database: Database,
    world: World,
    *,
    summary: str = "",
    drafts: list[service.SectionDraft] | None = None,
    visibility: Any = None,
) -> int:
    """The leader saves and publishes; the task runs. Returns the version id."""
    async with database.session() as session:
        viewer = viewer_of(world.leader)
        philosophy, draft = await service.save_draft(
            session, viewer, world.settings, service.DraftCommand(sections=drafts or sections())
        )
        await service.request_publication(
            session,
            viewer,
            world.settings,
            service.PublishCommand(philosophy.id, summary, visibility),
        )
        await session.commit()
        version_id = draft.id
    assert await run_publication(database, world.settings, version_id) == Outcome.DONE
    return version_id
