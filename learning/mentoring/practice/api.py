"""Mutations of a mentorship's practice: assessments, meetings and notes,
observations, and the mentor's visit of the mentee's page. Thin: they decode
IDs and call the service."""

from __future__ import annotations

import strawberry

from backend.api.context import Info
from backend.api.ids import decode_id
from backend.api.mutations import run_mutation
from learning.mentoring import models
from learning.mentoring.mentorships import service as mentorships
from learning.mentoring.mentorships import types as mentorship_types
from learning.mentoring.mentorships.api import on_mentorship
from learning.mentoring.practice import service as practice
from learning.mentoring.practice import types as t
from learning.mentoring.practice.service import ObservationCommand


@strawberry.type
class Mutation:
    @strawberry.mutation(description="A self-assessment (mentee) or a final evaluation (either).")
    async def submit_mentorship_assessment(
        self, info: Info, input: t.SubmitMentorshipAssessmentInput
    ) -> mentorship_types.MentorshipPayload:
        async def act(mentorship_id: int) -> models.Mentorship:
            found = await practice.submit_assessment(
                info.context.session,
                info.context.viewer,
                mentorship_id,
                input.kind,
                [(r.key, r.value) for r in input.ratings],
                input.text,
            )
            return await mentorships.mentorship(info.context.session, found.mentorship_id)

        return await on_mentorship(info, input, act)

    @strawberry.mutation(description="Plan a meeting of mentor and mentee.")
    async def schedule_mentoring_meeting(
        self, info: Info, input: t.ScheduleMentoringMeetingInput
    ) -> t.MentoringMeetingPayload:
        async def action() -> t.MentoringMeetingPayload:
            found = await practice.schedule_meeting(
                info.context.session,
                info.context.viewer,
                decode_id(input.mentorship_id, "Mentorship", "mentorshipId"),
                input.starts_at,
                input.place,
                input.agenda,
            )
            return t.MentoringMeetingPayload(meeting=t.MentoringMeeting.from_model(found))

        return await run_mutation(info, input, t.MentoringMeetingPayload, action)

    @strawberry.mutation(description="Your note of a meeting, private unless shared.")
    async def save_meeting_note(
        self, info: Info, input: t.SaveMeetingNoteInput
    ) -> t.MentoringMeetingPayload:
        async def action() -> t.MentoringMeetingPayload:
            meeting_id = decode_id(input.meeting_id, "MentoringMeeting", "meetingId")
            await practice.save_meeting_note(
                info.context.session, info.context.viewer, meeting_id, input.text, input.shared
            )
            meeting = await practice.meeting(info.context.session, meeting_id)
            return t.MentoringMeetingPayload(
                meeting=t.MentoringMeeting.from_model(meeting) if meeting else None
            )

        return await run_mutation(info, input, t.MentoringMeetingPayload, action)

    @strawberry.mutation(description="The mentor records what they saw the new leader do.")
    async def record_mentoring_observation(
        self, info: Info, input: t.RecordMentoringObservationInput
    ) -> mentorship_types.MentorshipPayload:
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
            return await mentorships.mentorship(info.context.session, mentorship_id)

        return await on_mentorship(info, input, act)

    @strawberry.mutation(description="The mentor has seen what the mentee shared.")
    async def mark_mentee_visited(
        self, info: Info, input: mentorship_types.MentorshipIdInput
    ) -> mentorship_types.MentorshipPayload:
        return await on_mentorship(
            info,
            input,
            lambda m: practice.mark_visited(info.context.session, info.context.viewer, m),
        )
