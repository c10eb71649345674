"""Writing a philosophy: the draft, private notes, visibility and the items
the leader means to take into the next version.

Every save rewrites the philosophy's one open DRAFT version (made on the
first save after a publication, numbered after the newest version). A draft
may be incomplete; what it holds must still be safe and within bounds, so a
save with raw HTML, a dangerous link, a foreign image, an unknown citation
or an oversized text is refused with an error per problem, and the draft
saved before stays as it was.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, DomainErrors, ErrorCode
from backend.auth.viewer import Viewer
from backend.db import utcnow
from backend.identity import policy
from backend.identity.models import Role
from backend.jobs.outbox import enqueue
from backend.settings import Settings
from learning.philosophy import policy as access
from learning.philosophy import repository as repo
from learning.philosophy.models import (
    REQUIRED_SECTIONS,
    LeadershipPhilosophy,
    PhilosophyItem,
    PhilosophyVersion,
    SectionKind,
    VersionStatus,
    Visibility,
)
from learning.philosophy.publishing import rendering

MAX_SECTIONS = 12
MAX_TITLE = 200
MAX_SECTION_BODY = 20_000
MAX_DOCUMENT = 60_000
MAX_CITATIONS = 20
MAX_NOTES = 20_000
MAX_ITEM = 2_000
SYNC_PUBLIC_TASK = "philosophy.sync_public_copy"

_DANISH = str.maketrans({"æ": "ae", "Æ": "ae", "ø": "oe", "Ø": "oe", "å": "aa", "Å": "aa"})


@dataclass(frozen=True)
class SectionDraft:
    kind: SectionKind
    body: str
    title: str = ""
    principle_ids: Sequence[int] = field(default_factory=tuple)
    goal_ids: Sequence[int] = field(default_factory=tuple)

    def stored(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "title": self.title.strip(),
            "body": self.body,
            "principle_ids": list(dict.fromkeys(self.principle_ids)),
            "goal_ids": list(dict.fromkeys(self.goal_ids)),
        }


@dataclass(frozen=True)
class DraftCommand:
    sections: Sequence[SectionDraft]
    philosophy_id: int | None = None
    expected_revision: int | None = None


def slugify(name: str) -> str:
    """``"Søren Ærø-Hansen"`` -> ``"soeren-aeroe-hansen"``."""
    plain = unicodedata.normalize("NFKD", name.translate(_DANISH))
    plain = plain.encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:60].strip("-")
    return slug or "leder"


async def _new_philosophy(session: AsyncSession, viewer: Viewer) -> LeadershipPhilosophy:
    if not viewer.has_role(Role.LEADER.value):
        raise DomainError(ErrorCode.FORBIDDEN, "philosophy.leaders_only")
    member = (await repo.members(session, viewer.organisation_id, [viewer.membership_id])).get(
        viewer.membership_id
    )
    if member is None:
        raise policy.forbid()
    base = slugify(member.name)
    taken = await repo.slugs_starting(session, viewer.organisation_id, base)
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    philosophy = LeadershipPhilosophy(
        organisation_id=viewer.organisation_id,
        membership_id=viewer.membership_id,
        slug=slug,
        visibility=Visibility.INTERNAL.value,
        private_notes="",
    )
    session.add(philosophy)
    try:
        async with session.begin_nested():
            await session.flush()
    except IntegrityError:  # a save on another phone made it a moment ago
        raise DomainError(ErrorCode.CONFLICT, "philosophy.revision_conflict", current=0) from None
    return philosophy


async def own_or_new(
    session: AsyncSession, viewer: Viewer | None, philosophy_id: int | None
) -> tuple[Viewer, LeadershipPhilosophy]:
    if philosophy_id is not None:
        return await access.owned_philosophy(session, viewer, philosophy_id)
    signed_in = policy.require_viewer(viewer)
    found = await repo.philosophy_of_membership(session, signed_in.membership_id)
    return signed_in, found or await _new_philosophy(session, signed_in)


# --- checking sections ----------------------------------------------------------------


def _length_errors(index: int, section: SectionDraft) -> list[DomainError]:
    errors = []
    where = ["sections", str(index)]
    if len(section.title.strip()) > MAX_TITLE:
        errors.append(
            DomainError(ErrorCode.TOO_LONG, "error.too_long", [*where, "title"], maximum=MAX_TITLE)
        )
    if section.kind == SectionKind.CUSTOM and not section.title.strip():
        errors.append(DomainError(ErrorCode.REQUIRED, "philosophy.custom_title", [*where, "title"]))
    if len(section.body) > MAX_SECTION_BODY:
        errors.append(
            DomainError(
                ErrorCode.TOO_LONG, "error.too_long", [*where, "body"], maximum=MAX_SECTION_BODY
            )
        )
    if len(section.principle_ids) + len(section.goal_ids) > MAX_CITATIONS:
        errors.append(
            DomainError(
                ErrorCode.INVALID, "philosophy.too_many_citations", where, maximum=MAX_CITATIONS
            )
        )
    return errors


def _markdown_errors(
    index: int, section: SectionDraft, prefixes: Sequence[str]
) -> list[DomainError]:
    return [
        DomainError(
            ErrorCode.INVALID,
            problem.message_key,
            ["sections", str(index), "body"],
            link=problem.link,
        )
        for problem in rendering.check_markdown(section.body, prefixes)
    ]


async def _citation_errors(
    session: AsyncSession, organisation_id: int, sections: Sequence[SectionDraft]
) -> list[DomainError]:
    wanted_principles = {p for s in sections for p in s.principle_ids}
    wanted_goals = {g for s in sections for g in s.goal_ids}
    known_principles: set[int] = set()
    if wanted_principles:
        known_principles = await repo.current_principle_ids(session, organisation_id)
    known_goals: set[int] = set()
    if wanted_goals:
        rows = await repo.goals_by_ids(session, organisation_id, sorted(wanted_goals))
        known_goals = {row.id for row in rows}
    errors = []
    for index, section in enumerate(sections):
        if set(section.principle_ids) - known_principles:
            errors.append(
                DomainError(
                    ErrorCode.NOT_FOUND,
                    "philosophy.principle_unknown",
                    ["sections", str(index), "principleIds"],
                )
            )
        if set(section.goal_ids) - known_goals:
            errors.append(
                DomainError(
                    ErrorCode.NOT_FOUND,
                    "philosophy.goal_unknown",
                    ["sections", str(index), "goalIds"],
                )
            )
    return errors


async def check_sections(
    session: AsyncSession,
    settings: Settings,
    organisation_id: int,
    sections: Sequence[SectionDraft],
) -> None:
    """Every problem at once, as ``DomainErrors``."""
    if len(sections) > MAX_SECTIONS:
        raise DomainError(
            ErrorCode.INVALID, "philosophy.too_many_sections", ["sections"], maximum=MAX_SECTIONS
        )
    length = sum(len(s.body) + len(s.title) for s in sections)
    if length > MAX_DOCUMENT:
        raise DomainError(
            ErrorCode.TOO_LONG,
            "philosophy.document_too_long",
            ["sections"],
            maximum=MAX_DOCUMENT,
            length=length,
        )
    prefixes = rendering.image_prefixes(settings, organisation_id)
    errors: list[DomainError] = []
    seen: set[SectionKind] = set()
    for index, section in enumerate(sections):
        if section.kind in seen and section.kind != SectionKind.CUSTOM:
            errors.append(
                DomainError(
                    ErrorCode.DUPLICATE,
                    "philosophy.section_twice",
                    ["sections", str(index), "kind"],
                    title=section_title(section.kind, "", "da"),
                )
            )
        seen.add(section.kind)
        errors += _length_errors(index, section)
        errors += _markdown_errors(index, section, prefixes)
    errors += await _citation_errors(session, organisation_id, sections)
    if errors:
        raise DomainErrors(errors)


def missing_sections(sections: Sequence[dict[str, Any]], locale: str) -> list[DomainError]:
    """The required sections a version lacks, or has left empty.

    Publishing sends no sections (they are the saved draft's), so the error
    names the philosophy sent, and its message the section."""
    written = {s["kind"] for s in sections if s.get("body", "").strip()}
    return [
        DomainError(
            ErrorCode.REQUIRED,
            "philosophy.section_missing",
            ["philosophyId"],
            title=section_title(kind, "", locale),
        )
        for kind in REQUIRED_SECTIONS
        if kind.value not in written
    ]


def section_title(kind: SectionKind | str, title: str, locale: str) -> str:
    from backend.i18n import translate

    if title.strip():
        return title.strip()
    value = kind.value if isinstance(kind, SectionKind) else kind
    return translate(f"philosophy.section.{value}", locale) if value != "CUSTOM" else ""


# --- the draft ---------------------------------------------------------------------------


async def save_draft(
    session: AsyncSession, viewer: Viewer | None, settings: Settings, command: DraftCommand
) -> tuple[LeadershipPhilosophy, PhilosophyVersion]:
    """Replace the draft's sections (making the draft when there is none)."""
    signed_in, philosophy = await own_or_new(session, viewer, command.philosophy_id)
    await check_sections(session, settings, signed_in.organisation_id, command.sections)
    draft = await repo.draft_of(session, philosophy.id)
    if command.expected_revision is not None:
        current = draft.revision if draft is not None else 0
        if current != command.expected_revision:
            raise DomainError(
                ErrorCode.CONFLICT,
                "philosophy.revision_conflict",
                ["expectedRevision"],
                current=current,
            )
    if draft is None:
        latest = await repo.latest_version(session, philosophy.id)
        draft = PhilosophyVersion(
            organisation_id=philosophy.organisation_id,
            philosophy_id=philosophy.id,
            number=(latest.number + 1) if latest else 1,
            status=VersionStatus.DRAFT.value,
            revision=0,
            summary="",
        )
        session.add(draft)
    draft.sections = [section.stored() for section in command.sections]
    draft.revision = (draft.revision or 0) + 1
    draft.locale = signed_in.locale.value
    philosophy.updated_at = utcnow()
    await session.flush()
    return philosophy, draft


async def save_private_notes(
    session: AsyncSession, viewer: Viewer | None, philosophy_id: int | None, notes: str
) -> LeadershipPhilosophy:
    """Notes beside the philosophy, for the leader only; never published."""
    if len(notes) > MAX_NOTES:
        raise DomainError(ErrorCode.TOO_LONG, "error.too_long", ["notes"], maximum=MAX_NOTES)
    _, philosophy = await own_or_new(session, viewer, philosophy_id)
    philosophy.private_notes = notes
    await session.flush()
    return philosophy


async def set_visibility(
    session: AsyncSession, viewer: Viewer | None, philosophy_id: int, visibility: Visibility
) -> LeadershipPhilosophy:
    _, philosophy = await access.owned_philosophy(session, viewer, philosophy_id)
    if philosophy.visibility != visibility.value:
        philosophy.visibility = visibility.value
        if philosophy.current_version_id is not None:
            # The public copy for a CDN is made or removed after the commit.
            enqueue(session, SYNC_PUBLIC_TASK, {"philosophy_id": philosophy.id})
    await session.flush()
    return philosophy


# --- items for the next version ---------------------------------------------------------


async def add_item(
    session: AsyncSession,
    viewer: Viewer | None,
    philosophy_id: int,
    text: str,
    source_note_id: int | None = None,
    source_text: str | None = None,
) -> PhilosophyItem:
    """``source_text`` (the comment's text) is used when ``text`` is empty."""
    _, philosophy = await access.owned_philosophy(session, viewer, philosophy_id)
    value = (text.strip() or (source_text or "").strip())[:MAX_ITEM]
    if not value:
        raise DomainError(ErrorCode.REQUIRED, "error.required", ["text"])
    if len(text.strip()) > MAX_ITEM:
        raise DomainError(ErrorCode.TOO_LONG, "error.too_long", ["text"], maximum=MAX_ITEM)
    item = PhilosophyItem(
        organisation_id=philosophy.organisation_id,
        philosophy_id=philosophy.id,
        text=value,
        source_note_id=source_note_id,
    )
    session.add(item)
    await session.flush()
    return item


async def complete_item(
    session: AsyncSession, viewer: Viewer | None, item_id: int, done: bool = True
) -> PhilosophyItem:
    signed_in = policy.require_viewer(viewer)
    item = await repo.item(session, signed_in.organisation_id, item_id)
    if item is None:
        raise DomainError(ErrorCode.NOT_FOUND, "error.not_found", ["itemId"])
    await access.owned_philosophy(session, signed_in, item.philosophy_id, "itemId")
    item.done_at = utcnow() if done else None
    await session.flush()
    return item
