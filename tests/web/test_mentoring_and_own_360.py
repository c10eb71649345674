"""Mentoring's answers and the leader's own 360 in Debian's Chromium at
390x844 against the real server and worker on the demo data, persisted
queries only: a proposed mentorship accepted by mentee and mentor (and one a
mentor declines), a mentee's self-assessment (and a focus area the API
refuses), pausing, resuming and completing with confirmation, the mentor's
visit clearing "shared since your last visit", a nomination withdrawn, the
360 report shared with the mentor and no longer (the screen saying with
whom, and offering only the button that applies), and an activity rated;
axe-core on every screen they pass."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from feedback.seed import CYCLE_NAME
from tests.web.browser import assert_accessible, require_browser, signed_in_phone
from tests.web.demo import (
    MENTOR,
    NEW_LEADER,
    SECOND_LEADER,
    UNMATCHED_LEADER,
    Demo,
    DemoApi,
    demo_deployment,
)
from tests.web.mail import phone_signed_in_by_mail, token_by_magic_link

if TYPE_CHECKING:
    from playwright.async_api import Browser

playwright = pytest.importorskip("playwright.async_api", reason="pip install playwright")

HR = "hr@fjordby.dk"


@pytest.fixture(scope="module")
def demo(built_app: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    require_browser()
    with demo_deployment(tmp_path_factory.mktemp("webapp-mentoring"), built_app) as deployment:
        yield deployment


async def shown(page: Any, locator: Any) -> None:
    """Waits for ``locator``; failing, says what the screen's alerts said."""
    try:
        await locator.wait_for(timeout=15_000)
    except Exception as error:
        alerts = await page.get_by_role("alert").all_inner_texts()
        raise AssertionError(f"not shown; the screen's alerts: {alerts}") from error


def eventually(check: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 15
    while not check():
        assert time.monotonic() < deadline, what
        time.sleep(0.3)


def proposed_mentorship(api: DemoApi, asking: str | None = None) -> tuple[str, str]:
    """The demo's unmatched new leader (or the leader of ``asking``, a token)
    asks a mentor of her shortlist and HR approves: a PROPOSED mentorship
    (its id) and the mentor's name."""
    asking = asking or api.sign_in(UNMATCHED_LEADER)
    shortlist = api.run("query AppMentorShortlist", {}, asking)["mentorShortlist"]
    assert shortlist, "the demo has no mentor for a new leader to ask"
    for entry in shortlist:
        variables = {"input": {"mentorProfileId": entry["profile"]["id"]}}
        asked = api.run("mutation AppRequestMentor", variables, asking)["requestMentor"]
        if asked["errors"] == []:
            break
    else:
        raise AssertionError("no mentor of the shortlist could be asked")
    hr = api.sign_in(HR)
    decided = api.run(
        "mutation AppApproveMatchProposal",
        {"input": {"proposalId": asked["proposal"]["id"]}},
        hr,
    )["approveMatchProposal"]
    assert decided["errors"] == [], decided
    mine = api.run("query AppMyMentorships", {}, asking)["myMentorships"]["nodes"]
    proposed = next(m for m in mine if m["status"] == "PROPOSED")
    return proposed["id"], entry["person"]["name"]


def state(api: DemoApi, token: str, mentorship_id: str) -> dict[str, Any]:
    return dict(api.run("query AppMentorshipState", {"id": mentorship_id}, token)["node"])


async def test_mentee_and_mentor_accept_a_proposed_mentorship_and_the_mentee_assesses_herself(
    demo: Demo,
    chromium: Browser,
) -> None:
    api = demo.api()
    mentorship_id, mentor_name = proposed_mentorship(api)
    mentee_token = api.sign_in(UNMATCHED_LEADER)
    async with signed_in_phone(chromium, demo, UNMATCHED_LEADER) as page:
        await page.get_by_role("link", name="Mine mentorforløb").click()
        await page.get_by_role("heading", name="Mine mentorforløb").wait_for()
        await assert_accessible(page, "my mentorships")
        await page.get_by_role("link", name=mentor_name).click()
        await page.get_by_role("button", name="Sig ja til forløbet").wait_for()
        await assert_accessible(page, "a proposed mentorship")
        await page.get_by_role("button", name="Sig ja til forløbet").click()
        await shown(page, page.get_by_text("Forløbet starter, når den anden også siger ja."))
    assert state(api, mentee_token, mentorship_id)["status"] == "PROPOSED"

    mentor_email = demo.email_of(mentor_name)
    async with phone_signed_in_by_mail(chromium, demo, api, mentor_email) as page:
        # The proposal's mail links to the mentorship itself.
        await page.goto(f"{demo.url}/mentoring/mentorships/{mentorship_id}")
        await page.get_by_role("button", name="Sig ja til forløbet").click()
        await shown(page, page.get_by_role("status").filter(has_text="Aktivt"))
        await assert_accessible(page, "the mentor's accepted mentorship")
    accepted = state(api, mentee_token, mentorship_id)
    assert accepted["status"] == "ACTIVE"
    assert accepted["mentorAcceptedAt"] and accepted["menteeAcceptedAt"]

    text = "Jeg vil blive bedre til at give feedback tidligt."
    async with signed_in_phone(chromium, demo, UNMATCHED_LEADER) as page:
        await page.goto(f"{demo.url}/mentoring/mentorships/{mentorship_id}")
        await shown(page, page.get_by_role("status").filter(has_text="Aktivt"))
        await page.get_by_label("Hvilken vurdering?").select_option("START_SELF")
        # A focus area longer than the API takes: its own, localized refusal.
        await page.get_by_label("Fokusområde 1", exact=True).fill("x" * 81)
        await page.get_by_role("button", name="Gem vurderingen").click()
        await shown(page, page.get_by_role("alert").filter(has_text="fokusområde"))
        await page.get_by_label("Fokusområde 1", exact=True).fill("feedback")
        await page.get_by_label(
            "Vurdering af fokusområde 1 (1 = ikke endnu, 5 = fuldt ud)"
        ).select_option("2")
        await page.get_by_label("Din vurdering").fill(text)
        await page.get_by_role("button", name="Gem vurderingen").click()
        await shown(page, page.get_by_role("heading", name="Mentees selvvurdering ved start"))
        await shown(page, page.get_by_text("feedback: 2/5"))
        await assert_accessible(page, "a self-assessment submitted")
        # Pausing asks first; going back changes nothing.
        await page.get_by_role("button", name="Sæt på pause").click()
        await page.get_by_text("Sæt forløbet på pause?").wait_for()
        await page.get_by_role("button", name="Fortryd").click()
        assert state(api, mentee_token, mentorship_id)["status"] == "ACTIVE"
        await page.get_by_role("button", name="Sæt på pause").click()
        await page.get_by_role("button", name="Ja", exact=True).click()
        await shown(page, page.get_by_role("status").filter(has_text="På pause"))
        assert state(api, mentee_token, mentorship_id)["status"] == "PAUSED"
        await page.get_by_role("button", name="Genoptag").click()
        await page.get_by_role("button", name="Ja", exact=True).click()
        await shown(page, page.get_by_role("status").filter(has_text="Aktivt"))
        # Completing ends it; the end's self-assessment is still offered.
        await page.get_by_role("button", name="Afslut forløbet").click()
        await page.get_by_text("Afslut forløbet nu?").wait_for()
        await page.get_by_role("button", name="Ja", exact=True).click()
        await shown(page, page.get_by_role("status").filter(has_text="Afsluttet"))
        assert await page.get_by_role("button", name="Sæt på pause").count() == 0
        kinds = page.get_by_label("Hvilken vurdering?").locator("option")
        assert await kinds.all_inner_texts() == [
            "Selvvurdering ved afslutning",
            "Din evaluering af forløbet",
        ]
        await assert_accessible(page, "a completed mentorship")
    final = state(api, mentee_token, mentorship_id)
    assert final["status"] == "COMPLETED"
    assessments = [(a["kind"], a["text"]) for a in final["assessments"]]
    assert assessments == [("START_SELF", text)]
    ratings = [(r["key"], r["value"]) for r in final["assessments"][0]["ratings"]]
    assert ratings == [("tag:feedback", 2)]
    api.close()


async def test_the_mentors_visit_clears_what_was_new_since_the_last(
    demo: Demo, chromium: Browser
) -> None:
    api = demo.api()
    mentor_token = api.sign_in(MENTOR)

    def mentees() -> list[dict[str, Any]]:
        return list(api.run("query AppMentees", {}, mentor_token)["mentees"]["nodes"])

    mentee = next(m for m in mentees() if m["sharedSinceLastVisit"]["count"] > 0)
    shared = mentee["sharedSinceLastVisit"]["items"][0]
    async with signed_in_phone(chromium, demo, MENTOR) as page:
        await page.get_by_role("link", name="Mentees").click()
        await page.get_by_role("link", name=mentee["person"]["name"]).click()
        # This visit still shows what was new when it opened.
        await shown(page, page.get_by_role("region", name=shared["title"]))
        await assert_accessible(page, "mentorship, visited")

        def visited() -> bool:
            now = next(m for m in mentees() if m["person"]["name"] == mentee["person"]["name"])
            return bool(now["sharedSinceLastVisit"]["count"] == 0 and now["lastVisitAt"])

        eventually(visited, "the visit was never recorded")
        await page.get_by_role("region", name=shared["title"]).wait_for()
    api.close()


async def test_a_leader_withdraws_a_nomination_not_yet_approved(
    demo: Demo, chromium: Browser
) -> None:
    """One withdrawn in the app; another, withdrawn meanwhile elsewhere, gets
    the API's own refusal on the screen that still showed it."""
    api = demo.api()
    token = api.sign_in(SECOND_LEADER)  # her evaluation of the open cycle: NOMINATING
    evaluation_id = api.run("query AppPending360Tasks", {}, token)["myEvaluations"][0]["id"]
    nominees = [
        {
            "group": "EXTERNAL",
            "name": f"Samarbejdspartner {n}",
            "email": f"partner.w{n}@example.org",
        }
        for n in (1, 2)
    ]
    done = api.run(
        "mutation AppNominateRaters",
        {"input": {"evaluationId": evaluation_id, "nominees": nominees}},
        token,
    )["nominateRaters"]
    assert done["errors"] == [], done
    ids = {n["raterName"]: n["id"] for n in done["evaluation"]["nominations"]}

    def names() -> list[str]:
        node = api.run("query AppEvaluation", {"id": evaluation_id}, token)["node"]
        return [n["raterName"] for n in node["nominations"]]

    async with signed_in_phone(chromium, demo, SECOND_LEADER) as page:
        await page.goto(f"{demo.url}/360/{evaluation_id}")
        first = page.get_by_role("button", name="Træk tilbage Samarbejdspartner 1")
        await first.wait_for()
        await assert_accessible(page, "own 360 while nominating")
        gone = {"input": {"nominationId": ids["Samarbejdspartner 2"]}}
        assert (
            api.run("mutation AppWithdrawNomination", gone, token)["withdrawNomination"]["errors"]
            == []
        )
        await page.get_by_role("button", name="Træk tilbage Samarbejdspartner 2").click()
        await shown(page, page.get_by_role("alert").filter(has_text="Nomineringen findes ikke."))
        await first.click()
        await shown(page, page.get_by_text("Samarbejdspartner 1 er ikke længere nomineret."))
        await first.wait_for(state="detached")
        await assert_accessible(page, "own 360, a nomination withdrawn")
    assert not {"Samarbejdspartner 1", "Samarbejdspartner 2"} & set(names())
    api.close()


async def test_a_leader_rates_an_activity(demo: Demo, chromium: Browser) -> None:
    """A comment longer than the API takes gets its localized refusal; then
    a rating of 4 is saved, and rating again replaces it."""
    api = demo.api()
    token = api.sign_in(NEW_LEADER)
    enrolment = api.enrolment(token)
    every = [item["activity"]["id"] for item in enrolment["activities"]]
    rated = api.run("query AppMyActivityRating", {"activityIds": every}, token)
    activity_id = next(
        a for a in every if a not in {r["activityId"] for r in rated["myActivityRatings"]}
    )

    def ratings() -> list[tuple[int, str]]:
        found = api.run("query AppMyActivityRating", {"activityIds": [activity_id]}, token)
        return [(r["rating"], r["comment"]) for r in found["myActivityRatings"]]

    assert ratings() == []
    async with signed_in_phone(chromium, demo, NEW_LEADER) as page:
        await page.goto(f"{demo.url}/enrolments/{enrolment['id']}/activities/{activity_id}")
        await page.get_by_role("heading", name="Din bedømmelse").wait_for()
        await assert_accessible(page, "an activity with its rating")
        await page.get_by_label("4 af 5").check()
        await page.get_by_label("Kommentar (valgfri)").fill("x" * 2001)
        await page.get_by_role("button", name="Gem bedømmelse").click()
        await shown(page, page.get_by_role("alert").filter(has_text="Højst 2000 tegn."))
        assert ratings() == []
        await page.get_by_label("Kommentar (valgfri)").fill("Brugbar øvelse.")
        await page.get_by_role("button", name="Gem bedømmelse").click()
        await shown(page, page.get_by_text("Gemt: 4 af 5"))
        await shown(page, page.get_by_text("Din bedømmelse: 4 af 5"))
        assert ratings() == [(4, "Brugbar øvelse.")]
        await page.get_by_label("5 af 5").check()
        await page.get_by_role("button", name="Gem bedømmelse").click()
        await shown(page, page.get_by_text("Gemt: 5 af 5"))
        await assert_accessible(page, "an activity rated")
    assert ratings() == [(5, "Brugbar øvelse.")]
    api.close()


async def test_a_leader_shares_her_360_report_with_her_mentor_and_stops(
    demo: Demo, chromium: Browser
) -> None:
    api = demo.api()
    leader_email = demo.email_of("Jonas Kragh")  # the demo's closed cycle, report rendered
    leader = token_by_magic_link(demo, api, leader_email)
    need = {"input": {"notes": "Sparring om min 360-rapport.", "location": "Rådhuset"}}
    assert (
        api.run("mutation AppSaveMentoringNeed", need, leader)["saveMentoringNeed"]["errors"] == []
    )
    mentorship_id, mentor_name = proposed_mentorship(api, leader)
    mentor = token_by_magic_link(demo, api, demo.email_of(mentor_name))
    for token in (leader, mentor):
        accepted = api.run(
            "mutation AppAcceptMentorship", {"input": {"mentorshipId": mentorship_id}}, token
        )
        assert accepted["acceptMentorship"]["errors"] == [], accepted
    mine = api.run("query AppPending360Tasks", {}, leader)["myEvaluations"]
    evaluation_id = next(e["id"] for e in mine if e["cycle"]["name"] == CYCLE_NAME)

    def mentor_reads_report() -> bool:
        response = api.http.post(
            "/graphql",
            json={
                "variables": {"id": evaluation_id},
                "extensions": {
                    "persistedQuery": {
                        "version": 1,
                        "sha256Hash": api.hashes["query AppEvaluation"],
                    }
                },
            },
            headers={"authorization": f"Bearer {mentor}"},
        )
        node = (response.json().get("data") or {}).get("node")
        return bool(node and node.get("report") and node["report"]["status"] == "READY")

    assert not mentor_reads_report()
    async with phone_signed_in_by_mail(chromium, demo, api, leader_email) as page:
        await page.goto(f"{demo.url}/360/{evaluation_id}")
        share = page.get_by_role("button", name=f"Del rapporten med {mentor_name}")
        stop = page.get_by_role("button", name=f"Stop deling med {mentor_name}")
        await share.wait_for()
        # The screen says whom the report is shared with (no one yet), and
        # offers only the button that applies.
        await shown(page, page.get_by_text("Rapporten er ikke delt med nogen."))
        assert await stop.count() == 0
        await assert_accessible(page, "own 360 report, to share")
        await share.click()
        await shown(page, page.get_by_text(f"Rapporten er delt med {mentor_name}."))
        assert mentor_reads_report()
        # Opened again, the API says so: shared with the mentor, to stop.
        await page.reload()
        await shown(page, page.get_by_text(f"Delt med {mentor_name}", exact=True))
        await stop.wait_for()
        assert await share.count() == 0
        await assert_accessible(page, "own 360 report, shared")
        await stop.click()
        await shown(page, page.get_by_text(f"Rapporten er ikke længere delt med {mentor_name}."))
        await share.wait_for()
        assert await stop.count() == 0
        await shown(page, page.get_by_text("Rapporten er ikke delt med nogen."))
        await assert_accessible(page, "own 360 report, no longer shared")
    assert not mentor_reads_report()
    api.close()


async def test_a_mentor_declines_a_proposed_mentorship_after_confirming(
    demo: Demo, chromium: Browser
) -> None:
    api = demo.api()
    hr = api.sign_in(HR)
    open_needs = api.run("query HrMentoring", {}, hr)["mentoringNeeds"]["nodes"]
    julie = api.run("query AppViewer", {}, api.sign_in(UNMATCHED_LEADER))["viewer"]
    name = next(
        n["person"]["name"]
        for n in open_needs
        if n["person"]["name"] not in (julie["person"]["name"], "Jonas Kragh")
    )
    asking = token_by_magic_link(demo, api, demo.email_of(name))
    mentorship_id, mentor_name = proposed_mentorship(api, asking)
    async with phone_signed_in_by_mail(chromium, demo, api, demo.email_of(mentor_name)) as page:
        await page.goto(f"{demo.url}/mentoring")
        await page.get_by_role("heading", name="Venter på dit svar").wait_for()
        await assert_accessible(page, "mentees with a proposal waiting")
        await page.get_by_role("link", name=name).click()
        await page.get_by_role("button", name="Sig nej tak").click()
        await page.get_by_label("Begrundelse (valgfri)").fill("Jeg har ikke tid i dette halvår.")
        await assert_accessible(page, "declining a proposed mentorship")
        await page.get_by_role("button", name="Ja, sig nej tak").click()
        await shown(page, page.get_by_role("status").filter(has_text="Afvist"))
        assert await page.get_by_role("button", name="Sig ja til forløbet").count() == 0
    assert state(api, asking, mentorship_id)["status"] == "REJECTED"
    api.close()
