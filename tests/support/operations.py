"""The named operations of ``graphql/operations/`` (the persisted-query
allowlist), as clients send them: by text, or by sha256 only; and the
global ids they take."""

from __future__ import annotations

import hashlib
from pathlib import Path

from backend.api.relay import to_global_id

OPERATIONS = Path(__file__).resolve().parents[2] / "graphql" / "operations"


def operation(name: str) -> str:
    return (OPERATIONS / f"{name}.graphql").read_text(encoding="utf-8")


def persisted(name: str) -> dict[str, object]:
    """The ``extensions`` of a request that sends the operation by its hash only."""
    digest = hashlib.sha256(operation(name).encode("utf-8")).hexdigest()
    return {"persistedQuery": {"version": 1, "sha256Hash": digest}}


def gid(type_name: str, pk: int) -> str:
    """The global id of a row, as the API gives it out (``Node.id``)."""
    return str(to_global_id(type_name, pk))
