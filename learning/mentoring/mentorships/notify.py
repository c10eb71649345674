"""Mails of the mentoring slice, queued through the outbox in the transaction
of the change, each in the reader's language (``generic_notice``)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from backend.i18n import translate
from backend.mail import queue_mail
from backend.settings import get_settings
from learning.mentoring import repository as repo
from learning.mentoring.models import MatchProposal, Mentorship, ProposalSource

TEMPLATE = "generic_notice"


async def _send(
    session: AsyncSession,
    to_ids: Sequence[int],
    mentor_id: int,
    mentee_id: int,
    what: str,
    link: str,
) -> None:
    people = {p.id: p for p in await repo.people(session, [*to_ids, mentor_id, mentee_id])}
    mentor, mentee = people.get(mentor_id), people.get(mentee_id)
    names = {"mentor": mentor.name if mentor else "", "mentee": mentee.name if mentee else ""}
    for membership_id in dict.fromkeys(to_ids):
        reader = people.get(membership_id)
        if reader is None:
            continue
        locale = reader.locale or "da"
        queue_mail(
            session,
            reader.email,
            TEMPLATE,
            locale,
            {
                "title": translate(f"mentoring.mail.{what}.title", locale),
                "body": translate(f"mentoring.mail.{what}.body", locale, **names),
                "link": get_settings().base_url.rstrip("/") + link,
            },
        )


async def proposed(session: AsyncSession, mentorship: Mentorship) -> None:
    await _send(
        session,
        [mentorship.mentor_id, mentorship.mentee_id],
        mentorship.mentor_id,
        mentorship.mentee_id,
        "proposed",
        f"/mentoring/mentorships/{mentorship.id}",
    )


async def active(session: AsyncSession, mentorship: Mentorship) -> None:
    await _send(
        session,
        [mentorship.mentor_id, mentorship.mentee_id],
        mentorship.mentor_id,
        mentorship.mentee_id,
        "active",
        f"/mentoring/mentorships/{mentorship.id}",
    )


async def ended(session: AsyncSession, mentorship: Mentorship) -> None:
    await _send(
        session,
        [mentorship.mentor_id, mentorship.mentee_id],
        mentorship.mentor_id,
        mentorship.mentee_id,
        "ended",
        f"/mentoring/mentorships/{mentorship.id}",
    )


async def requested(session: AsyncSession, proposal: MatchProposal, manager_id: int) -> None:
    await _send(
        session,
        [manager_id],
        proposal.mentor_id,
        proposal.mentee_id,
        "requested",
        f"/mentoring/proposals/{proposal.id}",
    )


async def rejected(session: AsyncSession, proposal: MatchProposal) -> None:
    """A new leader is told the mentor she asked for was not approved (a
    proposal of HR's matching run she never asked for is not mailed). The
    decider's note is not in it: it was written as a private reason."""
    if proposal.source != ProposalSource.REQUEST.value:
        return
    await _send(
        session,
        [proposal.mentee_id],
        proposal.mentor_id,
        proposal.mentee_id,
        "rejected",
        "/mentoring/find",
    )
