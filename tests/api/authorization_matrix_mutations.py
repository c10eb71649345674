"""The matrix's rows for the mutations of learning/ and feedback/, in the
order they run: what changes state for good (closing, declining, hiding,
pausing, signing out) comes last, so earlier rows still find what they need.
See ``tests/api/authorization_matrix.py`` for what the answers mean."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from backend.db import utcnow
from tests.api.authorization_matrix import (
    Arguments,
    _answers,
    _progress,
    _rater,
    _sections,
    given,
    input_of,
)
from tests.api.authorization_world import World
from tests.api.authorization_world_api import programme_input
from tests.support.factories import unique


def _later(days: int) -> str:
    return (utcnow() + timedelta(days=days)).isoformat()


def _activity(world: World, kind: str) -> dict[str, Any]:
    return {"enrolmentId": world["enrolment"], "activityId": world["activities"][kind]}


def _framework(world: World) -> dict[str, Any]:
    labels = ["1", "2", "3", "4", "5"]
    return {
        "family": unique("model").lower(),
        "nameDa": "Model",
        "nameEn": "Model",
        "scaleLabelsDa": labels,
        "scaleLabelsEn": labels,
        "competencies": [
            {
                "titleDa": "Retning",
                "titleEn": "Direction",
                "descriptionDa": "",
                "descriptionEn": "",
                "items": [{"textDa": "Sætter retning", "textEn": "Sets direction"}],
            }
        ],
        "openQuestions": [],
        "descriptionDa": "",
        "descriptionEn": "",
        "publish": False,
    }


def _mentorship(world: World, **extra: Any) -> dict[str, Any]:
    return {"mentorshipId": world["mentorship"], **extra}


DOMAIN_MUTATIONS: dict[str, Arguments] = {
    # --- 360 evaluations ---
    "createEvaluationCycle": input_of(
        lambda w: {
            "name": unique("Runde"),
            "frameworkId": w["framework"],
            "opensAt": _later(5),
            "closesAt": _later(30),
        }
    ),
    "addLeadersToEvaluationCycle": input_of(
        lambda w: {"cycleId": w["draft_cycle"], "leaderIds": [w.membership("new_leader")]}
    ),
    "changeEvaluationCycleDeadline": input_of(
        lambda w: {"cycleId": w["draft_cycle"], "closesAt": _later(40)}
    ),
    "changeEvaluationQuestionnaire": input_of(
        lambda w: {"cycleId": w["draft_cycle"], "peerMinimum": 3}
    ),
    "nominateRaters": input_of(
        lambda w: {
            "evaluationId": w["evaluation"],
            "nominees": [
                {
                    "group": "EXTERNAL",
                    "name": "Borger",
                    "email": f"{unique('borger')}@example.dk",
                    "locale": "da",
                }
            ],
        }
    ),
    "submitNominations": input_of(lambda w: {"evaluationId": w["evaluation"]}),
    "openMyRaterForm": input_of(lambda w: {"evaluationId": w["evaluation"]}),
    "approveNominations": input_of(
        lambda w: {"evaluationId": w["evaluation"], "rejectedNominationIds": []}
    ),
    "withdrawNomination": input_of(lambda w: {"nominationId": w["nomination"]}),
    "shareEvaluationReport": input_of(
        lambda w: {
            "evaluationId": w["closed_evaluation"],
            "membershipId": w.membership("mentor"),
            "shared": True,
        }
    ),
    "saveRaterAnswers": _rater(
        "saveRaterAnswers", lambda w: {"answers": _answers(w), "comments": []}
    ),
    "submitRaterResponse": _rater(
        "submitRaterResponse", lambda w: {"answers": _answers(w), "comments": []}
    ),
    "declineRaterInvitation": _rater("declineRaterInvitation", lambda w: {"reason": "Travlt"}),
    "openEvaluationCycle": input_of(lambda w: {"cycleId": w["draft_cycle"]}),
    "inviteRaters": input_of(lambda w: {"cycleId": w["draft_cycle"]}),
    "remindEvaluationRaters": input_of(lambda w: {"cycleId": w["cycle"]}),
    "changeEvaluationReminderDays": input_of(
        lambda w: {"cycleId": w["cycle"], "reminderDaysBeforeClose": [7, 2]}
    ),
    # --- competency frameworks ---
    "createCompetencyFramework": input_of(_framework),
    "publishCompetencyFramework": input_of(lambda w: {"id": w["framework"]}),
    "createCompetencyFrameworkVersion": input_of(lambda w: {"id": w["framework"]}),
    # --- feedback notes ---
    "giveFeedbackNote": input_of(
        lambda w: {
            "leaderId": w.membership("new_leader"),
            "subjectKind": "GENERAL",
            "body": "Godt møde",
            "shareWithIds": [],
        }
    ),
    "replyToFeedbackNote": input_of(lambda w: {"noteId": w["note"], "body": "Tak"}),
    "markFeedbackNotesRead": input_of(lambda w: {"noteIds": [w["note"]]}),
    # --- learning effect ---
    "rateActivity": input_of(lambda w: {"activityId": w["activity"], "rating": 4, "comment": ""}),
    "exportLearningEffect": given(input={"format": "CSV", "scope": "ORGANISATION"}),
    # --- mentoring ---
    "saveMentorProfile": given(
        input={
            "capacity": 2,
            "competencyIds": [],
            "tags": [],
            "areas": [],
            "languages": ["da"],
            "location": "",
            "availability": "",
            "isAvailable": True,
        }
    ),
    "saveMentoringNeed": given(
        input={
            "competencyIds": [],
            "tags": [],
            "area": "",
            "areaPreference": "ANY",
            "language": "da",
            "location": "",
            "notes": "",
        }
    ),
    "startMatchingRun": given(input={"useSharedPool": False, "candidatesPerMentee": 3}),
    "requestMentor": input_of(lambda w: {"mentorProfileId": w["mentor_profile"]}),
    "approveMatchProposal": input_of(lambda w: {"proposalId": w["proposals"][0], "note": ""}),
    "rejectMatchProposal": input_of(lambda w: {"proposalId": w["proposals"][1], "note": ""}),
    "acceptMentorship": input_of(_mentorship),
    "setMentorshipAgreement": input_of(
        lambda w: _mentorship(w, goals="Trivsel", meetingFrequency="Månedligt")
    ),
    "submitMentorshipAssessment": input_of(
        lambda w: _mentorship(w, kind="START_SELF", ratings=[], text="Godt")
    ),
    "scheduleMentoringMeeting": input_of(
        lambda w: _mentorship(w, startsAt=_later(7), place="Kaffebar", agenda="")
    ),
    "saveMeetingNote": input_of(
        lambda w: {"meetingId": w["meeting"], "text": "Noter", "shared": False}
    ),
    "recordMentoringObservation": input_of(
        lambda w: _mentorship(
            w,
            observedOn=date.today().isoformat(),
            setting="OTHER",
            situation="Personalemøde",
            wentWell="Ro",
            toDevelop="Tempo",
            suggestion="Pauser",
            ratings=[],
            sharedWithMentee=False,
        )
    ),
    "markMenteeVisited": input_of(_mentorship),
    # --- leadership philosophy ---
    "savePhilosophyDraft": input_of(
        lambda w: {"sections": _sections(w), "philosophyId": w["philosophy"]}
    ),
    "publishPhilosophy": input_of(lambda w: {"philosophyId": w["philosophy"], "summary": "Ny"}),
    "setPhilosophyVisibility": input_of(
        lambda w: {"philosophyId": w["philosophy"], "visibility": "INTERNAL"}
    ),
    "savePhilosophyNotes": input_of(lambda w: {"philosophyId": w["philosophy"], "notes": "Husk"}),
    "commentOnPhilosophy": input_of(lambda w: {"versionId": w["versions"][1], "body": "Fint"}),
    "addPhilosophyItem": input_of(lambda w: {"philosophyId": w["philosophy"], "text": "Gør det"}),
    "completePhilosophyItem": input_of(lambda w: {"itemId": w["philosophy_item"], "done": True}),
    # --- programmes ---
    "createProgramme": input_of(lambda w: programme_input(w, unique("Forløb"))),
    "updateProgramme": input_of(
        lambda w: {"programmeId": w["draft_programme"], **programme_input(w, "Opdateret")}
    ),
    "publishProgramme": input_of(lambda w: {"programmeId": w["draft_programme"]}),
    "requestActivityMediaUpload": input_of(
        lambda w: {
            "programmeId": w["programme"],
            "filename": "video.mp4",
            "contentType": "video/mp4",
            "byteSize": 1000,
        }
    ),
    "createCohort": input_of(
        lambda w: {
            "programmeId": w["programme"],
            "name": unique("Hold"),
            "startsOn": (date.today() + timedelta(days=30)).isoformat(),
        }
    ),
    "enrolLeader": input_of(
        lambda w: {
            "programmeId": w["programme"],
            "leaderId": w.membership("leader_of_leaders"),
            "developmentGoals": [],
        }
    ),
    "setDevelopmentGoals": input_of(
        lambda w: {
            "enrolmentId": w["enrolment"],
            "goals": [
                {
                    "id": w["development_goal"],
                    "title": "Bedre møder",
                    "organisationGoalId": w["goal"],
                    "description": "",
                }
            ],
        }
    ),
    "startActivity": input_of(lambda w: _progress(w)),
    "completeActivity": input_of(lambda w: _progress(w)),
    "saveReflection": input_of(lambda w: {**_activity(w, "REFLECTION"), "text": "Jeg lærte"}),
    "shareReflection": input_of(
        lambda w: {"reflectionId": w["reflection"], "sharedWith": ["MENTOR"]}
    ),
    "requestEvidenceUpload": input_of(
        lambda w: {
            **_activity(w, "ACTION"),
            "filename": "plan.pdf",
            "contentType": "application/pdf",
            "byteSize": 1000,
        }
    ),
    "recordActionEvidence": input_of(lambda w: {**_activity(w, "ACTION"), "text": "Afholdt møde"}),
    "syncProgress": input_of(
        lambda w: {
            "events": [
                {
                    "clientEventId": unique("event"),
                    "type": "STARTED",
                    "occurredAt": utcnow().isoformat(),
                    **_progress(w),
                }
            ]
        }
    ),
    "completeCheckpoint": input_of(
        lambda w: {"enrolmentId": w["enrolment"], "kind": "DURING", "ratings": []}
    ),
    # --- privacy ---
    "requestPersonalDataExport": input_of(lambda w: {"personId": w.person("new_leader")}),
    "requestPersonalDataExport of one's own data": given(input={}),
    # --- last: what ends or hides something for good ---
    "hideFeedbackNote": input_of(lambda w: {"noteId": w["note"]}),
    "unhideFeedbackNote": input_of(lambda w: {"noteId": w["note"]}),
    "declineMentorship": input_of(lambda w: _mentorship(w, reason="Travlt")),
    "changeMentorshipStatus": input_of(lambda w: _mentorship(w, status="PAUSED", reason="Orlov")),
    "archiveProgramme": input_of(lambda w: {"programmeId": w["draft_programme"]}),
    "closeEvaluationCycle": input_of(lambda w: {"cycleId": w["draft_cycle"]}),
    "erasePerson": input_of(
        lambda w: {"personId": w["target_person"], "confirmEmail": w["target_email"]}
    ),
    "changePassword": given(input={"newPassword": "et-langt-nyt-kodeord-2026"}),
    "signOut": given(input={"everywhere": False}),
}
