"""Whose ratings each goal-attainment and reaction figure sums, for the
release audit (``learning.effect.release``): one statement per section,
rows of (dimension, key, membership_id, enrolment_id, part_id), with the same population and
dimensions as ``repository.goal_attainment`` and ``repository.reactions``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row, String, cast, literal, null, select, union
from sqlalchemy.ext.asyncio import AsyncSession

from learning.effect.population import Population
from learning.effect.repository import goal_base, reaction_base


async def _units(session: AsyncSession, base: Any, dimensions: dict[str, Any]) -> list[Row[Any]]:
    """(dimension, key, membership_id, enrolment_id, part_id) of every
    rating a figure sums (a development goal's, or an activity's)."""
    nothing = cast(null(), String)
    whose = (base.c.membership_id, base.c.enrolment_id, base.c.part_id)
    parts = [select(literal("ALL").label("dimension"), nothing.label("key"), *whose)]
    parts += [
        select(literal(name), cast(column, String), *whose) for name, column in dimensions.items()
    ]
    return list((await session.execute(union(*parts))).all())


async def goal_contributors(session: AsyncSession, population: Population) -> list[Row[Any]]:
    base = goal_base(population)
    return await _units(session, base, {"GOAL": base.c.goal_id, "PROGRAMME": base.c.programme_id})


async def reaction_contributors(session: AsyncSession, population: Population) -> list[Row[Any]]:
    base = reaction_base(population)
    return await _units(
        session,
        base,
        {"PROGRAMME": base.c.programme_id, "MODULE": base.c.module_id, "KIND": base.c.kind},
    )
