"""The leader of leaders (the demo's kommunaldirektør) in Debian's Chromium
at a tablet's 1024x768 and a phone's 360 px, against the real server and
worker on the demo data, persisted queries only: his area, the learning
effect dashboard read as a director reads it (the summary first, by its one
cheap operation; the full figures only when he asks for the details), a
hidden figure's explanation, the organisation-wide view his position allows,
a filter, and a CSV export downloaded. axe-core on every screen
(``tests.web.accessibility``)."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import re
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from backend.api.persisted import MANIFESTS
from backend.identity.seed import DEMO_PASSWORD
from tests.web.accessibility import assert_accessible
from tests.web.browser import new_device, watch
from tests.web.demo import MANAGER, Demo, demo_deployment

if TYPE_CHECKING:
    from playwright.async_api import Browser, ViewportSize

playwright = pytest.importorskip("playwright.async_api", reason="pip install playwright")

TABLET: ViewportSize = {"width": 1024, "height": 768}
PHONE: ViewportSize = {"width": 360, "height": 740}

SUMMARY = "AppLearningEffectSummary"
FULL = {"AppLearningEffect", "AppOrganisationLearningEffect"}


@pytest.fixture(scope="module")
def demo(built_app: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    from tests.web.browser import require_browser

    require_browser()
    with demo_deployment(tmp_path_factory.mktemp("webapp-lol"), built_app) as deployment:
        yield deployment


@asynccontextmanager
async def signed_in(chromium: Browser, demo: Demo, viewport: ViewportSize) -> AsyncIterator[Any]:
    """A page of that size signed in as the kommunaldirektør; no console error
    or CSP refusal by the end."""
    async with new_device(chromium, viewport, accept_downloads=True) as context:
        page = await context.new_page()
        problems = watch(page)
        await page.goto(f"{demo.url}/sign-in")
        await page.get_by_label("E-mail").fill(MANAGER)
        await page.get_by_label("Adgangskode").fill(DEMO_PASSWORD)
        await page.keyboard.press("Enter")
        await page.wait_for_selector("h1:has-text('Hej')")
        yield page
        assert problems == []


async def check(page: Any, viewport: ViewportSize) -> None:
    """No axe violation, and nothing wider than the screen."""
    await assert_accessible(page)
    width = await page.evaluate("document.documentElement.scrollWidth")
    assert width <= viewport["width"], f"{page.url} is {width}px wide"


async def open_from_menu(page: Any, name: str) -> None:
    await page.locator("header nav").get_by_role("link", name=name, exact=True).click()


def operation_names() -> dict[str, str]:
    """The app's persisted hashes (what the client sends, and the server's
    allowlist) by the name of their operation."""
    app = json.loads(MANIFESTS[0].read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    for key, text in app.items():
        found = re.search(r"(?:^|\} )(?:query|mutation|subscription) (\w+)", text)
        if found:
            names[key.removeprefix("sha256:")] = found.group(1)
    return names


def operations_sent(page: Any) -> list[tuple[str, dict[str, Any]]]:
    """Each GraphQL operation the page sends from now on, as the name its
    persisted hash stands for and its variables."""
    names = operation_names()
    sent: list[tuple[str, dict[str, Any]]] = []

    def seen(request: Any) -> None:
        if request.method != "POST" or not request.url.endswith("/graphql"):
            return
        body = request.post_data_json or {}
        sha = body.get("extensions", {}).get("persistedQuery", {}).get("sha256Hash", "")
        sent.append(
            (names.get(sha.removeprefix("sha256:"), f"unknown {sha}"), body.get("variables") or {})
        )

    page.on("request", seen)
    return sent


async def until(page: Any, condition: Any, what: str) -> None:
    for _ in range(200):
        if condition():
            return
        await page.wait_for_timeout(100)
    raise AssertionError(f"never seen: {what}")


@pytest.mark.parametrize("viewport", [TABLET, PHONE], ids=["tablet", "phone"])
async def test_a_leader_of_leaders_reads_the_effect_of_development_and_exports_it(
    demo: Demo, viewport: ViewportSize, chromium: Browser
) -> None:
    async with signed_in(chromium, demo, viewport) as page:
        await walk(page, viewport)


async def walk(page: Any, viewport: ViewportSize) -> None:
    """The journey on a signed-in page (``signed_in``)."""
    # His area: everyone below him, the leaders with span, progress and philosophy.
    await open_from_menu(page, "Mit område")
    await page.wait_for_selector("table.area tbody tr")
    assert await page.locator("table.area tbody tr").count() >= 30  # Fjordby's leaders
    tiles = page.locator("dl.figures")
    await tiles.get_by_text("Ledere med over 27 medarbejdere").wait_for()
    await page.locator("table.area td", has_text=re.compile(r"Ny som leder: \d+")).first.wait_for()
    await check(page, viewport)

    # The dashboard opens with the summary: every overall figure with its
    # Kirkpatrick level, n and a plain sentence, from the one cheap operation.
    sent = operations_sent(page)
    await open_from_menu(page, "Læringseffekt")
    await page.wait_for_selector("#behaviour")
    main = page.locator("main")
    for level in ("Niveau 1: Reaktion", "Niveau 2: Læring", "Niveau 3: Adfærd"):
        await main.get_by_text(level).first.wait_for()
    await main.get_by_text("Her er de samlede tal.", exact=False).wait_for()
    # The summary is kept a few minutes: the phone says when it was computed.
    computed = await main.get_by_text("Regnet ud kl.", exact=False).inner_text()
    assert re.match(r"Regnet ud kl\. \d\d\.\d\d\. Nye tal kommer", computed), computed
    behaviour = page.locator("section", has=page.locator("#behaviour"))
    sentence = await behaviour.locator("p.plain").first.inner_text()
    assert re.fullmatch(
        r"(Lille|Moderat|Stor) (fremgang|tilbagegang), (sikker|usikker)\.|Næsten uændret\.",
        sentence,
    ), sentence
    assert "n = " in await behaviour.locator("p.figure-label").first.inner_text()
    # The statistics are one tap away, in words and with a decimal comma.
    await behaviour.locator("details.numbers summary").first.click()
    numbers = await behaviour.locator("details.numbers dl").first.inner_text()
    assert "Effektstørrelse" in numbers and re.search(r"\d,\d\d", numbers), numbers
    text = await main.inner_text()
    assert "d_z" not in text and "-0,00" not in text and "\u22120,00" not in text
    # No competency and no chart yet, and the full figures were never asked for.
    assert await behaviour.get_by_role("img").count() == 0
    assert await behaviour.locator(".sub-figure").count() == 0
    names = [name for name, _ in sent]
    assert (SUMMARY, {"scope": "AREA", "filter": {}}) in sent, sent
    assert not FULL & set(names), names
    await check(page, viewport)

    # The details on request: each competency, its error bar, each goal.
    details = page.get_by_role("button", name="Vis detaljer")
    assert await details.get_attribute("aria-expanded") == "false"
    await details.click()
    chart = behaviour.get_by_role("img")
    await chart.wait_for()
    assert "AppLearningEffect" in [name for name, _ in sent]
    assert "AppOrganisationLearningEffect" not in [name for name, _ in sent]
    await main.get_by_text("Her er alle tallene", exact=False).wait_for()
    assert await main.get_by_text("Regnet ud kl.", exact=False).count() == 0
    assert await behaviour.locator(".sub-figure").count() >= 2
    await behaviour.get_by_text("Et tal vises kun, når mindst", exact=False).wait_for()
    hide = page.get_by_role("button", name="Skjul detaljer")
    assert await hide.get_attribute("aria-expanded") == "true"
    # The error bars speak Danish numbers to a screen reader.
    label = await chart.get_attribute("aria-label")
    assert label and re.search(r"\d,\d\d \(fra \u2212?\d,\d\d til \d,\d\d\)", label), label
    await check(page, viewport)

    # A hidden figure shows no number, only why, in plain words.
    goals = page.locator("section", has=page.locator("#goals"))
    hidden = goals.locator(".hidden-figure").first
    await hidden.get_by_text("Tallet vises ikke.").wait_for()
    assert not re.search(r"\d,\d", await hidden.inner_text())
    await hidden.get_by_text("Hvorfor vises tallet ikke?").click()
    await hidden.get_by_text(re.compile("beskytte anonymiteten")).wait_for()
    await check(page, viewport)

    # Back to the summary (already here: nothing more is asked for).
    await hide.click()
    await page.get_by_role("button", name="Vis detaljer").wait_for()
    assert await behaviour.get_by_role("img").count() == 0

    # His position (the top of the reporting line) opens the whole organisation:
    # its summary, and its full figures only with the details.
    await page.get_by_label("Hele organisationen").check()
    await until(
        page, lambda: (SUMMARY, {"scope": "ORGANISATION", "filter": {}}) in sent, "its summary"
    )
    await page.wait_for_selector("#behaviour")
    await main.get_by_text("Niveau 3: Adfærd").first.wait_for()
    assert "AppOrganisationLearningEffect" not in [name for name, _ in sent]

    # A filter narrows the summary, and the details asked for after it.
    year = (await page.evaluate("new Date().getFullYear()")) - 1
    await main.get_by_text("Afgræns tallene").click()
    await page.get_by_label("Startår").select_option(str(year))
    narrowed = {"scope": "ORGANISATION", "filter": {"period": {"year": year, "quarter": None}}}
    await until(page, lambda: (SUMMARY, narrowed) in sent, "the narrowed summary")
    assert "AppOrganisationLearningEffect" not in [name for name, _ in sent]
    await page.get_by_role("button", name="Vis detaljer").click()
    whole = ("AppOrganisationLearningEffect", {"filter": narrowed["filter"]})
    await until(page, lambda: whole in sent, "the organisation's narrowed details")
    await page.get_by_role("button", name="Skjul detaljer").wait_for()
    await page.wait_for_selector("#behaviour")
    await main.get_by_text("Niveau 3: Adfærd").first.wait_for()
    await page.get_by_label("Startår").select_option("")
    await until(
        page,
        lambda: (SUMMARY, {"scope": "ORGANISATION", "filter": {"period": None}}) in sent,
        "all years again",
    )

    # The export: a CSV of the same figures, downloaded.
    await page.get_by_role("button", name="Hent som CSV").click()
    link = page.get_by_role("link", name="Hent CSV-filen")
    await link.wait_for(timeout=60_000)
    await check(page, viewport)
    async with page.expect_download() as waiting:
        await link.click()
    download = await waiting.value
    saved = Path(await download.path())
    body = await asyncio.to_thread(saved.read_text, encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[0][:3] == ["section", "level", "dimension"]
    assert len(rows) > 10
