"""What anyone may know of who answered: while a cycle is open, and after.

Beside the named nominations, a count that moves at each submission ("peers
2 of 2") says who answered. So the leader, their manager and HR see, per
evaluation, only whether each anonymous group has enough answers yet (no
count: an exact count per evaluation, set against HR's counts per cycle,
would give a hidden group back by subtraction), and whether the groups shown
reach the all-raters minimum. HR sees response rates per cycle; a group's
counts only when the group reached its threshold over the cycle, and never
exactly one group hidden beside the totals (the totals minus the shown groups
would give it back): then the next smallest group is hidden too. Decline
reasons are kept per cycle without the rater and shown to HR only from the
comment threshold on.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth.viewer import Viewer
from backend.identity import policy
from backend.privacy.release import count_table, meets
from feedback.evaluations import policy as evaluation_policy
from feedback.evaluations import repository
from feedback.evaluations.models import ANONYMOUS_GROUPS, EvaluationCycle, RaterGroup
from feedback.evaluations.progress import repository as progress_repository
from feedback.evaluations.reports.release import anonymity_policy

# SELF and MANAGER are counted over a cycle's leaders: a cycle with one or
# two leaders must not tell HR whether a named person has answered.
NAMED_GROUP_MINIMUM = 3
ANONYMOUS_GROUP_VALUES = frozenset(g.value for g in ANONYMOUS_GROUPS)


@dataclass(frozen=True)
class GroupProgress:
    group: RaterGroup
    invited: int
    minimum: int
    enough_answers: bool


@dataclass(frozen=True)
class EvaluationProgress:
    groups: list[GroupProgress]
    # The groups with enough answers reach the all-raters minimum together.
    enough_answers: bool


@dataclass(frozen=True)
class GroupRate:
    group: str
    invited: int
    answered: int | None  # None: under the threshold, or hidden beside one that is
    declined: int | None


@dataclass(frozen=True)
class CycleRates:
    invited: int
    answered: int | None
    declined: int | None
    groups: list[GroupRate]


async def progress(
    session: AsyncSession, viewer: Viewer | None, evaluation_ids: list[int]
) -> dict[int, EvaluationProgress]:
    """Per evaluation the viewer may follow: each anonymous group's invitations
    and whether it has enough answers yet. Never a count of answers or declines."""
    signed_in = policy.require_viewer(viewer)
    allowed = [
        e
        for e in await repository.evaluations_by_ids(session, evaluation_ids)
        if await evaluation_policy.can_see_progress(session, signed_in, e)
    ]
    cycles = {
        c.id: c for c in await repository.cycles_by_ids(session, [e.cycle_id for e in allowed])
    }
    counts = await progress_repository.group_progress(session, [e.id for e in allowed])
    found: dict[int, EvaluationProgress] = {}
    for evaluation in allowed:
        rules = anonymity_policy(cycles[evaluation.cycle_id])
        groups, shown = [], 0
        for group in ANONYMOUS_GROUPS:
            invited, answered, _, _ = counts.get(evaluation.id, {}).get(group.value, (0, 0, 0, 0))
            minimum = rules.minimum(group.value)
            enough = meets(answered, minimum)
            shown += answered if enough else 0
            groups.append(GroupProgress(group, invited, minimum, enough))
        found[evaluation.id] = EvaluationProgress(groups, meets(shown, rules.all_raters))
    return found


async def response_rates(session: AsyncSession, viewer: Viewer | None, cycle_id: int) -> CycleRates:
    """HR's view of a cycle: invited, answered and declined over all its
    evaluations; per group only at or above the group's threshold."""
    signed_in = policy.require_hr(viewer)
    cycle = await evaluation_policy.own_cycle(session, signed_in, cycle_id)
    totals = await _cycle_totals(session, cycle)
    rules = anonymity_policy(cycle)

    def minimum(group: str) -> int:
        if group in (RaterGroup.SELF.value, RaterGroup.MANAGER.value):
            return NAMED_GROUP_MINIMUM
        return rules.minimum(group)

    # A group nobody was asked to rate in holds nothing to protect.
    asked = {g: values[1] for g, values in totals.items() if values[3] > 0}
    table = count_table(asked, minimum)
    hidden, whole = table.hidden, table.total
    return CycleRates(
        invited=sum(v[0] for v in totals.values()),
        answered=sum(v[1] for v in totals.values()) if whole else None,
        declined=sum(v[2] for v in totals.values()) if whole else None,
        groups=[
            GroupRate(
                g.value,
                totals[g.value][0],
                None if g.value in hidden else totals[g.value][1],
                None if g.value in hidden else totals[g.value][2],
            )
            for g in RaterGroup
        ],
    )


async def _cycle_totals(session: AsyncSession, cycle: EvaluationCycle) -> dict[str, list[int]]:
    """Per group over the cycle: invited, answered, declined, approved
    nominations, each evaluation's group counted as ``_counted`` says."""
    evaluations = await repository.evaluations_of_cycle(session, cycle.id)
    counts = await progress_repository.group_progress(session, [e.id for e in evaluations])
    rules = anonymity_policy(cycle)
    totals: dict[str, list[int]] = {g.value: [0, 0, 0, 0] for g in RaterGroup}
    for per_group in counts.values():
        for group, values in per_group.items():
            for index, value in enumerate(_counted(group, values, rules.minimum(group))):
                totals[group][index] += value
    return totals


def _counted(group: str, values: tuple[int, ...], minimum: int) -> tuple[int, ...]:
    """What one evaluation's group adds to the cycle's counts: an anonymous
    group's answers and declines only once it has enough answers. Otherwise
    the cycle's count minus the groups HR knows exactly from elsewhere (one
    invited at exactly its threshold with enough answers; a closed cycle's
    pooled results with their n) would be the hidden group's count, and
    beside its named invitations say who answered."""
    invited, answered, declined, approved = values
    if group in ANONYMOUS_GROUP_VALUES and not meets(answered, minimum):
        return (invited, 0, 0, approved)
    return (invited, answered, declined, approved)


async def decline_reasons(session: AsyncSession, viewer: Viewer | None, cycle_id: int) -> list[str]:
    """Why raters of a cycle declined (HR), alphabetically and without whose;
    at most as many as the declines counted, and nothing until there are as
    many as comments need to be shown."""
    signed_in = policy.require_hr(viewer)
    cycle = await evaluation_policy.own_cycle(session, signed_in, cycle_id)
    reasons = await progress_repository.decline_reasons(session, cycle.id)
    # Never more reasons than the declines counted (those of groups with
    # enough answers): more reasons beside that count would say how many
    # declined in a hidden group, and beside its named invitations, who.
    counted = sum(values[2] for values in (await _cycle_totals(session, cycle)).values())
    shown = reasons[:counted]
    return shown if meets(len(shown), cycle.min_comments) else []
