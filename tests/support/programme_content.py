"""Programme content for tests: drafts of modules with one activity of each
kind (knowledge, reflection, action), a programme's content made of them, and
the organisation goals a programme must name."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from backend.identity.models import Organisation, OrganisationGoal
from learning.programmes import service
from learning.programmes.models import ActivityKind


def module(title: str, offset: int = 7, extra: int = 0) -> service.ModuleDraft:
    activities = [
        service.ActivityDraft(
            ActivityKind.KNOWLEDGE, f"{title}: læs", "Læs **dette**.", 10, offset
        ),
        service.ActivityDraft(
            ActivityKind.REFLECTION, f"{title}: reflektér", "Hvad lærte du?", 10, offset
        ),
        service.ActivityDraft(
            ActivityKind.ACTION, f"{title}: handl", "Prøv det af.", 30, offset + 7
        ),
    ]
    activities += [
        service.ActivityDraft(ActivityKind.KNOWLEDGE, f"{title}: ekstra {i}", "", 5, offset)
        for i in range(extra)
    ]
    return service.ModuleDraft(title=title, activities=activities)


def content(
    goal_ids: list[int], modules: int = 1, title: str = "Ny som leder", extra: int = 0
) -> service.ProgrammeContent:
    return service.ProgrammeContent(
        title=title,
        goal_ids=goal_ids,
        modules=[module(f"Modul {i + 1}", 7 * (i + 1), extra) for i in range(modules)],
        description="Et forløb for nye ledere.",
    )


async def make_goals(
    session: AsyncSession, organisation: Organisation, count: int = 2
) -> list[int]:
    goals = [
        OrganisationGoal(
            organisation_id=organisation.id,
            title=title,
            description="",
        )
        for title in ["Borgeren i centrum", "Tydelig retning i driften"][:count]
    ]
    session.add_all(goals)
    await session.flush()
    return [g.id for g in goals]
