"""Debian's Chromium driven by Playwright at a phone's viewport, with axe-core
(the app's own npm copy) loaded into every page to check each screen."""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

import pytest

from backend.identity.seed import DEMO_PASSWORD
from tests.web import accessibility

if TYPE_CHECKING:
    from tests.web.demo import Demo

CHROMIUM = (
    "/usr/bin/chromium"
    if os.path.exists("/usr/bin/chromium")
    else shutil.which("chromium") or shutil.which("chromium-browser")
)
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
PHONE = {"width": 390, "height": 844}
AXE = accessibility.AXE


def require_browser() -> None:
    if CHROMIUM is None or not AXE.is_file():
        message = "Chromium (apt-get install -y chromium) and web/node_modules (make web) needed"
        if os.environ.get("LEDELYST_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)


async def new_phone(driver: Any) -> tuple[Any, Any]:
    """A browser and a phone-sized context; axe is an init script (the
    DevTools protocol's, so the page's CSP still applies to everything else)."""
    browser = await driver.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
    context = await browser.new_context(
        viewport=PHONE,
        is_mobile=True,
        has_touch=True,
        locale="da-DK",
        timezone_id="Europe/Copenhagen",
        service_workers="allow",
    )
    await context.add_init_script(path=str(AXE))
    return browser, context


def watch(page: Any) -> list[str]:
    """Console errors and CSP refusals of the page, collected as they come.
    Not counted: the 401 of /auth/refresh when no one is signed in yet (how
    the app learns it), and fetches that fail while the test is offline."""
    problems: list[str] = []

    def seen(message: Any) -> None:
        url = (message.location or {}).get("url", "")
        if message.type != "error" or url.endswith("/auth/refresh"):
            return
        if "Failed to fetch" in message.text or "ERR_INTERNET_DISCONNECTED" in message.text:
            return
        problems.append(f"{message.text} ({url})")

    page.on("console", seen)
    page.on("pageerror", lambda error: problems.append(str(error)))
    return problems


async def assert_accessible(page: Any, screen: str) -> None:
    """axe-core on the screen as it is now (no violation at all), and nothing
    wider than the phone."""
    await accessibility.assert_accessible(page, screen)
    width = await page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{screen} is wider than the phone: {width}px"


async def sign_in(page: Any, demo: Demo, email: str) -> None:
    """With the keyboard only: Tab to the e-mail field, type, Tab, type, Enter."""
    await page.goto(f"{demo.url}/sign-in")
    await page.wait_for_selector("#email")
    await assert_accessible(page, "sign-in")
    for _ in range(10):
        if await page.evaluate("document.activeElement.id") == "email":
            break
        await page.keyboard.press("Tab")
    else:
        raise AssertionError("Tab never reached the e-mail field")
    await page.keyboard.type(email)
    await page.keyboard.press("Tab")
    assert await page.evaluate("document.activeElement.id") == "password"
    await page.keyboard.type(DEMO_PASSWORD)
    await page.keyboard.press("Enter")
    # Home greets in the person's own language.
    await page.wait_for_selector("h1:has-text('Hej'), h1:has-text('Hello')")


@asynccontextmanager
async def signed_in_phone(demo: Demo, email: str) -> AsyncIterator[Any]:
    """A page on a new phone, signed in as ``email`` (``sign_in``). On leaving
    it the page must have had no console error or CSP refusal (``watch``);
    the browser is closed either way."""
    from playwright.async_api import async_playwright

    async with async_playwright() as driver:
        browser, context = await new_phone(driver)
        try:
            page = await context.new_page()
            problems = watch(page)
            await sign_in(page, demo, email)
            yield page
            assert problems == [], problems
        finally:
            await browser.close()
