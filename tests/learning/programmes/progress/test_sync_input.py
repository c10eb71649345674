"""``SyncProgressInput`` is built by its own ``from_input`` hook (bench/NOTES.md,
seventh round): it must give what strawberry's generic conversion gives."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from strawberry.schema.config import StrawberryConfig
from strawberry.schema.types.scalar import DEFAULT_SCALAR_REGISTRY
from strawberry.types.arguments import convert_argument
from strawberry.types.base import get_object_definition

from learning.programmes import models as m
from learning.programmes.progress import types as t
from learning.programmes.progress.service import ShareTarget

COERCED: dict[str, Any] = {
    "events": [
        {
            "clientEventId": "e1",
            "enrolmentId": "RW5yb2xtZW50OjE=",
            "activityId": "QWN0aXZpdHk6Mg==",
            "type": m.ProgressEventType.REFLECTION_SAVED,
            "occurredAt": datetime(2026, 12, 5, 10, tzinfo=UTC),
            "text": "Skrevet i toget.",
            "objectKey": None,
            "sharedWith": [ShareTarget.MANAGER, ShareTarget.MENTOR],
        },
        # Optional fields left out altogether, as a hand-made value may.
        {
            "clientEventId": "e2",
            "enrolmentId": "RW5yb2xtZW50OjE=",
            "activityId": "QWN0aXZpdHk6Mw==",
            "type": m.ProgressEventType.STARTED,
            "occurredAt": datetime(2026, 12, 5, 11, tzinfo=UTC),
        },
    ],
    "clientMutationId": "k1",
}


def test_the_fast_input_is_what_strawberry_would_build(monkeypatch: pytest.MonkeyPatch) -> None:
    definition = get_object_definition(t.SyncProgressInput, strict=True)
    assert definition.from_input is not None
    fast = convert_argument(
        COERCED, t.SyncProgressInput, DEFAULT_SCALAR_REGISTRY, StrawberryConfig()
    )
    monkeypatch.setattr(definition, "from_input", None)
    generic = convert_argument(
        COERCED, t.SyncProgressInput, DEFAULT_SCALAR_REGISTRY, StrawberryConfig()
    )
    assert fast == generic
    assert isinstance(fast, t.SyncProgressInput)
    assert [type(e) for e in fast.events] == [t.ProgressEventInput, t.ProgressEventInput]
