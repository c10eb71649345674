"""An experienced leader's own mentor profile ("mesterlære") in Debian's
Chromium at 390x844 against the real server and worker on the demo data,
persisted queries only: a leader who offers to mentor changes their terms
(the server's refusals beside their fields, in Danish), one who does not yet
offers to, HR sees both in its mentoring list, and someone who is not a
leader gets no form and the server's refusal. axe-core on every screen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import text

from tests.web.browser import assert_accessible, require_browser, signed_in_phone
from tests.web.demo import LEADERS_MANAGER, STAFF, Demo, DemoApi, demo_deployment
from tests.web.mail import phone_signed_in_by_mail, token_by_magic_link

if TYPE_CHECKING:
    from playwright.async_api import Browser

playwright = pytest.importorskip("playwright.async_api", reason="pip install playwright")

HR = "hr@fjordby.dk"
# The app's Danish texts (web/src/screens/MentorProfile.tsx) and the server's
# (learning/mentoring/messages.py, backend/i18n.py).
TITLE = "Din mentorprofil"
SAVE = "Gem mentorprofil"
OFFER = "Tilbyd at være mentor"
SAVED = "Din mentorprofil er gemt."
CAPACITY = "Hvor mange mentees kan du have på én gang?"
CAPACITY_RANGE = "Kapaciteten skal være mellem 1 og 10 mentees."
TOO_LONG = "Højst 2000 tegn."
NOT_A_LEADER = "Kun ledere kan tilbyde sig som mentor."


@pytest.fixture(scope="module")
def demo(built_app: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    require_browser()
    with demo_deployment(tmp_path_factory.mktemp("webapp-mentor-profile"), built_app) as deployment:
        yield deployment


def experienced_leader_without_profile(demo: Demo) -> str:
    """A leader of the demo for over ten years who does not offer to mentor
    (the demo's people beyond its story sign in by magic link)."""
    with demo.database() as connection:
        found = connection.execute(
            text(
                "SELECT p.email FROM person p"
                " JOIN membership m ON m.person_id = p.id"
                " LEFT JOIN mentor_profile mp ON mp.membership_id = m.id"
                " WHERE mp.id IS NULL AND m.is_active"
                " AND CAST(m.roles AS TEXT) LIKE '%LEADER%'"
                " AND m.leader_since < :since AND p.email LIKE '%@fjordby.dk'"
                " ORDER BY m.id LIMIT 1"
            ),
            {"since": (date.today() - timedelta(days=10 * 365)).isoformat()},
        )
        return str(found.scalar_one())


def hr_sees(api: DemoApi, profile_id: str) -> dict[str, Any]:
    token = api.sign_in(HR)
    profiles = api.run("query HrMentoring", {}, token)["mentorProfiles"]["nodes"]
    return next(p for p in profiles if p["id"] == profile_id)


async def open_profile_from_home(page: Any) -> None:
    await page.get_by_role("link", name=TITLE, exact=True).click()
    await page.get_by_role("heading", name=TITLE, level=1).wait_for()


async def test_a_mentor_changes_their_terms_and_hr_sees_them(demo: Demo, chromium: Browser) -> None:
    api = demo.api()
    async with signed_in_phone(chromium, demo, LEADERS_MANAGER) as page:
        await open_profile_from_home(page)
        await page.get_by_text("Du tilbyder at være mentor for op til 2 nye ledere.").wait_for()
        await assert_accessible(page, "own mentor profile")

        # What the server refuses: no places, and a description too long.
        await page.get_by_label(CAPACITY).fill("0")
        await page.get_by_label("Hvornår og hvor ofte kan du mødes?").fill("x" * 2001)
        await page.get_by_role("button", name=SAVE).click()
        capacity_error = page.locator("#mentor-capacity-error")
        await capacity_error.wait_for()
        assert await capacity_error.inner_text() == CAPACITY_RANGE
        assert await page.locator("#mentor-availability-error").inner_text() == TOO_LONG
        capacity = page.locator("#mentor-capacity")
        assert await capacity.get_attribute("aria-invalid") == "true"
        assert "mentor-capacity-error" in (await capacity.get_attribute("aria-describedby") or "")
        await assert_accessible(page, "own mentor profile with errors")

        await page.get_by_label(CAPACITY).fill("4")
        await page.get_by_label("Hvornår og hvor ofte kan du mødes?").fill(
            "Hver anden torsdag morgen, gerne på rådhuset."
        )
        await page.get_by_label("Hvad kan du hjælpe med?").fill(
            "Forandringsledelse, svære samtaler"
        )
        await page.get_by_label("Jeg tager imod nye mentees").uncheck()
        await page.get_by_role("button", name=SAVE).click()
        await page.get_by_role("status").filter(has_text=SAVED).wait_for()
        await page.get_by_text("Du tilbyder at være mentor for op til 4 nye ledere.").wait_for()
        await page.get_by_text("Du tager ikke imod nye mentees lige nu.").wait_for()
        assert await page.locator("#mentor-capacity-error").count() == 0

        # Saved on the server: it is there after a reload.
        await page.reload()
        await page.get_by_role("heading", name=TITLE, level=1).wait_for()
        capacity = page.get_by_label(CAPACITY)
        assert await capacity.input_value() == "4"

    token = api.sign_in(LEADERS_MANAGER)
    mine = api.run("query AppMyMentorProfile", {}, token)["myMentorProfile"]
    seen = hr_sees(api, mine["id"])
    assert seen["capacity"] == 4
    assert seen["isAvailable"] is False
    assert seen["availability"] == "Hver anden torsdag morgen, gerne på rådhuset."
    assert seen["tags"] == ["forandringsledelse", "svære samtaler"]
    api.close()


async def test_an_experienced_leader_offers_to_mentor_from_settings(
    demo: Demo, chromium: Browser
) -> None:
    api = demo.api()
    leader = experienced_leader_without_profile(demo)
    async with phone_signed_in_by_mail(chromium, demo, api, leader) as page:
        await page.get_by_role("link", name="Indstillinger").click()
        await page.get_by_role("heading", name="Indstillinger", level=1).wait_for()
        await page.get_by_role("link", name=TITLE, exact=True).click()
        await page.get_by_role("heading", name=TITLE, level=1).wait_for()
        await page.get_by_text("Du tilbyder ikke at være mentor endnu.", exact=False).wait_for()
        await assert_accessible(page, "mentor profile not offered yet")
        await page.get_by_label(CAPACITY).fill("1")
        await page.get_by_label("Dine fagområder").fill("Ældre og sundhed")
        await page.get_by_role("button", name=OFFER).click()
        await page.get_by_role("status").filter(has_text=SAVED).wait_for()
        await page.get_by_text("Du tilbyder at være mentor for op til 1 ny leder.").wait_for()
        await page.get_by_role("button", name=SAVE).wait_for()

    token = token_by_magic_link(demo, api, leader)
    mine = api.run("query AppMyMentorProfile", {}, token)["myMentorProfile"]
    seen = hr_sees(api, mine["id"])
    assert (seen["capacity"], seen["isAvailable"], seen["areas"]) == (1, True, ["Ældre og sundhed"])
    api.close()


async def test_someone_not_a_leader_gets_no_form_and_the_server_refuses(
    demo: Demo, chromium: Browser
) -> None:
    api = demo.api()
    async with signed_in_phone(chromium, demo, STAFF) as page:
        assert await page.get_by_role("link", name=TITLE).count() == 0
        await page.goto(f"{demo.url}/mentoring/profile")
        await page.get_by_role("heading", name=TITLE, level=1).wait_for()
        await page.get_by_text("Kun ledere kan tilbyde at være mentor.", exact=False).wait_for()
        assert await page.locator("form").count() == 0
        await assert_accessible(page, "mentor profile refused")

    token = api.sign_in(STAFF)
    payload = api.run("mutation AppSaveMyMentorProfile", {"input": {"capacity": 2}}, token)[
        "saveMentorProfile"
    ]
    assert payload["profile"] is None
    assert [(e["code"], e["message"]) for e in payload["errors"]] == [("FORBIDDEN", NOT_A_LEADER)]
    assert api.run("query AppMyMentorProfile", {}, token)["myMentorProfile"] is None
    api.close()
