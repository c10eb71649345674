"""Building programmes (HR's side), and the functions other slices call.

A programme's content is saved whole: title, goals, and modules with their
activities, validated together, so a programme without a goal or a module
missing a kind is refused with every problem named and nothing saved.
Published versions never change: saving a published programme writes a new
draft version, and enrolments keep the version they were enrolled on.

Cohorts, enrolments and development goals are in ``enrolments``, progress
(the offline sync engine) in ``progress``, uploads in ``uploads``, the
manager's checkpoints in ``checkpoints``, the start screen in ``home``, what
a leader's work shows to others in ``sharing``, reminders in ``reminders``.
Other slices reach programmes only through this module: they plug in
through the ``register_*`` functions (their providers' types are the
``hooks`` names re-exported below) and read what a mentee shares through
``shared_items_for_mentor``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from backend.api.errors import DomainError, DomainErrors, ErrorCode
from backend.auth.viewer import Viewer
from backend.db import Session, utcnow
from backend.identity.policy import require_hr
from backend.settings import Settings
from backend.storage import get_storage, key_in_tenant, verify_upload
from learning.programmes import hooks
from learning.programmes import repository as repo
from learning.programmes.enrolments import repository as enrolments_repo
from learning.programmes.hooks import PENDING_360_KINDS as PENDING_360_KINDS
from learning.programmes.hooks import FeedbackProvider as FeedbackProvider
from learning.programmes.hooks import FeedbackSummary as FeedbackSummary
from learning.programmes.hooks import MenteesOf as MenteesOf
from learning.programmes.hooks import MentorCheck as MentorCheck
from learning.programmes.hooks import MentorProvider as MentorProvider
from learning.programmes.hooks import MentorSummary as MentorSummary
from learning.programmes.hooks import PendingTask as PendingTask
from learning.programmes.hooks import TaskProvider as TaskProvider
from learning.programmes.models import (
    ActivityKind,
    Audience,
    Programme,
    ProgrammeActivity,
    ProgrammeModule,
    ProgrammeVersion,
    ProgrammeVersionGoal,
    VersionStatus,
)
from learning.programmes.sharing import service as sharing
from learning.programmes.uploads.service import MEDIA_TYPES

MAX_TITLE = 200
MAX_TEXT = 50_000
MAX_MINUTES = 600
MAX_OFFSET_DAYS = 730


@dataclass(frozen=True)
class MediaItem:
    object_key: str
    title: str
    content_type: str


@dataclass(frozen=True)
class ActivityDraft:
    kind: ActivityKind
    title: str
    body: str = ""
    estimated_minutes: int = 15
    due_offset_days: int = 7
    media: Sequence[MediaItem] = ()


@dataclass(frozen=True)
class ModuleDraft:
    title: str
    activities: Sequence[ActivityDraft]
    introduction: str = ""


@dataclass(frozen=True)
class ProgrammeContent:
    title: str
    goal_ids: Sequence[int]
    modules: Sequence[ModuleDraft]
    description: str = ""
    audience: Audience = Audience.NEW_LEADERS


# --- programmes -------------------------------------------------------------------


async def create_programme(
    session: Session, viewer: Viewer | None, content: ProgrammeContent, settings: Settings
) -> tuple[Programme, ProgrammeVersion]:
    hr = require_hr(viewer)
    await _validate_content(session, hr, content, settings)
    programme = Programme(
        organisation_id=hr.organisation_id, created_by_id=hr.membership_id or None
    )
    session.add(programme)
    await session.flush()
    version = ProgrammeVersion(
        organisation_id=hr.organisation_id, programme_id=programme.id, version=1
    )
    _set_header(version, content)
    session.add(version)
    await session.flush()
    await _add_content(session, version, content)
    await session.flush()
    return programme, version


async def update_programme(
    session: Session,
    viewer: Viewer | None,
    programme_id: int,
    content: ProgrammeContent,
    settings: Settings,
) -> tuple[Programme, ProgrammeVersion]:
    """Rewrite the draft; a published programme gets a new draft version."""
    hr = require_hr(viewer)
    programme = await programme_of(session, hr, programme_id)
    if programme.archived_at is not None:
        raise DomainError(ErrorCode.RULE_VIOLATED, "programmes.archived", field=["programmeId"])
    await _validate_content(session, hr, content, settings)
    versions = await repo.latest_versions(session, programme.id)
    latest = versions[0]
    if latest.status == VersionStatus.DRAFT.value:
        version = latest
        await repo.clear_version_content(session, version.id)
    else:
        version = ProgrammeVersion(
            organisation_id=hr.organisation_id,
            programme_id=programme.id,
            version=latest.version + 1,
        )
        session.add(version)
    _set_header(version, content)
    await session.flush()
    await _add_content(session, version, content)
    programme.updated_at = utcnow()
    await session.flush()
    return programme, version


async def publish_programme(
    session: Session, viewer: Viewer | None, programme_id: int
) -> tuple[Programme, ProgrammeVersion]:
    hr = require_hr(viewer)
    programme = await programme_of(session, hr, programme_id)
    if programme.archived_at is not None:
        raise DomainError(ErrorCode.RULE_VIOLATED, "programmes.archived", field=["programmeId"])
    versions = await repo.latest_versions(session, programme.id)
    draft = versions[0]
    if draft.status != VersionStatus.DRAFT.value:
        raise DomainError(ErrorCode.RULE_VIOLATED, "programmes.no_draft", field=["programmeId"])
    for earlier in versions[1:]:
        if earlier.status == VersionStatus.PUBLISHED.value:
            earlier.status = VersionStatus.SUPERSEDED.value
    draft.status = VersionStatus.PUBLISHED.value
    draft.published_at = utcnow()
    await session.flush()
    return programme, draft


async def archive_programme(
    session: Session, viewer: Viewer | None, programme_id: int
) -> Programme:
    hr = require_hr(viewer)
    programme = await programme_of(session, hr, programme_id)
    if programme.archived_at is None:
        programme.archived_at = utcnow()
    await session.flush()
    return programme


async def programme_of(session: Session, viewer: Viewer, programme_id: int) -> Programme:
    found = await repo.programmes.by_id(session, viewer.organisation_id, programme_id)
    if found is None:
        raise DomainError(ErrorCode.NOT_FOUND, "error.not_found", field=["programmeId"])
    return found


def _set_header(version: ProgrammeVersion, content: ProgrammeContent) -> None:
    version.title = content.title.strip()
    version.description = content.description
    version.audience = content.audience.value


async def _add_content(
    session: Session, version: ProgrammeVersion, content: ProgrammeContent
) -> None:
    for position, goal_id in enumerate(dict.fromkeys(content.goal_ids)):
        session.add(ProgrammeVersionGoal(version_id=version.id, goal_id=goal_id, position=position))
    modules = [
        ProgrammeModule(
            organisation_id=version.organisation_id,
            version_id=version.id,
            position=m,
            title=module_draft.title.strip(),
            introduction=module_draft.introduction,
        )
        for m, module_draft in enumerate(content.modules)
    ]
    session.add_all(modules)
    await session.flush()
    for module, module_draft in zip(modules, content.modules, strict=True):
        for a, activity in enumerate(module_draft.activities):
            session.add(
                ProgrammeActivity(
                    organisation_id=version.organisation_id,
                    version_id=version.id,
                    module_id=module.id,
                    position=a,
                    kind=activity.kind.value,
                    title=activity.title.strip(),
                    body=activity.body,
                    media=[
                        {"objectKey": i.object_key, "title": i.title, "contentType": i.content_type}
                        for i in activity.media
                    ],
                    estimated_minutes=activity.estimated_minutes,
                    due_offset_days=activity.due_offset_days,
                )
            )


async def _validate_content(
    session: Session, viewer: Viewer, content: ProgrammeContent, settings: Settings
) -> None:
    errors: list[DomainError] = []
    errors += text_errors(content.title, ["title"], MAX_TITLE)
    errors += text_errors(content.description, ["description"], MAX_TEXT, required=False)
    if not content.goal_ids:
        errors.append(DomainError(ErrorCode.REQUIRED, "programmes.goal_required", ["goalIds"]))
    else:
        known = await repo.existing_goal_ids(session, viewer.organisation_id, content.goal_ids)
        if set(content.goal_ids) - known:
            errors.append(DomainError(ErrorCode.INVALID, "programmes.goal_unknown", ["goalIds"]))
    if not content.modules:
        errors.append(DomainError(ErrorCode.REQUIRED, "programmes.module_required", ["modules"]))
    storage = get_storage(settings)
    for m, module in enumerate(content.modules):
        at = ["modules", str(m)]
        errors += text_errors(module.title, [*at, "title"], MAX_TITLE)
        errors += text_errors(module.introduction, [*at, "introduction"], MAX_TEXT, required=False)
        missing = [k for k in ActivityKind if k not in {a.kind for a in module.activities}]
        if missing:
            errors.append(
                DomainError(
                    ErrorCode.RULE_VIOLATED,
                    "programmes.module_missing_kind",
                    [*at, "activities"],
                    module=module.title.strip() or str(m + 1),
                    kinds=", ".join(k.value for k in missing),
                )
            )
        for a, activity in enumerate(module.activities):
            where = [*at, "activities", str(a)]
            errors += text_errors(activity.title, [*where, "title"], MAX_TITLE)
            errors += text_errors(activity.body, [*where, "body"], MAX_TEXT, required=False)
            errors += _range_errors(
                activity.estimated_minutes, [*where, "estimatedMinutes"], 1, MAX_MINUTES
            )
            errors += _range_errors(
                activity.due_offset_days, [*where, "dueOffsetDays"], 0, MAX_OFFSET_DAYS
            )
            for i, item in enumerate(activity.media):
                media_field = [*where, "media", str(i), "objectKey"]
                if not key_in_tenant(item.object_key, viewer.organisation_id):
                    errors.append(
                        DomainError(ErrorCode.INVALID, "programmes.upload_not_yours", media_field)
                    )
                    continue
                try:
                    await verify_upload(
                        storage,
                        item.object_key,
                        MEDIA_TYPES,
                        settings.max_upload_bytes,
                        field=media_field,
                    )
                except DomainError as error:
                    errors.append(error)
    if errors:
        raise DomainErrors(errors)


def text_errors(
    value: str, at: list[str], maximum: int, *, required: bool = True
) -> list[DomainError]:
    if required and not value.strip():
        return [DomainError(ErrorCode.REQUIRED, "error.required", at)]
    if len(value) > maximum:
        return [DomainError(ErrorCode.TOO_LONG, "error.too_long", at, maximum=maximum)]
    return []


def _range_errors(value: int, at: list[str], minimum: int, maximum: int) -> list[DomainError]:
    if minimum <= value <= maximum:
        return []
    return [
        DomainError(
            ErrorCode.INVALID, "programmes.number_range", at, minimum=minimum, maximum=maximum
        )
    ]


# --- for other slices ------------------------------------------------------------------

shared_items_for_mentor = sharing.shared_items_for_mentor
progress_of_leaders = sharing.progress_of_leaders
shared_with_mentor_since = sharing.shared_with_mentor_since
may_read_reflection = sharing.may_read_reflection
may_read_evidence = sharing.may_read_evidence
may_read_checkpoint = sharing.may_read_checkpoint


async def cohort_member_ids(
    session: Session, organisation_id: int, cohort_id: int
) -> list[int] | None:
    """The feedback slice evaluates a cohort's members (None: no such cohort here)."""
    return await enrolments_repo.cohort_member_ids(session, organisation_id, cohort_id)


# --- plugging in other slices --------------------------------------------------------------


def register_mentor_provider(provider: hooks.MentorProvider) -> None:
    """The mentoring slice: who mentors the viewer (shown on home)."""
    hooks.registry.set("mentor", provider)


def register_unread_feedback_provider(provider: hooks.FeedbackProvider) -> None:
    """The feedback slice: the viewer's unread feedback notes (shown on home)."""
    hooks.registry.set("unread_feedback", provider)


def register_pending_360_provider(provider: hooks.TaskProvider) -> None:
    """The feedback slice: the viewer's pending 360 tasks (shown on home)."""
    hooks.registry.set("pending_360_tasks", provider)


def register_proposals_to_decide_provider(provider: hooks.CountProvider) -> None:
    """The mentoring slice: how many mentor proposals wait for the viewer's
    decision (home links to them)."""
    hooks.registry.set("proposals_to_decide", provider)


def register_mentor_check(check: hooks.MentorCheck) -> None:
    """The mentoring slice: ``is_active_mentor(session, mentor_id, mentee_id)``."""
    hooks.registry.set("is_active_mentor", check)


def register_mentees_of(mentees_of: hooks.MenteesOf) -> None:
    """The mentoring slice: the memberships a mentor mentors now, as a subquery."""
    hooks.registry.set("mentees_of", mentees_of)
