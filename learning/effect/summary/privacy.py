"""Personal data of the kept summaries (see ``backend.privacy``)."""

from __future__ import annotations

from sqlalchemy import ColumnElement

from backend.privacy.handlers import delete_rows, export_rows, of_membership
from backend.privacy.registry import Subject, register_personal_data
from learning.effect.summary.models import EffectSummarySnapshot


def _organisation_of(subject: Subject) -> ColumnElement[bool]:
    # Every summary of the organisation may hold the person's part of a figure.
    return EffectSummarySnapshot.organisation_id == subject.organisation_id


def register() -> None:
    """Declare this slice's tables (``backend.composition.compose`` calls it at start-up)."""
    register_personal_data(
        EffectSummarySnapshot,
        export=export_rows(EffectSummarySnapshot, of_membership(EffectSummarySnapshot.viewer_id)),
        erase=delete_rows(EffectSummarySnapshot, _organisation_of),
        description="Summaries of learning effect the person opened, kept a few minutes; "
        "erasing anyone drops every summary of the organisation, which may hold their part.",
    )
