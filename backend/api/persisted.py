"""The persisted-query allowlist: the named operations in ``graphql/operations/``.

Clients send a document's sha256 instead of its text, which saves bytes on a
phone and lets production refuse any document it did not ship.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from backend.settings import ROOT

OPERATIONS_FOLDER = ROOT / "graphql" / "operations"


def document_hash(document: str) -> str:
    return hashlib.sha256(document.encode()).hexdigest()


class PersistedOperations:
    def __init__(self, documents: dict[str, str]) -> None:
        self._by_hash = documents
        self._documents = set(documents.values())

    @classmethod
    def from_folder(cls, folder: Path = OPERATIONS_FOLDER) -> PersistedOperations:
        documents = {}
        for path in sorted(folder.glob("*.graphql")):
            text = path.read_text(encoding="utf-8")
            documents[document_hash(text)] = text
        return cls(documents)

    def by_hash(self, sha256: str) -> str | None:
        return self._by_hash.get(sha256.lower())

    def contains(self, document: str) -> bool:
        return document in self._documents

    def hashes(self) -> dict[str, str]:
        return dict(self._by_hash)
