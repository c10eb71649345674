"""What a mentor records is checked: an observation is not dated in the future
(nor before the mentorship), and every rating names a focus area in one of
the documented forms, once, with a value of 1-5."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from learning.mentoring.models import MentoringObservation, MentorshipAssessment
from tests.learning.mentoring.conftest import World, add_mentorship
from tests.support.graphql_client import GraphQLClient
from tests.support.operations import gid

OBSERVE = """
mutation O($input: RecordMentoringObservationInput!) {
  recordMentoringObservation(input: $input) {
    errors { code field reason }
    mentorship { observations { observedOn ratings { key value } } }
  }
}"""
ASSESS = """
mutation S($input: SubmitMentorshipAssessmentInput!) {
  submitMentorshipAssessment(input: $input) { errors { code field reason } }
}"""


async def _count(session: AsyncSession, model: Any) -> int:
    return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def test_an_observation_dated_in_the_future_or_before_the_mentorship_is_refused(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    mentor, mentee = world.mentors[0], world.new_leaders[0]
    mentorship = await add_mentorship(session, mentor, mentee)
    await session.commit()
    token = world.token(mentor)
    base = {
        "mentorshipId": gid("Mentorship", mentorship.id),
        "setting": "STAFF_MEETING",
        "wentWell": "Klar dagsorden",
    }
    before = await _count(session, MentoringObservation)
    for observed_on, reason in (
        (date(2030, 1, 1), "mentoring.observed_in_future"),
        (date.today() + timedelta(days=2), "mentoring.observed_in_future"),
        (date.today() - timedelta(days=400), "mentoring.observed_before_mentorship"),
    ):
        response = await api.execute(
            OBSERVE, {"input": {**base, "observedOn": observed_on.isoformat()}}, token=token
        )
        assert response.data["recordMentoringObservation"]["errors"] == [
            {"code": "INVALID", "field": ["input", "observedOn"], "reason": reason}
        ], observed_on
    assert await _count(session, MentoringObservation) == before
    today = await api.execute(
        OBSERVE, {"input": {**base, "observedOn": date.today().isoformat()}}, token=token
    )
    assert today.data["recordMentoringObservation"]["errors"] == []
    assert await _count(session, MentoringObservation) == before + 1


async def test_rating_keys_name_a_focus_area_once_with_a_value_from_1_to_5(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    mentor, mentee = world.mentors[0], world.new_leaders[0]
    mentorship = await add_mentorship(session, mentor, mentee)
    await session.commit()
    ref = {"mentorshipId": gid("Mentorship", mentorship.id)}
    observation = {
        **ref,
        "setting": "STAFF_MEETING",
        "wentWell": "Klar dagsorden",
        "observedOn": date.today().isoformat(),
    }
    good = {"key": "tag:feedback", "value": 4}
    refused = [
        ({"key": "feedback", "value": 3}, 1, "key", "INVALID", "mentoring.rating_key"),
        ({"key": "tag:", "value": 3}, 1, "key", "INVALID", "mentoring.rating_key"),
        ({"key": "tag: padded ", "value": 3}, 1, "key", "INVALID", "mentoring.rating_key"),
        ({"key": "tag:" + "x" * 81, "value": 3}, 1, "key", "INVALID", "mentoring.rating_key"),
        ({"key": "competency:garbage", "value": 3}, 1, "key", "INVALID", "error.invalid_id"),
        (
            {"key": "competency:" + gid("Person", 1), "value": 3},
            1,
            "key",
            "INVALID",
            "error.invalid_id",
        ),
        (
            {"key": "tag:feedback", "value": 2},
            1,
            "key",
            "DUPLICATE",
            "mentoring.rating_key_repeated",
        ),
        ({"key": "tag:samtaler", "value": 6}, 1, "value", "INVALID", "mentoring.rating_range"),
        ({"key": "tag:samtaler", "value": 0}, 1, "value", "INVALID", "mentoring.rating_range"),
    ]
    observations = await _count(session, MentoringObservation)
    assessments = await _count(session, MentorshipAssessment)
    for bad, index, part, code, reason in refused:
        for document, name, values, token in (
            (OBSERVE, "recordMentoringObservation", observation, world.token(mentor)),
            (
                ASSESS,
                "submitMentorshipAssessment",
                {**ref, "kind": "START_SELF"},
                world.token(mentee),
            ),
        ):
            response = await api.execute(
                document, {"input": {**values, "ratings": [good, bad]}}, token=token
            )
            assert response.data[name]["errors"] == [
                {"code": code, "field": ["input", "ratings", str(index), part], "reason": reason}
            ], (name, bad)
    assert await _count(session, MentoringObservation) == observations
    assert await _count(session, MentorshipAssessment) == assessments
    competency = "competency:" + gid("Competency", 7)
    accepted = await api.execute(
        OBSERVE,
        {"input": {**observation, "ratings": [good, {"key": competency, "value": 5}]}},
        token=world.token(mentor),
    )
    result = accepted.data["recordMentoringObservation"]
    assert result["errors"] == []
    assert result["mentorship"]["observations"][0]["ratings"] == [
        {"key": competency, "value": 5},
        good,
    ]
