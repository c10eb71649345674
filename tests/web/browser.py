"""Debian's Chromium driven by Playwright at a phone's viewport, with axe-core
(the app's own npm copy) loaded into every page to check each screen."""

from __future__ import annotations

import base64
import os
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

import pytest

from backend.identity.seed import DEMO_PASSWORD
from tests.web import accessibility

if TYPE_CHECKING:
    from playwright.async_api import Browser, ViewportSize

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
PHONE: ViewportSize = {"width": 390, "height": 844}
AXE = accessibility.AXE
# A 1x1 PNG: what a phone's camera hands the file input, only smaller.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def require_browser() -> None:
    if CHROMIUM is None or not AXE.is_file():
        message = "Chromium (apt-get install -y chromium) and web/node_modules (make web) needed"
        if os.environ.get("LEDELYST_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)


@asynccontextmanager
async def new_device(
    chromium: Browser, viewport: ViewportSize = PHONE, **options: Any
) -> AsyncIterator[Any]:
    """A new device in the test process's Chromium (``chromium``,
    tests/web/conftest.py): a context of its own (cookies, storage, service
    workers, offline state), a phone unless ``viewport`` is wider, closed on
    leaving. axe is an init script (the DevTools protocol's, so the page's CSP
    still applies to everything else)."""
    small = viewport["width"] < 500
    context = await chromium.new_context(
        viewport=viewport,
        is_mobile=small,
        has_touch=small,
        locale="da-DK",
        timezone_id="Europe/Copenhagen",
        service_workers="allow",
        **options,
    )
    try:
        await context.add_init_script(path=str(AXE))
        yield context
    finally:
        await context.close()


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
async def signed_in_phone(chromium: Browser, demo: Demo, email: str) -> AsyncIterator[Any]:
    """A page on a new phone, signed in as ``email`` (``sign_in``). On leaving
    it the page must have had no console error or CSP refusal (``watch``);
    the phone is put away either way."""
    async with new_device(chromium) as context:
        page = await context.new_page()
        problems = watch(page)
        await sign_in(page, demo, email)
        yield page
        assert problems == [], problems


async def open_activity(page: Any, demo: Demo, enrolment_id: str, activity_id: str) -> None:
    await page.goto(f"{demo.url}/enrolments/{enrolment_id}/activities/{activity_id}")
    await page.wait_for_selector("main h1")


async def mark_completed(page: Any) -> None:
    """Clicks "Markér som gennemført" and waits until the activity shows as
    completed: the app shows it once the event is stored in its queue, so a
    page load after this cannot lose it. (``until_sent`` right after the click
    could find the queue still empty, return, and a page load then end the
    page before the event was stored: the journey once saw its completion lost.)"""
    await page.get_by_role("button", name="Markér som gennemført").click()
    await page.get_by_text("Gennemført ·").first.wait_for()


async def until_sent(page: Any) -> None:
    """Until the app's queue of changes is empty (the server answered all)."""
    await page.locator(".waiting").first.wait_for(state="detached", timeout=30_000)
