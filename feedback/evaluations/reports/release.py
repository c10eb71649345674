"""The release rule of 360 figures: the only module that reads an
evaluation's frozen cells (``Evaluation.frozen_results``) to make figures
for a person to see. Every 360 output takes what it returns: the report
(GraphQL and PDF), a follow-up's baseline, the cycle's pooled results for
HR and the personal-data export. ``tests/test_architecture.py`` checks that
no other module reads the frozen cells (the learning-effect SQL of
``effect.py`` applies the same rules in SQL, and is the one other reader).

Rules, on top of ``report_builder`` (per-group minimums, "all others" only
of shown groups, comments only of shown groups):

1. A report exists only for a closed cycle and an evaluation whose report
   was not withheld by the profile (the Danish profile withholds it under 5
   employees). A withheld report is released nowhere: not to the leader, not
   in a baseline, not in pooled results, not in an export.
2. A follow-up's baseline is compared only with the baseline report as it
   was released: a withheld baseline gives no comparison at all.
3. Pooled cycle results count, per rater group and item, only leaders whose
   own report shows that group there; a cell resting on fewer than
   ``MIN_LEADERS_FOR_CYCLE_RESULTS`` such leaders is left out, and "all
   others" pools only the cells that are shown, so no total minus its shown
   parts uncovers a hidden one.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.privacy.release import MIN_CONTRIBUTORS, Released, release
from feedback.evaluations import repository
from feedback.evaluations.models import (
    CyclePurpose,
    CycleStatus,
    Evaluation,
    EvaluationCycle,
    ReportStatus,
)
from feedback.evaluations.reports import repository as results
from feedback.evaluations.reports.builder import (
    AnonymityPolicy,
    ReportData,
    add_comments,
    build,
    comment_groups,
    compare_with_baseline,
    shown_part,
)
from feedback.evaluations.reports.repository import Aggregates
from feedback.frameworks import service as frameworks
from feedback.frameworks.service import FrameworkStructure

# A cycle's pooled figure needs this many leaders whose own report shows it.
MIN_LEADERS_FOR_CYCLE_RESULTS = MIN_CONTRIBUTORS
_RELEASED_STATUSES = (ReportStatus.RENDERING.value, ReportStatus.READY.value)


def anonymity_policy(cycle: EvaluationCycle) -> AnonymityPolicy:
    return AnonymityPolicy(
        minimums={
            "PEER": cycle.min_peer,
            "DIRECT_REPORT": cycle.min_direct_report,
            "EXTERNAL": cycle.min_external,
        },
        all_raters=cycle.min_all_raters,
        comments=cycle.min_comments,
    )


def is_released(evaluation: Evaluation, cycle: EvaluationCycle) -> bool:
    """Whether the evaluation has a report anyone may read (rule 1)."""
    return (
        cycle.status == CycleStatus.CLOSED.value
        and evaluation.frozen_results is not None
        and evaluation.report_status in _RELEASED_STATUSES
    )


async def released_report(
    session: AsyncSession, evaluation: Evaluation, cycle: EvaluationCycle, locale: str
) -> Released[ReportData] | None:
    """The report as it may be shown, with comments and baseline; None when
    there is none (open cycle, withheld)."""
    if not is_released(evaluation, cycle):
        return None
    structure = await frameworks.structure(session, cycle.framework_id)
    assert structure is not None
    rules = anonymity_policy(cycle)
    report = build(structure, evaluation.frozen_results or {}, rules, locale)
    rows = await results.comments(session, evaluation.id, comment_groups(report, rules))
    add_comments(report, structure, rows, rules, locale)
    baseline = await _released_baseline(session, evaluation, cycle, locale)
    if baseline is not None:
        compare_with_baseline(report, baseline.value)
    return release(report)


async def _released_baseline(
    session: AsyncSession, evaluation: Evaluation, cycle: EvaluationCycle, locale: str
) -> Released[ReportData] | None:
    """The baseline report exactly as it was released (rule 2), without its
    own baseline and comments (only its figures are compared)."""
    if cycle.purpose != CyclePurpose.FOLLOW_UP.value or cycle.baseline_cycle_id is None:
        return None
    baseline_cycle = await repository.cycle(session, cycle.baseline_cycle_id)
    if baseline_cycle is None:
        return None
    earlier = await repository.evaluation_of_leader(
        session, baseline_cycle.id, evaluation.leader_id
    )
    if earlier is None or not is_released(earlier, baseline_cycle):
        return None
    structure = await frameworks.structure(session, baseline_cycle.framework_id)
    assert structure is not None
    return release(
        build(structure, earlier.frozen_results or {}, anonymity_policy(baseline_cycle), locale)
    )


def pooled_cells(
    structure: FrameworkStructure,
    documents: list[Aggregates],
    rules: AnonymityPolicy,
    minimum_leaders: int = MIN_LEADERS_FOR_CYCLE_RESULTS,
) -> Aggregates:
    """Rule 3 over the frozen cells of released evaluations: each cell of a
    group and item pooled only over leaders whose report shows it, and kept
    only with at least ``minimum_leaders`` of them (also the competency's
    rater counts and the responses of each group)."""
    parts = [shown_part(structure, document, rules) for document in documents]
    total: Aggregates = {"responses": {}, "competencies": {}, "items": {}}
    leaders: dict[tuple[str, str, str], int] = {}
    for part in parts:
        for kind in ("competencies", "items"):
            for key, groups in part[kind].items():
                target = total[kind].setdefault(key, {})
                for group, value in groups.items():
                    leaders[(kind, key, group)] = leaders.get((kind, key, group), 0) + 1
                    if kind == "items":
                        old = target.get(group, [0, 0, 0])
                        target[group] = [a + b for a, b in zip(old, value, strict=True)]
                    else:
                        target[group] = target.get(group, 0) + value
    shown_groups: set[str] = set()
    for kind in ("competencies", "items"):
        for key, groups in list(total[kind].items()):
            kept = {g: v for g, v in groups.items() if leaders[(kind, key, g)] >= minimum_leaders}
            shown_groups |= set(kept) if kind == "items" else set()
            if kept:
                total[kind][key] = kept
            else:
                del total[kind][key]
    for part in parts:
        for group, n in part["responses"].items():
            if group in shown_groups:
                total["responses"][group] = total["responses"].get(group, 0) + n
    return total


async def released_cycle_results(
    session: AsyncSession, cycle: EvaluationCycle, locale: str
) -> Released[ReportData] | None:
    """A closed cycle's figures over its leaders (rule 3), or None."""
    if cycle.status != CycleStatus.CLOSED.value:
        return None
    evaluations = await repository.evaluations_of_cycle(session, cycle.id)
    documents = [e.frozen_results or {} for e in evaluations if is_released(e, cycle)]
    structure = await frameworks.structure(session, cycle.framework_id)
    assert structure is not None
    pooled = pooled_cells(structure, documents, anonymity_policy(cycle))
    if not pooled["items"]:
        return None
    return release(build(structure, pooled, anonymity_policy(cycle), locale))


async def exported_report(
    session: AsyncSession, evaluation: Evaluation, cycle: EvaluationCycle, locale: str
) -> dict[str, Any] | None:
    """The report as the leader may read it, for their personal-data export."""
    report = await released_report(session, evaluation, cycle, locale)
    return asdict(report.value) if report is not None else None
