"""Mentoring's own operations (mentor profiles and mentoring needs), and what
other slices call.

A leader offers to mentor with a profile; a new leader describes a need. HR
may write either for a member of the organisation. Strengths and focus areas
are competencies of a published framework of the feedback slice (checked
through ``feedback.frameworks.service``) and free tags; the matching compares
them as keys ``competency:<id>`` and ``tag:<text>``.

Other slices call:

- ``mentor_of`` and ``is_active_mentor`` (programmes: who may read what a
  mentee shared with their mentor; home: "your mentor");
- ``register_progress_provider`` and ``register_shared_items_provider``
  (programmes feeds the mentor's ``mentees`` page, see ``hooks.py``).

``wiring.py`` registers, through the other slices' service functions and at
start-up, the mentor check and mentee subquery of ``learning.programmes``
and the general subject-access check of ``feedback.notes``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import BindParameter

from backend.api.errors import DomainError, DomainErrors, ErrorCode
from backend.auth.viewer import Viewer
from backend.identity import policy
from backend.identity.models import Role
from feedback.frameworks import service as frameworks
from learning.mentoring import hooks
from learning.mentoring import policy as mentoring_policy
from learning.mentoring import repository as repo
from learning.mentoring.hooks import MenteeProgress, SharedItem
from learning.mentoring.mentorships import repository as mentorships_repo
from learning.mentoring.models import AreaPreference, MentoringNeed, MentorProfile, NeedStatus
from learning.programmes.service import MentorSummary

__all__ = [
    "MenteeProgress",
    "MentorRef",
    "SharedItem",
    "is_active_mentor",
    "mentees_of",
    "mentor_of",
    "register_progress_provider",
    "register_shared_items_provider",
]

MAX_CAPACITY = 10
MAX_TAGS = 30
MAX_TAG = 60
MAX_AREAS = 10
MAX_SHORT = 120
MAX_TEXT = 2000
LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")


@dataclass(frozen=True)
class ProfileCommand:
    capacity: int
    competency_ids: Sequence[int] = ()
    framework_id: int | None = None
    tags: Sequence[str] = ()
    areas: Sequence[str] = ()
    languages: Sequence[str] = ("da",)
    location: str = ""
    availability: str = ""
    is_available: bool = True
    # HR writes a profile for someone else.
    membership_id: int | None = None


@dataclass(frozen=True)
class NeedCommand:
    competency_ids: Sequence[int] = ()
    framework_id: int | None = None
    tags: Sequence[str] = ()
    area: str = ""
    area_preference: AreaPreference = AreaPreference.ANY
    language: str = "da"
    location: str = ""
    notes: str = ""
    membership_id: int | None = None


@dataclass
class _Errors:
    found: list[DomainError] = field(default_factory=list)

    def add(self, code: ErrorCode, key: str, at: str, **params: object) -> None:
        self.found.append(DomainError(code, key, field=[at], **params))

    def raise_any(self) -> None:
        if self.found:
            raise DomainErrors(self.found)


def focus_keys(competency_ids: Sequence[int], tags: Sequence[str]) -> list[str]:
    """What the matching compares: competencies and tags as keys."""
    return [f"competency:{c}" for c in competency_ids] + [f"tag:{t}" for t in tags]


def normalise_tags(values: Sequence[str]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        tag = " ".join(value.split()).casefold()
        if tag:
            seen.setdefault(tag, None)
    return list(seen)


async def _check_common(
    session: AsyncSession,
    organisation_id: int,
    errors: _Errors,
    framework_id: int | None,
    competency_ids: Sequence[int],
    tags: Sequence[str],
    texts: dict[str, tuple[str, int]],
) -> None:
    if len(tags) > MAX_TAGS:
        errors.add(ErrorCode.INVALID, "mentoring.too_many", "tags", maximum=MAX_TAGS)
    if any(len(t) > MAX_TAG for t in tags):
        errors.add(ErrorCode.TOO_LONG, "error.too_long", "tags", maximum=MAX_TAG)
    for name, (value, maximum) in texts.items():
        if len(value) > maximum:
            errors.add(ErrorCode.TOO_LONG, "error.too_long", name, maximum=maximum)
    if competency_ids:
        if framework_id is None:
            errors.add(ErrorCode.REQUIRED, "mentoring.framework_required", "frameworkId")
            return
        structure = await frameworks.published_structure(session, organisation_id, framework_id)
        known = {c.id for c in structure.competencies}
        if any(c not in known for c in competency_ids):
            errors.add(ErrorCode.INVALID, "mentoring.competency_unknown", "competencyIds")


async def save_profile(
    session: AsyncSession, viewer: Viewer | None, command: ProfileCommand
) -> MentorProfile:
    """Create or change a mentor profile (one per member)."""
    signed_in, membership_id, roles = await mentoring_policy.subject_of(
        session, viewer, command.membership_id
    )
    if not {Role.LEADER.value, Role.MENTOR.value} & set(roles):
        raise DomainError(ErrorCode.FORBIDDEN, "mentoring.not_a_leader")
    errors = _Errors()
    if not 1 <= command.capacity <= MAX_CAPACITY:
        errors.add(ErrorCode.INVALID, "mentoring.capacity_range", "capacity", maximum=MAX_CAPACITY)
    tags = normalise_tags(command.tags)
    areas = [a.strip() for a in command.areas if a.strip()]
    languages = list(dict.fromkeys(v.strip() for v in command.languages if v.strip()))
    if len(areas) > MAX_AREAS:
        errors.add(ErrorCode.INVALID, "mentoring.too_many", "areas", maximum=MAX_AREAS)
    if any(len(a) > MAX_SHORT for a in areas):
        errors.add(ErrorCode.TOO_LONG, "error.too_long", "areas", maximum=MAX_SHORT)
    if len(languages) > 10 or any(not LANGUAGE.match(v) for v in languages):
        errors.add(ErrorCode.INVALID, "mentoring.language", "languages")
    profile = await repo.profile_of(session, membership_id)
    # Strengths the profile has were checked when they were added: whoever
    # changes only capacity or availability (HR, for a mentor on leave) sends
    # them back without naming their framework.
    kept = set(profile.competency_ids or []) if profile is not None else set()
    await _check_common(
        session,
        signed_in.organisation_id,
        errors,
        command.framework_id,
        [c for c in command.competency_ids if c not in kept],
        tags,
        {
            "location": (command.location, MAX_SHORT),
            "availability": (command.availability, MAX_TEXT),
        },
    )
    errors.raise_any()
    if profile is None:
        profile = MentorProfile(
            organisation_id=signed_in.organisation_id, membership_id=membership_id
        )
        session.add(profile)
    profile.capacity = command.capacity
    profile.competency_ids = sorted(set(command.competency_ids))
    profile.tags = tags
    profile.areas = areas
    profile.languages = languages
    profile.location = command.location.strip()
    profile.availability = command.availability
    profile.is_available = command.is_available
    await session.flush()
    return profile


async def save_need(
    session: AsyncSession, viewer: Viewer | None, command: NeedCommand
) -> MentoringNeed:
    """Create or change what a new leader looks for in a mentor."""
    signed_in, membership_id, _roles = await mentoring_policy.subject_of(
        session, viewer, command.membership_id
    )
    errors = _Errors()
    tags = normalise_tags(command.tags)
    if not LANGUAGE.match(command.language.strip()):
        errors.add(ErrorCode.INVALID, "mentoring.language", "language")
    await _check_common(
        session,
        signed_in.organisation_id,
        errors,
        command.framework_id,
        command.competency_ids,
        tags,
        {
            "area": (command.area, MAX_SHORT),
            "location": (command.location, MAX_SHORT),
            "notes": (command.notes, MAX_TEXT),
        },
    )
    errors.raise_any()
    need = await repo.need_of(session, membership_id)
    if need is None:
        need = MentoringNeed(organisation_id=signed_in.organisation_id, membership_id=membership_id)
        session.add(need)
    need.competency_ids = sorted(set(command.competency_ids))
    need.tags = tags
    need.area = command.area.strip()
    need.area_preference = command.area_preference.value
    need.language = command.language.strip()
    need.location = command.location.strip()
    need.notes = command.notes
    if need.status == NeedStatus.WITHDRAWN.value:
        need.status = NeedStatus.OPEN.value
    await session.flush()
    return need


async def own_profile(session: AsyncSession, viewer: Viewer | None) -> MentorProfile | None:
    signed_in = policy.require_viewer(viewer)
    return await repo.profile_of(session, signed_in.membership_id)


async def own_need(session: AsyncSession, viewer: Viewer | None) -> MentoringNeed | None:
    signed_in = policy.require_viewer(viewer)
    return await repo.need_of(session, signed_in.membership_id)


async def visible_profiles(
    session: AsyncSession, viewer: Viewer | None, ids: Sequence[int]
) -> list[MentorProfile]:
    """Profiles are read by the organisation's members (and a shared pool's)."""
    signed_in = policy.require_viewer(viewer)
    organisations = await repo.pool_organisations(session, signed_in.organisation_id)
    return await repo.profiles_by_ids(session, ids, organisations)


async def visible_needs(
    session: AsyncSession, viewer: Viewer | None, ids: Sequence[int]
) -> list[MentoringNeed]:
    """A need is read by its new leader and HR."""
    signed_in = policy.require_viewer(viewer)
    return [
        n
        for n in await repo.NEEDS.by_ids(session, signed_in.organisation_id, ids)
        if n.membership_id == signed_in.membership_id or policy.is_hr(signed_in)
    ]


def profiles_listing(viewer: Viewer | None) -> repo.Listing:
    signed_in = policy.require_hr(viewer)
    return repo.profiles_listing(signed_in.organisation_id)


def needs_listing(viewer: Viewer | None, status: NeedStatus | None) -> repo.Listing:
    signed_in = policy.require_hr(viewer)
    return repo.needs_listing(signed_in.organisation_id, status.value if status else None)


# --- what other slices call ------------------------------------------------------------------


@dataclass(frozen=True)
class MentorRef:
    membership_id: int
    mentorship_id: int
    name: str
    job_title: str


async def mentor_of(session: AsyncSession, mentee_membership_id: int) -> MentorRef | None:
    """The mentee's mentor in an active (or paused) mentorship; two statements."""
    found = await mentorships_repo.running_mentorship(session, None, mentee_membership_id)
    if found is None:
        return None
    person = await repo.person(session, found.mentor_id)
    if person is None:
        return None
    return MentorRef(
        membership_id=found.mentor_id,
        mentorship_id=found.id,
        name=person.name,
        job_title=person.job_title,
    )


async def is_active_mentor(
    session: AsyncSession, mentor_membership_id: int, mentee_membership_id: int
) -> bool:
    """True while the mentorship is ACTIVE or PAUSED; one statement."""
    found = await mentorships_repo.running_mentorship(
        session, mentor_membership_id, mentee_membership_id
    )
    return found is not None


def register_progress_provider(provider: hooks.ProgressProvider) -> None:
    """Programmes: a mentee's progress on the mentor's ``mentees`` page."""
    hooks.registry.set("progress", provider)


def register_shared_items_provider(provider: hooks.SharedItemsProvider) -> None:
    """Programmes: what each mentee shared with their mentor since a time."""
    hooks.registry.set("shared_items", provider)


def mentees_of(mentor_membership_id: int | BindParameter[int]) -> Select[Any]:
    """The memberships a mentor mentors now (ACTIVE or PAUSED), as a subquery
    the programmes slice puts into its own statements."""
    return mentorships_repo.running_mentee_ids(mentor_membership_id)


# --- checks other slices ask (wired at start-up by ``wiring.py``) ----------------------------


async def mentor_sees_general(
    session: AsyncSession, viewer: Viewer, _subject_id: int | None, leader_id: int
) -> bool:
    """An active mentor may give a mentee general feedback."""
    return await is_active_mentor(session, viewer.membership_id, leader_id)


async def home_mentor(session: AsyncSession, viewer: Viewer) -> MentorSummary | None:
    found = await mentor_of(session, viewer.membership_id)
    if found is None:
        return None
    return MentorSummary(
        membership_id=found.membership_id, name=found.name, job_title=found.job_title
    )
