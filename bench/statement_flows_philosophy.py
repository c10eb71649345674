"""The leadership philosophy and feedback note flow of ``bench/statements.py``:
HR publishes a leadership foundation of N principles, N leaders below one
director write and publish their philosophy (the first citing N principles
and N goals, at most 20 each), N staff of the first comment on it and their director gives
N feedback notes, all through the operations themselves. The publication a
worker runs is run as the worker would (``handle_message``)."""

from __future__ import annotations

from typing import Any

from bench.statement_counter import Counter, gid

CITATIONS = 20


def _get(data: dict[str, Any], *path: str) -> Any:
    for key in path:
        data = (data or {}).get(key) or {}
    return data or None


async def _publish(
    api: Counter, leader: Any, philosophy: str | None, sections: Any, **op: Any
) -> Any:
    """The leader saves a draft and asks for publication; the worker publishes."""
    from backend.api.relay import from_global_id
    from backend.db import get_database
    from tests.support.philosophy_world import run_publication

    saved = await api.op(
        "SavePhilosophyDraft",
        {"input": {"philosophyId": philosophy, "sections": sections}},
        leader,
        record=op.get("record", True),
        label=op.get("save_label"),
    )
    philosophy = _get(saved, "savePhilosophyDraft", "philosophy", "id")
    draft = _get(saved, "savePhilosophyDraft", "draft", "id")
    await api.op(
        "PublishPhilosophy",
        {"input": {"philosophyId": philosophy, "summary": op.get("summary", "")}},
        leader,
        record=op.get("record", True),
        label=op.get("publish_label"),
    )
    if draft is not None:
        await run_publication(get_database(), api.settings, int(from_global_id(draft)[1]))
    return philosophy, draft


def _sections(principles: list[str], goals: list[str], text: str = "") -> list[dict[str, Any]]:
    # A section cites at most 20 (learning.philosophy.drafting.service.MAX_CITATIONS).
    principles, goals = principles[:CITATIONS], goals[:CITATIONS]
    return [
        {"kind": "FOUNDATION", "body": f"Jeg er til stede.{text}", "principleIds": principles},
        {"kind": "STRATEGY", "body": "Borgeren først.", "goalIds": goals},
        {"kind": "VALUES", "body": "Ordentlighed og mod."},
    ]


async def philosophy_flow(api: Counter, session: Any, n: int) -> None:
    from tests.support.factories import make_organisation, make_person

    org = await make_organisation(session)
    hr = await make_person(session, org, roles=["HR"], name="HR")
    director = await make_person(session, org, roles=["LEADER"], name="Dorte Direktør")
    leaders = [
        await make_person(session, org, roles=["LEADER"], manager=director, name=f"Leder {i}")
        for i in range(n + 1)
    ]  # the first is the one of N principles, comments and notes; N others publish too
    staff = [
        await make_person(session, org, manager=leaders[0], name=f"Medarbejder {i}")
        for i in range(n)
    ]
    await session.commit()
    await api.op(
        "PublishLeadershipFoundation",
        {
            "input": {
                "title": "Ledelsesgrundlag",
                "principles": [{"kind": "PRINCIPLE", "title": f"Princip {i}"} for i in range(n)],
            }
        },
        hr,
        record=False,
    )
    foundation = await api.op("LeadershipFoundation", {}, hr, record=False)
    principles = [p["id"] for p in (_get(foundation, "leadershipFoundation", "principles") or [])]
    goals = []
    for i in range(n):
        made = await api.op("CreateGoal", {"input": {"title": f"Mål {i}"}}, hr, record=False)
        goals.append(_get(made, "createGoal", "goal", "id"))
    philosophy, first = await _publish(
        api,
        leaders[0],
        None,
        _sections(principles, goals),
        save_label="SavePhilosophyDraft (min(N, 20) principles and goals)",
        publish_label="PublishPhilosophy (first version)",
    )
    for i, leader in enumerate(leaders[1:], start=1):
        await _publish(api, leader, None, _sections(principles[:1], goals[:1]), record=i == n)
    comments = []
    for i, person in enumerate(staff):
        made = await api.op(
            "CommentOnPhilosophy",
            {"input": {"versionId": first, "body": f"Tak, {i}"}},
            person,
            record=i == n - 1,
        )
        comments.append(_get(made, "commentOnPhilosophy", "comment", "id"))
    leader = leaders[0]
    who = gid("Membership", leader.id)
    for i in range(n):
        await api.op(
            "GiveFeedbackNote",
            {"input": {"leaderId": who, "subjectKind": "GENERAL", "body": f"Godt gået {i}"}},
            director,
            record=i == n - 1,
        )
    await _reads(api, leader, director, staff[0], who, philosophy, first)
    await _leader_work(api, leader, philosophy, comments)
    _, second = await _publish(
        api,
        leader,
        philosophy,
        _sections(principles, goals, " Også om aftenen."),
        summary="Også om aftenen",
        save_label="SavePhilosophyDraft (second version)",
        publish_label="PublishPhilosophy (second version)",
    )
    await api.op("PhilosophyDiff", {"fromVersionId": first, "toVersionId": second}, leader)


async def _reads(
    api: Counter, leader: Any, director: Any, reader: Any, who: str, philosophy: Any, first: Any
) -> None:
    await api.op(
        "LeadershipPhilosophy",
        {"leaderId": who, "first": 100},
        reader,
        label="LeadershipPhilosophy (N comments)",
    )
    await api.op(
        "PhilosophyVersion",
        {"id": first},
        reader,
        label="PhilosophyVersion (min(N, 20) principles and goals)",
    )
    await api.op(
        "PublishedPhilosophies", {"first": 100}, reader, label="PublishedPhilosophies (N+1)"
    )
    await api.op(
        "PhilosophyOverview", {"first": 100}, director, label="PhilosophyOverview (N+1 leaders)"
    )
    await api.op("UnreadFeedbackCount", {}, leader)
    notes = await api.op(
        "FeedbackNotes", {"leaderId": who, "first": 100}, leader, label="FeedbackNotes (2N notes)"
    )
    ids = [x["id"] for x in (_get(notes, "feedbackNotes", "nodes") or [])]
    await api.op(
        "MarkFeedbackNotesRead",
        {"input": {"noteIds": ids}},
        leader,
        label="MarkFeedbackNotesRead (2N)",
    )
    await api.op("MyPhilosophy", {}, leader)


async def _leader_work(api: Counter, leader: Any, philosophy: Any, comments: list[Any]) -> None:
    await api.op(
        "ReplyToPhilosophyComment", {"input": {"noteId": comments[0], "body": "Tak!"}}, leader
    )
    await api.op("HidePhilosophyComment", {"input": {"noteId": comments[-1]}}, leader)
    # Shown again and hidden again (not counted twice), so what follows meets
    # the same hidden comment as before the way back existed.
    await api.op("UnhidePhilosophyComment", {"input": {"noteId": comments[-1]}}, leader)
    await api.op("HidePhilosophyComment", {"input": {"noteId": comments[-1]}}, leader, record=False)
    added = await api.op(
        "AddPhilosophyItem",
        {"input": {"philosophyId": philosophy, "commentId": comments[0]}},
        leader,
    )
    item = _get(added, "addPhilosophyItem", "item", "id")
    await api.op("CompletePhilosophyItem", {"input": {"itemId": item}}, leader)
    await api.op(
        "SavePhilosophyNotes", {"input": {"philosophyId": philosophy, "notes": "Husk"}}, leader
    )
    await api.op(
        "SetPhilosophyVisibility",
        {"input": {"philosophyId": philosophy, "visibility": "PUBLIC"}},
        leader,
    )
