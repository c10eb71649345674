"""Presigned uploads: photos and files of actions (the leader's own), media
of knowledge activities (HR). The declared type and size are checked here;
what really arrived is checked again (``verify_upload``) when the key is
saved with the evidence or the activity."""

from __future__ import annotations

from dataclasses import dataclass

from backend.api.errors import DomainError, ErrorCode
from backend.auth.viewer import Viewer
from backend.db import Session
from backend.identity.policy import require_hr, require_viewer
from backend.settings import Settings
from backend.storage import PresignedUpload, check_upload, get_storage, new_object_key
from learning.programmes import repository as repo
from learning.programmes.enrolments import repository as enrolments_repo
from learning.programmes.models import ActivityKind, EnrolmentStatus

MEDIA_TYPES = frozenset(
    {
        "image/jpeg",
        "image/png",
        "image/webp",
        "audio/mpeg",
        "audio/mp4",
        "video/mp4",
        "application/pdf",
    }
)
EVIDENCE_TYPES = frozenset({"image/jpeg", "image/png", "image/heic", "application/pdf"})
MAX_EVIDENCE_BYTES = 15 * 1024 * 1024


def evidence_prefix(leader: Viewer, enrolment_id: int, activity_id: int) -> str:
    return f"org/{leader.organisation_id}/evidence/{enrolment_id}/{activity_id}/"


def max_evidence_bytes(settings: Settings) -> int:
    return min(MAX_EVIDENCE_BYTES, settings.max_upload_bytes)


@dataclass(frozen=True)
class Upload:
    object_key: str
    presigned: PresignedUpload


async def request_evidence_upload(
    session: Session,
    viewer: Viewer | None,
    enrolment_id: int,
    activity_id: int,
    filename: str,
    content_type: str,
    byte_size: int,
    settings: Settings,
) -> Upload:
    """A presigned URL for a photo or file of an ACTION activity of the leader's own."""
    leader = require_viewer(viewer)
    enrolments = await enrolments_repo.enrolments_of_leader(
        session, leader.membership_id, active_only=False
    )
    enrolment = next((e for e in enrolments if e.id == enrolment_id), None)
    if enrolment is None:
        raise DomainError(ErrorCode.NOT_FOUND, "error.not_found", field=["enrolmentId"])
    if enrolment.status != EnrolmentStatus.ACTIVE.value:  # it exists: say why, as events do
        raise DomainError(
            ErrorCode.RULE_VIOLATED, "programmes.enrolment_closed", field=["enrolmentId"]
        )
    activity = await repo.activities.by_id(session, leader.organisation_id, activity_id)
    if activity is None or activity.version_id != enrolment.version_id:
        raise DomainError(
            ErrorCode.INVALID, "programmes.activity_other_programme", field=["activityId"]
        )
    if activity.kind != ActivityKind.ACTION.value:
        raise DomainError(
            ErrorCode.INVALID, "programmes.activity_wrong_kind", ["activityId"], kind=activity.kind
        )
    declared = check_upload(
        content_type, byte_size, EVIDENCE_TYPES, max_evidence_bytes(settings), field=["contentType"]
    )
    key = new_object_key(
        f"evidence/{enrolment.id}/{activity_id}", filename, organisation_id=leader.organisation_id
    )
    # The store itself holds the client to the size it declared, not just the maximum.
    presigned = get_storage(settings).presigned_upload(key, declared, byte_size)
    return Upload(object_key=key, presigned=presigned)


async def request_media_upload(
    session: Session,
    viewer: Viewer | None,
    programme_id: int,
    filename: str,
    content_type: str,
    byte_size: int,
    settings: Settings,
) -> Upload:
    """A presigned URL for a KNOWLEDGE activity's text, sound or video (HR)."""
    hr = require_hr(viewer)
    if await repo.programmes.by_id(session, hr.organisation_id, programme_id) is None:
        raise DomainError(ErrorCode.NOT_FOUND, "error.not_found", field=["programmeId"])
    declared = check_upload(
        content_type, byte_size, MEDIA_TYPES, settings.max_upload_bytes, field=["contentType"]
    )
    key = new_object_key(f"programmes/{programme_id}", filename, organisation_id=hr.organisation_id)
    presigned = get_storage(settings).presigned_upload(key, declared, byte_size)
    return Upload(object_key=key, presigned=presigned)
