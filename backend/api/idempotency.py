"""Retried mutations: a ``clientMutationId`` remembered per person.

A phone on a poor network resends what it is not sure arrived. The key is
stored in the same transaction as the change, with a fingerprint of the
input and a reference to the result, for ``idempotency_days``: the same key
and input again return the first result and change nothing; the same key
with other input is refused; the same key while the first is still running
is refused as a conflict.
"""

from __future__ import annotations

import asyncio
import hashlib
from datetime import timedelta
from typing import Any

import orjson
from sqlalchemy import delete, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.api.models import MAX_KEY_LENGTH, IdempotencyKey
from backend.db import rows_affected, utcnow


def fingerprint(mutation: str, input_values: dict[str, Any]) -> str:
    canonical = orjson.dumps([mutation, input_values], option=orjson.OPT_SORT_KEYS, default=str)
    return hashlib.sha256(canonical).hexdigest()


def check_key(key: str) -> None:
    if not key or len(key) > MAX_KEY_LENGTH:
        raise DomainError(ErrorCode.INVALID, "error.idempotency_key", field=["clientMutationId"])


# Same-process guard for SQLite, where there are no advisory locks; SQLite
# serialises writers anyway, so one process is all that can race here.
_local_locks: dict[tuple[int, str], asyncio.Lock] = {}


async def claim(session: AsyncSession, person_id: int, key: str) -> None:
    """Hold the key for this transaction, or refuse if another request holds it."""
    if session.get_bind().dialect.name == "postgresql":
        lock_id = int.from_bytes(
            hashlib.sha256(f"{person_id}:{key}".encode()).digest()[:8], "big", signed=True
        )
        held = await session.scalar(text("SELECT pg_try_advisory_xact_lock(:id)"), {"id": lock_id})
        if not held:
            raise DomainError(ErrorCode.CONFLICT, "error.idempotency_in_progress")
        return
    lock = _local_locks.setdefault((person_id, key), asyncio.Lock())
    if lock.locked():
        raise DomainError(ErrorCode.CONFLICT, "error.idempotency_in_progress")
    await lock.acquire()
    session.info.setdefault("idempotency_locks", []).append(lock)


def release_local_locks(session: AsyncSession) -> None:
    for lock in session.info.pop("idempotency_locks", []):
        lock.release()


async def find(session: AsyncSession, person_id: int, key: str) -> IdempotencyKey | None:
    return await session.scalar(
        select(IdempotencyKey).where(
            IdempotencyKey.person_id == person_id, IdempotencyKey.key == key
        )
    )


def remember(
    session: AsyncSession,
    person_id: int,
    key: str,
    mutation: str,
    print_: str,
    result: dict[str, Any],
) -> None:
    session.add(
        IdempotencyKey(
            person_id=person_id, key=key, mutation=mutation, fingerprint=print_, result=result
        )
    )


async def forget_expired(session: AsyncSession, days: int) -> int:
    outcome = await session.execute(
        delete(IdempotencyKey).where(IdempotencyKey.created_at < utcnow() - timedelta(days=days))
    )
    return rows_affected(outcome)
