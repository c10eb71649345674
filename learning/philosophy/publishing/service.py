"""Publishing a version: the request, and the work of the publication task.

``request_publication`` (the leader, in the mutation's transaction) checks
the draft is complete, freezes it as PUBLISHING with its summary, and writes
an outbox message for ``philosophy.publish``. Nobody approves it.

``complete_publication`` (the task, or the demo seed directly) renders the
page and the PDF, stores both, and only once both uploads succeeded marks the
version PUBLISHED, points the philosophy's current version at it and queues
the mail to the leader's manager, all in the task's one transaction. Any
failure before that raises, the transaction rolls back and the outbox retries
with backoff: readers keep the previous published version. On the last
attempt the version is marked FAILED instead, so the leader sees it.

The manager's mail is queued where the version becomes PUBLISHED, not with
the request: a request whose rendering fails must not announce a version
nobody can read. It is still an outbox row in the transaction of the change.

Objects: each version's page and PDF under
``org/<id>/philosophy/<philosophy>/v<n>/<random>/…`` (unguessable, kept for
history), and for a PUBLIC philosophy a stable copy of the newest at
``org/<id>/public/philosophy/<slug>/index.html`` and ``…/ledelsesgrundlag.pdf``
that a bucket policy or a CDN may serve to anyone; it is removed when the
philosophy becomes INTERNAL.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, DomainErrors, ErrorCode
from backend.auth.viewer import Viewer
from backend.db import utcnow
from backend.jobs.options import OutboxOptions
from backend.jobs.outbox import enqueue
from backend.mail import queue_mail
from backend.settings import Settings
from backend.storage import get_storage, new_object_key
from backend.storage.base import tenant_prefix
from learning.philosophy import policy as access
from learning.philosophy import repository as repo
from learning.philosophy.drafting import service as drafting
from learning.philosophy.models import (
    LeadershipPhilosophy,
    PhilosophyVersion,
    SectionKind,
    VersionStatus,
    Visibility,
)
from learning.philosophy.publishing import addresses, pdf, rendering

log = logging.getLogger(__name__)

PUBLISH_TASK = "philosophy.publish"
MAIL_TEMPLATE = "philosophy_published"
MAX_SUMMARY = 2_000
HTML_TYPE = "text/html; charset=utf-8"
PDF_TYPE = "application/pdf"
# Added to the mail's templates by the slice's wiring.py.
MAIL_TEMPLATES = Path(__file__).resolve().parent / "templates" / "mail"


@dataclass(frozen=True)
class PublishCommand:
    philosophy_id: int
    summary: str
    visibility: Visibility | None = None


async def request_publication(
    session: AsyncSession, viewer: Viewer | None, settings: Settings, command: PublishCommand
) -> tuple[LeadershipPhilosophy, PhilosophyVersion]:
    signed_in, philosophy = await access.owned_philosophy(session, viewer, command.philosophy_id)
    draft = await repo.draft_of(session, philosophy.id)
    if draft is None:
        raise DomainError(ErrorCode.RULE_VIOLATED, "philosophy.nothing_to_publish")
    summary = command.summary.strip()
    if len(summary) > MAX_SUMMARY:
        raise DomainError(ErrorCode.TOO_LONG, "error.too_long", ["summary"], maximum=MAX_SUMMARY)
    if not summary and philosophy.current_version_id is not None:
        raise DomainError(ErrorCode.REQUIRED, "philosophy.summary_required", ["summary"])
    errors = drafting.missing_sections(draft.sections, signed_in.locale.value)
    if errors:
        raise DomainErrors(errors)
    # The rules may have changed since the draft was saved.
    await drafting.check_sections(
        session, settings, philosophy.organisation_id, _section_drafts(draft.sections)
    )
    draft.status = VersionStatus.PUBLISHING.value
    draft.summary = summary
    draft.requested_at = utcnow()
    if command.visibility is not None:
        philosophy.visibility = command.visibility.value
    enqueue(session, PUBLISH_TASK, {"version_id": draft.id})
    await session.flush()
    return philosophy, draft


def _section_drafts(sections: list[dict[str, Any]]) -> list[drafting.SectionDraft]:
    return [
        drafting.SectionDraft(
            kind=SectionKind(s["kind"]),
            body=s.get("body", ""),
            title=s.get("title", ""),
            principle_ids=s.get("principle_ids", []),
            goal_ids=s.get("goal_ids", []),
        )
        for s in sections
    ]


# --- the task's work ---------------------------------------------------------------------


def is_final_attempt(settings: Settings, attempts_before: int) -> bool:
    return attempts_before + 1 >= OutboxOptions.from_settings(settings).max_attempts


async def complete_publication(
    session: AsyncSession, settings: Settings, version_id: int, *, final_attempt: bool = False
) -> bool:
    """True when the version is now published; False when there was nothing to do
    (done already) or, on the final attempt, it failed and was marked FAILED."""
    version = await repo.lock_version(session, version_id)
    if version is None or version.status != VersionStatus.PUBLISHING.value:
        return False
    philosophy = await repo.lock_philosophy(session, version.philosophy_id)
    try:
        page = await build_page(session, settings, philosophy, version, published_at=utcnow())
        html_key, pdf_key = await _store(settings, philosophy, version, page)
    except Exception as error:
        if not final_attempt:
            raise
        log.exception("publication of philosophy version %s failed for good", version.id)
        version.status = VersionStatus.FAILED.value
        version.last_error = f"{type(error).__name__}: {error}"[:4000]
        await session.flush()
        return False
    version.status = VersionStatus.PUBLISHED.value
    version.published_at = page.document.published_at
    version.html_key, version.pdf_key = html_key, pdf_key
    version.last_error = None
    current = (
        await repo.version(session, philosophy.organisation_id, philosophy.current_version_id)
        if philosophy.current_version_id is not None
        else None
    )
    if current is None or current.number < version.number:
        philosophy.current_version_id = version.id
    await session.flush()
    await _tell_manager(session, settings, philosophy, version, page)
    return True


@dataclass(frozen=True)
class BuiltPage:
    document: rendering.PageDocument
    html: str
    pdf: bytes
    organisation_slug: str
    manager_id: int | None
    leader_name: str


async def build_page(
    session: AsyncSession,
    settings: Settings,
    philosophy: LeadershipPhilosophy,
    version: PhilosophyVersion,
    published_at: Any,
) -> BuiltPage:
    organisation_id = philosophy.organisation_id
    organisation = await repo.organisation(session, organisation_id)
    member = (await repo.members(session, organisation_id, [philosophy.membership_id]))[
        philosophy.membership_id
    ]
    principle_ids = sorted({p for s in version.sections for p in s.get("principle_ids", [])})
    goal_ids = sorted({g for s in version.sections for g in s.get("goal_ids", [])})
    principles = {
        row.id: row.title
        for row in await repo.principles_by_ids(session, organisation_id, principle_ids)
    }
    goals = {
        row.id: row.title for row in await repo.goals_by_ids(session, organisation_id, goal_ids)
    }
    prefixes = rendering.image_prefixes(settings, organisation_id)
    locale = version.locale if version.locale in ("da", "en") else "da"
    sections = [
        rendering.RenderedSection(
            anchor=f"afsnit-{index + 1}",
            title=drafting.section_title(s["kind"], s.get("title", ""), locale),
            html=rendering.render_markdown(s.get("body", ""), prefixes),
            principles=[principles[p] for p in s.get("principle_ids", []) if p in principles],
            goals=[goals[g] for g in s.get("goal_ids", []) if g in goals],
        )
        for index, s in enumerate(version.sections)
    ]
    document = rendering.PageDocument(
        locale=locale,
        leader_name=member.name,
        job_title=member.job_title or "",
        organisation_name=organisation.name,
        number=version.number,
        published_at=published_at,
        summary=version.summary,
        sections=sections,
        # The page's own <meta> policy: local-storage images become relative
        # (/files/…, 'self'), so the API's address is not written into it.
        image_prefixes=prefixes if settings.storage_backend == "s3" else (),
        # Relative: whoever may read the page may open the link, and the PDF
        # route checks access itself, whatever the visibility is by then.
        pdf_href=addresses.relative_pdf_href(philosophy.slug),
    )
    without_images = [
        rendering.render_markdown(s.get("body", ""), prefixes, images=False)
        for s in version.sections
    ]
    return BuiltPage(
        document=document,
        html=addresses.storage_images_relative(rendering.render_page(document), settings),
        pdf=pdf.render_pdf(document, without_images),
        organisation_slug=organisation.slug,
        manager_id=member.manager_id,
        leader_name=member.name,
    )


def public_keys(organisation_id: int, slug: str) -> tuple[str, str]:
    folder = f"{tenant_prefix(organisation_id)}public/philosophy/{slug}"
    return f"{folder}/index.html", f"{folder}/ledelsesgrundlag.pdf"


async def _store(
    settings: Settings,
    philosophy: LeadershipPhilosophy,
    version: PhilosophyVersion,
    page: BuiltPage,
) -> tuple[str, str]:
    """Both objects of the version, then the stable public copy (or its removal)."""
    storage = get_storage(settings)
    prefix = f"philosophy/{philosophy.id}/v{version.number}"
    html_key = new_object_key(
        prefix, "ledelsesgrundlag.html", organisation_id=philosophy.organisation_id
    )
    pdf_key = html_key.rsplit("/", 1)[0] + "/ledelsesgrundlag.pdf"
    await storage.put(html_key, page.html.encode(), HTML_TYPE)
    await storage.put(pdf_key, page.pdf, PDF_TYPE)
    await sync_public_copy(settings, philosophy, page.html.encode(), page.pdf)
    return html_key, pdf_key


async def sync_public_copy(
    settings: Settings,
    philosophy: LeadershipPhilosophy,
    html: bytes | None,
    pdf_bytes: bytes | None,
) -> None:
    storage = get_storage(settings)
    html_key, pdf_key = public_keys(philosophy.organisation_id, philosophy.slug)
    if philosophy.visibility == Visibility.PUBLIC.value and html is not None and pdf_bytes:
        copy = addresses.pdf_link_for_public_copy(html.decode(), philosophy.slug).encode()
        await storage.put(html_key, copy, HTML_TYPE)
        await storage.put(pdf_key, pdf_bytes, PDF_TYPE)
    else:
        await storage.delete(html_key)
        await storage.delete(pdf_key)


async def resync_public_copy(session: AsyncSession, settings: Settings, philosophy_id: int) -> None:
    """After a change of visibility: copy the current version's objects to the
    public keys, or remove them."""
    philosophy = await repo.lock_philosophy(session, philosophy_id)
    current = (
        await repo.version(session, philosophy.organisation_id, philosophy.current_version_id)
        if philosophy.current_version_id is not None
        else None
    )
    storage = get_storage(settings)
    if (
        philosophy.visibility == Visibility.PUBLIC.value
        and current is not None
        and current.html_key
        and current.pdf_key
    ):
        await sync_public_copy(
            settings,
            philosophy,
            await storage.get(current.html_key),
            await storage.get(current.pdf_key),
        )
    else:
        await sync_public_copy(settings, philosophy, None, None)


async def _tell_manager(
    session: AsyncSession,
    settings: Settings,
    philosophy: LeadershipPhilosophy,
    version: PhilosophyVersion,
    page: BuiltPage,
) -> None:
    if page.manager_id is None:
        return
    manager = (await repo.members(session, philosophy.organisation_id, [page.manager_id])).get(
        page.manager_id
    )
    if manager is None or not manager.is_active:
        return
    try:
        queue_mail(
            session,
            manager.email,
            MAIL_TEMPLATE,
            manager.locale or "da",
            {
                "name": manager.name,
                "leader": page.leader_name,
                "number": version.number,
                "summary": version.summary,
                "link": addresses.page_address(settings, page.organisation_slug, philosophy.slug),
            },
        )
    except ValueError:  # an address the mail system refuses must not undo the publication
        log.warning("no mail to the manager (membership %s) of a new philosophy", manager.id)
