"""Journeys through the app in Debian's Chromium at 390x844, against the real
server, worker and scheduler on the demo data, persisted queries only;
axe-core on every screen they pass."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.web.browser import (
    PNG,
    assert_accessible,
    mark_completed,
    open_activity,
    require_browser,
    signed_in_phone,
    until_sent,
)
from tests.web.demo import MENTOR, NEW_LEADER, Demo, demo_deployment, not_started

if TYPE_CHECKING:
    from playwright.async_api import Browser

playwright = pytest.importorskip("playwright.async_api", reason="pip install playwright")


@pytest.fixture(scope="module")
def demo(built_app: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    require_browser()
    with demo_deployment(tmp_path_factory.mktemp("webapp-demo"), built_app) as deployment:
        yield deployment


async def test_a_new_leader_signs_in_completes_an_activity_and_shares_a_reflection(
    demo: Demo,
    chromium: Browser,
) -> None:
    api = demo.api()
    token = api.sign_in(NEW_LEADER)
    before = api.enrolment(token)
    knowledge = not_started(before, "KNOWLEDGE")["activity"]
    reflection = not_started(before, "REFLECTION")["activity"]
    action = not_started(before, "ACTION")["activity"]
    async with signed_in_phone(chromium, demo, NEW_LEADER) as page:
        await assert_accessible(page, "home")
        await page.get_by_role("link", name=before["programme"]["title"]).first.click()
        await page.wait_for_selector(f"main h1:has-text('{before['programme']['title']}')")
        await assert_accessible(page, "programme")

        await page.get_by_role("link", name=knowledge["title"]).click()
        await page.wait_for_selector(f"main h1:has-text('{knowledge['title']}')")
        await assert_accessible(page, "knowledge activity")
        await page.get_by_role("button", name="Start aktiviteten").click()
        await mark_completed(page)
        await until_sent(page)

        await open_activity(page, demo, before["id"], reflection["id"])
        text = "Jeg lyttede mere, end jeg talte, og aftalte en opfølgning."
        await page.get_by_label("Din refleksion").fill(text)
        await page.get_by_label("Del med min mentor").check()
        await assert_accessible(page, "reflection activity")
        await page.get_by_role("button", name="Gem refleksion").click()
        await mark_completed(page)
        await until_sent(page)
        await assert_accessible(page, "reflection activity, saved")

        # An action with a photo from the phone, uploaded through the
        # presigned URL, then recorded with its text.
        await open_activity(page, demo, before["id"], action["id"])
        await page.get_by_label("Hvad gjorde du?").fill("Tavlen efter mødet.")
        await page.get_by_label("Foto som dokumentation").set_input_files(
            files=[{"name": "tavle.png", "mimeType": "image/png", "buffer": PNG}]
        )
        await assert_accessible(page, "action activity")
        await page.get_by_role("button", name="Gem", exact=True).click()
        await page.get_by_text("Foto gemt").first.wait_for()
        await until_sent(page)

    after = api.enrolment(token)
    items = {item["activity"]["id"]: item for item in after["activities"]}
    assert items[knowledge["id"]]["status"] == "COMPLETED"
    assert items[reflection["id"]]["status"] == "COMPLETED"
    assert items[reflection["id"]]["reflection"]["text"] == text
    assert items[reflection["id"]]["reflection"]["sharedWith"] == ["MENTOR"]
    assert after["progress"]["completed"] == before["progress"]["completed"] + 2
    evidence = items[action["id"]]["evidence"]
    assert evidence["text"] == "Tavlen efter mødet."
    assert evidence["file"]["contentType"] == "image/png"
    photo = api.http.get(evidence["file"]["url"])
    assert photo.status_code == 200 and photo.content == PNG
    api.close()


async def test_a_mentor_answers_a_shared_reflection(demo: Demo, chromium: Browser) -> None:
    api = demo.api()
    mentor_token = api.sign_in(MENTOR)
    mentees = api.run("query AppMentees", {}, mentor_token)["mentees"]["nodes"]
    mentee = next(m for m in mentees if m["sharedSinceLastVisit"]["items"])
    shared = mentee["sharedSinceLastVisit"]["items"][0]
    answer = "Godt set. Hvad vil du gøre anderledes næste gang?"
    async with signed_in_phone(chromium, demo, MENTOR) as page:
        await assert_accessible(page, "mentor home")
        await page.get_by_role("link", name="Mentees").click()
        await page.wait_for_selector("main h1:has-text('Dine mentees')")
        await assert_accessible(page, "mentees")
        await page.get_by_role("link", name=mentee["person"]["name"]).click()
        await page.wait_for_selector(f"main h1:has-text('{mentee['person']['name']}')")
        await assert_accessible(page, "mentorship")
        item = page.get_by_role("region", name=shared["title"])
        await item.get_by_label("Din feedback").fill(answer)
        await item.get_by_role("button", name="Send").click()
        await item.get_by_text("Sendt").wait_for()
        await assert_accessible(page, "mentorship, answered")
    leader_token = api.sign_in(NEW_LEADER)
    notes = api.run("query AppFeedbackNotes", {}, leader_token)["feedbackNotes"]["nodes"]
    assert [n["body"] for n in notes].count(answer) == 1
    api.close()
