"""The statement counter of ``bench/statements.py``: operations run in process
(httpx's ASGI transport, the real app and schema), statements counted per
(operation, size) with ``tests/support/statements.count_statements``."""

from __future__ import annotations

import os
from collections import defaultdict
from typing import Any

import httpx

from bench.common import OPERATIONS
from bench.generate import OUT


class Counter:
    """Runs operations in process and records statements per (operation, size)."""

    def __init__(self, app: Any, engine: Any, settings: Any) -> None:
        self.client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://bench"
        )
        self.engine = engine
        self.settings = settings
        self.counts: dict[str, dict[int, int]] = defaultdict(dict)
        self.problems: dict[str, dict[int, str]] = defaultdict(dict)
        self.size = 0

    def token(self, membership: Any) -> str:
        from tests.support.factories import token_for

        return token_for(membership, self.settings)

    async def op(
        self,
        name: str,
        variables: dict[str, Any],
        who: Any,
        label: str | None = None,
        record: bool = True,
    ) -> dict[str, Any]:
        from tests.support.statements import count_statements

        document = (OPERATIONS / f"{name}.graphql").read_text(encoding="utf-8")
        headers = {"authorization": f"Bearer {self.token(who)}"} if who is not None else {}
        with count_statements(self.engine) as log:
            response = await self.client.post(
                "/graphql", json={"query": document, "variables": variables}, headers=headers
            )
        body = response.json()
        data = body.get("data") or {}
        problem = ""
        if body.get("errors"):
            problem = ",".join(
                str(e.get("extensions", {}).get("code", e.get("message"))) for e in body["errors"]
            )
        else:
            payload = next(iter(data.values()), None) if data else None
            if isinstance(payload, dict) and payload.get("errors"):
                problem = ",".join(str(e.get("code")) for e in payload["errors"])
        if record and os.environ.get("BENCH_DUMP_STATEMENTS") == name:
            dump = OUT / f"statements-{name}-{self.size}.sql"
            dump.write_text(";\n\n".join(log.statements) + ";\n", encoding="utf-8")
        if record:
            key = label or name
            self.counts[key][self.size] = log.count
            if problem:
                self.problems[key][self.size] = problem
        return data

    async def close(self) -> None:
        await self.client.aclose()


def gid(type_name: str, pk: int) -> str:
    from backend.api.relay import to_global_id

    return str(to_global_id(type_name, pk))
