"""Talking to the API as a client does: HTTP into the ASGI app, in process."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Any

import httpx
from fastapi import FastAPI
from httpx._transports import asgi as _httpx_asgi

from tests.support.error_paths import unresolved_error_fields

_httpx_is_running_trio = _httpx_asgi.is_running_trio


def _trio_running() -> bool:
    """httpx's in-process transport asks, twice a request, whether trio is
    running by importing sniffio; sniffio is not installed here, and a failed
    import searches every path entry again each time (the schema fuzzer's
    tens of thousands of requests pay seconds for it). Trio imports sniffio
    itself, so while sniffio is not loaded, trio is not running."""
    return "sniffio" in sys.modules and _httpx_is_running_trio()


_httpx_asgi.is_running_trio = _trio_running


@dataclass
class GraphQLResponse:
    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def data(self) -> Any:
        return self.body.get("data")

    @property
    def errors(self) -> list[dict[str, Any]]:
        return self.body.get("errors") or []

    @property
    def codes(self) -> list[str]:
        return [e.get("extensions", {}).get("code") for e in self.errors]


def payload(response: GraphQLResponse, field: str) -> dict[str, Any]:
    """The payload of root field ``field`` of a response without GraphQL errors."""
    assert response.errors == [], response.errors
    result: dict[str, Any] = response.data[field]
    return result


def error_codes(response: GraphQLResponse, field: str) -> list[str]:
    """The codes of the errors in the payload of mutation ``field``."""
    return [e["code"] for e in payload(response, field)["errors"]]


class GraphQLClient:
    def __init__(self, app: FastAPI) -> None:
        self.app = app
        self.http = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://testserver"
        )

    async def execute(
        self,
        query: str | None = None,
        variables: dict[str, Any] | None = None,
        *,
        token: str | None = None,
        extensions: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> GraphQLResponse:
        body: dict[str, Any] = {}
        if query is not None:
            body["query"] = query
        if variables is not None:
            body["variables"] = variables
        if extensions is not None:
            body["extensions"] = extensions
        sent_headers = dict(headers or {})
        if token:
            sent_headers["authorization"] = f"Bearer {token}"
        response = await self.http.post("/graphql", json=body, headers=sent_headers)
        try:
            parsed = response.json()
        except ValueError:
            parsed = {"raw": response.text}
        self._check_error_fields(query, variables, parsed)
        return GraphQLResponse(response.status_code, parsed, dict(response.headers))

    def _check_error_fields(
        self, query: str | None, variables: dict[str, Any] | None, body: Any
    ) -> None:
        """Every payload error's ``field`` must name a place in the input sent."""
        schema = getattr(self.app.state, "schema", None)
        if query is None or schema is None or not isinstance(body, dict):
            return
        bad = unresolved_error_fields(schema._schema, query, variables, body.get("data"))
        assert not bad, f"error fields outside the input sent: {bad}"

    async def close(self) -> None:
        await self.http.aclose()
