"""Organisations, units, people, memberships and organisational goals."""

from __future__ import annotations

from bench.dataset.shape import BENCH_PASSWORD, GOALS_PER_ORG, TITLES, build_people
from bench.dataset.tables import Generator
from bench.pgcopy import NOW, json_value


async def identity(g: Generator) -> None:
    p = g.people = build_people(g.config, g.rng, g.today)
    o_count = g.config.organisations
    await g.copy(
        "organisation",
        ["id", "slug", "name"],
        [(o + 1, f"bench-{o + 1}", f"Bench Kommune {o + 1}") for o in range(o_count)],
    )
    # One unit per leader, under the unit of the leader's manager; the HR units at the top.
    titles = [TITLES[min(d, len(TITLES) - 1)] for d in p.depth.tolist()]
    await g.copy(
        "unit",
        ["id", "organisation_id", "parent_id", "name"],
        (
            (
                i + 1,
                int(p.org[i]) + 1,
                int(p.parent[i]) + 1 if p.parent[i] >= 0 else None,
                f"Enhed {i + 1}",
            )
            for i in range(p.n)
        ),
    )
    from argon2 import PasswordHasher

    password = PasswordHasher().hash(BENCH_PASSWORD)
    hr_rows = [(p.hr_base + o, f"HR {o + 1}") for o in range(o_count)]
    await g.copy(
        "person",
        ["id", "email", "name", "locale", "is_active", "password_hash"],
        [
            *(
                (i + 1, f"leder{i + 1}@bench.dk", p.names[i], "da", True, password)
                for i in range(p.n)
            ),
            *((pid, f"hr{pid}@bench.dk", name, "da", True, password) for pid, name in hr_rows),
        ],
    )
    roles_leader, roles_mentor = json_value(["LEADER"]), json_value(["LEADER", "MENTOR"])
    await g.copy(
        "membership",
        [
            "id",
            "organisation_id",
            "person_id",
            "unit_id",
            "manager_id",
            "job_title",
            "leader_since",
            "roles",
            "is_active",
            "joined_at",
        ],
        [
            *(
                (
                    i + 1,
                    int(p.org[i]) + 1,
                    i + 1,
                    i + 1,
                    int(p.parent[i]) + 1 if p.parent[i] >= 0 else None,
                    titles[i],
                    p.leader_since[i],
                    roles_mentor if p.mentor[i] else roles_leader,
                    True,
                    NOW,
                )
                for i in range(p.n)
            ),
            *(
                (
                    p.hr_base + o,
                    o + 1,
                    p.hr_base + o,
                    None,
                    None,
                    "HR-konsulent",
                    None,
                    json_value(["HR"]),
                    True,
                    NOW,
                )
                for o in range(o_count)
            ),
        ],
    )
    await g.copy(
        "organisation_goal",
        ["id", "organisation_id", "title", "description", "status"],
        [
            (
                o * GOALS_PER_ORG + g + 1,
                o + 1,
                f"Mål {g + 1}: bedre velfærd for borgerne",
                "Et organisatorisk mål.",
                "ACTIVE",
            )
            for o in range(o_count)
            for g in range(GOALS_PER_ORG)
        ],
    )
