"""Every known XSS payload of ``tests/support/xss_payloads.py`` through every
text that a page, a mail or a PDF renders, and none of them can run.

- programme activities' Markdown (``bodyHtml``/``descriptionHtml``);
- every mail template of every slice, in both languages, with every value
  (names, notes, cycle names, ...) a payload;
- the rater's page, with the framework's items and questions, the cycle's
  name and the leader's name payloads;
- the 360 report's PDF with payload comments: no script, action or link;
- a published philosophy page with all payloads in its sections, opened in
  headless Chromium with its CSP taken away (the sanitizer alone must hold):
  no dialog opens, no handler or javascript: link is left in the DOM.
The philosophy slice's renderer, page and PDF have their own corpus tests in
``tests/learning/philosophy``.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from jinja2 import UndefinedError
from sqlalchemy.ext.asyncio import AsyncSession

from backend.composition import compose
from backend.db import Database
from backend.identity.models import Person
from backend.mail import render
from feedback.evaluations.models import RaterGroup
from feedback.frameworks.service import CompetencyCommand, FrameworkCommand, ItemCommand
from learning.programmes.types import render_markdown
from tests.support.evaluation_world import build, small_framework
from tests.support.graphql_client import GraphQLClient
from tests.support.philosophy_world import build_world, sections, write_and_publish
from tests.support.xss_payloads import PAYLOADS, assert_escaped, assert_inert

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.parametrize("payload", PAYLOADS)
def test_programme_markdown_leaves_no_payload_that_runs(payload: str) -> None:
    html = render_markdown(payload)
    assert_inert(html)
    assert_escaped(payload, html)


def mail_templates() -> list[str]:
    compose()  # the slices add their template folders at composition (collection runs first)
    names = set()
    for folder in render._folders:
        for file in Path(folder).glob("*.da.html"):
            if not file.name.startswith("_"):
                names.add(file.name.removesuffix(".da.html"))
    return sorted(names)


class Everywhere(str):
    """The payload as every value a template may take: its attributes are the
    payload, and as a list it holds the payload once (a template's
    ``{% for item in items %}{{ item.title }}`` gets it too)."""

    def __getattr__(self, name: str) -> Everywhere:
        if name.startswith("__"):
            raise AttributeError(name)
        return self

    def __iter__(self) -> Iterator[Everywhere]:
        yield self


def render_with(template: str, locale: str, payload: str) -> tuple[str, str, str]:
    """Renders with every value the template asks for set to ``payload``;
    values that must be web addresses (the ``web_url`` filter refuses
    anything else, which is its point) get one."""
    values: dict[str, Any] = {}
    for _ in range(40):
        try:
            return render.render_mail(template, locale, values)
        except UndefinedError as missing:
            name = re.findall(r"'([^']+)' is undefined", str(missing))[0]
            values[name] = Everywhere(payload)
        except ValueError as refused:
            assert "not a web address" in str(refused)
            # the value asked for last is the one the filter refused
            bad = next(k for k, v in reversed(values.items()) if v == payload and k[0] != "_")
            values[bad] = f"https://ledelyst.example/{bad}"
            values[f"_{bad}"] = True  # remembered as a URL
    raise AssertionError(f"{template}: could not render")


@pytest.mark.parametrize("template", mail_templates())
def test_every_mail_template_escapes_every_payload(template: str) -> None:
    for locale in ("da", "en"):
        for payload in PAYLOADS:
            subject, _, html = render_with(template, locale, payload)
            assert "\n" not in subject and "\r" not in subject
            assert_inert(html)
            assert_escaped(payload, html)


def test_a_link_that_runs_code_never_goes_into_a_mail() -> None:
    with pytest.raises(ValueError, match="not a web address"):
        render.web_url("javascript:alert(1)")


def payload_framework() -> FrameworkCommand:
    items = [ItemCommand(p, p) for p in PAYLOADS]
    return replace(
        small_framework(),
        competencies=[CompetencyCommand(title_da=PAYLOADS[0], title_en=PAYLOADS[0], items=items)],
        questions=[(p, p) for p in PAYLOADS[:5]],
    )


async def test_the_rater_page_shows_every_payload_as_text(
    session: AsyncSession, api: GraphQLClient
) -> None:
    scenario = await build(
        session, peers=1, reports=0, framework=payload_framework(), name=PAYLOADS[1]
    )
    leader = await session.get(Person, scenario.leader.person_id)
    assert leader is not None
    leader.name = PAYLOADS[2]
    await session.commit()
    token = scenario.tokens_of(RaterGroup.PEER)[0]
    response = await api.http.get(f"/rate?t={token}")
    assert response.status_code == 200
    assert_inert(response.text)
    for payload in PAYLOADS:
        assert_escaped(payload, response.text)
    assert "default-src 'none'" in response.headers["content-security-policy"]


async def test_the_report_pdf_with_payload_comments_holds_no_action_that_runs(
    session: AsyncSession, database: Database
) -> None:
    from feedback.evaluations.reports.rendering import render_pdf
    from feedback.evaluations.reports.service import report_for_viewer
    from tests.support.evaluation_world import answer, close
    from tests.support.pdf_pages import plain_objects

    scenario = await build(session, peers=3, reports=0)
    for token, comment in zip(scenario.tokens_of(RaterGroup.PEER), PAYLOADS, strict=False):
        await answer(session, scenario, token, comment=comment)
    await close(session, scenario)
    view = await report_for_viewer(session, scenario.leader_viewer, scenario.evaluation_id, "da")
    made = render_pdf(view, "da")
    assert made.startswith(b"%PDF")
    pdf = plain_objects(made)  # WeasyPrint packs its dictionaries in object streams
    assert b"/StructTreeRoot" in pdf
    # Actions that run something: JavaScript, launching a program, sending a
    # form or opening a code-running link. (An /OpenAction may only be the
    # first page's view, a destination array.)
    for action in (b"/JavaScript", b"/JS", b"/Launch", b"/SubmitForm", b"/ImportData", b"/AA"):
        assert action not in pdf, action
    assert re.findall(rb"/OpenAction\s*(\S)", pdf) in ([], [b"["])
    assert b"javascript:" not in pdf.lower()


def accepted_by_a_philosophy(payload: str) -> bool:
    from learning.philosophy.publishing.rendering import check_markdown

    return not check_markdown(payload, ())


async def published_page(session: AsyncSession, database: Database, api: GraphQLClient) -> str:
    """A public philosophy page holding every payload a draft accepts (the
    others are refused when saved, which the philosophy tests show)."""
    from learning.philosophy.models import Visibility

    world = await build_world(session, api.app.state.settings)
    accepted = [p for p in PAYLOADS if accepted_by_a_philosophy(p)]
    bodies = ["\n\n".join(accepted[i::3]) for i in range(3)]
    await write_and_publish(database, world, drafts=sections(*bodies), visibility=Visibility.PUBLIC)
    response = await api.http.get(f"/p/{world.organisation.slug}/lise-aeroe-leder")
    assert response.status_code == 200
    assert_inert(response.text)
    return response.text


def every_payload_rendered() -> str:
    """Every payload through both Markdown renderers, on a bare page."""
    from learning.philosophy.publishing.rendering import render_markdown as philosophy_markdown

    parts = [f"<section>{render_markdown(p)}{philosophy_markdown(p)}</section>" for p in PAYLOADS]
    return "<!doctype html><html><body>" + "".join(parts) + "</body></html>"


JS_FOUND = (
    "[...document.querySelectorAll('*')].flatMap(e => [...e.attributes])"
    ".filter(a => a.name.startsWith('on') || /^\\s*(javascript|vbscript|data):/i.test(a.value))"
    ".map(a => a.name + '=' + a.value)"
)


async def run_in_chromium(html: str) -> tuple[list[str], list[str]]:
    """Opens ``html`` with no CSP at all, clicks every link that is not a
    plain web link, and returns the dialogs that opened and the handlers
    and code-running URLs left in the DOM."""
    playwright = pytest.importorskip("playwright.async_api")
    dialogs: list[str] = []
    async with playwright.async_playwright() as driver:
        browser = await driver.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"], headless=True
        )
        try:
            page = await browser.new_page(java_script_enabled=True)
            page.on("dialog", lambda dialog: dialogs.append(dialog.message))
            page.on("dialog", lambda dialog: dialog.dismiss())
            await page.route(
                "http://ledelyst.test/**",
                lambda route: route.fulfill(
                    status=200, content_type="text/html; charset=utf-8", body=html
                ),
            )
            await page.goto("http://ledelyst.test/page")
            for link in await page.locator("a[href]").all():
                href = (await link.get_attribute("href")) or ""
                if not href.startswith(("http:", "https:", "mailto:", "#", "/")):
                    await link.click()
            await page.wait_for_timeout(200)
            found: list[str] = await page.evaluate(JS_FOUND)
        finally:
            await browser.close()
    return dialogs, found


@pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("LEDELYST_REQUIRE_BROWSER"),
    reason="Chromium is not installed (CI sets LEDELYST_REQUIRE_BROWSER: there it must be)",
)
async def test_payloads_run_nothing_in_a_browser_even_without_csp(
    session: AsyncSession, database: Database, api: GraphQLClient
) -> None:
    assert CHROMIUM, "LEDELYST_REQUIRE_BROWSER is set but Chromium is not installed"
    page = await published_page(session, database, api)
    # Without its CSP (<meta>; the header is not sent here): only the sanitizer stands.
    bare = re.sub(r"<meta[^>]+content-security-policy[^>]*>", "", page, flags=re.IGNORECASE)
    assert "content-security-policy" not in bare.lower()
    for html in (bare, every_payload_rendered()):
        dialogs, found = await run_in_chromium(html)
        assert dialogs == [] and found == []
