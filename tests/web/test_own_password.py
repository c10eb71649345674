"""A person's own password on the settings screen (changePassword) in
Debian's Chromium at 390x844 against the real server and worker on the demo
data, persisted queries only: a wrong current password and a too-short new
one are refused beside their fields, the right ones change it; the new
password signs in and the old one no longer does. A person without a
password (signed in by mail link) is asked for no current one and sets their
first. axe-core on each state."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import text

from backend.identity.seed import DEMO_PASSWORD
from tests.web.browser import (
    assert_accessible,
    new_device,
    require_browser,
    sign_in,
    watch,
)
from tests.web.demo import CSRF, SECOND_LEADER, Demo, demo_deployment
from tests.web.mail import phone_signed_in_by_mail

if TYPE_CHECKING:
    from playwright.async_api import Browser

playwright = pytest.importorskip("playwright.async_api", reason="pip install playwright")

NEW_PASSWORD = "fjordens lyse morgener 7"
FIRST_PASSWORD = "min allerførste adgangskode"


@pytest.fixture(scope="module")
def demo(built_app: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    require_browser()
    with demo_deployment(tmp_path_factory.mktemp("webapp-password"), built_app) as deployment:
        yield deployment


def signs_in(demo: Demo, email: str, password: str) -> bool:
    """Whether the e-mail and password sign in, as the app's sign-in does."""
    api = demo.api()
    try:
        response = api.http.post(
            "/auth/sign-in",
            json={"email": email, "password": password},
            headers={**CSRF, "origin": demo.url},
        )
    finally:
        api.close()
    assert response.status_code in (200, 401), response.text
    return response.status_code == 200


@asynccontextmanager
async def phone_signed_in(
    chromium: Browser, demo: Demo, email: str
) -> AsyncIterator[tuple[Any, list[str]]]:
    """As ``signed_in_phone``, with the page's problems handed out too: a
    refused sign-in is a 401 the browser logs, expected once here."""
    async with new_device(chromium) as context:
        page = await context.new_page()
        problems = watch(page)
        await sign_in(page, demo, email)
        yield page, problems


def without_password(demo: Demo, email: str) -> None:
    """The demo gives everyone its password; this person is made one who signs
    in only by mail link or with their organisation (as people added by HR or
    SCIM are: no password)."""
    with demo.database() as connection:
        connection.execute(
            text("UPDATE person SET password_hash = NULL WHERE email = :email"), {"email": email}
        )


async def open_settings(page: Any) -> None:
    await page.get_by_role("link", name="Indstillinger").click()
    await page.get_by_role("heading", name="Adgangskode").wait_for()


async def change(page: Any, current: str, new: str) -> None:
    await page.get_by_label("Nuværende adgangskode", exact=True).fill(current)
    await page.get_by_label("Ny adgangskode", exact=True).fill(new)
    await page.get_by_role("button", name="Skift adgangskode").click()


async def error_beside(page: Any, field: str, message: str) -> None:
    """The payload's error is shown under the field and read with it."""
    error = page.locator(f"#{field}-error")
    await error.get_by_text(message).wait_for()
    described = await page.locator(f"#{field}").get_attribute("aria-describedby") or ""
    assert f"{field}-error" in described.split()
    assert await page.locator(f"#{field}").get_attribute("aria-invalid") == "true"


async def sign_in_with_form(page: Any, demo: Demo, email: str, password: str) -> None:
    await page.goto(f"{demo.url}/sign-in")
    await page.get_by_label("E-mail").fill(email)
    await page.get_by_label("Adgangskode", exact=True).fill(password)
    await page.get_by_role("button", name="Log ind", exact=True).click()


async def test_a_leader_changes_their_password_and_signs_in_with_the_new_one(
    demo: Demo, chromium: Browser
) -> None:
    async with phone_signed_in(chromium, demo, SECOND_LEADER) as (page, problems):
        await open_settings(page)
        assert await page.get_by_label("Nuværende adgangskode").get_attribute("autocomplete") == (
            "current-password"
        )
        assert await page.get_by_label("Ny adgangskode").get_attribute("autocomplete") == (
            "new-password"
        )
        await assert_accessible(page, "settings with the password form")

        await change(page, "ikke min adgangskode", NEW_PASSWORD)
        await error_beside(page, "current-password", "Den nuværende adgangskode er forkert.")
        await assert_accessible(page, "password, wrong current password")

        await change(page, DEMO_PASSWORD, "kort")
        await error_beside(page, "new-password", "Adgangskoden skal være mindst 12 tegn.")
        assert await page.locator("#current-password").get_attribute("aria-invalid") is None
        await assert_accessible(page, "password, too short")
        assert signs_in(demo, SECOND_LEADER, DEMO_PASSWORD)  # nothing changed yet

        await change(page, DEMO_PASSWORD, NEW_PASSWORD)
        await page.get_by_text("Adgangskoden er skiftet.").wait_for()
        assert await page.locator("#new-password-error").count() == 0
        assert await page.get_by_label("Ny adgangskode").input_value() == ""
        await assert_accessible(page, "password, changed")
        # Every device was signed out; this one signed in again with the new
        # password, so a reload (the access token gone, the cookie refreshed)
        # finds it still signed in.
        await page.reload()
        await page.get_by_role("heading", name="Adgangskode").wait_for()

        await page.get_by_role("button", name="Log ud").click()
        await page.get_by_role("heading", name="Log ind").wait_for()
        await sign_in_with_form(page, demo, SECOND_LEADER, DEMO_PASSWORD)
        refusal = page.get_by_role("alert").get_by_text("E-mail eller adgangskode er forkert.")
        await refusal.wait_for()
        # The browser logs the refused sign-in's 401: expected, the only problem allowed.
        refused = [p for p in problems if "/auth/sign-in" in p and "401" in p]
        await sign_in_with_form(page, demo, SECOND_LEADER, NEW_PASSWORD)
        await page.get_by_role("heading", name="Hej", exact=False).wait_for()
        assert [p for p in problems if p not in refused] == []

    assert not signs_in(demo, SECOND_LEADER, DEMO_PASSWORD)
    assert signs_in(demo, SECOND_LEADER, NEW_PASSWORD)


async def choose_first(page: Any, new: str) -> None:
    await page.get_by_label("Ny adgangskode", exact=True).fill(new)
    await page.get_by_role("button", name="Gem adgangskode").click()


async def test_a_person_without_a_password_sets_their_first(demo: Demo, chromium: Browser) -> None:
    """Signed in by mail link, no password yet: the form asks for no current
    password (viewer.hasPassword), and once one is chosen it does."""
    api = demo.api()
    email = demo.email_of("Jonas Kragh")
    without_password(demo, email)
    assert not signs_in(demo, email, DEMO_PASSWORD)
    try:
        async with phone_signed_in_by_mail(chromium, demo, api, email) as page:
            await open_settings(page)
            await page.get_by_text("Du har ingen adgangskode endnu").wait_for()
            assert await page.get_by_label("Nuværende adgangskode").count() == 0
            await assert_accessible(page, "settings without a password")
            await choose_first(page, "kort")
            await error_beside(page, "new-password", "Adgangskoden skal være mindst 12 tegn.")
            await choose_first(page, FIRST_PASSWORD)
            await page.get_by_text("Adgangskoden er gemt.").wait_for()
            # Now there is one: the form asks for it before the next change.
            await page.get_by_label("Nuværende adgangskode", exact=True).wait_for()
            assert await page.get_by_role("button", name="Skift adgangskode").count() == 1
            await assert_accessible(page, "first password set")
    finally:
        api.close()
    assert signs_in(demo, email, FIRST_PASSWORD)
