"""Async code inside Celery tasks.

Tasks are plain functions run by pool processes, while the domains' code is
async (``AsyncSession`` repositories and services) and should serve tasks
unchanged. Engines and asyncpg connections belong to the event loop that
made them, so ``asyncio.run`` per task would need a new engine, and new
connections, for every task. Instead each pool process (each thread, under
the threads pool) keeps one event loop and one ``Database`` for its life,
made by its first task: never at import, never in the parent before a fork.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from celery import signals
from sqlalchemy import event
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from backend.db import Database
from backend.settings import Settings, get_settings

T = TypeVar("T")

_settings: Settings | None = None
_local = threading.local()


@dataclass
class _Loop:
    runner: asyncio.Runner
    database: Database


def use_settings(settings: Settings | None) -> None:
    """The settings tasks of this process use (``run_worker`` sets them)."""
    global _settings
    _settings = settings


def worker_settings() -> Settings:
    return _settings or get_settings()


def run_async(work: Callable[[Database], Awaitable[T]]) -> T:
    """Run ``work(database)`` on this process's loop and return its result."""
    state: _Loop | None = getattr(_local, "state", None)
    if state is None:
        runner = asyncio.Runner()
        state = _Loop(runner=runner, database=worker_database(worker_settings()))
        _local.state = state
    return state.runner.run(_call(work, state.database))


async def _call(work: Callable[[Database], Awaitable[T]], database: Database) -> T:
    return await work(database)


def worker_database(settings: Settings) -> Database:
    """A ``Database`` for background work.

    On SQLite every transaction starts with BEGIN IMMEDIATE: it takes the
    write lock before its first read. SQLite has no row locks, and with the
    default deferred BEGIN two workers could both read a message as not done
    and both deliver it; here the second waits and then sees it done.
    """
    database = Database(settings)
    if settings.is_sqlite:
        _begin_immediate(database.engine)
    return database


def _begin_immediate(engine: AsyncEngine) -> None:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Stop the driver from issuing its own (deferred) BEGIN.
        dbapi_connection.isolation_level = None

    def on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    event.listen(engine.sync_engine, "connect", on_connect)
    event.listen(engine.sync_engine, "begin", on_begin)


def shutdown() -> None:
    """Close this thread's loop and database, if it made them."""
    state: _Loop | None = getattr(_local, "state", None)
    if state is None:
        return
    _local.state = None
    try:
        state.runner.run(state.database.dispose())
    finally:
        state.runner.close()


@signals.worker_process_init.connect
def _forget_inherited_loop(**_: Any) -> None:
    # A forked child must never use a loop or connections of its parent.
    _local.state = None


@signals.worker_process_shutdown.connect
@signals.worker_shutdown.connect  # the solo pool runs tasks in the main process
def _close_loop(**_: Any) -> None:
    shutdown()
