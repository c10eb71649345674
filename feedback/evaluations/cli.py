"""``ledelyst evaluations …``: operator commands of 360 evaluations.

A cohort of any size is invited with one command (one transaction, a few
statements), not one request per rater. ``backend.cli`` mounts ``app`` the
way it finds every slice's ``cli`` module.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

import typer
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import get_database
from feedback.evaluations import repository, service

T = TypeVar("T")
app = typer.Typer(name="feedback", help="360-degree evaluations.", no_args_is_help=True)


def _run(work: Callable[[AsyncSession], Awaitable[T]]) -> T:
    async def run() -> T:
        database = get_database()
        try:
            async with database.session() as session, session.begin():
                return await work(session)
        finally:
            await database.dispose()

    return asyncio.run(run())


@app.command()
def invite(cycle_id: int) -> None:
    """Invite every approved, uninvited rater of an open cycle."""

    async def work(session: AsyncSession) -> int:
        return (await service.invite(session, cycle_id)).count

    typer.echo(f"invited {_run(work)} raters")


@app.command("open")
def open_cycle(cycle_id: int) -> None:
    """Open a planned cycle now (its invitations are sent by the worker)."""

    async def work(session: AsyncSession) -> str:
        cycle = await repository.cycle(session, cycle_id)
        if cycle is None:
            raise typer.BadParameter(f"no cycle {cycle_id}")
        return (await service.open_now(session, cycle)).status

    typer.echo(_run(work))


@app.command()
def close(cycle_id: int) -> None:
    """Close a cycle now: freeze its results and queue its reports."""

    async def work(session: AsyncSession) -> str:
        return (await service.close_now(session, cycle_id)).status

    typer.echo(_run(work))


@app.command()
def advance() -> None:
    """Open and close the cycles whose time has come (what the scheduler runs)."""
    typer.echo(_run(service.advance_due_cycles))


@app.command()
def remind() -> None:
    """Send today's reminders (what the scheduler runs)."""
    typer.echo(f"reminded {_run(service.send_due_reminders)} raters")
