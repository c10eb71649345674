"""A leader's own work in Debian's Chromium at 390x844 against the real
server and worker on the demo data, persisted queries only: their own 360
report with its figures and PDF, opening their own self-assessment, and their
development goals tied to the organisation's goals. axe-core on every app
screen they pass."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pytest

from feedback.seed import CYCLE_NAME, OPEN_CYCLE_NAME
from tests.web.browser import (
    assert_accessible,
    require_browser,
    signed_in_phone,
)
from tests.web.demo import NEW_LEADER, SECOND_LEADER, Demo, demo_deployment
from tests.web.mail import phone_signed_in_by_mail, token_by_magic_link

if TYPE_CHECKING:
    from playwright.async_api import Browser

playwright = pytest.importorskip("playwright.async_api", reason="pip install playwright")

# The Danish labels of the report's rater groups (web/src/screens/Evaluations.tsx).
ANSWERS = "svar"


@pytest.fixture(scope="module")
def demo(built_app: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    require_browser()
    with demo_deployment(tmp_path_factory.mktemp("webapp-own"), built_app) as deployment:
        yield deployment


def danish(mean: float) -> str:
    """A mean as the app (Intl.NumberFormat) writes it: the shortest decimal of
    the number rounded half up to one decimal, with a decimal comma."""
    rounded = Decimal(repr(mean)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return str(rounded).replace(".", ",")


async def test_a_leader_reads_their_own_360_report_with_its_figures_and_pdf(
    demo: Demo, chromium: Browser
) -> None:
    api = demo.api()
    leader = demo.email_of("Jonas Kragh")  # the demo's closed cycle, report rendered
    token = token_by_magic_link(demo, api, leader)
    mine = api.run("query AppPending360Tasks", {}, token)["myEvaluations"]
    evaluation_id = next(e["id"] for e in mine if e["cycle"]["name"] == CYCLE_NAME)
    report = api.run("query AppEvaluation", {"id": evaluation_id}, token)["node"]["report"]
    assert report["status"] == "READY"
    competencies = report["figures"]["competencies"]
    assert competencies

    async with phone_signed_in_by_mail(chromium, demo, api, leader) as page:
        await page.get_by_role("link", name="360", exact=True).click()
        await page.get_by_role("heading", name="360-evaluering").wait_for()
        await assert_accessible(page, "360 list")
        await page.get_by_role("link", name=CYCLE_NAME, exact=True).click()
        await page.get_by_role("heading", name="Rapport").wait_for()
        await assert_accessible(page, "own 360 report")
        charts = page.locator("figure.chart svg[role='img']")
        assert await charts.count() == len(competencies)
        labels = await charts.evaluate_all("(all) => all.map((s) => s.getAttribute('aria-label'))")
        means = []
        for competency, label in zip(competencies, labels, strict=True):
            assert label.startswith(f"{competency['title']}: ")
            for figure in competency["figures"]:
                means.append(danish(figure["mean"]))
                assert f"{means[-1]} ({figure['count']} {ANSWERS})" in label, label
        assert any("," in mean for mean in means)  # the Danish decimal comma
        pdf_link = page.get_by_role("link", name="Hent rapporten som PDF")
        href = await pdf_link.get_attribute("href")
        assert href
    pdf = api.http.get(href)
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    api.close()


async def test_a_new_leader_opens_her_own_self_assessment(demo: Demo, chromium: Browser) -> None:
    async with signed_in_phone(chromium, demo, NEW_LEADER) as page:
        await page.get_by_role("link", name="360", exact=True).click()
        await page.get_by_role("heading", name="360-evaluering").wait_for()
        await page.get_by_role("link", name=OPEN_CYCLE_NAME, exact=True).click()
        button = page.get_by_role("button", name="Åbn din selvevaluering")
        await button.wait_for()
        await assert_accessible(page, "own evaluation while it is open")
        async with page.expect_navigation(url="**/rate?**"):
            await button.click()
        assert urlsplit(page.url).path == "/rate"
        heading = await page.locator("h1").inner_text()
        assert heading == "Din selvevaluering", await page.locator("body").inner_text()
        assert await page.locator("form input[type='radio']").count() > 0


async def test_a_new_leader_ties_a_development_goal_to_an_organisational_goal(
    demo: Demo, chromium: Browser
) -> None:
    api = demo.api()
    token = api.sign_in(SECOND_LEADER)  # her BEFORE check-in is not held yet
    enrolment_id = api.run("query AppHome", {}, token)["home"]["enrolments"][0]["id"]
    goal_title = "Holde ugentlige én-til-én-samtaler"
    async with signed_in_phone(chromium, demo, SECOND_LEADER) as page:
        await page.get_by_role("link", name="Udviklingsmål og opfølgning").first.click()
        await page.get_by_role("heading", name="Mine udviklingsmål").wait_for()
        await assert_accessible(page, "development goals")
        await page.get_by_label("Udviklingsmål", exact=True).fill(goal_title)
        await page.get_by_label("Beskrivelse").fill("Tyve minutter med hver medarbejder.")
        options = page.locator("#goal-org option")
        organisation_goal = await options.nth(1).inner_text()
        await page.get_by_label("Organisationens mål").select_option(label=organisation_goal)
        await page.get_by_role("button", name="Gem mål").click()
        card = page.locator("li.card", has_text=goal_title)
        await card.get_by_text(f"Understøtter: {organisation_goal}").wait_for()
        await assert_accessible(page, "development goals, saved")
    goals = api.run("query AppDevelopment", {"enrolmentId": enrolment_id}, token)["node"][
        "developmentGoals"
    ]
    mine = [g for g in goals if g["title"] == goal_title]
    assert len(mine) == 1
    assert mine[0]["organisationGoal"]["title"] == organisation_goal

    # The first new leader's goals were agreed at her BEFORE check-in: she
    # reads them and what her manager wrote, and can no longer change them.
    async with signed_in_phone(chromium, demo, NEW_LEADER) as page:
        await page.get_by_role("link", name="Udviklingsmål og opfølgning").first.click()
        await page.get_by_role("heading", name="Mine udviklingsmål").wait_for()
        await page.get_by_text("Målene er aftalt ved før-opfølgningen").wait_for()
        assert await page.get_by_role("button", name="Gem mål").count() == 0
        await page.get_by_text("Holdt ", exact=False).first.wait_for()
        await assert_accessible(page, "development goals, agreed")
    api.close()
