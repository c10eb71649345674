"""The rater's page in a real headless browser (Debian's Chromium driven by
Playwright) at a phone's 320 px width, answered with the keyboard only.

Skipped when Chromium is not installed, unless LEDELYST_REQUIRE_BROWSER is
set (CI sets it): install with ``apt-get install -y chromium``.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator

import pytest
import uvicorn
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database, set_database
from backend.settings import Settings
from feedback.evaluations import service
from feedback.evaluations.models import RaterGroup
from tests.support.evaluation_world import build

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-extensions",
    "--no-first-run",
    "--disable-sync",
    "--metrics-recording-only",
    "--mute-audio",
]

if CHROMIUM is None and not os.environ.get("LEDELYST_REQUIRE_BROWSER"):
    pytest.skip(
        "Chromium is not installed (apt-get install -y chromium); set "
        "LEDELYST_REQUIRE_BROWSER=1 to make this a failure",
        allow_module_level=True,
    )
playwright = pytest.importorskip("playwright.async_api", reason="pip install playwright")


@pytest.fixture
def server(settings: Settings, database: Database) -> Iterator[str]:
    """The whole app on a loopback port, in a thread with its own database engine."""
    from backend.app import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    own = Database(settings)
    app = create_app(settings, database=own)
    runner = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=runner.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not runner.started and time.monotonic() < deadline:
        time.sleep(0.05)
    set_database(database)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        runner.should_exit = True
        thread.join(timeout=10)


async def test_rater_answers_on_a_phone_with_the_keyboard_only(
    session: AsyncSession, server: str
) -> None:
    assert CHROMIUM, "LEDELYST_REQUIRE_BROWSER is set but Chromium is not installed"
    scenario = await build(session)
    token = scenario.tokens_of(RaterGroup.PEER)[0]
    async with playwright.async_playwright() as driver:
        browser = await driver.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            page = await browser.new_page(
                viewport={"width": 320, "height": 640},
                java_script_enabled=True,
                is_mobile=True,
                has_touch=True,
                locale="da-DK",
            )
            await page.goto(f"{server}/rate?t={token}")
            assert "Lea Leder" in await page.locator("h1").inner_text()
            if os.environ.get("LEDELYST_SCREENSHOTS"):
                await page.screenshot(path=f"{os.environ['LEDELYST_SCREENSHOTS']}/rater-320.png")
            # Usable at 320 px: nothing wider than the screen, every target big enough.
            assert await page.evaluate("document.documentElement.scrollWidth") <= 320
            for box in [
                await e.bounding_box() for e in await page.locator("label.choice, button").all()
            ]:
                if box is not None:
                    assert box["height"] >= 44 and box["x"] + box["width"] <= 320 + 1

            async def tab_to(selector: str) -> None:
                for _ in range(80):
                    await page.keyboard.press("Tab")
                    if await page.evaluate(f"document.activeElement.matches({selector!r})"):
                        return
                raise AssertionError(f"Tab never reached {selector}")

            for item_id in scenario.item_ids:
                await tab_to(f'input[name="a-{item_id}"]')
                await page.keyboard.press("Space")  # 1
                for _ in range(3):
                    await page.keyboard.press("ArrowDown")  # ... 4
            question = scenario.structure.questions[0].id
            await tab_to(f"#c-{question}")
            await page.keyboard.type("Sætter en tydelig retning.")
            await tab_to("#submit")
            await page.keyboard.press("Enter")
            await page.wait_for_selector("#message")
            assert "Tak!" in await page.locator("#message").inner_text()
        finally:
            await browser.close()
    session.expire_all()  # other sessions wrote since this one read
    form = await service.rater_form(session, token)
    assert form.state.value == "SUBMITTED"
