"""Personal data of mentoring (see ``backend.privacy``).

A mentorship is also the other party's: it stays, with its meetings. What
the erased person wrote in it (assessments, meeting notes, observations)
loses its words and its author; their profile, needs and proposals go.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select

from backend.privacy.handlers import (
    ERASED_TEXT,
    all_of,
    delete_rows,
    export_rows,
    keep,
    of_membership,
    update_rows,
)
from backend.privacy.registry import Subject, register_no_personal_data, register_personal_data
from learning.mentoring.models import (
    MatchingRun,
    MatchProposal,
    MeetingNote,
    MentoringMeeting,
    MentoringNeed,
    MentoringObservation,
    MentoringPool,
    MentoringPoolMember,
    MentorProfile,
    Mentorship,
    MentorshipAssessment,
)


def _in_mentorship(subject: Subject) -> Any:
    return or_(
        Mentorship.mentor_id == subject.membership_id,
        Mentorship.mentee_id == subject.membership_id,
    )


def _of_their_mentorships(model: Any) -> Any:
    def where(subject: Subject) -> Any:
        return model.mentorship_id.in_(select(Mentorship.id).where(_in_mentorship(subject)))

    return where


_proposed = lambda s: or_(  # noqa: E731
    MatchProposal.mentee_id == s.membership_id, MatchProposal.mentor_id == s.membership_id
)
_observed = _of_their_mentorships(MentoringObservation)


def register() -> None:
    """Declare this slice's tables (``backend.composition.compose`` calls it at start-up)."""
    for model, what in (
        (
            MentorProfile,
            "The person's mentor profile: capacity, strengths, areas and availability.",
        ),
        (MentoringNeed, "What the person wants from a mentor."),
    ):
        register_personal_data(
            model,
            export=export_rows(model, of_membership(model.membership_id)),
            erase=delete_rows(model, of_membership(model.membership_id)),
            description=what,
        )
    register_personal_data(
        MatchingRun,
        export=export_rows(
            MatchingRun, of_membership(MatchingRun.started_by_id), leave_out=["result"]
        ),
        erase=update_rows(
            MatchingRun, of_membership(MatchingRun.started_by_id), {"started_by_id": None}
        ),
        description="Matching runs the person started (as HR).",
    )
    register_personal_data(
        MatchProposal,
        export=export_rows(MatchProposal, _proposed),
        erase=all_of(
            update_rows(
                MatchProposal,
                of_membership(MatchProposal.decided_by_id),
                {"decided_by_id": None, "decision_note": ERASED_TEXT},
            ),
            delete_rows(MatchProposal, _proposed),
        ),
        description="Proposed mentor pairings of the person, with their explanations.",
    )
    register_personal_data(
        Mentorship,
        export=export_rows(Mentorship, _in_mentorship),
        erase=keep("A mentorship is the other party's record too; the person's name is erased."),
        description="The person's mentorships, as mentor or mentee.",
    )
    register_personal_data(
        MentorshipAssessment,
        export=export_rows(MentorshipAssessment, of_membership(MentorshipAssessment.author_id)),
        erase=delete_rows(MentorshipAssessment, of_membership(MentorshipAssessment.author_id)),
        description="The person's assessments of their mentorships.",
    )
    register_personal_data(
        MentoringMeeting,
        export=export_rows(MentoringMeeting, _of_their_mentorships(MentoringMeeting)),
        erase=update_rows(
            MentoringMeeting, of_membership(MentoringMeeting.created_by_id), {"created_by_id": None}
        ),
        description="Meetings of the person's mentorships.",
    )
    register_personal_data(
        MeetingNote,
        export=export_rows(MeetingNote, of_membership(MeetingNote.author_id)),
        erase=delete_rows(MeetingNote, of_membership(MeetingNote.author_id)),
        description="The person's notes from mentoring meetings.",
    )
    register_personal_data(
        MentoringObservation,
        export=export_rows(
            MentoringObservation,
            lambda s: or_(
                MentoringObservation.author_id == s.membership_id,
                _observed(s) & MentoringObservation.shared_with_mentee,
            ),
        ),
        erase=update_rows(
            MentoringObservation,
            of_membership(MentoringObservation.author_id),
            {
                "situation": ERASED_TEXT,
                "went_well": ERASED_TEXT,
                "to_develop": ERASED_TEXT,
                "suggestion": ERASED_TEXT,
                "author_id": None,
            },
        ),
        description="Observations the person wrote, and those shared with them as mentee.",
    )
    register_no_personal_data(MentoringPool, reason="A shared pool's name.")
    register_no_personal_data(MentoringPoolMember, reason="Which organisations share a pool.")
