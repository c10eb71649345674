"""The privacy slice's own tables, declared like every other slice's."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import rows_affected, utcnow
from backend.privacy.handlers import (
    all_of,
    collect_files,
    delete_rows,
    export_rows,
    keep,
    of_membership,
)
from backend.privacy.models import PersonalDataExport, PrivacyAuditEntry, ReleasedFigure
from backend.privacy.registry import (
    register_no_personal_data,
    register_personal_data,
    register_retention,
)
from backend.settings import Settings
from backend.storage import get_storage

_exports = of_membership(PersonalDataExport.membership_id)


async def delete_old_exports(session: AsyncSession, settings: Settings) -> int:
    """An export holds everything about a person: its file is kept only as long
    as it takes to download it."""
    made_before = utcnow() - timedelta(days=settings.personal_data_export_days)
    old = PersonalDataExport.created_at < made_before
    keys = await session.scalars(
        select(PersonalDataExport.object_key).where(old, PersonalDataExport.object_key.is_not(None))
    )
    storage = get_storage(settings)
    for key in keys:
        await storage.delete(str(key))
    outcome = await session.execute(delete(PersonalDataExport).where(old))
    return rows_affected(outcome)


def register() -> None:
    """Declare this slice's tables (``backend.composition.compose`` calls it at start-up)."""
    register_personal_data(
        PersonalDataExport,
        export=export_rows(PersonalDataExport, _exports),
        erase=all_of(
            collect_files(PersonalDataExport, _exports, PersonalDataExport.object_key),
            delete_rows(PersonalDataExport, _exports),
        ),
        description="Exports of the person's data, and the files made for them.",
    )
    register_personal_data(
        PrivacyAuditEntry,
        export=export_rows(
            PrivacyAuditEntry,
            lambda s: or_(
                PrivacyAuditEntry.subject_id == s.membership_id,
                PrivacyAuditEntry.actor_id == s.membership_id,
            ),
        ),
        erase=keep(
            "The record of who read or exported a person's data is the organisation's "
            "accountability (GDPR art. 5(2)); it names memberships, whose names are erased."
        ),
        description="Who read the person's 360 reports or exported their data, and what they read.",
    )
    register_no_personal_data(
        ReleasedFigure,
        reason="Which keys (evaluation, enrolment or membership ids) a released figure summed, "
        "never a value: the release audit that keeps figures from being combined to single "
        "anyone out. Deleting it would let figures that were refused be released.",
    )
    register_retention("privacy.exports", delete_old_exports)
