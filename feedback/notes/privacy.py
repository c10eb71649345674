"""Personal data of feedback notes (see ``backend.privacy``).

Notes about an erased leader go with their replies. Notes the erased person
wrote about someone else stay in that person's thread, without their words
or their name.
"""

from __future__ import annotations

from sqlalchemy import or_

from backend.privacy.handlers import (
    ERASED_TEXT,
    all_of,
    delete_rows,
    export_rows,
    of_membership,
    update_rows,
)
from backend.privacy.registry import register_personal_data
from feedback.notes.models import FeedbackNote, FeedbackNoteAudience, FeedbackNoteRead


def register() -> None:
    """Declare this slice's tables (``backend.composition.compose`` calls it at start-up)."""
    register_personal_data(
        FeedbackNote,
        export=export_rows(
            FeedbackNote,
            lambda s: or_(
                FeedbackNote.leader_id == s.membership_id, FeedbackNote.author_id == s.membership_id
            ),
        ),
        erase=all_of(
            delete_rows(FeedbackNote, of_membership(FeedbackNote.leader_id)),
            update_rows(
                FeedbackNote,
                of_membership(FeedbackNote.author_id),
                {"body": ERASED_TEXT, "author_id": None},
            ),
            update_rows(
                FeedbackNote, of_membership(FeedbackNote.hidden_by_id), {"hidden_by_id": None}
            ),
        ),
        description="Feedback to the person, and feedback and comments they wrote.",
    )
    for model in (FeedbackNoteAudience, FeedbackNoteRead):
        register_personal_data(
            model,
            export=export_rows(model, of_membership(model.membership_id)),
            erase=delete_rows(model, of_membership(model.membership_id)),
            description="Which feedback notes the person may read, and when they read them.",
        )
