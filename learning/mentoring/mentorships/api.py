"""Queries and mutations of mentorships: the viewer's mentorships and mentees,
accepting or declining, the agreement and the status. Thin: they decode IDs
and call the service."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import strawberry

from backend.api.context import Info
from backend.api.ids import decode_id
from backend.api.mutations import run_mutation
from backend.api.pagination import Connection
from learning.mentoring import models
from learning.mentoring import types as shared
from learning.mentoring.mentorships import service as mentorships
from learning.mentoring.mentorships import types as t
from learning.mentoring.mentorships.service import AgreementCommand


def mentorship_result(mentorship: models.Mentorship) -> t.MentorshipPayload:
    return t.MentorshipPayload(mentorship=t.Mentorship.from_model(mentorship))


@strawberry.type
class Query:
    @strawberry.field(description="The viewer's mentorships, as mentor or mentee, newest first.")
    async def my_mentorships(
        self,
        info: Info,
        statuses: list[shared.MentorshipStatus] | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[t.Mentorship]:
        listing = mentorships.mentorships_listing(info.context.viewer, list(statuses or []))
        return await shared.connection(
            info, listing, lambda row: t.Mentorship.from_model(row[2]), first, after, last, before
        )

    @strawberry.field(
        description="The viewer's mentees (active and paused), by name: progress, what "
        "they shared since the last visit and the next meeting, at a fixed cost."
    )
    async def mentees(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[t.Mentee]:
        listing = mentorships.mentees_listing(info.context.viewer)
        return await shared.connection(
            info,
            listing,
            lambda row: t.Mentee(
                mentorship=t.Mentorship.from_model(row[2]),
                person=shared.MentoringPerson.from_row(row),
            ),
            first,
            after,
            last,
            before,
        )


@strawberry.type
class Mutation:
    @strawberry.mutation(description="The mentor or the mentee accepts; both make it active.")
    async def accept_mentorship(
        self, info: Info, input: t.MentorshipIdInput
    ) -> t.MentorshipPayload:
        return await on_mentorship(
            info,
            input,
            lambda m: mentorships.accept(info.context.session, info.context.viewer, m),
        )

    @strawberry.mutation(description="The mentor or the mentee declines a proposed mentorship.")
    async def decline_mentorship(
        self, info: Info, input: t.DeclineMentorshipInput
    ) -> t.MentorshipPayload:
        return await on_mentorship(
            info,
            input,
            lambda m: mentorships.decline(
                info.context.session, info.context.viewer, m, input.reason
            ),
        )

    @strawberry.mutation(description="Goals, how often to meet and the end date.")
    async def set_mentorship_agreement(
        self, info: Info, input: t.SetMentorshipAgreementInput
    ) -> t.MentorshipPayload:
        command = AgreementCommand(input.goals, input.meeting_frequency, input.ends_on)
        return await on_mentorship(
            info,
            input,
            lambda m: mentorships.set_agreement(
                info.context.session, info.context.viewer, m, command
            ),
        )

    @strawberry.mutation(description="Pause, resume, complete or cancel a mentorship.")
    async def change_mentorship_status(
        self, info: Info, input: t.ChangeMentorshipStatusInput
    ) -> t.MentorshipPayload:
        status = input.status
        return await on_mentorship(
            info,
            input,
            lambda m: mentorships.change_status(
                info.context.session, info.context.viewer, m, status, input.reason
            ),
        )


async def on_mentorship(
    info: Info, input: Any, act: Callable[[int], Awaitable[models.Mentorship]]
) -> t.MentorshipPayload:
    """A mutation on one mentorship (``input.mentorshipId``) answering with it."""

    async def action() -> t.MentorshipPayload:
        found = await act(decode_id(input.mentorship_id, "Mentorship", "mentorshipId"))
        return mentorship_result(found)

    return await run_mutation(info, input, t.MentorshipPayload, action)
