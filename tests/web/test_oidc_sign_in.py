"""Signing in to the app through the organisation's identity provider (panva's
oidc-provider on loopback) in Debian's Chromium at 390x844: authorization
code with PKCE from the app's sign-in screen to the provider's login page and
back, against the real server on the demo data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.support.oidc_peer import OidcProvider, node_ready
from tests.web.browser import assert_accessible, new_device, require_browser, watch
from tests.web.demo import NEW_LEADER, Demo, demo_deployment

if TYPE_CHECKING:
    from playwright.async_api import Browser

playwright = pytest.importorskip("playwright.async_api", reason="pip install playwright")


@pytest.fixture(scope="module")
def provider_and_demo(
    built_app: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[OidcProvider, Demo]]:
    require_browser()
    missing = node_ready()
    if missing:
        pytest.skip(missing)
    provider = OidcProvider(tmp_path_factory.mktemp("webapp-oidc-provider"))
    with demo_deployment(
        tmp_path_factory.mktemp("webapp-oidc"),
        built_app,
        oidc_issuer=provider.issuer,
        oidc_app_client_id="ledelyst-web",
    ) as demo:
        provider.redirect_uris = (f"{demo.url}/sign-in/oidc",)
        provider.start()
        try:
            yield provider, demo
        finally:
            provider.stop()


async def test_a_new_leader_signs_in_with_her_organisation_through_pkce(
    provider_and_demo: tuple[OidcProvider, Demo], chromium: Browser
) -> None:
    provider, demo = provider_and_demo
    provider.add_account("ann-oidc", {"email": NEW_LEADER, "email_verified": True})
    async with new_device(chromium) as context:
        page = await context.new_page()
        problems = watch(page)
        await page.goto(f"{demo.url}/sign-in")
        button = page.get_by_role("button", name="Log ind med din organisation")
        await button.wait_for()
        await assert_accessible(page, "sign-in with the organisation offered")
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        await button.click()
        await page.wait_for_url(f"{provider.issuer}/**")
        sent = parse_qs(urlsplit(next(u for u in requests if "/auth?" in u)).query)
        assert sent["code_challenge_method"] == ["S256"]
        assert sent["client_id"] == ["ledelyst-web"]
        assert sent["redirect_uri"] == [f"{demo.url}/sign-in/oidc"]
        assert "code_verifier" not in sent

        await page.locator("input[name='login']").fill("ann-oidc")
        await page.locator("input[name='password']").fill("any")
        await page.locator("button[type='submit']").click()
        await page.wait_for_selector("main h1:has-text('Hej')", timeout=30_000)
        assert urlsplit(page.url).path == "/"
        await assert_accessible(page, "home after signing in with the organisation")
        # The refresh cookie was set: a reload stays signed in.
        await page.reload()
        await page.wait_for_selector("main h1:has-text('Hej')")
        tokens = await page.evaluate("Object.keys(sessionStorage)")
        assert "ledelyst:oidc" not in tokens  # the verifier is spent
        # The app's own pages said nothing wrong (the provider's login page
        # asks the web for its fonts: its business, not the app's).
        own = [p for p in problems if not p.endswith(")") or f"({demo.url}" in p]
        assert own == [], problems


async def test_a_forged_answer_from_the_issuer_signs_no_one_in(
    provider_and_demo: tuple[OidcProvider, Demo], chromium: Browser
) -> None:
    _provider, demo = provider_and_demo
    async with new_device(chromium) as context:
        page: Any = await context.new_page()
        await page.goto(f"{demo.url}/sign-in/oidc?code=stolen&state=forged")
        await page.get_by_text("Log-ind hos din organisation lykkedes ikke").wait_for()
        assert urlsplit(page.url).path == "/sign-in"
        await assert_accessible(page, "sign-in after a forged answer")
