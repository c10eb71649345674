"""Personal data of the kept summaries (see ``backend.privacy``)."""

from __future__ import annotations

from sqlalchemy import ColumnElement
from sqlalchemy.ext.asyncio import AsyncSession

from backend.privacy.handlers import all_of, delete_rows, export_rows, of_membership
from backend.privacy.registry import Subject, register_no_personal_data, register_personal_data
from learning.effect.summary import repository
from learning.effect.summary.models import EffectSummaryErasures, EffectSummarySnapshot


def _organisation_of(subject: Subject) -> ColumnElement[bool]:
    # Every summary of the organisation may hold the person's part of a figure.
    return EffectSummarySnapshot.organisation_id == subject.organisation_id


async def _count_erasure(session: AsyncSession, subject: Subject) -> int:
    # A summary read before this erasure but stored after it is not served.
    await repository.count_erasure(session, subject.organisation_id)
    return 0


def register() -> None:
    """Declare this slice's tables (``backend.composition.compose`` calls it at start-up)."""
    register_personal_data(
        EffectSummarySnapshot,
        # The organisation's count of erasures is not the person's data.
        export=export_rows(
            EffectSummarySnapshot,
            of_membership(EffectSummarySnapshot.viewer_id),
            leave_out=("erasures",),
        ),
        erase=all_of(delete_rows(EffectSummarySnapshot, _organisation_of), _count_erasure),
        description="Summaries of learning effect the person opened, kept a few minutes; "
        "erasing anyone drops every summary of the organisation, which may hold their part.",
    )
    register_no_personal_data(
        EffectSummaryErasures,
        reason="How many people of the organisation were erased, a number per organisation.",
    )
