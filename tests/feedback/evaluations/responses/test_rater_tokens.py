"""A rater's link secret, tampered with or replayed, is refused: one changed
character opens nothing, and a submitted or declined form cannot be sent,
saved or declined again, through the API or the page. (An expired link is in
test_rater_api.py.)"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from feedback.evaluations.models import RaterGroup
from tests.feedback.evaluations.responses.test_rater_api import FORM, SAVE, SUBMIT, full, responses
from tests.support.evaluation_world import build
from tests.support.graphql_client import GraphQLClient

DECLINE = """
mutation D($input: DeclineRaterInvitationInput!) {
  declineRaterInvitation(input: $input) { errors { code } state }
}"""


def tampered(secret: str) -> str:
    return secret[:-1] + ("A" if secret[-1] != "A" else "B")


def codes(response, field: str) -> list[str]:
    return [error["code"] for error in response.data[field]["errors"]]


async def test_a_tampered_link_opens_nothing(session: AsyncSession, api: GraphQLClient) -> None:
    scenario = await build(session, peers=1, reports=0)
    forged = tampered(scenario.tokens_of(RaterGroup.PEER)[0])
    form = await api.execute(FORM, {"token": forged})
    assert form.data is None and form.codes == ["NOT_FOUND"]
    submitted = await api.execute(SUBMIT, {"input": {"token": forged, "answers": full(scenario)}})
    assert codes(submitted, "submitRaterResponse") == ["NOT_FOUND"]
    declined = await api.execute(DECLINE, {"input": {"token": forged, "reason": ""}})
    assert codes(declined, "declineRaterInvitation") == ["NOT_FOUND"]
    page = await api.http.get(f"/rate?t={forged}")
    assert page.status_code == 404 and "Lea Leder" not in page.text
    assert await responses(session, scenario) == 0


async def test_a_submitted_form_cannot_be_sent_saved_or_declined_again(
    session: AsyncSession, api: GraphQLClient
) -> None:
    scenario = await build(session, peers=1, reports=0)
    token = scenario.tokens_of(RaterGroup.PEER)[0]
    first = await api.execute(SUBMIT, {"input": {"token": token, "answers": full(scenario)}})
    assert first.data["submitRaterResponse"] == {"errors": [], "state": "SUBMITTED"}
    again = await api.execute(SUBMIT, {"input": {"token": token, "answers": full(scenario, 1)}})
    saved = await api.execute(
        SAVE, {"input": {"token": token, "answers": full(scenario, 1), "comments": []}}
    )
    declined = await api.execute(DECLINE, {"input": {"token": token, "reason": ""}})
    for response, field in (
        (again, "submitRaterResponse"),
        (saved, "saveRaterAnswers"),
        (declined, "declineRaterInvitation"),
    ):
        assert codes(response, field) in (["CONFLICT"], ["RULE_VIOLATED"]), field
    assert await responses(session, scenario) == 1
    form = await api.execute(FORM, {"token": token})
    assert form.data["raterForm"]["state"] == "SUBMITTED"


async def test_a_declined_invitation_cannot_be_answered_afterwards(
    session: AsyncSession, api: GraphQLClient
) -> None:
    scenario = await build(session, peers=1, reports=0)
    token = scenario.tokens_of(RaterGroup.PEER)[0]
    declined = await api.execute(DECLINE, {"input": {"token": token, "reason": "Ferie"}})
    assert declined.data["declineRaterInvitation"] == {"errors": [], "state": "DECLINED"}
    late = await api.execute(SUBMIT, {"input": {"token": token, "answers": full(scenario)}})
    assert codes(late, "submitRaterResponse") in (["CONFLICT"], ["RULE_VIOLATED"])
    assert await responses(session, scenario) == 0
