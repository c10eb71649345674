"""Writing a philosophy: every save is a draft, only the leader writes, and
bad input gets a clear error while the draft saved before stays."""

from __future__ import annotations

from typing import Any

from backend.db import Database
from learning.philosophy.drafting import service as drafting
from tests.support.graphql_client import GraphQLClient, payload
from tests.support.operations import operation
from tests.support.philosophy_world import World


def section_input(kind: str, body: str, **extra: Any) -> dict[str, Any]:
    return {"kind": kind, "body": body, **extra}


def full(world: World, foundation: str = "Jeg svarer inden for to dage.") -> list[dict[str, Any]]:
    return [
        section_input(
            "FOUNDATION",
            foundation,
            principleIds=[world.gid("FoundationPrinciple", world.principle_ids[0])],
        ),
        section_input(
            "STRATEGY",
            "Jeg tager borgersager med.",
            goalIds=[world.gid("OrganisationGoal", world.goal_ids[0])],
        ),
        section_input("VALUES", "Ordentlighed."),
        section_input("CUSTOM", "Jeg er mindre god til at følge op.", title="Det arbejder jeg på"),
    ]


async def save(
    gql: GraphQLClient, world: World, sections: list[dict[str, Any]], **extra: Any
) -> Any:
    return await gql.execute(
        operation("SavePhilosophyDraft"),
        {"input": {"sections": sections, **extra}},
        token=world.token(world.leader),
    )


async def test_first_save_makes_the_philosophy_with_a_stable_slug(
    gql: GraphQLClient, world: World
) -> None:
    result = payload(await save(gql, world, full(world)), "savePhilosophyDraft")
    assert result["errors"] == []
    assert result["philosophy"]["slug"] == "lise-aeroe-leder"
    assert result["draft"] == {**result["draft"], "number": 1, "status": "DRAFT", "revision": 1}
    again = payload(await save(gql, world, full(world, "Ny tekst.")), "savePhilosophyDraft")
    assert again["draft"]["id"] == result["draft"]["id"]
    assert again["draft"]["revision"] == 2
    mine = payload(
        await gql.execute(operation("MyPhilosophy"), token=world.token(world.leader)),
        "myPhilosophy",
    )
    sections = mine["draft"]["sections"]
    assert [s["kind"] for s in sections] == ["FOUNDATION", "STRATEGY", "VALUES", "CUSTOM"]
    assert sections[0]["body"] == "Ny tekst."
    assert sections[0]["title"] == "Sådan praktiserer jeg god ledelse på vores ledelsesgrundlag"
    assert sections[0]["principles"][0]["title"] == "Vi leder med tillid"
    assert sections[1]["goals"][0]["title"] == "Borgeren i centrum"
    assert sections[3]["title"] == "Det arbejder jeg på"
    assert mine["currentVersion"] is None and mine["pageLink"] is None


async def test_a_stale_revision_is_a_conflict(gql: GraphQLClient, world: World) -> None:
    payload(await save(gql, world, full(world), expectedRevision=0), "savePhilosophyDraft")
    stale = payload(
        await save(gql, world, full(world, "Fra telefonen"), expectedRevision=0),
        "savePhilosophyDraft",
    )
    assert [e["code"] for e in stale["errors"]] == ["CONFLICT"]


async def test_markdown_with_script_or_dangerous_links_is_refused(
    gql: GraphQLClient, world: World
) -> None:
    payload(await save(gql, world, full(world, "Den gode tekst.")), "savePhilosophyDraft")
    bad = full(world, "<script>alert(1)</script>")
    bad[2]["body"] = "[klik](javascript:alert(1)) og ![x](https://evil.example/x.png)"
    result = payload(await save(gql, world, bad), "savePhilosophyDraft")
    problems = {(tuple(e["field"]), e["code"]) for e in result["errors"]}
    assert problems == {
        (("input", "sections", "0", "body"), "INVALID"),
        (("input", "sections", "2", "body"), "INVALID"),
    }
    messages = " ".join(e["message"] for e in result["errors"])
    assert "HTML er ikke tilladt" in messages and "javascript:alert(1)" in messages
    assert "Billeder skal være uploadet" in messages
    mine = payload(
        await gql.execute(operation("MyPhilosophy"), token=world.token(world.leader)),
        "myPhilosophy",
    )
    assert mine["draft"]["sections"][0]["body"] == "Den gode tekst."  # nothing lost


async def test_an_oversized_document_is_refused(gql: GraphQLClient, world: World) -> None:
    long_section = full(world, "x" * (drafting.MAX_SECTION_BODY + 1))
    result = payload(await save(gql, world, long_section), "savePhilosophyDraft")
    assert [(e["code"], e["field"]) for e in result["errors"]] == [
        ("TOO_LONG", ["input", "sections", "0", "body"])
    ]
    many = [section_input("CUSTOM", "y" * 15_000, title=f"Afsnit {n}") for n in range(5)]
    result = payload(await save(gql, world, many), "savePhilosophyDraft")
    assert result["errors"][0]["code"] == "TOO_LONG"
    assert "højst 60000 tegn" in result["errors"][0]["message"]
    too_many = [
        section_input("CUSTOM", "z", title=f"A{n}") for n in range(drafting.MAX_SECTIONS + 1)
    ]
    result = payload(await save(gql, world, too_many), "savePhilosophyDraft")
    assert result["errors"][0]["code"] == "INVALID"


async def test_citations_must_be_the_organisations(gql: GraphQLClient, world: World) -> None:
    sections = full(world)
    sections[0]["principleIds"] = [world.gid("FoundationPrinciple", 999_999)]
    sections[1]["goalIds"] = [world.gid("OrganisationGoal", 999_999)]
    result = payload(await save(gql, world, sections), "savePhilosophyDraft")
    assert {e["code"] for e in result["errors"]} == {"NOT_FOUND"}
    assert len(result["errors"]) == 2


async def test_sections_twice_and_untitled_custom_sections_are_refused(
    gql: GraphQLClient, world: World
) -> None:
    sections = [
        *full(world),
        section_input("VALUES", "igen"),
        section_input("CUSTOM", "uden titel"),
    ]
    result = payload(await save(gql, world, sections), "savePhilosophyDraft")
    assert sorted(e["code"] for e in result["errors"]) == ["DUPLICATE", "REQUIRED"]


async def test_only_leaders_write_and_only_their_own(gql: GraphQLClient, world: World) -> None:
    staff = await gql.execute(
        operation("SavePhilosophyDraft"),
        {"input": {"sections": full(world)}},
        token=world.token(world.staff),
    )
    assert payload(staff, "savePhilosophyDraft")["errors"][0]["code"] == "FORBIDDEN"
    mine = payload(await save(gql, world, full(world)), "savePhilosophyDraft")
    other = await gql.execute(
        operation("SavePhilosophyDraft"),
        {"input": {"sections": full(world), "philosophyId": mine["philosophy"]["id"]}},
        token=world.token(world.manager),
    )
    errors = payload(other, "savePhilosophyDraft")["errors"]
    assert errors[0]["code"] == "FORBIDDEN" and "godkendes aldrig" in errors[0]["message"]
    outsider = await gql.execute(
        operation("SavePhilosophyDraft"),
        {"input": {"sections": full(world), "philosophyId": mine["philosophy"]["id"]}},
        token=world.token(world.outsider),
    )
    assert payload(outsider, "savePhilosophyDraft")["errors"][0]["code"] == "NOT_FOUND"


async def test_private_notes_are_the_leaders_alone(
    gql: GraphQLClient, world: World, database: Database
) -> None:
    saved = await gql.execute(
        operation("SavePhilosophyNotes"),
        {"input": {"notes": "Husk: tal med Søren om hans sygefravær."}},
        token=world.token(world.leader),
    )
    assert payload(saved, "savePhilosophyNotes")["philosophy"]["privateNotes"].startswith("Husk")
    mine = payload(
        await gql.execute(operation("MyPhilosophy"), token=world.token(world.leader)),
        "myPhilosophy",
    )
    assert mine["privateNotes"].startswith("Husk")
