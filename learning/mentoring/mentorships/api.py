"""Mutations of running mentorships: accepting, the agreement, meetings and
notes, observations, assessments. ``api.Mutation`` inherits them."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import strawberry

from backend.api.context import Info
from backend.api.ids import decode_id
from backend.api.mutations import run_mutation
from learning.mentoring import inputs as i
from learning.mentoring import models, service
from learning.mentoring import types as t
from learning.mentoring.mentorships import AgreementCommand
from learning.mentoring.practice import ObservationCommand

mentorships, practice = service.mentorships, service.practice


def mentorship_result(mentorship: models.Mentorship) -> dict[str, Any]:
    return {"mentorship": t.Mentorship.from_model(mentorship)}


@strawberry.type
class MentorshipMutation:
    @strawberry.mutation(description="The mentor or the mentee accepts; both make it active.")
    async def accept_mentorship(
        self, info: Info, input: i.MentorshipIdInput
    ) -> i.MentorshipPayload:
        return await _on_mentorship(
            info,
            input,
            lambda m: mentorships.accept(info.context.session, info.context.viewer, m),
        )

    @strawberry.mutation(description="The mentor or the mentee declines a proposed mentorship.")
    async def decline_mentorship(
        self, info: Info, input: i.DeclineMentorshipInput
    ) -> i.MentorshipPayload:
        return await _on_mentorship(
            info,
            input,
            lambda m: mentorships.decline(
                info.context.session, info.context.viewer, m, input.reason
            ),
        )

    @strawberry.mutation(description="Goals, how often to meet and the end date.")
    async def set_mentorship_agreement(
        self, info: Info, input: i.SetMentorshipAgreementInput
    ) -> i.MentorshipPayload:
        command = AgreementCommand(input.goals, input.meeting_frequency, input.ends_on)
        return await _on_mentorship(
            info,
            input,
            lambda m: mentorships.set_agreement(
                info.context.session, info.context.viewer, m, command
            ),
        )

    @strawberry.mutation(description="Pause, resume, complete or cancel a mentorship.")
    async def change_mentorship_status(
        self, info: Info, input: i.ChangeMentorshipStatusInput
    ) -> i.MentorshipPayload:
        status = input.status
        return await _on_mentorship(
            info,
            input,
            lambda m: mentorships.change_status(
                info.context.session, info.context.viewer, m, status, input.reason
            ),
        )

    @strawberry.mutation(description="A self-assessment (mentee) or a final evaluation (either).")
    async def submit_mentorship_assessment(
        self, info: Info, input: i.SubmitMentorshipAssessmentInput
    ) -> i.MentorshipPayload:
        async def act(mentorship_id: int) -> models.Mentorship:
            found = await practice.submit_assessment(
                info.context.session,
                info.context.viewer,
                mentorship_id,
                input.kind,
                [(r.key, r.value) for r in input.ratings],
                input.text,
            )
            return (
                await mentorships.mentorship_repo.mentorships_by_ids(
                    info.context.session, [found.mentorship_id]
                )
            )[0]

        return await _on_mentorship(info, input, act)

    @strawberry.mutation(description="Plan a meeting of mentor and mentee.")
    async def schedule_mentoring_meeting(
        self, info: Info, input: i.ScheduleMentoringMeetingInput
    ) -> i.MentoringMeetingPayload:
        async def action() -> dict[str, Any]:
            found = await practice.schedule_meeting(
                info.context.session,
                info.context.viewer,
                decode_id(input.mentorship_id, "Mentorship", "mentorshipId"),
                input.starts_at,
                input.place,
                input.agenda,
            )
            return {"meeting": t.MentoringMeeting.from_model(found)}

        return await run_mutation(info, input, i.MentoringMeetingPayload, action)

    @strawberry.mutation(description="Your note of a meeting, private unless shared.")
    async def save_meeting_note(
        self, info: Info, input: i.SaveMeetingNoteInput
    ) -> i.MentoringMeetingPayload:
        async def action() -> dict[str, Any]:
            meeting_id = decode_id(input.meeting_id, "MentoringMeeting", "meetingId")
            await practice.save_meeting_note(
                info.context.session, info.context.viewer, meeting_id, input.text, input.shared
            )
            meeting = await mentorships.mentorship_repo.meeting(info.context.session, meeting_id)
            return {"meeting": t.MentoringMeeting.from_model(meeting) if meeting else None}

        return await run_mutation(info, input, i.MentoringMeetingPayload, action)

    @strawberry.mutation(description="The mentor records what they saw the new leader do.")
    async def record_mentoring_observation(
        self, info: Info, input: i.RecordMentoringObservationInput
    ) -> i.MentorshipPayload:
        async def act(mentorship_id: int) -> models.Mentorship:
            command = ObservationCommand(
                mentorship_id=mentorship_id,
                observed_on=input.observed_on,
                setting=input.setting,
                situation=input.situation,
                went_well=input.went_well,
                to_develop=input.to_develop,
                suggestion=input.suggestion,
                ratings=[(r.key, r.value) for r in input.ratings],
                shared_with_mentee=input.shared_with_mentee,
            )
            await practice.record_observation(info.context.session, info.context.viewer, command)
            return (
                await mentorships.mentorship_repo.mentorships_by_ids(
                    info.context.session, [mentorship_id]
                )
            )[0]

        return await _on_mentorship(info, input, act)

    @strawberry.mutation(description="The mentor has seen what the mentee shared.")
    async def mark_mentee_visited(
        self, info: Info, input: i.MentorshipIdInput
    ) -> i.MentorshipPayload:
        return await _on_mentorship(
            info,
            input,
            lambda m: practice.mark_visited(info.context.session, info.context.viewer, m),
        )


async def _on_mentorship(
    info: Info, input: Any, act: Callable[[int], Awaitable[models.Mentorship]]
) -> i.MentorshipPayload:
    async def action() -> dict[str, Any]:
        found = await act(decode_id(input.mentorship_id, "Mentorship", "mentorshipId"))
        return mentorship_result(found)

    return await run_mutation(info, input, i.MentorshipPayload, action)
