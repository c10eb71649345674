"""HR running the platform in the app, at a tablet's 1024x768 and a phone's
390x844, in Debian's Chromium against the real server and worker on the demo
data (persisted queries only); axe-core on every screen passed."""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest
from sqlalchemy import text

from backend.identity.seed import DEMO_PASSWORD
from tests.web.accessibility import assert_accessible
from tests.web.browser import new_device, watch
from tests.web.demo import NEW_LEADER, Demo, DemoApi, demo_deployment

if TYPE_CHECKING:
    from playwright.async_api import Browser

playwright = pytest.importorskip("playwright.async_api", reason="pip install playwright")

HR = "hr@fjordby.dk"
TABLET = {"width": 1024, "height": 768}
PHONE = {"width": 390, "height": 844}
DEVICES: dict[str, Any] = {"tablet": TABLET, "phone": PHONE}


@pytest.fixture(scope="module")
def demo(built_app: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    from tests.web.browser import require_browser

    require_browser()
    with demo_deployment(tmp_path_factory.mktemp("webapp-hr"), built_app) as deployment:
        warm_up(deployment)
        yield deployment


def warm_up(demo: Demo) -> None:
    """One sign-in before the tests. On a machine shared by many test runs
    the fresh deployment's first sign-in has answered 500 once, while the
    worker and the scheduler were starting (the log was gone; the same
    request passed a moment later in the next test). That is the deployment
    starting, not what these tests check, so it may take three tries here
    and none in the tests."""
    api = api_of(demo)
    try:
        for attempt in range(3):
            response = api.http.post(
                "/auth/sign-in",
                json={"email": HR, "password": DEMO_PASSWORD},
                headers={"x-ledelyst-csrf": "1", "origin": demo.url},
            )
            if response.status_code == 200:
                return
            time.sleep(2 * (attempt + 1))
        raise AssertionError(f"the demo never signed anyone in: {response.text}")
    finally:
        api.close()


@asynccontextmanager
async def signed_in(
    chromium: Browser, demo: Demo, device: str, email: str = HR
) -> AsyncIterator[Any]:
    """A page at ``device``'s size, signed in through the form; on leaving it
    the page must have had no console error or CSP refusal."""
    async with new_device(chromium, DEVICES[device]) as context:
        page = await context.new_page()
        problems = watch(page)
        await page.goto(f"{demo.url}/sign-in")
        await page.get_by_label("E-mail").fill(email)
        await page.get_by_label("Adgangskode").fill(DEMO_PASSWORD)
        await page.get_by_role("button", name="Log ind").first.click()
        await page.wait_for_selector("h1:has-text('Hej')")
        yield page
        assert problems == []


def api_of(demo: Demo) -> DemoApi:
    """The demo's API with patience for a machine shared by many test runs."""
    api = demo.api()
    api.http.timeout = httpx.Timeout(120)
    return api


async def check(page: Any, device: str, screen: str) -> None:
    """axe-core finds nothing, and nothing is wider than the screen."""
    await assert_accessible(page, f"{screen} ({device})")
    width = await page.evaluate("document.documentElement.scrollWidth")
    assert width <= DEVICES[device]["width"], f"{screen} ({device}) is {width}px wide"


async def shown(page: Any, locator: Any, wait_ms: int = 45_000) -> None:
    """Waits for ``locator``; failing, says what the screen's alerts said."""
    try:
        await locator.wait_for(timeout=wait_ms)
    except Exception as error:
        alerts = await page.get_by_role("alert").all_inner_texts()
        screen = (await page.locator("body").inner_text())[:3000]
        raise AssertionError(f"not shown; the alerts: {alerts}; the screen:\n{screen}") from error


async def open_hr(page: Any, section: str) -> None:
    await page.get_by_role("link", name="HR", exact=True).click()
    await page.get_by_role("heading", name="HR", exact=True).wait_for()
    await page.locator("main").get_by_role("link", name=section).first.click()


@pytest.mark.parametrize("device", ["tablet", "phone"])
async def test_hr_runs_a_360_cycle_from_creation_to_close(
    demo: Demo, device: str, chromium: Browser
) -> None:
    api = api_of(demo)
    leader = api.run("query AppViewer", {}, api.sign_in(NEW_LEADER))["viewer"]["person"]["name"]
    name = f"Ledelse 2027 ({device})"
    async with signed_in(chromium, demo, device) as page:
        await open_hr(page, "360-evalueringer")
        await page.get_by_role("heading", name="360-evalueringer", level=1).wait_for()
        await page.get_by_role("heading", name="Kompetencerammer").wait_for()
        await check(page, device, "360 overview")
        await page.get_by_text("Ny evalueringsrunde").click()
        await page.get_by_label("Navn", exact=True).fill(name)
        # A close before the opening: the error stands beside the closing date.
        await page.get_by_label("Åbner").fill("2027-03-10")
        await page.get_by_label("Lukker").fill("2027-03-01")
        await page.get_by_role("button", name="Opret runde").click()
        closes = page.get_by_label("Lukker")
        await shown(page, page.locator("#cycle-closes-error", has_text="Lukketidspunktet skal"))
        assert await closes.get_attribute("aria-invalid") == "true"
        await check(page, device, "new cycle with an error")
        await closes.fill("2027-03-31")
        await page.get_by_role("button", name="Opret runde").click()
        await shown(page, page.get_by_role("heading", name=name, level=1))
        await page.get_by_text("Planlagt", exact=True).wait_for()

        await page.get_by_label("Find en leder").fill(leader[:5])
        await page.get_by_role("button", name=f"Vælg {leader}").click()
        await page.get_by_role("button", name="Tilføj 1 leder").click()
        await shown(page, page.get_by_text("1 leder er tilføjet."))
        await page.get_by_role("cell", name=leader).wait_for()
        await check(page, device, "planned cycle")

        await page.get_by_role("button", name="Åbn runden nu").click()
        await shown(page, page.get_by_text("Runden er åben"))
        await page.get_by_role("button", name="Invitér godkendte bedømmere").click()
        await shown(page, page.get_by_text(re.compile(r"\d+ bedømmere? er inviteret")))
        await page.get_by_label("Ny frist").fill("2027-04-07")
        await page.get_by_role("button", name="Flyt fristen").click()
        await shown(page, page.get_by_text("Fristen er flyttet."))
        # Reminders now: the answer names and counts no one.
        await page.get_by_role("button", name="Send påmindelser nu").click()
        await shown(page, page.get_by_text("Bedømmere, der ikke har svaret endnu, får en"))
        await page.get_by_label("Påmindelsesdage", exact=True).fill("5")
        await page.get_by_role("button", name="Skift påmindelsesdage").click()
        await shown(page, page.get_by_text("Påmindelsesdagene er ændret."))
        await page.get_by_text("5 dage før lukning").wait_for()
        rates = page.get_by_role("table", name="Svarprocent")
        await rates.get_by_role("rowheader", name="Alle").wait_for()
        await check(page, device, "open cycle")

        await page.get_by_role("button", name="Luk runden").click()
        await page.get_by_role("button", name="Ja, luk runden").click()
        await shown(page, page.get_by_text("Runden er lukket"))
        await page.get_by_text("Lukket", exact=True).first.wait_for()
        await check(page, device, "closed cycle")
    token = api.sign_in(HR)
    cycles = api.run("query HrCycles", {}, token)["evaluationCycles"]["nodes"]
    cycle = next(c for c in cycles if c["name"] == name)
    assert cycle["status"] == "CLOSED"
    assert cycle["closedAt"] is not None
    detail = api.run("query HrCycle", {"id": cycle["id"]}, token)["node"]
    assert [e["leader"]["name"] for e in detail["evaluations"]["nodes"]] == [leader]
    assert detail["evaluations"]["nodes"][0]["reportStatus"] != "PENDING"
    api.close()


def framework_input(family: str, name: str) -> dict[str, Any]:
    """A published framework of two competencies, as HR's create form sends it."""
    return {
        "family": family,
        "nameDa": name,
        "nameEn": name,
        "scaleLabelsDa": ["Slet ikke", "Lidt", "Noget", "Meget", "Helt"],
        "scaleLabelsEn": ["Not at all", "A little", "Some", "Much", "Fully"],
        "competencies": [
            {
                "titleDa": "Kommunikation",
                "titleEn": "Communication",
                "items": [{"textDa": "Lytter", "textEn": "Listens"}],
            },
            {
                "titleDa": "Retning",
                "titleEn": "Direction",
                "items": [{"textDa": "Sætter mål", "textEn": "Sets goals"}],
            },
        ],
        "openQuestions": [{"textDa": "Hvad bør fortsætte?", "textEn": "What should go on?"}],
        "publish": True,
    }


def lineages(demo: Demo, family: str) -> dict[tuple[int, str], int]:
    """(version, Danish title) -> lineage of the family's competencies, read
    from the demo's database (the API does not show lineage)."""
    with demo.database() as connection:
        rows = connection.execute(
            text(
                "SELECT f.version, c.title_da, c.lineage_id FROM competency c"
                " JOIN competency_framework f ON f.id = c.framework_id"
                " WHERE f.family = :family"
            ),
            {"family": family},
        ).all()
    return {(row[0], row[1]): row[2] for row in rows}


@pytest.mark.parametrize("device", ["tablet", "phone"])
async def test_hr_makes_a_new_framework_version_and_moves_a_planned_cycle_to_it(
    demo: Demo, device: str, chromium: Browser
) -> None:
    api = api_of(demo)
    token = api.sign_in(HR)
    family, name = f"web-{device}", f"Ledelse ({device})"
    made = api.run("mutation HrCreateFramework", {"input": framework_input(family, name)}, token)
    assert made["createCompetencyFramework"]["errors"] == []
    cycle_name = f"Runde til ny version ({device})"
    cycle_input = {
        "name": cycle_name,
        "frameworkId": made["createCompetencyFramework"]["framework"]["id"],
        "opensAt": "2027-05-03T06:00:00Z",
        "closesAt": "2027-05-24T14:00:00Z",
    }
    created = api.run("mutation HrCreateCycle", {"input": cycle_input}, token)
    assert created["createEvaluationCycle"]["errors"] == []
    cycle_id = created["createEvaluationCycle"]["cycle"]["id"]
    async with signed_in(chromium, demo, device) as page:
        await open_hr(page, "360-evalueringer")
        await page.get_by_role("heading", name="Kompetencerammer").wait_for()
        await page.get_by_role("button", name=f"Ny version af {name} (version 1)").click()
        form = page.get_by_role("form", name=f"Ny version af {name} (version 1)")
        first = form.get_by_role("group", name="Kompetence 1")
        second = form.get_by_role("group", name="Kompetence 2")
        # The form starts from version 1's texts, each competency continuing itself.
        title = first.get_by_label("Titel (dansk)")
        await shown(page, title)
        assert await title.input_value() == "Kommunikation"
        assert await first.get_by_label("Titel (engelsk)").input_value() == "Communication"
        assert await first.get_by_label("Udsagn (engelsk)").input_value() == "Listens"
        assert await form.get_by_label("Åbne spørgsmål (dansk)").input_value() == (
            "Hvad bør fortsætte?"
        )
        chosen = "s => s.selectedOptions[0].textContent"
        assert await first.get_by_label("Fortsætter").evaluate(chosen) == "Kommunikation"
        assert await second.get_by_label("Fortsætter").evaluate(chosen) == "Retning"
        await check(page, device, "new framework version")
        # Renamed, it still continues Kommunikation; a second competency may not.
        await title.fill("Klar kommunikation")
        await first.get_by_label("Titel (engelsk)").fill("Clear communication")
        await second.get_by_label("Fortsætter").select_option(label="Kommunikation")
        await form.get_by_role("button", name="Opret version").click()
        refused = page.locator("#fv-c1-continues-error")
        await shown(page, refused.filter(has_text="En kompetence kan kun videreføre én"))
        assert await second.get_by_label("Fortsætter").get_attribute("aria-invalid") == "true"
        await check(page, device, "new framework version with an error")
        await second.get_by_label("Fortsætter").select_option(label="Retning")
        await form.get_by_role("button", name="Opret version").click()
        await shown(page, page.get_by_text("Version 2 er oprettet som kladde."))
        await page.get_by_role("button", name=f"Udgiv {name}").click()
        await shown(page, page.get_by_text("Rammen er udgivet."))
        await page.get_by_role("button", name=f"Ny version af {name} (version 2)").wait_for()

        # The planned cycle moves to version 2; a threshold under 3 is refused.
        await page.get_by_role("link", name=cycle_name).click()
        await shown(page, page.get_by_role("heading", name=cycle_name, level=1))
        await page.get_by_label("Kompetenceramme").select_option(label=f"{name} (version 2)")
        comments = page.get_by_label("Mindst antal svar, før kommentarer vises")
        await comments.fill("2")
        await page.get_by_role("button", name="Gem spørgeskema").click()
        error = page.locator("#questionnaire-commentMinimum-error")
        await shown(page, error.filter(has_text="Grænsen for anonymitet skal være mindst 3."))
        assert await comments.get_attribute("aria-invalid") == "true"
        await check(page, device, "planned cycle's questionnaire with an error")
        await comments.fill("4")
        await page.get_by_role("button", name="Gem spørgeskema").click()
        await shown(page, page.get_by_text("Spørgeskemaet er ændret."))
        await page.get_by_text(f"{name} (version 2)", exact=False).first.wait_for()
    cycle = api.run("query HrCycle", {"id": cycle_id}, token)["node"]
    assert (cycle["framework"]["name"], cycle["framework"]["version"]) == (name, 2)
    assert cycle["anonymityPolicy"]["commentMinimum"] == 4
    found = lineages(demo, family)
    assert found[(2, "Klar kommunikation")] == found[(1, "Kommunikation")]
    assert found[(2, "Retning")] == found[(1, "Retning")]
    assert found[(1, "Kommunikation")] != found[(1, "Retning")]
    api.close()


@pytest.mark.parametrize("device", ["tablet", "phone"])
async def test_hr_imports_a_structure_file_with_one_bad_line(
    demo: Demo, device: str, tmp_path: Path, chromium: Browser
) -> None:
    # Danish Excel's semicolons; line 3 has no valid address.
    people = [f"Import Test {device} {n}" for n in (1, 2)]
    unit = f"Fjordby > Import {device}"
    first, second = (f"import.{device}.{n}@fjordby.dk" for n in (1, 2))
    rows = [
        "email;navn;enhed;leder_email;stilling",
        f"{first};{people[0]};{unit};leder@fjordby.dk;Afdelingsleder",
        f"ikke-en-adresse;Uden Adresse;{unit};leder@fjordby.dk;Pædagog",
        f"{second};{people[1]};{unit};{first};Pædagog",
    ]
    csv = tmp_path / f"struktur-{device}.csv"
    csv.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    async with signed_in(chromium, demo, device) as page:
        await open_hr(page, "Organisation")
        await page.get_by_role("heading", name="Organisation", level=1).wait_for()
        await check(page, device, "organisation")
        await page.get_by_label("CSV-fil", exact=True).set_input_files(str(csv))
        await page.get_by_role("button", name="Importér", exact=True).click()
        await shown(page, page.get_by_text("Importen er færdig"), wait_ms=90_000)
        await page.get_by_text("1 linje afvist").wait_for()
        table = page.get_by_role("table", name=f"{csv.name}: linjerne og hvad der er galt")
        bad = table.get_by_role("row").filter(
            has=page.get_by_role("rowheader", name="3", exact=True)
        )
        await bad.locator("code", has_text="ikke-en-adresse;Uden Adresse").wait_for()
        assert await bad.locator("td.error").inner_text() == "Ugyldig e-mail: ikke-en-adresse."
        good = table.get_by_role("row").filter(
            has=page.get_by_role("rowheader", name="2", exact=True)
        )
        assert await good.locator("td.error").count() == 0
        await check(page, device, "import with a rejected line")
    api = api_of(demo)
    token = api.sign_in(HR)
    for name in people:
        found = api.run("query HrOrganisation", {"search": name}, token)["people"]["nodes"]
        assert [p["name"] for p in found] == [name]
    second = api.run("query HrOrganisation", {"search": people[1]}, token)["people"]["nodes"][0]
    assert second["membership"]["manager"]["person"]["name"] == people[0]
    assert second["membership"]["unit"]["name"] == f"Import {device}"
    api.close()


@pytest.mark.parametrize("device", ["tablet", "phone"])
async def test_hr_authors_and_publishes_a_programme(
    demo: Demo, device: str, chromium: Browser
) -> None:
    title = f"Tillid i hverdagen ({device})"
    knowledge = "# Tillid\n\nVi **lytter** først.\n\n- spørg\n- vent\n\n<script>alert(1)</script>"
    async with signed_in(chromium, demo, device) as page:
        await open_hr(page, "Forløb")
        await page.get_by_role("heading", name="Forløb", level=1).wait_for()
        await check(page, device, "programmes")
        await page.get_by_role("link", name="Nyt forløb").click()
        await page.get_by_role("heading", name="Nyt forløb", level=1).wait_for()
        await page.get_by_label("Titel", exact=True).fill(title)
        await page.locator("#m0-title").fill("Første skridt")
        texts = ["Hvad tillid er", "Hvornår stolede du på nogen?", "Spørg dit team"]
        for j, text in enumerate(texts):
            await page.locator(f"#m0a{j}-title").fill(text)
        await page.locator("#m0a0-body").fill(knowledge)
        await page.locator("#m0a1-body").fill("Skriv om en gang, du *valgte* at stole på nogen.")
        await page.locator("#m0a2-body").fill("Spørg tre medarbejdere, hvad de har brug for.")
        # The preview formats the Markdown and shows the script tag as text.
        preview = page.locator("[aria-labelledby='m0a0-body-preview-label']")
        assert await preview.get_attribute("role") == "region"
        await page.locator("#m0a0-body-preview-label", has_text="Forhåndsvisning").wait_for()
        await preview.locator("strong", has_text="lytter").wait_for()
        await preview.get_by_text("<script>alert(1)</script>").wait_for()
        assert await preview.locator("script").count() == 0
        await check(page, device, "new programme")
        # No organisational goal: the error stands beside the goals.
        await page.get_by_role("button", name="Opret forløb").click()
        await shown(page, page.locator("#pg-goals-error", has_text="organisatorisk mål"))
        await check(page, device, "new programme with an error")
        goals = page.get_by_role("group", name="Organisatoriske mål, forløbet tjener")
        await goals.get_by_role("checkbox").first.check()
        await page.get_by_role("button", name="Opret forløb").click()
        await shown(page, page.get_by_role("heading", name=title, level=1))
        await page.get_by_text("Kladde", exact=True).first.wait_for()
        # Saved, the server's sanitized rendering is what leaders will see.
        saved = page.locator("[aria-labelledby='m0a0-body-preview-label']")
        await page.locator("#m0a0-body-preview-label", has_text="Sådan ser lederne").wait_for()
        await saved.locator("strong", has_text="lytter").wait_for()
        assert await saved.locator("script").count() == 0
        await page.get_by_role("button", name="Udgiv version 1").click()
        await shown(page, page.get_by_text("Forløbet er udgivet."))
        await page.get_by_text("Version 1 er den, lederne får.").wait_for()
        await page.get_by_label("Holdets navn").fill(f"Forår 2027 ({device})")
        await page.get_by_role("button", name="Opret hold").click()
        await shown(page, page.get_by_text(f"Holdet Forår 2027 ({device}) er oprettet."))
        # The programme's cohorts, with how many are enrolled, to enrol into.
        cohorts = page.get_by_role("list", name="Forløbets hold")
        await cohorts.get_by_text(f"Forår 2027 ({device})", exact=True).wait_for()
        await cohorts.get_by_text("0 ledere tilmeldt").wait_for()
        await check(page, device, "published programme")
    api = api_of(demo)
    token = api.sign_in(HR)
    programmes = api.run("query HrProgrammes", {}, token)["programmes"]["nodes"]
    mine = next(p for p in programmes if (p["currentVersion"] or {}).get("title") == title)
    assert mine["status"] == "PUBLISHED"
    assert mine["currentVersion"]["version"] == 1
    api.close()


@pytest.mark.parametrize("device", ["tablet", "phone"])
async def test_hr_runs_and_approves_a_matching_run(
    demo: Demo, device: str, chromium: Browser
) -> None:
    async with signed_in(chromium, demo, device) as page:
        await open_hr(page, "Mentorordning")
        await page.get_by_role("heading", name="Mentorordning", level=1).wait_for()
        await page.get_by_role("heading", name=re.compile(r"^Åbne ønsker om mentor")).wait_for()
        await check(page, device, "mentoring")
        await page.get_by_role("button", name="Start matchkørsel").click()
        await shown(page, page.get_by_text("Matchkørslen er startet."))
        # The worker computes the run; the screen asks until it is done.
        await shown(page, page.get_by_role("status").filter(has_text="Færdig"), wait_ms=120_000)
        proposals = page.get_by_role("list", name="Forslag").get_by_role("listitem")
        first = proposals.first
        await first.get_by_text("Foreslået").wait_for()
        explanation = await first.locator("p:not(.meta)").first.inner_text()
        assert explanation.strip()
        await check(page, device, "matching run")
        pair = await first.get_by_role("heading").inner_text()
        mentee = pair.split(" og ")[0]
        await first.get_by_role("button", name=re.compile("^Godkend ")).click()
        await shown(page, page.get_by_text(f"Forslaget til {mentee} er godkendt"))
        await check(page, device, "proposal approved")
        # HR changes a mentor's profile: places and the description.
        mentors = page.get_by_role("table", name="Mentorprofiler")
        await mentors.get_by_role("button", name=re.compile("^Ret .* mentorprofil$")).first.click()
        form = page.get_by_role("form", name=re.compile("^Mentorprofil: "))
        await form.get_by_label("Antal mentees").fill("5")
        await form.get_by_label("Beskrivelse og tilgængelighed").fill("Tirsdage efter kl. 14")
        assert await form.get_by_label("Tager imod nye mentees").is_visible()
        await check(page, device, "mentor profile form")
        await form.get_by_role("button", name="Gem profilen").click()
        await shown(page, page.get_by_text(re.compile(r"mentorprofil er gemt\.")))
    api = api_of(demo)
    token = api.sign_in(HR)
    run = api.run("query HrMentoring", {}, token)["matchingRuns"]["nodes"][0]
    assert run["status"] == "COMPLETED"
    decided = [p for p in run["proposals"]["nodes"] if p["status"] == "APPROVED"]
    assert [p["mentee"]["name"] for p in decided] == [mentee]
    api.close()


@pytest.mark.parametrize("device", ["tablet", "phone"])
async def test_hr_creates_a_person_then_exports_and_erases_their_data(
    demo: Demo, device: str, chromium: Browser
) -> None:
    name = f"Bo Testesen {device}"
    email = f"bo.testesen.{device}@fjordby.dk"
    async with signed_in(chromium, demo, device) as page:
        await open_hr(page, "Organisation")
        await page.get_by_text("Ny person").click()
        await page.locator("#np-name").fill(name)
        await page.locator("#np-email").fill(email)
        await page.get_by_role("button", name="Opret person").click()
        await shown(page, page.get_by_text("Personen er oprettet."))
        hr_nav = page.get_by_role("navigation", name="HR")
        await hr_nav.get_by_role("link", name="Persondata").click()
        await page.get_by_role("heading", name="Persondata", level=1).wait_for()
        await page.get_by_label("Søg efter navn eller e-mail").fill(name)
        await page.get_by_role("button", name=f"Vælg {name}").click()
        await page.get_by_role("button", name=f"Bestil udtræk for {name}").click()
        export = page.get_by_role("status").filter(
            has_text=re.compile("^Udtrækket (laves|er klar)")
        )
        await shown(page, export)
        await page.get_by_role("button", name=f"Slet {name} …").click()
        confirm = page.get_by_label(f"Skriv {name}s e-mail for at bekræfte")
        await confirm.fill("en.anden@fjordby.dk")
        await page.get_by_role("button", name=f"Slet {name} endeligt").click()
        await shown(page, page.locator("#erase-confirm-error", has_text="Skriv personens e-mail"))
        assert await confirm.get_attribute("aria-invalid") == "true"
        await check(page, device, "erasure with a wrong confirmation")
        await confirm.fill(email)
        await page.get_by_role("button", name=f"Slet {name} endeligt").click()
        await shown(page, page.get_by_text(f"{name} er slettet."))
        log = page.get_by_role("table", name="Log over læste rapporter, udtræk og sletninger")
        await log.get_by_role("cell", name="Slettede persondata").first.wait_for()
        await log.get_by_role("cell", name="Bestilte udtræk").first.wait_for()
        await check(page, device, "privacy after an erasure")
    api = api_of(demo)
    token = api.sign_in(HR)
    assert api.run("query HrOrganisation", {"search": name}, token)["people"]["nodes"] == []
    api.close()
