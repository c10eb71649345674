"""Builds 360 scenarios fast, through the services: an organisation with HR,
a leader, their manager and raters, a small published framework, and an open
cycle whose raters hold known link secrets."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth.viewer import Viewer
from backend.db import utcnow
from backend.identity.models import Membership, Organisation
from feedback.evaluations import repository, service
from feedback.evaluations.delivery import service as delivery
from feedback.evaluations.models import (
    CyclePurpose,
    EvaluationCycle,
    Nomination,
    NominationState,
    NominationStatus,
    RaterGroup,
)
from feedback.evaluations.nominations import repository as nomination_repository
from feedback.evaluations.reports.builder import ReportData
from feedback.frameworks.repository import FrameworkStructure
from feedback.frameworks.service import (
    CompetencyCommand,
    FrameworkCommand,
    ItemCommand,
    write_framework,
)
from tests.support.factories import make_organisation, make_person, unique, viewer_of

SCALE = ["Aldrig", "Sjældent", "Nogle gange", "Ofte", "Altid"]


def small_framework(competencies: int = 2, items: int = 2, questions: int = 1) -> FrameworkCommand:
    return FrameworkCommand(
        family=unique("fw").lower(),
        name_da="Testmodel",
        name_en="Test framework",
        scale_labels_da=SCALE,
        scale_labels_en=["Never", "Rarely", "Sometimes", "Often", "Always"],
        competencies=[
            CompetencyCommand(
                title_da=f"Kompetence {c}",
                title_en=f"Competency {c}",
                items=[
                    ItemCommand(f"Udsagn {c}.{i}", f"Item {c}.{i}") for i in range(1, items + 1)
                ],
            )
            for c in range(1, competencies + 1)
        ],
        questions=[(f"Spørgsmål {q}", f"Question {q}") for q in range(1, questions + 1)],
    )


@dataclass
class Scenario:
    organisation: Organisation
    hr: Membership
    manager: Membership
    leader: Membership
    cycle: EvaluationCycle
    evaluation_id: int
    structure: FrameworkStructure
    nominations: dict[RaterGroup, list[Nomination]] = field(default_factory=dict)
    tokens: dict[int, str] = field(default_factory=dict)  # nomination id -> secret
    raters: dict[int, Membership] = field(default_factory=dict)
    # Plain values, still valid after a rollback expires the ORM objects.
    cycle_id: int = field(init=False)
    leader_viewer: Viewer = field(init=False)
    manager_viewer: Viewer = field(init=False)
    hr_viewer: Viewer = field(init=False)

    def __post_init__(self) -> None:
        self.cycle_id = self.cycle.id
        self.leader_viewer = viewer_of(self.leader)
        self.manager_viewer = viewer_of(self.manager)
        self.hr_viewer = viewer_of(self.hr)

    def tokens_of(self, group: RaterGroup) -> list[str]:
        return [self.tokens[n.id] for n in self.nominations.get(group, [])]

    @property
    def item_ids(self) -> list[int]:
        return [i.id for c in self.structure.competencies for i in c.items]


async def build(
    session: AsyncSession,
    *,
    peers: int = 3,
    reports: int = 3,
    externals: int = 0,
    open_cycle: bool = True,
    framework: FrameworkCommand | None = None,
    **cycle: Any,
) -> Scenario:
    organisation = await make_organisation(session)
    hr = await make_person(session, organisation, roles=["HR"], name="HR Person")
    manager = await make_person(session, organisation, name="Mona Manager")
    leader = await make_person(
        session, organisation, manager=manager, roles=["LEADER"], name="Lea Leder"
    )
    written = await write_framework(
        session, organisation.id, framework or small_framework(), publish=True
    )
    command = service.CycleCommand(
        name=cycle.pop("name", "Test cycle"),
        framework_id=written.id,
        opens_at=utcnow() - timedelta(days=1),
        closes_at=utcnow() + timedelta(days=10),
        leader_ids=[leader.id],
        **cycle,
    )
    created = await service.write_cycle(session, organisation.id, hr.id, command)
    evaluation = await repository.evaluation_of_leader(session, created.id, leader.id)
    assert evaluation is not None
    raters: dict[int, Membership] = {}
    rows: list[tuple[RaterGroup, int | None, str, str]] = []
    for group, count in ((RaterGroup.PEER, peers), (RaterGroup.DIRECT_REPORT, reports)):
        for index in range(count):
            rater = await make_person(
                session,
                organisation,
                manager=leader if group == RaterGroup.DIRECT_REPORT else manager,
                name=f"{group.value.title()} {index}",
            )
            raters[rater.id] = rater
            rows.append((group, rater.id, f"{group.value} {index}", f"{unique('r')}@example.dk"))
    for index in range(externals):
        rows.append((RaterGroup.EXTERNAL, None, f"External {index}", f"{unique('x')}@example.org"))
    await nomination_repository.insert_nominations(
        session,
        [
            {
                "organisation_id": organisation.id,
                "evaluation_id": evaluation.id,
                "rater_group": g.value,
                "rater_id": m,
                "rater_name": n,
                "rater_email": e,
                "locale": "da",
                "status": NominationStatus.APPROVED.value,
            }
            for g, m, n, e in rows
        ],
    )
    if rows:
        evaluation.nomination_state = NominationState.APPROVED.value
    if open_cycle:
        await service.open_now(session, created)
    structure = await service.rater_form_structure(session, written.id)
    found = Scenario(
        organisation, hr, manager, leader, created, evaluation.id, structure, raters=raters
    )
    await refresh_nominations(session, found)
    if open_cycle:
        for nominations in found.nominations.values():
            for nomination in nominations:
                found.tokens[nomination.id] = await delivery.issue_token(
                    session, nomination.id, created.closes_at
                )
    await session.commit()
    return found


async def refresh_nominations(session: AsyncSession, scenario: Scenario) -> None:
    rows = await nomination_repository.nominations_by_evaluation(session, [scenario.evaluation_id])
    scenario.nominations = {}
    for row in rows.get(scenario.evaluation_id, []):
        scenario.nominations.setdefault(RaterGroup(row.rater_group), []).append(row)


async def answer(
    session: AsyncSession,
    scenario: Scenario,
    token: str,
    value: int | None | dict[int, int | None] = 4,
    comment: str | None = None,
) -> None:
    """Submit a full response: one value for every item (or a map per item)."""
    answers = value if isinstance(value, dict) else {i: value for i in scenario.item_ids}
    comments = {scenario.structure.questions[0].id: comment} if comment else {}
    await service.submit_response(session, token, answers, comments)
    await session.commit()


async def close(session: AsyncSession, scenario: Scenario) -> None:
    await service.close_now(session, scenario.cycle_id)
    await session.commit()


async def report(
    session: AsyncSession, scenario: Scenario, viewer: Viewer | None = None
) -> ReportData | None:
    view = await service.report_for_viewer(
        session, viewer or scenario.leader_viewer, scenario.evaluation_id, "da"
    )
    return view.data


async def follow_up(
    session: AsyncSession,
    baseline: Scenario,
    answers: list[int | dict[int, int | None]],
    group: RaterGroup = RaterGroup.PEER,
) -> int:
    """A closed FOLLOW_UP cycle on ``baseline`` (itself closed) for its
    leader, with one response of ``group`` per entry of ``answers``; its
    evaluation id."""
    leader_id = baseline.leader.id
    cycle = await service.write_cycle(
        session,
        baseline.organisation.id,
        None,
        service.CycleCommand(
            name="Opfølgning",
            framework_id=baseline.cycle.framework_id,
            opens_at=utcnow(),
            closes_at=utcnow() + timedelta(days=5),
            purpose=CyclePurpose.FOLLOW_UP,
            baseline_cycle_id=baseline.cycle_id,
            leader_ids=[leader_id],
        ),
    )
    evaluation = await repository.evaluation_of_leader(session, cycle.id, leader_id)
    assert evaluation is not None
    await nomination_repository.insert_nominations(
        session,
        [
            {
                "organisation_id": baseline.organisation.id,
                "evaluation_id": evaluation.id,
                "rater_group": group.value,
                "rater_id": None,
                "rater_name": f"P{i}",
                "rater_email": f"fu{i}-{evaluation.id}@example.dk",
                "locale": "da",
                "status": "APPROVED",
            }
            for i in range(len(answers))
        ],
    )
    await service.open_now(session, cycle)
    rows = (await nomination_repository.nominations_by_evaluation(session, [evaluation.id]))[
        evaluation.id
    ]
    raters = [row for row in rows if row.rater_group == group.value]
    for nomination, value in zip(raters, answers, strict=True):
        token = await delivery.issue_token(session, nomination.id, cycle.closes_at)
        given: dict[int, int | None] = (
            dict(value) if isinstance(value, dict) else {i: value for i in baseline.item_ids}
        )
        await service.submit_response(session, token, given, {})
    await service.close_now(session, cycle.id)
    await session.commit()
    return evaluation.id
