"""HR: the programme and its enrolments, the open 360 cycle and its response
rates (every rater who answered was invited), the matching proposals; never
a leader's reflection."""

from __future__ import annotations

from tests.journeys.conftest import Demo


async def test_hr_runs_the_programmes_the_360_and_the_matching(demo: Demo) -> None:
    hr = await demo.sign_in("HR")
    programmes = (await hr.run("Programmes", {"first": 20}))["programmes"]["nodes"]
    assert "Ny som leder" in [p["currentVersion"]["title"] for p in programmes]

    cycles = (await hr.run("EvaluationCycles", {"first": 20}))["evaluationCycles"]["nodes"]
    [open_cycle] = [c for c in cycles if c["status"] == "OPEN"]
    assert open_cycle["name"] == "Ledelsesevaluering for nye ledere"
    for cycle in cycles:
        rates = (await hr.run("EvaluationCycleRates", {"id": cycle["id"]}))["node"]
        total = rates["responseRates"]
        for rate in [total, *total["groups"]]:
            counted = (rate["answered"] or 0) + (rate["declined"] or 0)
            assert rate["invited"] >= counted, (cycle["name"], rate)
    rates = (await hr.run("EvaluationCycleRates", {"id": open_cycle["id"]}))["node"]
    peers = next(r for r in rates["responseRates"]["groups"] if r["group"] == "PEER")
    # Two peers have answered: under the threshold of three, so HR cannot
    # tell how many (nor, beside the nominations, who).
    assert peers["invited"] >= 3 and peers["answered"] is None and peers["declined"] is None

    proposals = (await hr.run("MatchProposalsToDecide", {"first": 20}))["matchProposalsToDecide"]
    assert proposals["nodes"], "the matching run left proposals to decide"

    enrolments = (await hr.run("Enrolments", {"first": 50}))["enrolments"]["nodes"]
    name = demo.summary_name("Ny leder")
    [enrolment] = [e for e in enrolments if e["leader"]["name"] == name and e["status"] == "ACTIVE"]
    detail = (await hr.run("EnrolmentDetail", {"id": enrolment["id"]}))["node"]
    assert detail["progress"]["completed"] >= 3
    assert all(a["reflection"] is None for a in detail["activities"])
