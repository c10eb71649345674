"""Feedback notes, and the benchmark subjects the manifest names."""

from __future__ import annotations

from typing import Any

import numpy as np

from bench.dataset.shape import ACTIVITIES
from bench.dataset.tables import Generator
from bench.pgcopy import NOW


async def notes(g: Generator) -> None:
    p = g.people
    assert p is not None
    rng = g.rng
    notes: list[tuple[Any, ...]] = []
    audience: list[tuple[Any, ...]] = []
    reads: list[tuple[Any, ...]] = []
    for i in np.flatnonzero(p.parent >= 0).tolist():
        manager = int(p.parent[i])
        for _ in range(int(rng.integers(1, 3))):
            k = len(notes) + 1
            notes.append(
                (
                    k,
                    int(p.org[i]) + 1,
                    "GENERAL",
                    None,
                    i + 1,
                    manager + 1,
                    None,
                    "AUDIENCE",
                    "Godt håndteret personalemøde i går: klar og lyttende.",
                    None,
                    None,
                )
            )
            audience += [(k, i + 1), (k, manager + 1)]
            if rng.random() < 0.5:
                reads.append((k, i + 1, NOW))
    await g.copy(
        "feedback_note",
        [
            "id",
            "organisation_id",
            "subject_kind",
            "subject_id",
            "leader_id",
            "author_id",
            "parent_id",
            "visibility",
            "body",
            "hidden_at",
            "hidden_by_id",
        ],
        notes,
    )
    await g.copy("feedback_note_audience", ["note_id", "membership_id"], audience)
    await g.copy("feedback_note_read", ["note_id", "membership_id", "read_at"], reads)


def subjects(g: Generator) -> None:
    p = g.people
    assert p is not None
    rng = g.rng
    s = g.result.subjects
    hr = [
        {
            "membership": p.hr_base + o,
            "person": p.hr_base + o,
            "organisation": o + 1,
            "roles": ["HR"],
        }
        for o in range(g.config.organisations)
    ]

    def viewer(i: int) -> dict[str, Any]:
        return {
            "membership": i + 1,
            "person": i + 1,
            "organisation": int(p.org[i]) + 1,
            "roles": ["LEADER", "MENTOR"] if p.mentor[i] else ["LEADER"],
        }

    home = np.flatnonzero(p.new)
    s["home_leaders"] = [
        viewer(int(i)) for i in rng.choice(home, size=min(200, len(home)), replace=False)
    ]
    s["hr"] = hr[:5]
    s["leader_of_leaders"] = {**viewer(p.special), "below": int(p.below[p.special])}
    s["mentor_viewers"] = [viewer(m["membership"] - 1) for m in s.get("mentors", [])]
    n = p.n
    s["followup_evaluations"] = [
        int(n + i + 1) for i in rng.choice(n, size=min(200, n), replace=False)
    ]
    s["leaders"] = n
    s["organisations"] = g.config.organisations
    s["largest_organisation_leaders"] = int((p.org == 0).sum())
    if g.enrolments is not None:
        leader, prog, status, _start = g.enrolments
        active = [e for e in range(len(leader)) if status[e] == "ACTIVE"]
        picks = rng.choice(active, size=min(400, len(active)), replace=False)
        s["sync_subjects"] = [
            {
                **viewer(int(leader[e])),
                "enrolment": int(e) + 1,
                "activities": [int((prog[e] - 1) * ACTIVITIES + a + 1) for a in range(ACTIVITIES)],
            }
            for e in picks.tolist()
        ]
