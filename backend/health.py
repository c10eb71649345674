"""``/healthz``: the process lives. ``/readyz``: its database, broker and
storage answer, so a load balancer sends it traffic."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import orjson
from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import text

router = APIRouter()

ReadinessCheck = Callable[[Request], Awaitable[None]]


def register_readiness_check(name: str, check: ReadinessCheck) -> None:
    """Ask ``check`` too (a slice's ``wiring.wire()`` calls this at start-up)."""
    _CHECKS[name] = check


async def _database(request: Request) -> None:
    async with request.app.state.database.session() as session:
        await session.execute(text("SELECT 1"))


def _ping_broker() -> None:
    from backend.jobs.celery_app import celery_app

    with celery_app.connection_for_write() as connection:
        connection.ensure_connection(max_retries=1, timeout=2)


async def _broker(_: Request) -> None:
    # kombu is blocking; a thread keeps the event loop free.
    await asyncio.to_thread(_ping_broker)


# The shell's own, from the start; the slices add theirs at composition.
_CHECKS: dict[str, ReadinessCheck] = {"database": _database, "broker": _broker}


@router.get("/healthz", include_in_schema=False)
async def healthz() -> Response:
    return _json({"status": "ok"}, 200)


@router.get("/readyz", include_in_schema=False)
async def readyz(request: Request) -> Response:
    results = {}
    for name, check in _CHECKS.items():
        try:
            await asyncio.wait_for(check(request), timeout=3)
            results[name] = "ok"
        except Exception as error:  # noqa: BLE001 - any failure means not ready
            results[name] = f"failed: {type(error).__name__}"
    ready = all(value == "ok" for value in results.values())
    body = {"status": "ok" if ready else "unavailable", "checks": results}
    return _json(body, 200 if ready else 503)


def _json(body: object, status: int) -> Response:
    return Response(orjson.dumps(body), status_code=status, media_type="application/json")
