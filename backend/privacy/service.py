"""The privacy duties as operations: exporting and erasing a person's data,
reading the audit log, and recording who read a 360 report.

Who may do what: a person exports their own data; HR (and administrators)
export or erase the data of a person of their organisation, never their
own erasure; HR reads the organisation's audit log, everyone else the
entries about themselves.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.api.pagination import Connection, PageRequest, decode_cursor, paginate
from backend.auth.viewer import Viewer
from backend.db import utcnow
from backend.identity.models import Membership, Person
from backend.identity.policy import forbid, is_hr, require_viewer
from backend.jobs.outbox import enqueue
from backend.privacy import audit, erasure, exporting
from backend.privacy.models import (
    AuditAction,
    ExportStatus,
    PersonalDataExport,
    PrivacyAuditEntry,
)
from backend.settings import Settings
from backend.storage import get_storage, new_object_key

EXPORT_TASK = "privacy.render_export"
DELETE_FILES_TASK = "privacy.delete_files"
JSON = "application/json"


async def _member_of(session: AsyncSession, viewer: Viewer, person_id: int) -> Membership:
    found = await session.scalar(
        select(Membership).where(
            Membership.person_id == person_id,
            Membership.organisation_id == viewer.organisation_id,
        )
    )
    if found is None:
        raise DomainError(ErrorCode.NOT_FOUND, "privacy.person_not_found", field=["personId"])
    return found


async def _subject_membership(session: AsyncSession, viewer: Viewer, person_id: int | None) -> int:
    """Whose data: the viewer's own, or (HR) a person of their organisation."""
    if person_id is None or person_id == viewer.person_id:
        return viewer.membership_id
    if not is_hr(viewer):
        raise forbid()
    return (await _member_of(session, viewer, person_id)).id


# --- export ------------------------------------------------------------------------------


async def request_export(
    session: AsyncSession, viewer: Viewer | None, person_id: int | None
) -> PersonalDataExport:
    """Checks now; the ``privacy.render_export`` task writes the file after the commit."""
    signed_in = require_viewer(viewer)
    membership_id = await _subject_membership(session, signed_in, person_id)
    waiting = await session.scalar(
        select(PersonalDataExport).where(
            PersonalDataExport.membership_id == membership_id,
            PersonalDataExport.requested_by_id == signed_in.membership_id,
            PersonalDataExport.status == ExportStatus.PENDING.value,
        )
    )
    if waiting is not None:
        # Asking again while one is being made makes no second one.
        return waiting
    export = PersonalDataExport(
        organisation_id=signed_in.organisation_id,
        membership_id=membership_id,
        requested_by_id=signed_in.membership_id,
        status=ExportStatus.PENDING.value,
    )
    session.add(export)
    await session.flush()
    enqueue(session, EXPORT_TASK, {"export_id": export.id})
    session.add(
        audit.entry(
            signed_in.organisation_id,
            signed_in.membership_id,
            membership_id,
            AuditAction.DATA_EXPORT_REQUESTED,
            "PersonalDataExport",
            export.id,
        )
    )
    await session.flush()
    return export


async def exports_visible(
    session: AsyncSession, viewer: Viewer | None, ids: list[int]
) -> list[PersonalDataExport]:
    """An export is seen by whoever asked for it and by the person it is about."""
    if viewer is None or not ids:
        return []
    rows = await session.scalars(
        select(PersonalDataExport).where(
            PersonalDataExport.id.in_(ids),
            PersonalDataExport.organisation_id == viewer.organisation_id,
            (PersonalDataExport.requested_by_id == viewer.membership_id)
            | (PersonalDataExport.membership_id == viewer.membership_id),
        )
    )
    return list(rows)


def download_url(
    settings: Settings, export: PersonalDataExport, viewer: Viewer | None
) -> str | None:
    """The file goes to the person it is about, and only to them: HR who
    asked on their behalf sees the status, not the content (GDPR art. 15(4):
    the copy must not adversely affect others, and HR is not the data subject)."""
    if viewer is None or viewer.membership_id != export.membership_id:
        return None
    if export.status != ExportStatus.READY.value or not export.object_key:
        return None
    return get_storage(settings).presigned_download(
        export.object_key, filename=f"personoplysninger-{export.id}.json"
    )


async def render_export(session: AsyncSession, settings: Settings, export_id: int) -> str:
    """The task: the document as it is now, into storage. Returns the status."""
    export = await session.scalar(
        select(PersonalDataExport).where(PersonalDataExport.id == export_id).with_for_update()
    )
    if export is None:
        return ExportStatus.FAILED.value
    if export.status != ExportStatus.PENDING.value:
        return export.status
    subject = await exporting.subject_of(session, export.membership_id)
    if subject is None:
        export.status = ExportStatus.FAILED.value
        export.finished_at = utcnow()
        return export.status
    data = exporting.to_json(await exporting.document(session, subject))
    key = new_object_key(
        f"privacy/exports/{export.id}",
        "personal-data.json",
        organisation_id=export.organisation_id,
    )
    await get_storage(settings).put(key, data, JSON)
    export.object_key = key
    export.status = ExportStatus.READY.value
    export.finished_at = utcnow()
    session.add(
        audit.entry(
            export.organisation_id,
            export.requested_by_id,
            export.membership_id,
            AuditAction.DATA_EXPORTED,
            "PersonalDataExport",
            export.id,
        )
    )
    await session.flush()
    return export.status


# --- erasure -----------------------------------------------------------------------------


async def erase_person(
    session: AsyncSession, viewer: Viewer | None, person_id: int, confirm_email: str
) -> dict[str, int]:
    """HR erases a person of their organisation; the e-mail address typed
    again guards against erasing the wrong one."""
    signed_in = require_viewer(viewer)
    if not is_hr(signed_in):
        raise forbid()
    if person_id == signed_in.person_id:
        raise DomainError(ErrorCode.RULE_VIOLATED, "privacy.erase_self", field=["personId"])
    membership = await _member_of(session, signed_in, person_id)
    person = await session.get(Person, person_id)
    assert person is not None
    if not membership.is_active and person.email.endswith("@erased.invalid"):
        raise DomainError(ErrorCode.CONFLICT, "privacy.already_erased", field=["personId"])
    if confirm_email.strip().casefold() != person.email.casefold():
        raise DomainError(ErrorCode.INVALID, "privacy.erase_confirm", field=["confirmEmail"])
    subject = await exporting.subject_of(session, membership.id)
    assert subject is not None
    changed = await erasure.erase(session, subject)
    if subject.files:
        enqueue(session, DELETE_FILES_TASK, {"keys": sorted(set(subject.files))})
    session.add(
        audit.entry(
            signed_in.organisation_id,
            signed_in.membership_id,
            membership.id,
            AuditAction.DATA_ERASED,
            "Person",
            person_id,
        )
    )
    await session.flush()
    return changed


async def delete_files(settings: Settings, keys: list[str]) -> None:
    storage = get_storage(settings)
    for key in keys:
        await storage.delete(key)


# --- audit -------------------------------------------------------------------------------


async def audit_log(
    session: AsyncSession, viewer: Viewer | None, page: PageRequest, settings: Settings
) -> Connection[Any]:
    """Newest first: HR sees the organisation's entries, others their own."""
    signed_in = require_viewer(viewer)
    _check_cursors(page)
    entry = PrivacyAuditEntry
    # Keyset pagination runs forwards over its keys: the negated id reads newest first.
    newest_first = -entry.id
    statement = select(newest_first.label("newest_first"), *entry.__table__.columns).where(
        entry.organisation_id == signed_in.organisation_id
    )
    if not is_hr(signed_in):
        statement = statement.where(entry.subject_id == signed_in.membership_id)
    return await paginate(session, statement, [newest_first], page, settings, lambda row: row)


def _check_cursors(page: PageRequest) -> None:
    """A cursor here is one key; anything but a key-sized integer is refused
    before it reaches SQL (PostgreSQL would reject a string or a huge number)."""
    for name, cursor in (("after", page.after), ("before", page.before)):
        if cursor is None:
            continue
        (value,) = decode_cursor(cursor, 1)
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) >= 2**63:
            raise DomainError(ErrorCode.INVALID, "error.invalid_cursor", field=[name])


async def record_report_view(
    session: AsyncSession,
    viewer: Viewer,
    leader_membership_id: int,
    evaluation_id: int,
    *,
    downloaded: bool = False,
) -> None:
    """Called where a 360 report is read (feedback.evaluations.reports.service)."""
    action = AuditAction.REPORT_DOWNLOADED if downloaded else AuditAction.REPORT_VIEWED
    row = audit.entry(
        viewer.organisation_id,
        viewer.membership_id,
        leader_membership_id,
        action,
        "Evaluation",
        evaluation_id,
    )
    await audit.record_now(session, row)
