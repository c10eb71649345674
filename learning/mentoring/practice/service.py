"""What happens inside a running mentorship: assessments, meetings with
private or shared notes, the mentor's observations of the new leader in
practice, and the mentor's visits of the mentee's page."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.api.ids import decode_id
from backend.auth.viewer import Viewer
from backend.db import utcnow
from backend.identity import policy
from learning.mentoring.mentorships.service import MAX_TEXT, RUNNING, S, mine, wrong_status
from learning.mentoring.models import (
    AssessmentKind,
    MeetingNote,
    MentoringMeeting,
    MentoringObservation,
    Mentorship,
    MentorshipAssessment,
    ObservationSetting,
)
from learning.mentoring.practice import repository as practice_repo

MAX_RATINGS = 50
MAX_TAG = 80
# A rating names a focus area: "tag:" and a focus tag (as in a mentoring need
# or profile), or "competency:" and a Competency's global ID.
RATING_KEY_FORMS = ("tag:", "competency:")
Ratings = Mapping[str, int] | Sequence[tuple[str, int]]


def _check_ratings(ratings: Ratings) -> dict[str, int]:
    """Ratings as sent (in order, so an error names the index), checked."""
    pairs = list(ratings.items()) if isinstance(ratings, Mapping) else list(ratings)
    if len(pairs) > MAX_RATINGS:
        raise DomainError(
            ErrorCode.INVALID, "mentoring.too_many_ratings", ["ratings"], maximum=MAX_RATINGS
        )
    checked: dict[str, int] = {}
    for index, (key, value) in enumerate(pairs):
        at = ["ratings", str(index)]
        if not _valid_key(key, [*at, "key"]):
            raise DomainError(ErrorCode.INVALID, "mentoring.rating_key", [*at, "key"])
        if key in checked:
            raise DomainError(ErrorCode.DUPLICATE, "mentoring.rating_key_repeated", [*at, "key"])
        if not 1 <= value <= 5:
            raise DomainError(ErrorCode.INVALID, "mentoring.rating_range", [*at, "value"])
        checked[key] = int(value)
    return checked


def _valid_key(key: str, at: list[str]) -> bool:
    if key.startswith("tag:"):
        tag = key.removeprefix("tag:")
        return 0 < len(tag) <= MAX_TAG and tag == tag.strip() and tag.isprintable()
    if key.startswith("competency:"):
        decode_id(key.removeprefix("competency:"), "Competency", at)  # refuses a bad ID
        return True
    return False


def _check_observed_on(observed_on: date, mentorship: Mentorship) -> None:
    """Not in the future (a day's grace for time zones), not before the
    mentorship was made."""
    if observed_on > utcnow().date() + timedelta(days=1):
        raise DomainError(ErrorCode.INVALID, "mentoring.observed_in_future", ["observedOn"])
    began = mentorship.created_at.date() if mentorship.created_at else None
    if began is not None and observed_on < min(began, mentorship.starts_on or began):
        raise DomainError(ErrorCode.INVALID, "mentoring.observed_before_mentorship", ["observedOn"])


_ASSESSMENT_AUTHOR = {
    AssessmentKind.START_SELF: "mentee",
    AssessmentKind.END_SELF: "mentee",
    AssessmentKind.MENTEE_EVALUATION: "mentee",
    AssessmentKind.MENTOR_EVALUATION: "mentor",
}


async def submit_assessment(
    session: AsyncSession,
    viewer: Viewer | None,
    mentorship_id: int,
    kind: AssessmentKind,
    ratings: Ratings,
    text: str,
) -> MentorshipAssessment:
    """The mentee's self-assessment at the start or the end, or either's
    evaluation at the end; submitting again revises it."""
    signed_in, mentorship = await mine(session, viewer, mentorship_id)
    author = "mentor" if signed_in.membership_id == mentorship.mentor_id else "mentee"
    if _ASSESSMENT_AUTHOR[kind] != author:
        raise DomainError(ErrorCode.FORBIDDEN, f"mentoring.only_{_ASSESSMENT_AUTHOR[kind]}")
    allowed = (
        (S.PROPOSED.value, *RUNNING)
        if kind == AssessmentKind.START_SELF
        else (*RUNNING, S.COMPLETED.value)
    )
    if mentorship.status not in allowed:
        raise wrong_status(mentorship.status)
    if len(text) > MAX_TEXT:
        raise DomainError(ErrorCode.TOO_LONG, "error.too_long", field=["text"], maximum=MAX_TEXT)
    checked = _check_ratings(ratings)
    found = await practice_repo.assessment(session, mentorship.id, kind.value)
    if found is None:
        found = MentorshipAssessment(
            organisation_id=mentorship.organisation_id, mentorship_id=mentorship.id, kind=kind.value
        )
        session.add(found)
    found.author_id = signed_in.membership_id
    found.ratings = checked
    found.text = text
    await session.flush()
    return found


async def schedule_meeting(
    session: AsyncSession,
    viewer: Viewer | None,
    mentorship_id: int,
    starts_at: datetime,
    place: str = "",
    agenda: str = "",
) -> MentoringMeeting:
    signed_in, mentorship = await mine(session, viewer, mentorship_id)
    if mentorship.status not in RUNNING:
        raise wrong_status(mentorship.status)
    if len(place) > 200 or len(agenda) > MAX_TEXT:
        raise DomainError(ErrorCode.TOO_LONG, "error.too_long", field=["agenda"], maximum=MAX_TEXT)
    meeting = MentoringMeeting(
        organisation_id=mentorship.organisation_id,
        mentorship_id=mentorship.id,
        starts_at=starts_at,
        place=place.strip(),
        agenda=agenda,
        created_by_id=signed_in.membership_id,
    )
    session.add(meeting)
    await session.flush()
    return meeting


async def save_meeting_note(
    session: AsyncSession, viewer: Viewer | None, meeting_id: int, text: str, shared: bool
) -> MeetingNote:
    """A participant's note of a meeting, private unless ``shared``."""
    signed_in = policy.require_viewer(viewer)
    meeting = await practice_repo.meeting(session, meeting_id)
    if meeting is None:
        raise DomainError(ErrorCode.NOT_FOUND, "error.not_found", field=["meetingId"])
    await mine(session, signed_in, meeting.mentorship_id, field="meetingId")
    if not text.strip():
        raise DomainError(ErrorCode.REQUIRED, "error.required", field=["text"])
    if len(text) > MAX_TEXT:
        raise DomainError(ErrorCode.TOO_LONG, "error.too_long", field=["text"], maximum=MAX_TEXT)
    note = await practice_repo.note_of(session, meeting.id, signed_in.membership_id)
    if note is None:
        note = MeetingNote(
            organisation_id=meeting.organisation_id,
            meeting_id=meeting.id,
            author_id=signed_in.membership_id,
            text=text,
        )
        session.add(note)
    note.text = text
    note.shared = shared
    await session.flush()
    return note


@dataclass(frozen=True)
class ObservationCommand:
    mentorship_id: int
    observed_on: date
    setting: ObservationSetting
    situation: str = ""
    went_well: str = ""
    to_develop: str = ""
    suggestion: str = ""
    ratings: Ratings | None = None
    shared_with_mentee: bool = True


async def record_observation(
    session: AsyncSession, viewer: Viewer | None, command: ObservationCommand
) -> MentoringObservation:
    """The mentor watched the mentee in practice and records what they saw."""
    signed_in, mentorship = await mine(session, viewer, command.mentorship_id)
    if signed_in.membership_id != mentorship.mentor_id:
        raise DomainError(ErrorCode.FORBIDDEN, "mentoring.only_mentor")
    if mentorship.status not in RUNNING:
        raise wrong_status(mentorship.status)
    texts = {
        "situation": command.situation,
        "wentWell": command.went_well,
        "toDevelop": command.to_develop,
        "suggestion": command.suggestion,
    }
    for name, value in texts.items():
        if len(value) > MAX_TEXT:
            raise DomainError(ErrorCode.TOO_LONG, "error.too_long", field=[name], maximum=MAX_TEXT)
    if not (command.went_well.strip() or command.to_develop.strip()):
        raise DomainError(ErrorCode.REQUIRED, "error.required", field=["wentWell"])
    _check_observed_on(command.observed_on, mentorship)
    observation = MentoringObservation(
        organisation_id=mentorship.organisation_id,
        mentorship_id=mentorship.id,
        observed_on=command.observed_on,
        setting=command.setting.value,
        situation=command.situation,
        went_well=command.went_well,
        to_develop=command.to_develop,
        suggestion=command.suggestion,
        ratings=_check_ratings(command.ratings or {}),
        shared_with_mentee=command.shared_with_mentee,
        author_id=signed_in.membership_id,
    )
    session.add(observation)
    await session.flush()
    return observation


async def mark_visited(
    session: AsyncSession, viewer: Viewer | None, mentorship_id: int
) -> Mentorship:
    """The mentor has seen what the mentee shared: "since the last visit" starts now."""
    signed_in, mentorship = await mine(session, viewer, mentorship_id)
    if signed_in.membership_id != mentorship.mentor_id:
        raise DomainError(ErrorCode.FORBIDDEN, "mentoring.only_mentor")
    mentorship.mentor_seen_at = utcnow()
    await session.flush()
    return mentorship


async def meeting(session: AsyncSession, meeting_id: int) -> MentoringMeeting | None:
    """A meeting the service has just let the viewer change, to answer with."""
    return await practice_repo.meeting(session, meeting_id)
