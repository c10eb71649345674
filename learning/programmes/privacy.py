"""Personal data of programmes (see ``backend.privacy``): a leader's
enrolments and everything hanging off them. Erasing deletes the enrolments
(their goals, progress, reflections, evidence and checkpoints go with them)
and leaves the programmes, which are the organisation's."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from backend.privacy.handlers import (
    all_of,
    collect_files,
    delete_rows,
    export_rows,
    of_membership,
    update_rows,
)
from backend.privacy.registry import Subject, register_no_personal_data, register_personal_data
from learning.programmes.models import (
    ActionEvidence,
    ActivityProgress,
    Cohort,
    DevelopmentGoal,
    Enrolment,
    ManagerCheckpoint,
    Programme,
    ProgrammeActivity,
    ProgrammeModule,
    ProgrammeReminder,
    ProgrammeVersion,
    ProgrammeVersionGoal,
    ProgressEvent,
    Reflection,
)


def by_enrolment(model: Any) -> Any:
    def where(subject: Subject) -> Any:
        return model.enrolment_id.in_(
            select(Enrolment.id).where(Enrolment.membership_id == subject.membership_id)
        )

    return where


def register() -> None:
    """Declare this slice's tables (``backend.composition.compose`` calls it at start-up)."""
    register_personal_data(
        Programme,
        export=export_rows(Programme, of_membership(Programme.created_by_id)),
        erase=update_rows(
            Programme, of_membership(Programme.created_by_id), {"created_by_id": None}
        ),
        description="Programmes the person created (as HR).",
    )
    register_personal_data(
        Enrolment,
        export=export_rows(Enrolment, of_membership(Enrolment.membership_id)),
        erase=all_of(
            update_rows(
                Enrolment, of_membership(Enrolment.enrolled_by_id), {"enrolled_by_id": None}
            ),
            delete_rows(Enrolment, of_membership(Enrolment.membership_id)),
        ),
        description="The person's enrolments in programmes.",
    )
    for model, what in (
        (DevelopmentGoal, "The person's development goals and how far they were reached."),
        (ActivityProgress, "Which activities the person started and completed."),
        (Reflection, "What the person wrote after activities, and with whom they shared it."),
        (ProgressEvent, "The person's app's record of progress, as sent."),
    ):
        register_personal_data(
            model,
            export=export_rows(model, by_enrolment(model)),
            erase=delete_rows(model, by_enrolment(model)),
            description=what,
        )
    register_personal_data(
        ActionEvidence,
        export=export_rows(ActionEvidence, by_enrolment(ActionEvidence)),
        erase=all_of(
            collect_files(ActionEvidence, by_enrolment(ActionEvidence), ActionEvidence.object_key),
            delete_rows(ActionEvidence, by_enrolment(ActionEvidence)),
        ),
        description="What the person recorded of practice, with uploaded files.",
    )
    register_personal_data(
        ManagerCheckpoint,
        export=export_rows(ManagerCheckpoint, by_enrolment(ManagerCheckpoint)),
        erase=all_of(
            delete_rows(ManagerCheckpoint, by_enrolment(ManagerCheckpoint)),
            # A manager's checkpoints with others stay: they are those leaders' record.
            update_rows(
                ManagerCheckpoint,
                of_membership(ManagerCheckpoint.completed_by_id),
                {"completed_by_id": None},
            ),
        ),
        description="Checkpoints with the person's manager: agreed goals, notes and feedback.",
    )
    register_personal_data(
        ProgrammeReminder,
        export=export_rows(ProgrammeReminder, of_membership(ProgrammeReminder.membership_id)),
        erase=delete_rows(ProgrammeReminder, of_membership(ProgrammeReminder.membership_id)),
        description="Reminders sent to the person about due activities.",
    )
    for content, reason in (
        (ProgrammeVersion, "A version of a programme's content."),
        (ProgrammeVersionGoal, "Which organisational goals a programme serves."),
        (ProgrammeModule, "A module of a programme's content."),
        (ProgrammeActivity, "An activity of a programme's content."),
        (Cohort, "A cohort's name and start; who is in it is on the enrolments."),
    ):
        register_no_personal_data(content, reason=reason)
