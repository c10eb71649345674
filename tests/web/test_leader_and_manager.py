"""The new leader's and the manager's screens in Debian's Chromium at
390x844 against the real server and worker on the demo data, persisted
queries only; axe-core on every screen they pass."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.web.browser import assert_accessible, sign_in, signed_in_phone
from tests.web.demo import LEADERS_MANAGER, MENTOR, NEW_LEADER, SECOND_LEADER, Demo, demo_deployment

if TYPE_CHECKING:
    from playwright.async_api import Browser

playwright = pytest.importorskip("playwright.async_api", reason="pip install playwright")


@pytest.fixture(scope="module")
def demo(built_app: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    from tests.web.browser import require_browser

    require_browser()
    with demo_deployment(tmp_path_factory.mktemp("webapp-screens"), built_app) as deployment:
        yield deployment


def section(page: Any, title: str) -> Any:
    return page.locator("section.card", has=page.get_by_role("heading", name=title))


async def test_a_new_leader_publishes_a_philosophy_and_sees_what_changed(
    demo: Demo, chromium: Browser
) -> None:
    api = demo.api()
    token = api.sign_in(NEW_LEADER)
    before = api.run("query AppMyPhilosophy", {}, token)["myPhilosophy"]
    published_before = [
        v for v in (before["versions"]["nodes"] if before else []) if v["status"] == "PUBLISHED"
    ]
    values = "Jeg er nysgerrig, før jeg dømmer, og siger det højt, når jeg tager fejl."
    async with signed_in_phone(chromium, demo, NEW_LEADER) as page:
        await page.get_by_role("link", name="Filosofi").click()
        await page.wait_for_selector("main h1:has-text('Min ledelsesfilosofi')")
        await assert_accessible(page, "philosophy")
        await page.get_by_label("Ledelsesgrundlag").fill(
            "Jeg leder ud fra kommunens ledelsesgrundlag: tillid og tydelighed."
        )
        await page.get_by_label("Strategi").fill(
            "Børnenes trivsel først; vi måler det sammen hvert kvartal."
        )
        await page.get_by_label("Værdier").fill(values)
        await page.get_by_label("Hvad har du ændret?").fill("Værdierne er skrevet om.")
        await page.get_by_role("button", name="Udgiv").click()
        await page.get_by_text(re.compile(r"Version \d+ er udgivet")).wait_for(timeout=30_000)
        await assert_accessible(page, "philosophy, published")
        if published_before:
            # A second version: what changed since the one before opens per section.
            await page.locator("details summary").first.click()
            await page.locator("pre.diff ins", has_text=values).wait_for()
            await assert_accessible(page, "philosophy, diff")
    # The worker renders the page and the PDF: PUBLISHING, then PUBLISHED.
    deadline = time.monotonic() + 60
    while True:
        after = api.run("query AppMyPhilosophy", {}, token)["myPhilosophy"]
        if after["currentVersion"] and after["currentVersion"]["number"] > len(published_before):
            break
        assert time.monotonic() < deadline, after["versions"]
        await asyncio.sleep(0.5)
    published = [v for v in after["versions"]["nodes"] if v["status"] == "PUBLISHED"]
    assert len(published) == len(published_before) + 1
    assert after["currentVersion"]["pdfUrl"]
    api.close()


async def test_a_manager_holds_a_checkpoint(demo: Demo, chromium: Browser) -> None:
    api = demo.api()
    manager_token = api.sign_in(LEADERS_MANAGER)
    leader_token = api.sign_in(NEW_LEADER)
    leader_name = api.run("query AppViewer", {}, leader_token)["viewer"]["person"]["name"]
    enrolments = api.run("query AppLeadersCheckpoints", {}, manager_token)["enrolments"]["nodes"]
    enrolment = next(e for e in enrolments if e["leader"]["name"] == leader_name)
    # The demo's manager held BEFORE: the next check-in in order is the one to hold.
    checkpoint = next(
        c
        for kind in ("BEFORE", "DURING", "AFTER")
        for c in enrolment["checkpoints"]
        if c["kind"] == kind and c["completedAt"] is None
    )
    kind = {"BEFORE": "Før", "DURING": "Undervejs", "AFTER": "Efter"}[checkpoint["kind"]]
    notes = "Vi talte om overleveringen til aftenholdet; hun prøver en fast tavle."
    async with signed_in_phone(chromium, demo, LEADERS_MANAGER) as page:
        await page.get_by_role("link", name="Opfølgning").first.click()
        heading = f"{leader_name}: {kind}"
        await page.get_by_role("heading", name=heading).wait_for()
        await assert_accessible(page, "checkpoints")
        card = section(page, heading)
        await card.get_by_label("Noter").fill(notes)
        await card.get_by_label("Feedback til lederen").fill("Godt arbejde med tavlen.")
        for rating in await card.get_by_label(re.compile("Målopfyldelse")).all():
            await rating.select_option("4")
        await card.get_by_role("button", name="Afslut opfølgning").click()
        await page.get_by_role("heading", name=heading).wait_for(state="detached")
        await assert_accessible(page, "checkpoints, held")
    development = api.run("query AppDevelopment", {"enrolmentId": enrolment["id"]}, leader_token)
    held = next(c for c in development["node"]["checkpoints"] if c["id"] == checkpoint["id"])
    assert held["completedAt"] is not None
    assert held["notes"] == notes
    api.close()


async def test_a_manager_approves_nominations_from_the_directory_and_outside_it(
    demo: Demo,
    chromium: Browser,
) -> None:
    api = demo.api()
    leader_token = api.sign_in(SECOND_LEADER)
    viewer = api.run("query AppViewer", {}, leader_token)["viewer"]
    manager_email = viewer["membership"]["manager"]["person"]["email"]
    tasks = api.run("query AppPending360Tasks", {}, leader_token)
    evaluation_id = tasks["myEvaluations"][0]["id"]
    evaluation = api.run("query AppEvaluation", {"id": evaluation_id}, leader_token)["node"]
    assert evaluation["nominationState"] == "NOMINATING"
    taken = {n["raterName"] for n in evaluation["nominations"]}
    taken |= {viewer["person"]["name"], viewer["membership"]["manager"]["person"]["name"]}
    people = api.run("query AppDirectory", {"search": "a"}, leader_token)["people"]["nodes"]
    peers = [p for p in people if p["name"] not in taken]
    assert len(peers) >= 3
    # Two peers and two partners through the API; the third of each in the app.
    nominees = [{"group": "PEER", "membershipId": p["membership"]["id"]} for p in peers[:2]]
    nominees += [
        {"group": "EXTERNAL", "name": f"Partner {n}", "email": f"partner{n}@example.org"}
        for n in (1, 2)
    ]
    done = api.run(
        "mutation AppNominateRaters",
        {"input": {"evaluationId": evaluation_id, "nominees": nominees}},
        leader_token,
    )
    assert done["nominateRaters"]["errors"] == []
    third = peers[2]
    async with signed_in_phone(chromium, demo, SECOND_LEADER) as page:
        await page.get_by_role("link", name="360").first.click()
        await page.wait_for_selector("main h1:has-text('360-evaluering')")
        await assert_accessible(page, "360 tasks")
        await page.get_by_role("link", name=re.compile("^Vælg bedømmere")).first.click()
        await page.get_by_role("heading", name="Bedømmere").first.wait_for()
        await page.get_by_label("Tilføj en kollega").fill(third["name"])
        add = page.get_by_role("button", name=f"Tilføj {third['name']}")
        await add.first.click()
        await shown(page, page.locator("ul[aria-label='Bedømmere'] li", has_text=third["name"]))
        await page.get_by_label("Navn").fill("Karin Forælder")
        await page.get_by_label("E-mail").fill("karin.foraelder@example.org")
        await assert_accessible(page, "nominations")
        await page.get_by_role("button", name="Tilføj", exact=True).click()
        await shown(page, page.get_by_text("Karin Forælder").first)
        await page.get_by_role("button", name="Send til godkendelse").click()
        await shown(page, page.get_by_text("Venter på godkendelse"))
        await sign_in_again(page, demo, manager_email)
        await page.goto(f"{demo.url}/360/{evaluation_id}")
        await page.get_by_role("heading", name="Godkend bedømmere").wait_for()
        karin = page.locator("li", has_text="Karin Forælder")
        await karin.get_by_text("Uden for organisationen").wait_for()
        await assert_accessible(page, "approve nominations")
        await page.get_by_label("Afvis Partner 2").check()
        await page.get_by_role("button", name="Godkend bedømmere").click()
        await shown(page, page.get_by_text("Bedømmerne er godkendt"))
        await assert_accessible(page, "nominations approved")
    after = api.run("query AppEvaluation", {"id": evaluation_id}, leader_token)["node"]
    assert after["nominationState"] == "APPROVED"
    status = {n["raterName"]: (n["status"], n["outsideDirectory"]) for n in after["nominations"]}
    assert status["Karin Forælder"] == ("APPROVED", True)
    assert status[third["name"]] == ("APPROVED", False)
    assert status["Partner 2"][0] == "REJECTED"
    api.close()


async def shown(page: Any, locator: Any) -> None:
    """Waits for ``locator``; failing, says what the screen's alerts said."""
    try:
        await locator.wait_for(timeout=15_000)
    except Exception as error:
        alerts = await page.get_by_role("alert").all_inner_texts()
        raise AssertionError(f"not shown; the screen's alerts: {alerts}") from error


async def sign_in_again(page: Any, demo: Demo, email: str) -> None:
    await page.get_by_role("button", name="Log ud").click()
    await page.wait_for_selector("#email")
    await sign_in(page, demo, email)


async def test_a_mentor_logs_a_meeting_and_an_observation(demo: Demo, chromium: Browser) -> None:
    api = demo.api()
    mentor_token = api.sign_in(MENTOR)
    mentee = api.run("query AppMentees", {}, mentor_token)["mentees"]["nodes"][0]
    mentorship_id = mentee["mentorship"]["id"]
    went_well = "Du gav ordet videre og lod stilheden arbejde."
    async with signed_in_phone(chromium, demo, MENTOR) as page:
        await page.get_by_role("link", name="Mentees").click()
        await page.get_by_role("link", name=mentee["person"]["name"]).click()
        await page.get_by_role("heading", name="Møder").wait_for()
        await assert_accessible(page, "mentorship with meetings and observations")
        await page.get_by_label("Tidspunkt").fill("2027-01-12T09:30")
        await page.get_by_label("Sted").fill("Rådhuset, mødelokale 3")
        await page.get_by_role("button", name="Planlæg møde").click()
        meetings = page.get_by_role("heading", name=re.compile("Rådhuset, mødelokale 3"))
        await shown(page, meetings)
        await page.get_by_label("Situation").select_option("STAFF_MEETING")
        await page.get_by_label("Det gik godt").fill(went_well)
        await page.get_by_role("button", name="Gem observation").click()
        # The textarea holds the same words until the save returns: wait for the list.
        observations = page.locator("section[aria-labelledby=observations] li")
        await shown(page, observations.filter(has_text=went_well))
        await assert_accessible(page, "mentorship, logged")
    log = api.run("query AppMentorshipLog", {"id": mentorship_id}, mentor_token)["node"]
    assert [m["place"] for m in log["meetings"]].count("Rådhuset, mødelokale 3") == 1
    assert [o["wentWell"] for o in log["observations"]].count(went_well) == 1
    api.close()


async def test_a_leader_chooses_english_in_the_settings_and_it_follows_them(
    demo: Demo, chromium: Browser
) -> None:
    """The person's own language is saved on the server (setMyLocale): it
    holds after a reload and on a fresh device, and numbers and dates follow."""
    api = demo.api()
    token = api.sign_in(NEW_LEADER)
    try:
        async with signed_in_phone(chromium, demo, NEW_LEADER) as page:
            await page.get_by_role("link", name="Indstillinger").click()
            await page.get_by_role("heading", name="Indstillinger").wait_for()
            await page.get_by_text("1.234,5 · 5. december 2026").wait_for()
            await assert_accessible(page, "settings")
            await page.get_by_label("Sprog").select_option("EN")
            await page.get_by_text("Saved. Ledelyst is now in English.").wait_for()
            await page.get_by_text("1,234.5 · 5 December 2026").wait_for()
            assert await page.evaluate("document.documentElement.lang") == "en"
            await assert_accessible(page, "settings in English")
            await page.reload()
            await page.get_by_role("heading", name="Settings").wait_for()
        viewer = api.run("query AppViewer", {}, token)["viewer"]
        assert viewer["person"]["locale"] == "EN"

        # Another phone, nothing on it yet: the server's language holds.
        async with signed_in_phone(chromium, demo, NEW_LEADER) as page:
            await page.get_by_role("heading", name=re.compile("^Hello")).wait_for()
            await page.get_by_role("link", name="Philosophy").click()
            await page.get_by_role("heading", name="My leadership philosophy").wait_for()
            await assert_accessible(page, "philosophy in English")
            await page.get_by_role("link", name="Settings").click()
            await page.get_by_label("Language").select_option("DA")
            await page.get_by_text("Gemt. Ledelyst er nu på dansk.").wait_for()
        assert api.run("query AppViewer", {}, token)["viewer"]["person"]["locale"] == "DA"
    finally:
        api.run("mutation AppSetMyLocale", {"input": {"locale": "DA"}}, token)
        api.close()
