"""The named operations the app sends for philosophies are valid against the schema."""

from __future__ import annotations

import pytest
from graphql import parse, validate

from backend.api.schema import build_schema
from backend.settings import Settings
from tests.support.operations import OPERATIONS

NAMES = [
    "MyPhilosophy",
    "LeadershipPhilosophy",
    "PhilosophyVersion",
    "PhilosophyDiff",
    "PhilosophyOverview",
    "SavePhilosophyDraft",
    "SavePhilosophyNotes",
    "PublishPhilosophy",
    "SetPhilosophyVisibility",
    "CommentOnPhilosophy",
    "ReplyToPhilosophyComment",
    "HidePhilosophyComment",
    "UnhidePhilosophyComment",
    "AddPhilosophyItem",
    "CompletePhilosophyItem",
]


@pytest.mark.parametrize("name", NAMES)
def test_operation_is_valid(name: str, settings: Settings) -> None:
    schema = build_schema(settings)._schema
    document = parse((OPERATIONS / f"{name}.graphql").read_text(encoding="utf-8"))
    assert validate(schema, document) == []
