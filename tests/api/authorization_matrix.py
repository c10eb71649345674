"""The requests of the authorization matrix: for every query and mutation
root field of the schema (some more than once, e.g. ``node`` on several kinds
of object), the arguments of a minimal valid request over the demo
municipality, built per role. The answers each role must get are data in
``authorization_matrix.toml``; ``test_authorization_matrix`` checks both
against the schema and runs every (row, role) pair.

A row's label starts with the field's name; the rest says which case it is.
Rows run in this order, queries first: what changes state for good comes last.
"""

from __future__ import annotations

import tomllib
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from backend.db import utcnow
from tests.api.authorization_credentials import magic_link, rater_token, refresh_token
from tests.api.authorization_world import ROLES, World
from tests.support.factories import unique

ALLOWED = "ALLOWED"
FORBIDDEN = "FORBIDDEN"
HIDDEN = "HIDDEN"
UNAUTHENTICATED = "UNAUTHENTICATED"
ANSWERS = (ALLOWED, FORBIDDEN, HIDDEN, UNAUTHENTICATED)

Arguments = Callable[[World, str], dict[str, Any] | Awaitable[dict[str, Any]]]
MATRIX = Path(__file__).with_name("authorization_matrix.toml")


def expected_answers() -> dict[str, dict[str, str]]:
    """label -> role -> answer, from the TOML: ``default`` for roles not
    named, except anonymous and rater, UNAUTHENTICATED unless named."""
    table = tomllib.loads(MATRIX.read_text(encoding="utf-8"))
    outsiders = {"anonymous": UNAUTHENTICATED, "rater": UNAUTHENTICATED}
    return {
        label: {role: row.get(role, outsiders.get(role, row["default"])) for role in ROLES}
        for label, row in table.items()
    }


def _none(world: World, role: str) -> dict[str, Any]:
    return {}


def args(**values: Callable[[World], Any]) -> Arguments:
    def build(world: World, role: str) -> dict[str, Any]:
        return {name: value(world) for name, value in values.items()}

    return build


def given(**values: Any) -> Arguments:
    return lambda world, role: dict(values)


def input_of(build: Callable[[World], dict[str, Any]]) -> Arguments:
    return lambda world, role: {"input": build(world)}


def _answers(world: World) -> list[dict[str, Any]]:
    return [{"itemId": world["item"], "value": 4, "cannotJudge": False}]


def _rater(label: str, extra: Callable[[World], dict[str, Any]]) -> Arguments:
    def build(world: World, role: str) -> dict[str, Any]:
        return {"input": {"token": rater_token(world, role, label), **extra(world)}}

    return build


QUERIES: dict[str, Arguments] = {
    "node Reflection (private)": args(id=lambda w: w["reflection"]),
    "node Enrolment": args(id=lambda w: w["enrolment"]),
    "node Evaluation": args(id=lambda w: w["closed_evaluation"]),
    "node Mentorship": args(id=lambda w: w["mentorship"]),
    "node MentoringMeeting": args(id=lambda w: w["meeting"]),
    "node PhilosophyVersion": args(id=lambda w: w["versions"][0]),
    "node EffectExport": args(id=lambda w: w["export"]),
    "node FeedbackNote": args(id=lambda w: w["note"]),
    "node Person": args(id=lambda w: w.person("new_leader")),
    "node Membership": args(id=lambda w: w.membership("staff")),
    "node Organisation": args(id=lambda w: w["organisation"]),
    "node Unit": args(id=lambda w: w["unit"]),
    "node OrganisationGoal": args(id=lambda w: w["goal"]),
    "node LeadershipFoundation": args(id=lambda w: w["foundation"]),
    "node StructureImport": args(id=lambda w: w["structure_import"]),
    "viewer": _none,
    "organisation": _none,
    "people": _none,
    "goals": _none,
    "leadershipFoundation": _none,
    "reports": args(personId=lambda w: w.person("new_leader")),
    "reports of staff, all levels": lambda w, role: {
        "personId": w.person("staff"),
        "direct": False,
    },
    "spansOfControl": _none,
    "evaluationCycles": _none,
    "myEvaluations": _none,
    "myEvaluationTasks": _none,
    "raterForm": lambda w, role: {"token": rater_token(w, role, "raterForm")},
    "competencyFrameworks": _none,
    "feedbackNotes": _none,
    "feedbackNotes of the new leader": args(leaderId=lambda w: w.membership("new_leader")),
    "unreadFeedbackCount": _none,
    "learningEffect": _none,
    "organisationLearningEffect": _none,
    "learningEffectScopes": _none,
    "learningEffectSummary": given(scope="ORGANISATION"),
    "myActivityRatings": args(activityIds=lambda w: [w["activity"]]),
    "learningEffectExport": args(id=lambda w: w["export"]),
    "myMentorProfile": _none,
    "myMentoringNeed": _none,
    "mentorProfiles": _none,
    "mentoringNeeds": _none,
    "matchingRuns": _none,
    "matchProposalsToDecide": _none,
    "mentorShortlist": given(first=3),
    "myMentorships": _none,
    "myMentorRequests": _none,
    "mentees": _none,
    "myPhilosophy": _none,
    "leadershipPhilosophy": args(leaderId=lambda w: w.membership("new_leader")),
    "philosophyDiff": args(
        fromVersionId=lambda w: w["versions"][0], toVersionId=lambda w: w["versions"][1]
    ),
    "philosophyOverview": _none,
    "publishedPhilosophies": _none,
    "privacyAuditLog": _none,
    "personalDataExport": args(id=lambda w: w["personal_export"]),
    "home": _none,
    "programmes": _none,
    "enrolments": _none,
    "enrolments of a programme": args(programmeId=lambda w: w["programme"]),
}


def _sections(world: World) -> list[dict[str, Any]]:
    return [
        {"kind": "VALUES", "title": "Værdier", "body": "Tillid", "principleIds": [], "goalIds": []}
    ]


def _now() -> str:
    return utcnow().isoformat()


def _progress(world: World, **extra: Any) -> dict[str, Any]:
    return {"enrolmentId": world["enrolment"], "activityId": world["activity"], **extra}


IDENTITY_MUTATIONS: dict[str, Arguments] = {
    "signIn": input_of(lambda w: {"email": "hr@fjordby.dk", "password": "Fjordby-demo-2025"}),
    "requestMagicLink": input_of(lambda w: {"email": f"{unique('ukendt')}@fjordby.dk"}),
    "signInWithMagicLink": magic_link,
    "refreshToken": refresh_token,
    "createUnit": input_of(lambda w: {"name": unique("Enhed"), "parentId": w["unit"]}),
    "updateUnit": input_of(lambda w: {"id": w["unit"]}),
    "createPerson": input_of(
        lambda w: {
            "email": f"{unique('ny')}@fjordby.dk",
            "name": "Ny Person",
            "locale": "DA",
            "jobTitle": "Pædagog",
            "roles": [],
        }
    ),
    "updatePerson": input_of(lambda w: {"id": w["target_person"], "name": unique("Vikar")}),
    "setMyLocale": input_of(lambda _w: {"locale": "DA"}),
    "updateMembership": input_of(lambda w: {"personId": w["target_person"], "jobTitle": "Vikar"}),
    "updateMembership granting ADMIN": input_of(
        lambda w: {"personId": w["target_person"], "roles": ["ADMIN"]}
    ),
    "setReportingLine": input_of(
        lambda w: {"personId": w["target_person"], "managerId": w.person("new_leader")}
    ),
    "createGoal": input_of(lambda w: {"title": unique("Mål"), "unitIds": [w["unit"]]}),
    "updateGoal": input_of(lambda w: {"id": w["goal"]}),
    "publishLeadershipFoundation": input_of(
        lambda w: {
            "title": "Grundlag",
            "introduction": "",
            "principles": [{"kind": "VALUE", "title": "Mod", "description": ""}],
        }
    ),
    "createStructureImport": given(
        input={"filename": "a.csv", "contentType": "text/csv", "size": 100}
    ),
    "startStructureImport": input_of(lambda w: {"id": w["structure_import"]}),
}
