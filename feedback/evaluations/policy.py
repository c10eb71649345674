"""Who may see and do what with an evaluation.

The evaluated leader and their manager read the report; a mentor (or anyone
else) only when the leader shares it; HR sees response rates, never answers.
Every check answers NOT_FOUND for another organisation's rows, so ids reveal
nothing across tenants.
"""

from __future__ import annotations

from backend.api.errors import DomainError, ErrorCode
from backend.auth.viewer import Viewer
from backend.db import Session
from backend.identity import policy
from feedback.evaluations import repository
from feedback.evaluations.models import Evaluation, EvaluationCycle


async def own_cycle(session: Session, viewer: Viewer, cycle_id: int) -> EvaluationCycle:
    found = await repository.cycles.by_id(session, viewer.organisation_id, cycle_id)
    if found is None:
        raise DomainError(ErrorCode.NOT_FOUND, "feedback.cycle.not_found", field=["cycleId"])
    return found


async def own_evaluation(session: Session, viewer: Viewer, evaluation_id: int) -> Evaluation:
    found = await repository.evaluations.by_id(session, viewer.organisation_id, evaluation_id)
    if found is None:
        raise DomainError(
            ErrorCode.NOT_FOUND, "feedback.evaluation.not_found", field=["evaluationId"]
        )
    return found


async def is_manager_of(session: Session, viewer: Viewer, evaluation: Evaluation) -> bool:
    if evaluation.manager_id == viewer.membership_id:
        return True
    return await policy.is_direct_manager(session, viewer, evaluation.leader_id)


async def can_read_report(session: Session, viewer: Viewer, evaluation: Evaluation) -> bool:
    if viewer.organisation_id != evaluation.organisation_id:
        return False
    if viewer.membership_id == evaluation.leader_id:
        return True
    if await is_manager_of(session, viewer, evaluation):
        return True
    return await repository.is_shared_with(session, evaluation.id, viewer.membership_id)


def may_see_shares(viewer: Viewer, evaluation: Evaluation) -> bool:
    """Whom a report is shared with is the leader's own business: the leader
    alone reads it (not their manager, not HR, not those it is shared with)."""
    return (
        viewer.organisation_id == evaluation.organisation_id
        and viewer.membership_id == evaluation.leader_id
    )


async def can_see_progress(session: Session, viewer: Viewer, evaluation: Evaluation) -> bool:
    """Counts per group: the leader, their manager and HR."""
    if viewer.organisation_id != evaluation.organisation_id:
        return False
    if viewer.membership_id == evaluation.leader_id or policy.is_hr(viewer):
        return True
    return await is_manager_of(session, viewer, evaluation)


async def readable_evaluation(
    session: Session, viewer: Viewer | None, evaluation_id: int
) -> Evaluation:
    """An evaluation the viewer may see at all (leader, manager, HR, or shared)."""
    signed_in = policy.require_viewer(viewer)
    evaluation = await own_evaluation(session, signed_in, evaluation_id)
    if await can_see_progress(session, signed_in, evaluation) or await can_read_report(
        session, signed_in, evaluation
    ):
        return evaluation
    raise DomainError(ErrorCode.NOT_FOUND, "feedback.evaluation.not_found", field=["evaluationId"])


async def permissions(
    session: Session, viewer: Viewer, evaluations: list[Evaluation]
) -> dict[int, tuple[bool, bool]]:
    """(may follow progress, may read the report) for many evaluations in two
    statements: the viewer's shares and direct reports among their leaders."""
    mine = [e for e in evaluations if e.organisation_id == viewer.organisation_id]
    ids = [e.id for e in mine]
    shared = await repository.shared_with(session, ids, viewer.membership_id) if ids else set()
    reports = (
        await repository.reports_of(session, [e.leader_id for e in mine], viewer.membership_id)
        if ids
        else set()
    )
    hr = policy.is_hr(viewer)
    found = {}
    for e in mine:
        manager = e.manager_id == viewer.membership_id or e.leader_id in reports
        leader = e.leader_id == viewer.membership_id
        found[e.id] = (leader or manager or hr, leader or manager or e.id in shared)
    return found
