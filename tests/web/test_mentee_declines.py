"""A mentee says no to the mentor proposed to her, in Debian's Chromium at
390x844 against the real server and worker on the demo data, persisted
queries only: the demo's unmatched new leader asks a mentor of her
shortlist and HR approves; on the proposed mentorship she starts to decline,
goes back (nothing sent), then declines with a reason after confirming. The
mentorship is rejected for the mentor too, and her need is open again: the
mentor search offers mentors to ask anew. (The mentor's own "no" and the
acceptance are in test_mentoring_and_own_360.py, whose helpers this uses.)
axe-core on every screen."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.web.browser import assert_accessible, require_browser, signed_in_phone
from tests.web.demo import UNMATCHED_LEADER, Demo, demo_deployment
from tests.web.mail import token_by_magic_link
from tests.web.test_mentoring_and_own_360 import proposed_mentorship, shown, state

if TYPE_CHECKING:
    from playwright.async_api import Browser

playwright = pytest.importorskip("playwright.async_api", reason="pip install playwright")


@pytest.fixture(scope="module")
def demo(built_app: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    require_browser()
    with demo_deployment(
        tmp_path_factory.mktemp("webapp-mentee-declines"), built_app
    ) as deployment:
        yield deployment


async def test_a_mentee_declines_the_mentor_proposed_to_her(demo: Demo, chromium: Browser) -> None:
    api = demo.api()
    mentorship_id, mentor_name = proposed_mentorship(api)
    mentee = api.sign_in(UNMATCHED_LEADER)
    reason = "Jeg vil hellere have en mentor uden for min egen forvaltning."
    async with signed_in_phone(chromium, demo, UNMATCHED_LEADER) as page:
        await page.get_by_role("link", name="Mine mentorforløb").click()
        await page.get_by_role("heading", name="Mine mentorforløb").wait_for()
        await page.get_by_role("link", name=mentor_name).click()
        await page.get_by_text(
            "Du er foreslået til dette mentorforløb. Vil du være med?"
        ).wait_for()
        await assert_accessible(page, "a mentorship proposed to the mentee")
        # Second thoughts: back to the question, nothing sent.
        await page.get_by_role("button", name="Sig nej tak").click()
        await page.get_by_role("button", name="Fortryd").click()
        await page.get_by_role("button", name="Sig ja til forløbet").wait_for()
        assert state(api, mentee, mentorship_id)["status"] == "PROPOSED"
        await page.get_by_role("button", name="Sig nej tak").click()
        await page.get_by_label("Begrundelse (valgfri)").fill(reason)
        await assert_accessible(page, "a mentee declining a proposed mentorship")
        await page.get_by_role("button", name="Ja, sig nej tak").click()
        await shown(page, page.get_by_role("status").filter(has_text="Afvist"))
        assert await page.get_by_role("button", name="Sig ja til forløbet").count() == 0
        assert await page.get_by_role("button", name="Sig nej tak").count() == 0
        await assert_accessible(page, "a mentorship the mentee declined")
        # Her need is open again: the search offers mentors to ask.
        await page.goto(f"{demo.url}/mentoring/find")
        await page.get_by_role("heading", name="Find en mentor", level=1).wait_for()
        await shown(page, page.get_by_role("button", name=re.compile(r"^Spørg ")).first)
        await assert_accessible(page, "finding a mentor after declining one")
    assert state(api, mentee, mentorship_id)["status"] == "REJECTED"
    need = api.run("query AppMyMentoringNeed", {}, mentee)["myMentoringNeed"]
    assert need["status"] == "OPEN", need
    mentor = token_by_magic_link(demo, api, demo.email_of(mentor_name))
    assert state(api, mentor, mentorship_id)["status"] == "REJECTED"
    api.close()
