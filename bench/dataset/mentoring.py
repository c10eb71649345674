"""Mentoring: needs, mentor profiles in one national pool, mentorships and
meetings."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import numpy as np

from bench.dataset.shape import AREAS, COMPETENCIES, TAGS
from bench.dataset.tables import Generator
from bench.pgcopy import NOW, json_value


async def mentoring(g: Generator) -> None:
    p = g.people
    assert p is not None
    rng = g.rng
    o_count = g.config.organisations
    await g.copy("mentoring_pool", ["id", "name"], [(1, "Nationalt mentorkorps")])
    await g.copy(
        "mentoring_pool_member",
        ["organisation_id", "pool_id"],
        [(o + 1, 1) for o in range(o_count)],
    )

    def competencies(o: Any, k: Any) -> list[int]:
        chosen = np.asarray(rng.choice(COMPETENCIES, size=k, replace=False))
        return sorted((int(o) * COMPETENCIES + chosen + 1).tolist())

    mentors = np.flatnonzero(p.mentor)
    capacity = rng.integers(1, 4, len(mentors))
    profile_of = {int(i): j for j, i in enumerate(mentors.tolist())}
    await g.copy(
        "mentor_profile",
        [
            "id",
            "organisation_id",
            "membership_id",
            "capacity",
            "competency_ids",
            "tags",
            "areas",
            "languages",
            "location",
            "availability",
            "is_available",
        ],
        (
            (
                j + 1,
                int(p.org[i]) + 1,
                int(i) + 1,
                int(capacity[j]),
                json_value(competencies(p.org[i], int(rng.integers(2, 6)))),
                json_value(rng.choice(TAGS, size=int(rng.integers(1, 4)), replace=False).tolist()),
                json_value(rng.choice(AREAS, size=int(rng.integers(1, 3)), replace=False).tolist()),
                json_value(["da", "en"] if rng.random() < 0.5 else ["da"]),
                f"Kommune {int(rng.integers(1, 99))}",
                "Hver anden uge",
                True,
            )
            for j, i in enumerate(mentors.tolist())
        ),
    )
    new = np.flatnonzero(p.new)
    await g.copy(
        "mentoring_need",
        [
            "id",
            "organisation_id",
            "membership_id",
            "competency_ids",
            "tags",
            "area",
            "area_preference",
            "language",
            "location",
            "notes",
            "status",
        ],
        (
            (
                k + 1,
                int(p.org[i]) + 1,
                int(i) + 1,
                json_value(competencies(p.org[i], int(rng.integers(1, 4)))),
                json_value(rng.choice(TAGS, size=int(rng.integers(1, 3)), replace=False).tolist()),
                str(rng.choice(AREAS)),
                str(rng.choice(["ANY", "SAME_AREA", "OTHER_AREA"])),
                "da" if rng.random() < 0.9 else "en",
                f"Kommune {int(rng.integers(1, 99))}",
                "",
                "OPEN",
            )
            for k, i in enumerate(new.tolist())
        ),
    )
    # Mentorships of the leaders of 2-4 years, with a mentor of their organisation
    # outside their reporting line.
    load = np.zeros(len(mentors), np.int64)
    by_org: dict[int, list[int]] = {}
    for i in mentors.tolist():
        by_org.setdefault(int(p.org[i]), []).append(i)
    rows: list[tuple[Any, ...]] = []
    meetings: list[tuple[Any, ...]] = []
    for i in np.flatnonzero(p.recent).tolist():
        pool = by_org.get(int(p.org[i]), [])
        above = set()
        a = int(p.parent[i])
        while a >= 0:
            above.add(a)
            a = int(p.parent[a])
        for mentor in (
            rng.choice(pool, size=min(6, len(pool)), replace=False).tolist() if pool else []
        ):
            j = profile_of[mentor]
            if mentor in above or load[j] >= capacity[j]:
                continue
            load[j] += 1
            k = len(rows) + 1
            start = g.today - timedelta(days=int(rng.integers(20, 300)))
            rows.append(
                (
                    k,
                    int(p.org[i]) + 1,
                    None,
                    mentor + 1,
                    i + 1,
                    j + 1,
                    "ACTIVE",
                    NOW,
                    NOW,
                    start,
                    start + timedelta(days=365),
                    "Mål for forløbet",
                    "Hver anden uge",
                    NOW,
                    NOW - timedelta(days=int(rng.integers(1, 30))),
                    None,
                    "",
                )
            )
            for m, offset in enumerate((-30, -10, 12)):
                meetings.append(
                    (
                        k * 3 + m - 2,
                        int(p.org[i]) + 1,
                        k,
                        NOW + timedelta(days=offset),
                        "Rådhuset",
                        "Status og næste skridt",
                        mentor + 1,
                    )
                )
            break
    await g.copy(
        "mentorship",
        [
            "id",
            "organisation_id",
            "proposal_id",
            "mentor_id",
            "mentee_id",
            "mentor_profile_id",
            "status",
            "mentor_accepted_at",
            "mentee_accepted_at",
            "starts_on",
            "ends_on",
            "goals",
            "meeting_frequency",
            "agreed_at",
            "mentor_seen_at",
            "ended_at",
            "end_reason",
        ],
        rows,
    )
    await g.copy(
        "mentoring_meeting",
        [
            "id",
            "organisation_id",
            "mentorship_id",
            "starts_at",
            "place",
            "agenda",
            "created_by_id",
        ],
        meetings,
    )
    by_mentor: dict[int, int] = {}
    for row in rows:
        by_mentor[row[3]] = by_mentor.get(row[3], 0) + 1
    ranked = sorted(by_mentor, key=lambda mentor: (-by_mentor[mentor], mentor))
    g.result.subjects["mentors"] = [
        {"membership": m, "mentees": by_mentor[m]} for m in ranked[:200]
    ]
    g.result.subjects["mentee_memberships"] = [r[4] for r in rows[:200]]
