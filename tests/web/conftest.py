"""Fixtures of the app's tests: the app as `make web` built it, and the
Chromium that drives it."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from backend.settings import ROOT

if TYPE_CHECKING:
    from playwright.async_api import Browser

BUILT = ROOT / "web" / "dist"


@pytest.fixture(scope="session")
def built_app() -> Path:
    """web/dist from `make web` (make test builds it first). Without a build
    the tests that need it are skipped, except in CI, where they fail."""
    if not (BUILT / "index.html").is_file():
        message = "the app is not built: run `make web`"
        if os.environ.get("LEDELYST_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    return BUILT


@pytest.fixture(scope="session")
async def chromium() -> AsyncIterator[Browser]:
    """One Chromium per test process, launched when a test first needs it;
    each test takes devices of its own from it (``browser.new_device``: a
    context apart, as a new phone is). Launching the driver and a browser per
    device cost ~1 s of CPU each, for ~60 devices a run."""
    from playwright.async_api import async_playwright

    from tests.web.browser import ARGS, CHROMIUM, require_browser

    require_browser()
    async with async_playwright() as driver:
        browser = await driver.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            yield browser
        finally:
            await browser.close()
