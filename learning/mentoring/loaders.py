"""DataLoaders of the mentoring slice: one query per batch for every relation
``types.py`` exposes. The mentor's ``mentees`` page uses the person, next
meeting, progress and shared-items loaders, so its statement count does not
grow with the number of mentees."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import Row

from backend.api.loaders import BatchLoader
from backend.db import utcnow
from learning.mentoring import hooks
from learning.mentoring import mentorship_repository as mentorship_repo
from learning.mentoring import repository as repo
from learning.mentoring.models import (
    MeetingNote,
    MentoringMeeting,
    MentoringObservation,
    MentorProfile,
    MentorshipAssessment,
)


class PersonByMembershipLoader(BatchLoader[int, Row[Any] | None]):
    """People of mentorships and proposals the service already let through."""

    async def batch(self, keys: list[int]) -> list[Row[Any] | None]:
        found = {row.id: row for row in await repo.people(self.context.session, keys)}
        return [found.get(key) for key in keys]


class ProfileByIdLoader(BatchLoader[int, MentorProfile | None]):
    async def batch(self, keys: list[int]) -> list[MentorProfile | None]:
        found = {p.id: p for p in await repo.profiles_by_ids(self.context.session, keys)}
        return [found.get(key) for key in keys]


class LoadByMentorLoader(BatchLoader[int, int]):
    """Places taken of each mentor's capacity."""

    async def batch(self, keys: list[int]) -> list[int]:
        found = await repo.load_of_mentors(self.context.session, keys)
        return [found.get(key, 0) for key in keys]


class NextMeetingByMentorshipLoader(BatchLoader[int, MentoringMeeting | None]):
    async def batch(self, keys: list[int]) -> list[MentoringMeeting | None]:
        found: dict[int, MentoringMeeting] = {}
        for meeting in await mentorship_repo.next_meetings(self.context.session, keys, utcnow()):
            found.setdefault(meeting.mentorship_id, meeting)
        return [found.get(key) for key in keys]


class MeetingsByMentorshipLoader(BatchLoader[int, list[MentoringMeeting]]):
    async def batch(self, keys: list[int]) -> list[list[MentoringMeeting]]:
        found: dict[int, list[MentoringMeeting]] = defaultdict(list)
        for meeting in await mentorship_repo.meetings_of(self.context.session, keys):
            found[meeting.mentorship_id].append(meeting)
        return [found.get(key, []) for key in keys]


class NotesByMeetingLoader(BatchLoader[int, list[MeetingNote]]):
    """The viewer's own notes and the shared ones."""

    async def batch(self, keys: list[int]) -> list[list[MeetingNote]]:
        viewer = self.context.viewer
        if viewer is None:
            return [[] for _ in keys]
        found: dict[int, list[MeetingNote]] = defaultdict(list)
        for note in await mentorship_repo.notes_of_meetings(
            self.context.session, keys, viewer.membership_id
        ):
            found[note.meeting_id].append(note)
        return [found.get(key, []) for key in keys]


class ObservationsByMentorshipLoader(BatchLoader[tuple[int, bool], list[MentoringObservation]]):
    """Keyed by (mentorship, viewer is its mentor): a mentee sees only shared ones."""

    async def batch(self, keys: list[tuple[int, bool]]) -> list[list[MentoringObservation]]:
        ids = [key[0] for key in keys]
        mentor_of = {key[0] for key in keys if key[1]}
        found: dict[int, list[MentoringObservation]] = defaultdict(list)
        for observation in await mentorship_repo.observations_of(
            self.context.session, ids, mentor_of
        ):
            found[observation.mentorship_id].append(observation)
        return [found.get(key[0], []) for key in keys]


class AssessmentsByMentorshipLoader(BatchLoader[int, list[MentorshipAssessment]]):
    async def batch(self, keys: list[int]) -> list[list[MentorshipAssessment]]:
        found: dict[int, list[MentorshipAssessment]] = defaultdict(list)
        for assessment in await mentorship_repo.assessments_of(self.context.session, keys):
            found[assessment.mentorship_id].append(assessment)
        return [found.get(key, []) for key in keys]


class ProgressByMenteeLoader(BatchLoader[int, hooks.MenteeProgress]):
    async def batch(self, keys: list[int]) -> list[hooks.MenteeProgress]:
        found = await hooks.registry.progress(self.context.session, keys)
        return [found.get(key, hooks.NO_PROGRESS) for key in keys]


class SharedSinceLoader(BatchLoader[tuple[int, datetime | None], list[hooks.SharedItem]]):
    """What each mentee shared with their mentor since the mentor's last visit."""

    async def batch(self, keys: list[tuple[int, datetime | None]]) -> list[list[hooks.SharedItem]]:
        found = await hooks.registry.shared_items(self.context.session, keys)
        return [found.get(key[0], []) for key in keys]
