"""Personal data of the API layer: remembered client mutation ids (see ``backend.privacy``)."""

from __future__ import annotations

from backend.api.models import IdempotencyKey
from backend.privacy.handlers import delete_rows, export_rows, of_person, whole_person_only
from backend.privacy.registry import register_personal_data


def register() -> None:
    """Declare this slice's tables (``backend.composition.compose`` calls it at start-up)."""
    register_personal_data(
        IdempotencyKey,
        # The stored results may name other organisations' objects: not handed over.
        export=export_rows(
            IdempotencyKey, of_person(IdempotencyKey.person_id), leave_out=["result", "fingerprint"]
        ),
        erase=whole_person_only(delete_rows(IdempotencyKey, of_person(IdempotencyKey.person_id))),
        description="Which changes the person's app sent, kept a while so retries are safe.",
    )
