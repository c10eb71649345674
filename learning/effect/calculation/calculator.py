"""One request's learning effect: each section read when first asked for.

An ``Effect`` is made by ``learning.effect.service.effect_for`` once the policy has chosen the
population. GraphQL resolves sibling fields concurrently, but a session runs
one statement at a time, so the reads take turns behind a lock and each
aggregate is read once however many fields use it. A section costs a fixed
number of statements whatever the number of leaders.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Any, TypeVar, cast

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.i18n import translate
from backend.privacy.release import contributors_key
from learning.effect.calculation import figures, repository
from learning.effect.calculation.breakdowns import BreakdownRow, Breakdowns, breakdowns
from learning.effect.calculation.figures import (
    BehaviourChange,
    GoalAttainment,
    Level,
    Participation,
    RatingFigure,
    SpanOfControl,
)
from learning.effect.calculation.population import Population, Scope, area_statement
from learning.effect.calculation.release import (
    EffectRelease,
    Units,
    Whose,
    keys_of,
    retitled,
    units_of,
)
from learning.effect.calculation.series import ChartSeries, chart_series
from learning.effect.calculation.statistics import MIN_LEADERS
from learning.effect.change import repository as change_repository
from learning.effect.participation import repository as participation
from learning.effect.ratings import repository as ratings_repository

# A read of ``repository``, ``change.repository`` or ``ratings.repository``: (session,
# population), and for a section's figures ``overall=`` and ``content=`` (breakdowns).
Query = Callable[..., Awaitable[Any]]
T = TypeVar("T")
# A figure of a read: (dimension, key).
Where = tuple[str, str]
# The key of a figure's set when the read has no row for it: nobody.
_NOBODY = contributors_key(())


@dataclass(frozen=True)
class EffectReport:
    """Every section, for an export."""

    scope: Scope
    locale: str
    participation: Participation
    goal_attainment: GoalAttainment
    behaviour_change: BehaviourChange
    reaction: RatingFigure
    breakdowns: Breakdowns
    span_of_control: SpanOfControl
    notes: list[str]
    series: list[ChartSeries]


class Effect:
    def __init__(
        self,
        session: AsyncSession,
        scope: Scope,
        locale: str,
        *,
        breakdowns: bool = True,
        competencies: bool = True,
        goals: bool = True,
    ) -> None:
        """``breakdowns``: whether the breakdowns by programme, module and kind
        will be asked for. Their parts are then read in the same statements as
        the overall figures; otherwise not at all (and, should they be asked
        for after all, in statements of their own). ``competencies``: whether
        the change per competency will be (the phone's summary shows the
        overall change only): otherwise it is neither read nor released, and
        ``behaviour_change`` has no competencies. ``goals``: likewise for the
        attainment per organisational goal (``goal_attainment`` has no goals)."""
        self.session = session
        self.with_breakdowns = breakdowns
        self.scope = scope
        self.locale = locale
        self.population = Population(scope)
        self._lock = asyncio.Lock()
        self._read_once: dict[str, Any] = {}
        self._release = EffectRelease(session, scope.organisation_id, self._lock)
        self._section_lock = asyncio.Lock()
        self._sections: dict[str, Any] = {}
        self._units_made: dict[tuple[str, bool], Units] = {}
        # Parts every read of a query is narrowed by (the figures not asked for).
        self._narrowed: dict[Query, dict[str, bool]] = {}
        if not competencies:
            self._narrowed[change_repository.changes] = {"competencies": False}
        if not goals:
            for query in (repository.goal_attainment, repository.goal_contributors):
                self._narrowed[query] = {"per_goal": False}

    async def _read(self, query: Query, **parts: bool) -> Any:
        parts = {**self._narrowed.get(query, {}), **parts}
        name = f"{query.__module__}.{query.__name__}{sorted(parts.items())}"
        return await self._once(name, lambda: query(self.session, self.population, **parts))

    async def _overall(self, query: Query, **parts: bool) -> Any:
        """A section's overall rows (with the breakdowns' when they are asked for)."""
        return await self._read(query, content=self.with_breakdowns, **parts)

    async def _by_content(self, query: Query, **parts: bool) -> Any:
        """A section's rows by programme, module and kind."""
        if self.with_breakdowns:
            return await self._overall(query, **parts)
        return await self._read(query, overall=False, content=True, **parts)

    async def _once(self, name: str, read: Callable[[], Awaitable[Any]]) -> Any:
        async with self._lock:
            if name not in self._read_once:
                if not self._read_once:
                    await self._first_statement()
                self._read_once[name] = await read()
            return self._read_once[name]

    async def _section(self, name: str, make: Callable[[], Awaitable[T]]) -> T:
        """A section of released figures, made once per request; what it
        released is recorded in the organisation's release audit at once."""
        async with self._section_lock:
            if name not in self._sections:
                self._sections[name] = await make()
                await self._release.save()
            return cast(T, self._sections[name])

    async def participation(self) -> Participation:
        return figures.participation(
            await self._read(participation.enrolment_counts),
            await self._read(participation.activities_by_content),
            await self._read(participation.checkpoint_counts),
        )

    async def goal_attainment(self) -> GoalAttainment:
        return await self._section("goal_attainment", self._goal_attainment)

    async def _goal_attainment(self) -> GoalAttainment:
        found = figures.goal_attainment(await self._overall(repository.goal_attainment))
        whose = await self._whose(repository.goal_contributors, by_content=False)
        release = self._release
        return GoalAttainment(
            await release.rating("effect.goals", found.overall, whose(("ALL", ""))),
            [
                replace(
                    goal,
                    attainment=await release.rating(
                        "effect.goals", goal.attainment, whose(("GOAL", str(goal.goal_id)))
                    ),
                )
                for goal in found.goals
            ],
        )

    async def behaviour_change(self) -> BehaviourChange:
        return await self._section("behaviour_change", self._behaviour_change)

    async def _behaviour_change(self) -> BehaviourChange:
        # With the breakdowns, whose change each figure sums comes as rows in
        # the same statement (every breakdown row needs its set, and the
        # per-leader changes are the statement's cost); without, as the key of
        # each figure's set, the rows read only for a set not yet recorded.
        keyed = not self.with_breakdowns
        # Unkeyed, the same read (and cache entry) as the breakdowns' and ``_units``.
        rows = await self._overall(change_repository.changes, **({"keyed": True} if keyed else {}))
        whose: Callable[[Where], Whose | set[str]]
        if keyed:
            whose = await self._whose(change_repository.changes, by_content=False)
        else:
            units = units_of(rows.contributors)
            whose = lambda where: units.get(where, set())  # noqa: E731

        found = figures.behaviour_change(rows.figures, self.locale)
        title = translate("effect.all_competencies", self.locale)
        release = self._release
        return BehaviourChange(
            overall=await release.change(
                "effect.change:ALL", retitled(found.overall, title), whose(("ALL", ""))
            ),
            competencies=[
                await release.change(
                    f"effect.change:COMPETENCY:{c.key}", c, whose(("COMPETENCY", c.key))
                )
                for c in found.competencies
            ],
        )

    async def reaction(self) -> RatingFigure:
        return await self._section("reaction", self._reaction)

    async def _reaction(self) -> RatingFigure:
        rows = await self._overall(ratings_repository.reactions)
        overall = next((row for row in rows if row.dimension == "ALL"), None)
        whose = await self._whose(ratings_repository.reaction_contributors, by_content=False)
        figure = figures.rating_figure(Level.REACTION, overall, minimum=MIN_LEADERS)
        return await self._release.rating("effect.reaction", figure, whose(("ALL", "")))

    async def breakdowns(self) -> Breakdowns:
        # The overall figures first: they are what a breakdown is measured against.
        await self.behaviour_change()
        await self.goal_attainment()
        await self.reaction()
        return await self._section("breakdowns", self._breakdowns)

    async def _breakdowns(self) -> Breakdowns:
        content = await self._read(participation.activities_by_content)
        overall = next(
            row
            for row in (await self._overall(change_repository.changes)).figures
            if row.dimension == "ALL"
        )
        programme_ids = {int(row.programme_id) for row in content}
        enrolments = await self._read(participation.enrolments_by_programme)
        programme_ids |= {int(row.programme_id) for row in enrolments}
        module_ids = {int(row.module_id) for row in content}
        titles, modules = await self._once(
            "content_names",
            lambda: repository.content_names(
                self.session, self.scope.organisation_id, sorted(programme_ids), sorted(module_ids)
            ),
        )
        found = breakdowns(
            content,
            enrolments,
            await self._by_content(ratings_repository.reactions),
            await self._by_content(repository.goal_attainment),
            (await self._by_content(change_repository.changes)).figures,
            (int(overall.n or 0), int(overall.area_n or 0)),
            titles,
            modules,
            lambda kind: translate(f"effect.kind.{kind.value}", self.locale),
        )
        return Breakdowns(
            [await self._released_row(r, "PROGRAMME") for r in found.by_programme],
            [await self._released_row(r, "MODULE") for r in found.by_module],
            [await self._released_row(r, "KIND") for r in found.by_activity_kind],
        )

    async def _released_row(self, row: BreakdownRow, dimension: str) -> BreakdownRow:
        """A breakdown row's figures through the release rule: parts of the
        overall ones, checked against them (``release``)."""
        reactions = await self._whose(ratings_repository.reaction_contributors, by_content=True)
        goals = await self._whose(repository.goal_contributors, by_content=True)
        changes = await self._units(change_repository.changes, by_content=True)
        where = (dimension, row.key)
        release = self._release
        goal = row.goal_attainment
        return replace(
            row,
            reaction=await release.rating("effect.reaction", row.reaction, reactions(where)),
            goal_attainment=(
                await release.rating("effect.goals", goal, goals(where))
                if goal is not None
                else None
            ),
            behaviour_change=await release.change(
                "effect.change:ALL", row.behaviour_change, changes.get(where, set())
            ),
        )

    async def _units(self, query: Query, *, by_content: bool) -> Units:
        """The contributor sets of a read (overall, or by content), made once
        per request: every breakdown row looks up its own (once per row, they
        were the whole request's time at national scale: rows x contributors)."""
        name = (f"{query.__module__}.{query.__name__}", by_content)
        if name not in self._units_made:
            found = await (self._by_content if by_content else self._overall)(query)
            rows = found.contributors if isinstance(found, change_repository.ChangeRows) else found
            self._units_made[name] = units_of(rows)
        return self._units_made[name]

    async def _whose(self, query: Query, *, by_content: bool) -> Callable[[Where], Whose]:
        """Whose ratings each figure of a read sums, known by the keys of their
        sets (``keyed``: one row per figure, not one per rating); the rows per
        rating are read, once per request, only for a figure whose set the
        release audit has not recorded."""
        read = self._by_content if by_content else self._overall
        found = await read(query, keyed=True)
        rows = found.figures if isinstance(found, change_repository.ChangeRows) else found
        keys = keys_of(rows)

        def whose(where: Where) -> Whose:
            async def units() -> set[str]:
                return (await self._units(query, by_content=by_content)).get(where, set())

            return Whose(keys.get(where, _NOBODY), units)

        return whose

    async def span_of_control(self) -> SpanOfControl:
        row = await self._read(repository.span_of_control)
        return figures.span_of_control(row, repository.SPAN_BUCKETS, repository.LARGE_SPAN)

    def notes(self) -> list[str]:
        t = self.locale
        return [
            translate("effect.note.small_changes", t),
            translate("effect.note.harsher_raters", t),
            translate("effect.note.effect_size", t),
            translate("effect.note.suppressed", t, minimum=MIN_LEADERS),
            translate("effect.note.goal_attainment", t),
            translate("effect.note.association", t),
            translate("effect.note.span", t, threshold=repository.LARGE_SPAN),
        ]

    async def series(self) -> list[ChartSeries]:
        return chart_series(
            self.locale,
            await self.behaviour_change(),
            await self.participation(),
            await self.goal_attainment(),
            (await self.breakdowns()).by_activity_kind,
            await self.span_of_control(),
        )

    async def report(self) -> EffectReport:
        return EffectReport(
            scope=self.scope,
            locale=self.locale,
            participation=await self.participation(),
            goal_attainment=await self.goal_attainment(),
            behaviour_change=await self.behaviour_change(),
            reaction=await self.reaction(),
            breakdowns=await self.breakdowns(),
            span_of_control=await self.span_of_control(),
            notes=self.notes(),
            series=await self.series(),
        )

    async def _first_statement(self) -> None:
        """Before the first read, on PostgreSQL, for this transaction only:
        JIT off, plans made for each statement's own values, and, for an
        area, everyone below the leader of leaders read once, in the same
        statement (``population.area_statement``), to be bound as one array
        in every later statement.

        JIT: PostgreSQL guesses 100 rows for every ``json_each``, so the 360
        query looked costly enough to be JIT-compiled, which took longer than
        running it (1.8 s of 3 s for 5,000 leaders). Plans: the statements are
        prepared (asyncpg), and from a connection's sixth execution of one
        PostgreSQL may keep a generic plan, made without the values: the
        area's array of unknown length, and for the organisation the same
        misjudged sizes, and the operation took 2-10x as long (bench data at
        scale 0.5: the organisation's 5-6.5 s became 43-55 s, an area's 3-4 s
        7-8 s; with the array of unknown length, 2.7-3.8 s became 12-16 s)."""
        if self.session.get_bind().dialect.name != "postgresql":
            return
        settings = [
            func.set_config("jit", "off", True),
            func.set_config("plan_cache_mode", "force_custom_plan", True),
        ]
        area = area_statement(self.scope)
        if area is None:
            await self.session.execute(select(*settings))
            return
        ids = (await self.session.execute(select(*settings, area.scalar_subquery()))).one()[2]
        self.population = Population(self.scope, area_ids=ids or [])
