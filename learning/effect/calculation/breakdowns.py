"""Method and content: the figures broken down by programme, module and
activity kind, so HR can see which content and which method go with
improvement. An association, never a cause: leaders choose, and are chosen
for, programmes, and those who complete more may be those who would have
changed anyway. Pure functions over the repository's aggregates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from learning.effect.calculation.figures import (
    ChangeFigure,
    Level,
    RatingFigure,
    change_figure,
    rating_figure,
)
from learning.effect.calculation.statistics import MIN_LEADERS
from learning.programmes.facts.service import ActivityKind


class Dimension(StrEnum):
    PROGRAMME = "PROGRAMME"
    MODULE = "MODULE"
    ACTIVITY_KIND = "ACTIVITY_KIND"


# The repository's names of the dimensions.
_SOURCE = {
    Dimension.PROGRAMME: "PROGRAMME",
    Dimension.MODULE: "MODULE",
    Dimension.ACTIVITY_KIND: "KIND",
}


@dataclass(frozen=True)
class BreakdownRow:
    dimension: Dimension
    key: str
    label: str
    programme_id: int | None
    module_id: int | None
    kind: ActivityKind | None
    programme_title: str | None
    # Enrolments of the programme (programme rows only).
    enrolled: int | None
    completed_enrolments: int | None
    assigned: int
    completed: int
    reaction: RatingFigure
    goal_attainment: RatingFigure | None
    behaviour_change: ChangeFigure

    @property
    def completion_rate(self) -> float | None:
        return self.completed / self.assigned if self.assigned else None


@dataclass(frozen=True)
class Breakdowns:
    by_programme: list[BreakdownRow]
    by_module: list[BreakdownRow]
    by_activity_kind: list[BreakdownRow]


def _keyed(rows: Iterable[Any], dimension: str) -> dict[str, Any]:
    return {str(row.key): row for row in rows if row.dimension == dimension}


def breakdowns(
    content: Sequence[Any],
    enrolments: Sequence[Any],
    reactions: Sequence[Any],
    goals: Sequence[Any],
    changes: Sequence[Any],
    change_totals: tuple[int, int],
    programme_titles: dict[int, str],
    modules: dict[int, tuple[int, int, str]],
    kind_label: Callable[[ActivityKind], str] = str,
) -> Breakdowns:
    """``change_totals``: (chosen leaders, area participants) of the overall
    change, which every breakdown's change is part of."""
    done: dict[tuple[Dimension, str], list[int]] = {}
    for row in content:
        for dimension, key in (
            (Dimension.PROGRAMME, str(row.programme_id)),
            (Dimension.MODULE, str(row.module_id)),
            (Dimension.ACTIVITY_KIND, str(row.kind)),
        ):
            bucket = done.setdefault((dimension, key), [0, 0])
            bucket[0] += int(row.assigned)
            bucket[1] += int(row.completed or 0)
    enrolled = {str(row.programme_id): row for row in enrolments}
    goal_rows = _keyed(goals, "PROGRAMME")

    def row_of(
        dimension: Dimension,
        key: str,
        label: str,
        programme_id: int | None = None,
        module_id: int | None = None,
        kind: ActivityKind | None = None,
    ) -> BreakdownRow:
        source = _SOURCE[dimension]
        assigned, completed = done.get((dimension, key), [0, 0])
        programme_title = programme_titles.get(programme_id) if programme_id else None
        title = f"{programme_title} · {label}" if module_id and programme_title else label
        enrolment = enrolled.get(key) if dimension == Dimension.PROGRAMME else None
        return BreakdownRow(
            dimension=dimension,
            key=key,
            label=label,
            programme_id=programme_id,
            module_id=module_id,
            kind=kind,
            programme_title=programme_title,
            enrolled=int(enrolment.enrolled) if enrolment is not None else None,
            completed_enrolments=int(enrolment.completed or 0) if enrolment is not None else None,
            assigned=assigned,
            completed=completed,
            reaction=rating_figure(
                Level.REACTION, _keyed(reactions, source).get(key), minimum=MIN_LEADERS
            ),
            goal_attainment=(
                rating_figure(Level.RESULTS, goal_rows.get(key), minimum=MIN_LEADERS)
                if dimension == Dimension.PROGRAMME
                else None
            ),
            behaviour_change=change_figure(
                key, title, _keyed(changes, source).get(key), *change_totals
            ),
        )

    programme_ids = {int(k) for (d, k) in done if d == Dimension.PROGRAMME} | {
        int(k) for k in enrolled
    }
    by_programme = sorted(
        (
            row_of(Dimension.PROGRAMME, str(p), programme_titles.get(p, ""), programme_id=p)
            for p in programme_ids
        ),
        key=lambda r: (r.label.casefold(), r.key),
    )
    module_ids = [int(k) for (d, k) in done if d == Dimension.MODULE and int(k) in modules]
    by_module = [
        row_of(
            Dimension.MODULE,
            str(m),
            modules[m][2],
            programme_id=modules[m][0],
            module_id=m,
        )
        for m in module_ids
    ]
    by_module.sort(
        key=lambda r: ((r.programme_title or "").casefold(), modules[r.module_id or 0][1])
    )
    by_kind = [
        row_of(Dimension.ACTIVITY_KIND, kind.value, kind_label(kind), kind=kind)
        for kind in ActivityKind
    ]
    return Breakdowns(by_programme, by_module, by_kind)
