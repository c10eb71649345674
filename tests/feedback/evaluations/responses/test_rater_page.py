"""The rater's HTML page, over HTTP: works without JavaScript or cookies,
GET changes nothing, POST saves or submits, errors keep what was typed."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from feedback.evaluations import service
from feedback.evaluations.models import RaterGroup
from tests.support.evaluation_world import Scenario, build
from tests.support.graphql_client import GraphQLClient


def fields(scenario: Scenario, token: str, action: str, values: dict[int, str]) -> dict[str, str]:
    return {"t": token, "lang": "da", "action": action, **{f"a-{i}": v for i, v in values.items()}}


async def test_page_shows_who_is_evaluated_and_how_anonymity_works(
    session: AsyncSession, api: GraphQLClient
) -> None:
    scenario = await build(session)
    token = scenario.tokens_of(RaterGroup.PEER)[0]
    page = await api.http.get("/rate", params={"t": token})
    assert page.status_code == 200
    assert "Du giver feedback til Lea Leder" in page.text
    assert "mindst 3" in page.text and 'name="viewport"' in page.text
    assert "<script" not in page.text  # works without JavaScript
    assert "set-cookie" not in page.headers
    assert page.headers["cache-control"] == "no-store"
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    english = await api.http.get("/rate", params={"t": token, "lang": "en"})
    assert (
        "You are giving feedback to Lea Leder" in english.text
        and '<html lang="en">' in english.text
    )
    by_header = await api.http.get(
        "/rate", params={"t": token}, headers={"accept-language": "en-GB,en"}
    )
    assert '<html lang="en">' in by_header.text
    own = await api.http.get("/rate", params={"t": scenario.tokens_of(RaterGroup.SELF)[0]})
    assert "Din selvevaluering" in own.text and "som din egen" in own.text
    unknown = await api.http.get("/rate", params={"t": "nope"})
    assert unknown.status_code == 404 and "Linket er ukendt" in unknown.text


async def test_save_then_submit_without_javascript(
    session: AsyncSession, api: GraphQLClient
) -> None:
    scenario = await build(session)
    token = scenario.tokens_of(RaterGroup.PEER)[0]
    first, *rest = scenario.item_ids
    saved = await api.http.post("/rate", data=fields(scenario, token, "save", {first: "2"}))
    assert saved.status_code == 303 and "saved=1" in saved.headers["location"]
    again = await api.http.get(saved.headers["location"])
    assert f'name="a-{first}" value="2" checked' in again.text and 'id="saved"' in again.text

    incomplete = await api.http.post(
        "/rate", data=fields(scenario, token, "submit", {rest[0]: "x"})
    )
    assert incomplete.status_code == 422 and 'role="alert"' in incomplete.text
    # Nothing typed is lost: both the earlier and the new answer are kept.
    assert f'name="a-{first}" value="2" checked' in incomplete.text
    assert f'name="a-{rest[0]}" value="x" checked' in incomplete.text

    outside = await api.http.post(
        "/rate", data=fields(scenario, token, "save", {rest[1]: "9", rest[2]: "5"})
    )
    assert outside.status_code == 422 and "mellem 1 og 5" in outside.text
    assert f'name="a-{rest[2]}" value="5" checked' in outside.text

    done = await api.http.post(
        "/rate", data=fields(scenario, token, "submit", {i: "4" for i in scenario.item_ids})
    )
    assert done.status_code == 303
    thanks = await api.http.get(done.headers["location"])
    assert "Tak! Din besvarelse er sendt." in thanks.text
    twice = await api.http.post("/rate", data=fields(scenario, token, "submit", {first: "1"}))
    assert twice.status_code == 409
    session.expire_all()  # other sessions wrote since this one read
    form = await service.rater_form(session, token)
    assert form.state.value == "SUBMITTED"


async def test_a_post_from_another_site_is_refused(
    session: AsyncSession, api: GraphQLClient
) -> None:
    scenario = await build(session)
    token = scenario.tokens_of(RaterGroup.PEER)[0]
    forged = await api.http.post(
        "/rate",
        data=fields(scenario, token, "save", {scenario.item_ids[0]: "1"}),
        headers={"origin": "https://evil.example"},
    )
    assert forged.status_code == 403
    session.expire_all()
    assert (await service.rater_form(session, token)).answers == {}


async def test_decline_from_the_page(session: AsyncSession, api: GraphQLClient) -> None:
    scenario = await build(session)
    token = (
        scenario.tokens_of(RaterGroup.EXTERNAL)[0]
        if scenario.tokens_of(RaterGroup.EXTERNAL)
        else scenario.tokens_of(RaterGroup.PEER)[0]
    )
    declined = await api.http.post(
        "/rate", data={"t": token, "action": "decline", "reason": "Ferie"}
    )
    assert declined.status_code == 303
    page = await api.http.get(declined.headers["location"])
    assert "sagt nej tak" in page.text
