"""HR running the platform in the app, at a tablet's 1024x768 and a phone's
390x844, in Debian's Chromium against the real server and worker on the demo
data (persisted queries only); axe-core on every screen passed."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from backend.identity.seed import DEMO_PASSWORD
from tests.web.accessibility import assert_accessible
from tests.web.browser import ARGS, CHROMIUM, watch
from tests.web.demo import NEW_LEADER, Demo, demo_deployment

playwright = pytest.importorskip("playwright.async_api", reason="pip install playwright")

HR = "hr@fjordby.dk"
TABLET = {"width": 1024, "height": 768}
PHONE = {"width": 390, "height": 844}
DEVICES = {"tablet": TABLET, "phone": PHONE}


@pytest.fixture(scope="module")
def demo(built_app: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    from tests.web.browser import require_browser

    require_browser()
    with demo_deployment(tmp_path_factory.mktemp("webapp-hr"), built_app) as deployment:
        yield deployment


@asynccontextmanager
async def signed_in(demo: Demo, device: str, email: str = HR) -> AsyncIterator[Any]:
    """A page at ``device``'s size, signed in through the form; on leaving it
    the page must have had no console error or CSP refusal."""
    from playwright.async_api import async_playwright

    async with async_playwright() as driver:
        browser = await driver.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            context = await browser.new_context(
                viewport=DEVICES[device],
                is_mobile=device == "phone",
                has_touch=device == "phone",
                locale="da-DK",
                timezone_id="Europe/Copenhagen",
            )
            page = await context.new_page()
            problems = watch(page)
            await page.goto(f"{demo.url}/sign-in")
            await page.get_by_label("E-mail").fill(email)
            await page.get_by_label("Adgangskode").fill(DEMO_PASSWORD)
            await page.get_by_role("button", name="Log ind").first.click()
            await page.wait_for_selector("h1:has-text('Hej')")
            yield page
            assert problems == []
        finally:
            await browser.close()


async def check(page: Any, device: str, screen: str) -> None:
    """axe-core finds nothing, and nothing is wider than the screen."""
    await assert_accessible(page, f"{screen} ({device})")
    width = await page.evaluate("document.documentElement.scrollWidth")
    assert width <= DEVICES[device]["width"], f"{screen} ({device}) is {width}px wide"


async def shown(page: Any, locator: Any, wait_ms: int = 20_000) -> None:
    """Waits for ``locator``; failing, says what the screen's alerts said."""
    try:
        await locator.wait_for(timeout=wait_ms)
    except Exception as error:
        alerts = await page.get_by_role("alert").all_inner_texts()
        raise AssertionError(f"not shown; the screen's alerts: {alerts}") from error


async def open_hr(page: Any, section: str) -> None:
    await page.get_by_role("link", name="HR", exact=True).click()
    await page.get_by_role("heading", name="HR", exact=True).wait_for()
    await page.locator("main").get_by_role("link", name=section).first.click()


@pytest.mark.parametrize("device", ["tablet", "phone"])
async def test_hr_runs_a_360_cycle_from_creation_to_close(demo: Demo, device: str) -> None:
    api = demo.api()
    leader = api.run("query AppViewer", {}, api.sign_in(NEW_LEADER))["viewer"]["person"]["name"]
    name = f"Ledelse 2027 ({device})"
    async with signed_in(demo, device) as page:
        await open_hr(page, "360-evalueringer")
        await page.get_by_role("heading", name="360-evalueringer", level=1).wait_for()
        await page.get_by_role("heading", name="Kompetencerammer").wait_for()
        await check(page, device, "360 overview")
        await page.get_by_text("Ny evalueringsrunde").click()
        await page.get_by_label("Navn", exact=True).fill(name)
        # A close before the opening: the error stands beside the closing date.
        await page.get_by_label("Åbner").fill("2027-03-10")
        await page.get_by_label("Lukker").fill("2027-03-01")
        await page.get_by_role("button", name="Opret runde").click()
        closes = page.get_by_label("Lukker")
        await shown(page, page.locator("#cycle-closes-error", has_text="Lukketidspunktet skal"))
        assert await closes.get_attribute("aria-invalid") == "true"
        await check(page, device, "new cycle with an error")
        await closes.fill("2027-03-31")
        await page.get_by_role("button", name="Opret runde").click()
        await shown(page, page.get_by_role("heading", name=name, level=1))
        await page.get_by_text("Planlagt", exact=True).wait_for()

        await page.get_by_label("Find en leder").fill(leader[:5])
        await page.get_by_role("button", name=f"Vælg {leader}").click()
        await page.get_by_role("button", name="Tilføj 1 leder").click()
        await shown(page, page.get_by_text("1 leder er tilføjet."))
        await page.get_by_role("cell", name=leader).wait_for()
        await check(page, device, "planned cycle")

        await page.get_by_role("button", name="Åbn runden nu").click()
        await shown(page, page.get_by_text("Runden er åben"))
        await page.get_by_role("button", name="Invitér godkendte bedømmere").click()
        await shown(page, page.get_by_text(re.compile(r"\d+ bedømmere? er inviteret")))
        await page.get_by_label("Ny frist").fill("2027-04-07")
        await page.get_by_role("button", name="Flyt fristen").click()
        await shown(page, page.get_by_text("Fristen er flyttet."))
        rates = page.get_by_role("table", name="Svarprocent")
        await rates.get_by_role("rowheader", name="Alle").wait_for()
        await check(page, device, "open cycle")

        await page.get_by_role("button", name="Luk runden").click()
        await page.get_by_role("button", name="Ja, luk runden").click()
        await shown(page, page.get_by_text("Runden er lukket"))
        await page.get_by_text("Lukket", exact=True).first.wait_for()
        await check(page, device, "closed cycle")
    token = api.sign_in(HR)
    cycles = api.run("query HrCycles", {}, token)["evaluationCycles"]["nodes"]
    cycle = next(c for c in cycles if c["name"] == name)
    assert cycle["status"] == "CLOSED"
    assert cycle["closedAt"] is not None
    detail = api.run("query HrCycle", {"id": cycle["id"]}, token)["node"]
    assert [e["leader"]["name"] for e in detail["evaluations"]["nodes"]] == [leader]
    assert detail["evaluations"]["nodes"][0]["reportStatus"] != "PENDING"
    api.close()
