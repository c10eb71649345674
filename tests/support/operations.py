"""The named operations of ``graphql/operations/`` (the persisted-query
allowlist), as clients send them: by text, or by sha256 only."""

from __future__ import annotations

import hashlib
from pathlib import Path

OPERATIONS = Path(__file__).resolve().parents[2] / "graphql" / "operations"


def operation(name: str) -> str:
    return (OPERATIONS / f"{name}.graphql").read_text(encoding="utf-8")


def persisted(name: str) -> dict[str, object]:
    """The ``extensions`` of a request that sends the operation by its hash only."""
    digest = hashlib.sha256(operation(name).encode("utf-8")).hexdigest()
    return {"persistedQuery": {"version": 1, "sha256Hash": digest}}
