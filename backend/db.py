"""The database: declarative base, column types both dialects share, and the
engine and session factory, made on first use and never at import."""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any, TypeAlias, cast

from sqlalchemy import BigInteger, DateTime, Integer, MetaData, event, func
from sqlalchemy.engine import CursorResult, Dialect, Result
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator
from sqlalchemy.util import await_

from backend.settings import Settings, get_settings

# The session as types, api and loaders modules name it: they hold no SQL, so they
# do not import sqlalchemy (an import-linter contract).
Session: TypeAlias = AsyncSession

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# BIGINT keys on PostgreSQL; SQLite only autoincrements a plain INTEGER key.
Id = BigInteger().with_variant(Integer(), "sqlite")


def utcnow() -> datetime:
    return datetime.now(UTC)


def rows_affected(result: Result[Any]) -> int:
    """How many rows an UPDATE or DELETE (without RETURNING) touched.
    ``Session.execute`` types every result as a ``Result``; for those statements
    it is a ``CursorResult``, which counts them."""
    return int(cast("CursorResult[Any]", result).rowcount or 0)


class UTCDateTime(TypeDecorator[datetime]):
    """Timestamps are stored in UTC and always come back timezone-aware,
    also from SQLite, which keeps no zone."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTCDateTime column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime()}


class IdMixin:
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        default=utcnow, onupdate=utcnow, server_default=func.now()
    )


class RequestSession(AsyncSession):
    """An AsyncSession that takes its operations one at a time.

    GraphQL resolves sibling fields concurrently, and one request has one
    session; a database connection runs one statement at a time, so without
    this two root fields that both query would collide ("another operation is
    in progress"). Statements of one request are sequential anyway.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._turn = asyncio.Lock()

    async def execute(self, *args: Any, **kwargs: Any) -> Any:
        async with self._turn:
            return await super().execute(*args, **kwargs)

    async def scalar(self, *args: Any, **kwargs: Any) -> Any:
        async with self._turn:
            return await super().scalar(*args, **kwargs)

    async def scalars(self, *args: Any, **kwargs: Any) -> Any:
        # AsyncSession.scalars runs self.execute, which takes the turn; taking
        # it here as well would wait on itself forever (asyncio.Lock is not
        # reentrant).
        return await super().scalars(*args, **kwargs)

    async def get(self, *args: Any, **kwargs: Any) -> Any:
        async with self._turn:
            return await super().get(*args, **kwargs)

    async def flush(self, *args: Any, **kwargs: Any) -> None:
        async with self._turn:
            await super().flush(*args, **kwargs)

    async def refresh(self, *args: Any, **kwargs: Any) -> None:
        async with self._turn:
            await super().refresh(*args, **kwargs)

    async def commit(self) -> None:
        async with self._turn:
            await super().commit()

    async def rollback(self) -> None:
        async with self._turn:
            await super().rollback()


class Database:
    """One engine and session factory per process, for one URL."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.engine: AsyncEngine = make_engine(settings)
        self.sessionmaker = async_sessionmaker(
            self.engine, class_=RequestSession, expire_on_commit=False
        )

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        async with self.sessionmaker() as session:
            session.info[_DATABASE] = self
            yield session

    async def dispose(self) -> None:
        await self.engine.dispose()


def make_engine(settings: Settings) -> AsyncEngine:
    # Bound parameters are personal data (reflections, names, addresses): they
    # stay out of exception texts and so out of logs, unless SQL is echoed on purpose.
    kwargs: dict[str, Any] = {
        "echo": settings.database_echo,
        "hide_parameters": not settings.database_echo,
    }
    if settings.is_sqlite:
        kwargs["connect_args"] = {"timeout": 30}
    else:
        kwargs.update(pool_size=settings.database_pool_size, max_overflow=5)
    engine = create_async_engine(settings.database_url, **kwargs)
    if settings.is_sqlite:
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    else:
        event.listen(engine.sync_engine.pool, "checkin", _returned)
        event.listen(engine.sync_engine.pool, "checkout", _ping_if_idle)
    return engine


# A connection is pinged when it is taken from the pool after sitting there this long.
# SQLAlchemy's pool_pre_ping pinged at every checkout: with asyncpg a transaction, ";"
# and a rollback, three round trips, ~8 % of the CPU of a request such as home. A
# connection given back moments ago is alive unless the server went away since; then
# its first statement fails, SQLAlchemy invalidates the pool and the next request
# connects again (the same retryable error a request gets while the server is down).
PING_AFTER_IDLE_SECONDS = 2.0
_RETURNED_AT = "ledelyst.returned_at"


def _returned(_dbapi_connection: Any, record: Any) -> None:
    record.info[_RETURNED_AT] = time.monotonic()


def _ping_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    returned = record.info.get(_RETURNED_AT)
    if returned is not None and time.monotonic() - returned < PING_AFTER_IDLE_SECONDS:
        return
    try:
        dbapi_connection.ping()
    except Exception as error:
        # The pool discards the connection and checks out another (pessimistic handling).
        raise DisconnectionError("the connection did not answer a ping") from error


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the worker read while the API writes; foreign keys are off by default.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    # In WAL mode NORMAL cannot corrupt the file; it syncs at checkpoints, not
    # at every commit (FULL costs an fsync, ~2 ms here, per transaction), so a
    # power cut may lose the last commits of the embedded set-up, never the database.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
    # aiosqlite offers scalar functions only: the aggregate is made on the
    # connection's own thread, as aiosqlite makes those (its private _execute).
    driver = dbapi_connection.driver_connection
    await_(driver._execute(driver._conn.create_aggregate, CONTRIBUTORS_KEY, 1, _ContributorsKey))


# SQLite's aggregate behind ``backend.privacy.contributor_keys``.
CONTRIBUTORS_KEY = "ledelyst_contributors_key"


class _ContributorsKey:
    """SHA-256 (hex) of the distinct non-null strings of a group, sorted and
    joined by "\n": ``backend.privacy.release.contributors_key`` of them
    (a test holds the two equal); NULL for a group without any, as
    PostgreSQL's string_agg gives."""

    def __init__(self) -> None:
        self.units: set[str] = set()

    def step(self, unit: object) -> None:
        if unit is not None:
            self.units.add(str(unit))

    def finalize(self) -> str | None:
        if not self.units:
            return None
        return hashlib.sha256("\n".join(sorted(self.units)).encode()).hexdigest()


_database: Database | None = None
# Session.info key: the Database whose session() made the session.
_DATABASE = "ledelyst.database"


def database_of(session: AsyncSession) -> Database:
    """The database ``session`` reads, for a transaction of its own beside
    the reader's (audit entries, released figures). Not the process's: a
    process may serve several (a test's worlds), and the one a request reads
    is the one its records belong in."""
    database = session.info.get(_DATABASE)
    return database if isinstance(database, Database) else get_database()


def get_database() -> Database:
    global _database
    if _database is None:
        _database = Database(get_settings())
    return _database


def set_database(database: Database | None) -> None:
    """Tests and the CLI point the process at another database."""
    global _database
    _database = database
