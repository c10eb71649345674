"""Programmes with versions, modules, activities and cohorts; enrolments,
development goals, checkpoints, progress and reflections."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np

from bench.dataset.shape import (
    ACTIVITIES,
    ACTIVITIES_PER_MODULE,
    COHORTS_PER_PROGRAMME,
    GOALS_PER_ORG,
    KINDS,
    MODULES,
)
from bench.dataset.tables import Generator
from bench.pgcopy import NOW


async def programmes(g: Generator) -> None:
    p = g.people
    assert p is not None
    rng = g.rng
    o_count = g.config.organisations
    audiences = ["NEW_LEADERS", "EXPERIENCED_LEADERS", "LEADERS_OF_LEADERS"]
    titles = ["Ny som leder", "Ledelse i praksis", "Ledelse af ledere"]
    programmes = [(o * 3 + k + 1, o, k) for o in range(o_count) for k in range(3)]
    await g.copy("programme", ["id", "organisation_id"], [(pid, o + 1) for pid, o, _ in programmes])
    await g.copy(
        "programme_version",
        [
            "id",
            "organisation_id",
            "programme_id",
            "version",
            "status",
            "title",
            "description",
            "audience",
            "published_at",
        ],
        [
            (
                pid,
                o + 1,
                pid,
                1,
                "PUBLISHED",
                titles[k],
                "Et forløb der kombinerer viden, refleksion og handling.",
                audiences[k],
                NOW - timedelta(days=500),
            )
            for pid, o, k in programmes
        ],
    )
    await g.copy(
        "programme_version_goal",
        ["version_id", "goal_id", "position"],
        [
            (pid, o * GOALS_PER_ORG + (k + g) % GOALS_PER_ORG + 1, g)
            for pid, o, k in programmes
            for g in range(2)
        ],
    )
    await g.copy(
        "programme_module",
        ["id", "organisation_id", "version_id", "position", "title", "introduction"],
        [
            ((pid - 1) * MODULES + m + 1, o + 1, pid, m, f"Modul {m + 1}", "Introduktion.")
            for pid, o, _ in programmes
            for m in range(MODULES)
        ],
    )
    await g.copy(
        "programme_activity",
        [
            "id",
            "organisation_id",
            "version_id",
            "module_id",
            "position",
            "kind",
            "title",
            "body",
            "media",
            "estimated_minutes",
            "due_offset_days",
        ],
        [
            (
                (pid - 1) * ACTIVITIES + a + 1,
                o + 1,
                pid,
                (pid - 1) * MODULES + a // ACTIVITIES_PER_MODULE + 1,
                a % ACTIVITIES_PER_MODULE,
                KINDS[a % 3],
                f"Aktivitet {a + 1}",
                "Læs, reflektér og handl: **kort tekst** til aktiviteten.",
                "[]",
                15 + 5 * (a % 4),
                7 * (a + 1),
            )
            for pid, o, _ in programmes
            for a in range(ACTIVITIES)
        ],
    )
    cohort_start = [g.today - timedelta(days=int(d)) for d in (300, 150, 40)]
    await g.copy(
        "programme_cohort",
        ["id", "organisation_id", "programme_id", "version_id", "name", "starts_on"],
        [
            (
                (pid - 1) * COHORTS_PER_PROGRAMME + c + 1,
                o + 1,
                pid,
                pid,
                f"Hold {c + 1}",
                cohort_start[c],
            )
            for pid, o, _ in programmes
            for c in range(COHORTS_PER_PROGRAMME)
        ],
    )
    # Enrolments: new leaders follow "new", long-standing leaders did it years ago,
    # and most others follow the experienced or leaders-of-leaders programme now.
    enrolments = []  # (leader, programme k, status, starts_on)
    for i in range(p.n):
        if p.new[i]:
            start = max(p.leader_since[i], g.today - timedelta(days=int(rng.integers(5, 250))))
            enrolments.append((i, 0, "ACTIVE", start))
        elif (g.today - p.leader_since[i]).days > 3 * 365 and rng.random() < 0.9:
            enrolments.append((i, 0, "COMPLETED", p.leader_since[i] + timedelta(days=60)))
        if not p.new[i] and rng.random() < 0.6:
            k = 2 if p.below[i] > 0 else 1
            enrolments.append((i, k, "ACTIVE", g.today - timedelta(days=int(rng.integers(5, 200)))))
    enrolments = [(i, k, s, min(d, g.today)) for i, k, s, d in enrolments]
    n_e = len(enrolments)
    leader = np.array([e[0] for e in enrolments])
    prog = p.org[leader] * 3 + np.array([e[1] for e in enrolments]) + 1
    cohort = (prog - 1) * COHORTS_PER_PROGRAMME + rng.integers(0, COHORTS_PER_PROGRAMME, n_e) + 1
    manager = np.where(p.parent[leader] >= 0, p.parent[leader] + 1, 0)
    await g.copy(
        "programme_enrolment",
        [
            "id",
            "organisation_id",
            "programme_id",
            "version_id",
            "cohort_id",
            "membership_id",
            "enrolled_by_id",
            "starts_on",
            "status",
            "completed_at",
        ],
        (
            (
                e + 1,
                int(p.org[i]) + 1,
                int(prog[e]),
                int(prog[e]),
                int(cohort[e]),
                i + 1,
                p.hr_base + int(p.org[i]),
                start,
                status,
                datetime.combine(start + timedelta(days=200), datetime.min.time(), UTC)
                if status == "COMPLETED"
                else None,
            )
            for e, (i, _k, status, start) in enumerate(enrolments)
        ),
    )
    g.enrolments = (leader, prog, [e[2] for e in enrolments], [e[3] for e in enrolments])
    org_of = p.org[leader] + 1
    await g.copy(
        "development_goal",
        [
            "id",
            "organisation_id",
            "enrolment_id",
            "organisation_goal_id",
            "position",
            "title",
            "description",
            "agreed_at",
            "attainment_rating",
        ],
        (
            (
                e * 2 + g + 1,
                int(org_of[e]),
                e + 1,
                int(p.org[leader[e]]) * GOALS_PER_ORG + g + 1,
                g,
                f"Udviklingsmål {g + 1}",
                "Hvad jeg vil kunne bagefter.",
                NOW - timedelta(days=20),
                4 if enrolments[e][2] == "COMPLETED" else None,
            )
            for e in range(n_e)
            for g in range(2)
        ),
    )
    # Checkpoints: BEFORE at the start, DURING after 90 days, AFTER after 180.
    checkpoints = []
    for e, (_i, _k, status, start) in enumerate(enrolments):
        for c, (kind, offset) in enumerate((("BEFORE", 0), ("DURING", 90), ("AFTER", 180))):
            due = start + timedelta(days=offset)
            held = status == "COMPLETED" or (
                due < g.today - timedelta(days=3) and rng.random() < 0.8
            )
            checkpoints.append(
                (
                    e * 3 + c + 1,
                    int(org_of[e]),
                    e + 1,
                    kind,
                    due,
                    datetime.combine(due, datetime.min.time(), UTC) if held else None,
                    int(manager[e]) or None if held else None,
                    held,
                    "",
                    "",
                    "",
                )
            )
    await g.copy(
        "manager_checkpoint",
        [
            "id",
            "organisation_id",
            "enrolment_id",
            "kind",
            "due_on",
            "completed_at",
            "completed_by_id",
            "goals_agreed",
            "practice_agreed",
            "notes",
            "feedback",
        ],
        checkpoints,
    )
    # Progress: completed activities in order, one more started.
    progress, reflections = [], []
    for e, (_i, _k, status, start) in enumerate(enrolments):
        weeks = (g.today - start).days / 7
        done = (
            ACTIVITIES
            if status == "COMPLETED"
            else min(ACTIVITIES - 2, int(weeks * rng.uniform(0.3, 0.8)))
        )
        first_activity = (int(prog[e]) - 1) * ACTIVITIES
        started_at = datetime.combine(start, datetime.min.time(), UTC)
        for a in range(min(ACTIVITIES, done + 1)):
            when = started_at + timedelta(days=7 * a + 1)
            completed = when + timedelta(days=2) if a < done else None
            progress.append((int(org_of[e]), e + 1, first_activity + a + 1, when, completed))
            if completed and KINDS[a % 3] == "REFLECTION" and status == "ACTIVE":
                reflections.append(
                    (
                        int(org_of[e]),
                        e + 1,
                        first_activity + a + 1,
                        "Jeg har lært at lytte mere og tale mindre i mine møder.",
                        bool(rng.random() < 0.3),
                        bool(rng.random() < 0.2),
                        completed,
                    )
                )
    await g.copy(
        "activity_progress",
        ["organisation_id", "enrolment_id", "activity_id", "started_at", "completed_at"],
        progress,
    )
    await g.copy(
        "reflection",
        [
            "organisation_id",
            "enrolment_id",
            "activity_id",
            "text",
            "shared_with_manager",
            "shared_with_mentor",
            "written_at",
        ],
        reflections,
    )
    g.result.subjects["enrolments_of_org0"] = int((p.org[leader] == 0).sum())
