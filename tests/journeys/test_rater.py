"""A rater without an account: the link the demo prints opens the form, the
answers are submitted once, and nobody can tell from the cycle's rates that
this one person answered."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from tests.journeys.conftest import Demo, Person


async def test_the_rater_answers_through_the_printed_link(demo: Demo) -> None:
    link = urlsplit(demo.rater_link())
    page = await demo.client.http.get(f"{link.path}?{link.query}")
    assert page.status_code == 200 and "<form" in page.text
    [token] = parse_qs(link.query)["t"]
    rater = Person("Bedømmer", "", "", demo.client)  # no account, no sign-in

    form = (await rater.run("RaterForm", {"token": token}))["raterForm"]
    assert form["state"] == "OPEN" and form["raterGroup"] == "DIRECT_REPORT"
    assert form["anonymous"] is True
    assert form["leaderName"] == demo.summary_name("Ny leder")
    answers = [
        {"itemId": item["id"], "value": 4}
        for competency in form["competencies"]
        for item in competency["items"]
    ]
    hr = await demo.sign_in("HR")
    submitted = await rater.run(
        "SubmitRaterResponse", {"input": {"token": token, "answers": answers}}
    )
    assert submitted["submitRaterResponse"]["state"] == "SUBMITTED"
    again = (await rater.run("RaterForm", {"token": token}))["raterForm"]
    assert again["state"] == "SUBMITTED"
    staff = await _rate(hr, "DIRECT_REPORT")
    invited = staff["invited"]
    assert invited is not None and invited >= 1
    assert staff["answered"] is None and staff["declined"] is None  # one answer: under threshold


async def _rate(hr: Person, group: str) -> dict[str, int | None]:
    cycles = (await hr.run("EvaluationCycles", {"first": 20}))["evaluationCycles"]["nodes"]
    [cycle] = [c for c in cycles if c["status"] == "OPEN"]
    rates = (await hr.run("EvaluationCycleRates", {"id": cycle["id"]}))["node"]["responseRates"]
    return next(r for r in rates["groups"] if r["group"] == group)
