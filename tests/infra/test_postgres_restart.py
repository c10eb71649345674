"""PostgreSQL restarted under a stream of writes: the API process (the real
``backend.cli serve``) answers the requests it cannot serve with a clear,
retryable error, loses no write it acknowledged, and serves again once the
database is back, without being restarted itself.

The database is a cluster of this test's own (``own_postgres``), stopped for
``DOWN_SECONDS`` and started again; the shared one stays up.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from sqlalchemy import select

from backend.db import Database
from backend.i18n import translate
from backend.identity.models import OrganisationGoal, Role
from backend.migrate import upgrade
from backend.settings import Settings
from tests.infra.services import (
    PostgresServer,
    free_port,
    needs_production_services,
    processes,
    serve,
    service_env,
    wait_ready,
)
from tests.support.factories import make_person, token_for
from tests.support.groups import OWN_SERVICES

pytestmark = [needs_production_services, OWN_SERVICES]

CLIENTS = 4
BEFORE_SECONDS = 1.5
DOWN_SECONDS = 3.0
AFTER_SUCCESSES = 20  # answered writes after the restart that show recovery

CREATE_GOAL = """
mutation Goal($input: CreateGoalInput!) {
  createGoal(input: $input) { errors { code } goal { id title } }
}
"""


@dataclass
class Tally:
    acknowledged: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # failed with the retryable error
    other: list[tuple[int, object]] = field(default_factory=list)  # anything else: a bug
    after_restart: int = 0


async def _prepared(own_postgres: PostgresServer, settings: Settings) -> tuple[Settings, str]:
    """A migrated database on the own cluster, and an HR token for it."""
    import asyncpg

    admin = await asyncpg.connect(own_postgres.url().replace("+asyncpg", ""))
    await admin.execute("CREATE DATABASE ledelyst_faults")
    await admin.close()
    own = settings.model_copy(update={"database_url": own_postgres.url("ledelyst_faults")})
    await asyncio.to_thread(upgrade, own)
    database = Database(own)
    async with database.session() as session:
        hr = await make_person(session, roles=[Role.HR.value])
        await session.commit()
    await database.dispose()
    return own, token_for(hr, own)


async def _write(http: httpx.AsyncClient, url: str, token: str, key: str) -> httpx.Response:
    variables = {"input": {"title": key, "clientMutationId": key}}
    return await http.post(
        f"{url}/graphql",
        json={"query": CREATE_GOAL, "variables": variables},
        headers={"authorization": f"Bearer {token}"},
    )


def _acknowledged(response: httpx.Response) -> bool:
    if response.status_code != 200:
        return False
    body = response.json()
    payload = (body.get("data") or {}).get("createGoal")
    return not body.get("errors") and payload is not None and payload["errors"] == []


def _retryable(response: httpx.Response) -> bool:
    """The promised refusal: 503, Retry-After, code UNAVAILABLE, retryable, in Danish."""
    if response.status_code != 503 or not response.headers.get("retry-after", "").isdigit():
        return False
    errors = response.json().get("errors") or []
    expected = translate("error.database_unavailable", "da")
    return bool(errors) and all(
        e.get("extensions", {}).get("code") == "UNAVAILABLE"
        and e["extensions"].get("retryable") is True
        and e.get("message") == expected
        for e in errors
    )


async def _client(
    http: httpx.AsyncClient, url: str, token: str, number: int, tally: Tally, phase: dict
) -> None:
    sent = 0
    while not phase["done"]:
        key = f"restart-{number}-{sent}"
        sent += 1
        try:
            response = await _write(http, url, token, key)
        except httpx.HTTPError as error:
            tally.other.append((0, repr(error)))
            continue
        if _acknowledged(response):
            tally.acknowledged.append(key)
            tally.after_restart += phase["restarted"]
        elif _retryable(response):
            tally.refused.append(key)
            await asyncio.sleep(0.05)  # a client honouring Retry-After waits longer
        else:
            tally.other.append((response.status_code, response.text[:500]))


async def _restart(own_postgres: PostgresServer, phase: dict, tally: Tally) -> None:
    await asyncio.sleep(BEFORE_SECONDS)
    await asyncio.to_thread(own_postgres.stop, "fast")
    await asyncio.sleep(DOWN_SECONDS)
    await asyncio.to_thread(own_postgres.start)
    phase["restarted"] = 1
    deadline = time.monotonic() + 30
    while tally.after_restart < AFTER_SUCCESSES and time.monotonic() < deadline:  # noqa: ASYNC110
        await asyncio.sleep(0.1)
    phase["done"] = True


async def _retry_refused(http: httpx.AsyncClient, url: str, token: str, keys: list[str]) -> int:
    """What a client does with a refused write: send it again, same key."""
    for key in keys:
        response = await _write(http, url, token, key)
        assert _acknowledged(response), response.text
    return len(keys)


async def _titles_found(own: Settings, keys: list[str]) -> Counter[str]:
    database = Database(own)
    async with database.session() as session:
        statement = select(OrganisationGoal.title).where(OrganisationGoal.title.in_(keys))
        found = Counter((await session.scalars(statement)).all())
    await database.dispose()
    return found


async def test_a_postgres_restart_refuses_retryably_loses_nothing_and_recovers(
    own_postgres: PostgresServer,
    settings: Settings,
    tmp_path: Path,
    record_property: Callable[[str, object], None],
) -> None:
    own, token = await _prepared(own_postgres, settings)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = service_env(
        LEDELYST_DATABASE_URL=own.database_url,
        LEDELYST_SECRET_KEY=own.secret_key,
        LEDELYST_BROKER_URL="filesystem://",
        LEDELYST_BROKER_FOLDER=str(tmp_path / "broker"),
        LEDELYST_WEB_CONCURRENCY="1",
    )
    with processes([serve(port)], env, tmp_path) as (api,):
        await asyncio.to_thread(wait_ready, url)
        tally, phase = Tally(), {"done": False, "restarted": 0}
        async with httpx.AsyncClient(timeout=30) as http:
            await asyncio.gather(
                _restart(own_postgres, phase, tally),
                *(_client(http, url, token, n, tally, phase) for n in range(CLIENTS)),
            )
            retried = await _retry_refused(http, url, token, tally.refused)
        still_the_same_process = api.poll() is None

    found = await _titles_found(own, tally.acknowledged + tally.refused)
    # What the restart did, in the JUnit report (--junitxml), not on the console.
    record_property("writes_sent", len(tally.acknowledged) + len(tally.refused))
    record_property("acknowledged", len(tally.acknowledged))
    record_property("refused_as_retryable_and_retried", len(tally.refused))
    record_property("other_answers", len(tally.other))
    record_property("acknowledged_after_restart", tally.after_restart)
    record_property("rows_found", sum(found.values()))
    record_property("keys_found", len(found))
    assert tally.other == [], tally.other[:5]
    assert tally.refused, "no request met the restart: it tested nothing"
    assert tally.after_restart >= AFTER_SUCCESSES, "the API did not recover"
    assert still_the_same_process
    # Every acknowledged write is there, and a retried one is there once.
    assert found == Counter(tally.acknowledged + tally.refused)
    assert retried == len(tally.refused)
