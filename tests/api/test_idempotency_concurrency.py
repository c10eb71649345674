"""One key, many copies at once: a phone on a bad network, a proxy that
retries, a double tap. The same ``clientMutationId`` sent 1,000 times, 50 at
a time, makes exactly one change; every copy answers either the first
result or CONFLICT (the first is still running), never a server error.
Runs against SQLite and, in the PostgreSQL pass, against PostgreSQL."""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

from sqlalchemy import func, select

from backend.identity.models import Organisation
from tests.api.test_unit_of_work import CREATE
from tests.support.factories import unique
from tests.support.graphql_client import GraphQLClient, GraphQLResponse

COPIES = 1000
AT_ONCE = 50


async def _send_all(
    client: GraphQLClient, variables: dict[str, Any], token: str
) -> list[GraphQLResponse]:
    gate = asyncio.Semaphore(AT_ONCE)

    async def one() -> GraphQLResponse:
        async with gate:
            return await client.execute(CREATE, variables, token=token)

    return await asyncio.gather(*(one() for _ in range(COPIES)))


def _outcome(response: GraphQLResponse) -> str:
    if response.status != 200 or response.errors:
        return f"HTTP {response.status} {response.codes}"
    payload = response.data["createShellOrganisation"]
    if payload["errors"]:
        return "+".join(e["code"] for e in payload["errors"])
    return f"organisation {payload['organisation']['id']}"


async def test_the_same_key_a_thousand_times_fifty_at_once_makes_one_change(
    client, token, session, record_property
) -> None:
    slug = unique("concurrent")
    variables = {"input": {"slug": slug, "name": "Samtidig", "clientMutationId": unique("key")}}

    responses = await _send_all(client, variables, token)

    outcomes = Counter(_outcome(r) for r in responses)
    created = [o for o in outcomes if o.startswith("organisation ")]
    assert set(outcomes) - set(created) <= {"CONFLICT"}, outcomes
    assert len(created) == 1, outcomes  # every success names the same organisation
    assert sum(outcomes.values()) == COPIES
    count = select(func.count()).where(Organisation.slug == slug)
    assert await session.scalar(count) == 1
    # Once the first has finished, a late copy gets its result, not a conflict.
    late = await client.execute(CREATE, variables, token=token)
    assert _outcome(late) == created[0]
    record_property("outcomes", dict(outcomes))
