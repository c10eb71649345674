"""Offline midway: changes made without a network, a reload while still
offline (the service worker serves the app, the cache its data, IndexedDB
the queue and what was typed), then back online: every change reaches the
server exactly once."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import bindparam, text

from tests.web.browser import (
    PNG,
    assert_accessible,
    open_activity,
    require_browser,
    signed_in_phone,
    until_sent,
)
from tests.web.demo import NEW_LEADER, Demo, demo_deployment, not_started

if TYPE_CHECKING:
    from playwright.async_api import Browser

playwright = pytest.importorskip("playwright.async_api", reason="pip install playwright")

QUEUED_IDS = """async () => {
    const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open("ledelyst");
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
    });
    return await new Promise((resolve) => {
        const request = db.transaction("progressEvents").objectStore("progressEvents").getAll();
        request.onsuccess = () => resolve(request.result.map((e) => [e.clientEventId, e.type]));
    });
}"""
PHOTOS_LEFT = """async () => {
    const db = await new Promise((resolve) => {
        const request = indexedDB.open("ledelyst");
        request.onsuccess = () => resolve(request.result);
    });
    return await new Promise((resolve) => {
        const request = db.transaction("photos").objectStore("photos").count();
        request.onsuccess = () => resolve(request.result);
    });
}"""


@pytest.fixture(scope="module")
def demo(built_app: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    require_browser()
    with demo_deployment(tmp_path_factory.mktemp("webapp-offline"), built_app) as deployment:
        yield deployment


async def controlled_by_the_service_worker(page: Any) -> None:
    """Until the service worker is installed with the app shell precached; a
    page opened before then is controlled from its next load on."""
    active = "navigator.serviceWorker.getRegistration().then((r) => !!(r && r.active))"
    for _ in range(100):
        if await page.evaluate(active):
            break
        await asyncio.sleep(0.1)
    else:
        raise AssertionError("the service worker never became active")
    if not await page.evaluate("navigator.serviceWorker.controller !== null"):
        await page.reload()
        await page.wait_for_selector("main h1")
    assert await page.evaluate("navigator.serviceWorker.controller !== null")


def events_in_database(demo: Demo, ids: list[str]) -> dict[str, int]:
    with demo.database() as connection:
        rows = connection.execute(
            text(
                "SELECT client_event_id, COUNT(*) FROM progress_event "
                "WHERE client_event_id IN :ids GROUP BY client_event_id"
            ).bindparams(bindparam("ids", expanding=True)),
            {"ids": ids},
        ).all()
    return {row[0]: row[1] for row in rows}


async def test_changes_made_offline_survive_a_reload_and_arrive_once(
    demo: Demo, chromium: Browser
) -> None:
    api = demo.api()
    token = api.sign_in(NEW_LEADER)
    before = api.enrolment(token)
    enrolment_id = before["id"]
    reflection = not_started(before, "REFLECTION")["activity"]
    actions = [
        item["activity"]
        for item in before["activities"]
        if item["activity"]["kind"] == "ACTION" and item["status"] == "NOT_STARTED"
    ]
    action, drafted = actions[0], actions[1]
    reflection_text = "Skrevet i toget uden net: jeg vil spørge mere og fortælle mindre."
    evidence_text = "Gav budgetopfølgningen til Sara med en klar ramme."
    draft_text = "Halvt skrevet, inden telefonen løb tør for net"

    async with signed_in_phone(chromium, demo, NEW_LEADER) as page:
        await controlled_by_the_service_worker(page)
        await page.goto(f"{demo.url}/enrolments/{enrolment_id}")
        await page.wait_for_selector("main h2")
        await open_activity(page, demo, enrolment_id, reflection["id"])

        await page.context.set_offline(True)
        await page.get_by_text("Du er offline").wait_for()
        await page.get_by_label("Din refleksion").fill(reflection_text)
        await page.get_by_label("Del med min leder").check()
        await page.get_by_role("button", name="Gem refleksion").click()
        await page.get_by_role("button", name="Markér som gennemført").click()
        await page.get_by_text("2 ændringer venter på at blive sendt").first.wait_for()
        await assert_accessible(page, "activity offline, waiting")

        await page.get_by_role("link", name="Tilbage").click()
        await page.get_by_role("link", name=action["title"]).click()
        await page.wait_for_selector(f"main h1:has-text('{action['title']}')")
        await page.get_by_role("button", name="Start aktiviteten").click()
        await page.get_by_label("Hvad gjorde du?").fill(evidence_text)
        await page.get_by_role("button", name="Gem", exact=True).click()
        await page.get_by_role("button", name="Markér som gennemført").click()

        await page.get_by_role("link", name="Tilbage").click()
        await page.get_by_role("link", name=drafted["title"]).click()
        await page.get_by_label("Hvad gjorde du?").fill(draft_text)
        await asyncio.sleep(0.3)  # the draft is written at every keystroke

        await page.reload()  # still offline: the service worker answers
        await page.wait_for_selector(f"main h1:has-text('{drafted['title']}')")
        assert await page.get_by_label("Hvad gjorde du?").input_value() == draft_text
        await page.get_by_text("5 ændringer venter på at blive sendt").first.wait_for()
        await assert_accessible(page, "activity after a reload offline")
        await page.get_by_role("button", name="Gem", exact=True).click()
        await page.get_by_text("6 ændringer venter på at blive sendt").first.wait_for()
        queued = await page.evaluate(QUEUED_IDS)
        assert len(queued) == 6

        await page.context.set_offline(False)
        await until_sent(page)
        assert await page.evaluate(QUEUED_IDS) == []

    after = {item["activity"]["id"]: item for item in api.enrolment(token)["activities"]}
    assert after[reflection["id"]]["status"] == "COMPLETED"
    assert after[reflection["id"]]["reflection"]["text"] == reflection_text
    assert after[reflection["id"]]["reflection"]["sharedWith"] == ["MANAGER"]
    assert after[action["id"]]["status"] == "COMPLETED"
    assert after[action["id"]]["evidence"]["text"] == evidence_text
    assert after[drafted["id"]]["evidence"]["text"] == draft_text
    completed = sum(1 for item in after.values() if item["status"] == "COMPLETED")
    assert completed == before["progress"]["completed"] + 2
    counts = events_in_database(demo, [event_id for event_id, _type in queued])
    assert counts == {event_id: 1 for event_id, _type in queued}
    api.close()


def stored_copies(demo: Demo, content: bytes) -> int:
    """How many files in the deployment's file store hold exactly ``content``."""
    files = Path(demo.env["LEDELYST_STORAGE_FOLDER"])
    return sum(1 for path in files.rglob("*") if path.is_file() and path.read_bytes() == content)


async def test_a_photo_taken_offline_waits_across_a_reload_and_arrives_once(
    demo: Demo, chromium: Browser
) -> None:
    api = demo.api()
    token = api.sign_in(NEW_LEADER)
    before = api.enrolment(token)
    enrolment_id = before["id"]
    action = [
        item["activity"]
        for item in before["activities"]
        if item["activity"]["kind"] == "ACTION" and item["status"] == "NOT_STARTED"
    ][-1]
    # A photo no other test uploads, so the file store can be counted.
    photo = PNG + b"offline-" + action["id"].encode()

    async with signed_in_phone(chromium, demo, NEW_LEADER) as page:
        await controlled_by_the_service_worker(page)
        await page.goto(f"{demo.url}/enrolments/{enrolment_id}")
        await page.wait_for_selector("main h2")
        await open_activity(page, demo, enrolment_id, action["id"])

        await page.context.set_offline(True)
        await page.get_by_text("Du er offline").wait_for()
        await page.get_by_label("Hvad gjorde du?").fill("Whiteboardet efter teammødet.")
        await page.get_by_label("Foto som dokumentation").set_input_files(
            files=[{"name": "whiteboard.png", "mimeType": "image/png", "buffer": photo}]
        )
        await page.get_by_role("button", name="Gem", exact=True).click()
        await page.get_by_text("Foto venter på at blive sendt: whiteboard.png").wait_for()
        await assert_accessible(page, "action offline, photo waiting")

        await page.reload()  # still offline: the photo is in IndexedDB, not in the page
        await page.wait_for_selector(f"main h1:has-text('{action['title']}')")
        await page.get_by_text("Foto venter på at blive sendt: whiteboard.png").wait_for()
        await page.get_by_text("1 ændring venter på at blive sendt").first.wait_for()
        queued = await page.evaluate(QUEUED_IDS)
        assert [kind for _id, kind in queued] == ["EVIDENCE_SAVED"]
        assert stored_copies(demo, photo) == 0
        await assert_accessible(page, "action after a reload offline, photo waiting")

        await page.context.set_offline(False)
        await until_sent(page)
        await page.get_by_text("Foto gemt: whiteboard.png").wait_for()
        assert await page.evaluate(QUEUED_IDS) == []
        assert await page.evaluate(PHOTOS_LEFT) == 0

    evidence = {item["activity"]["id"]: item for item in api.enrolment(token)["activities"]}[
        action["id"]
    ]["evidence"]
    assert evidence["text"] == "Whiteboardet efter teammødet."
    assert evidence["file"]["title"] == "whiteboard.png"
    assert evidence["file"]["contentType"] == "image/png"
    assert api.http.get(evidence["file"]["url"]).content == photo
    assert stored_copies(demo, photo) == 1
    assert events_in_database(demo, [event_id for event_id, _kind in queued]) == {queued[0][0]: 1}
    api.close()
