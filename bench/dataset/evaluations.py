"""360: competency frameworks, two closed cycles per organisation,
nominations, responses and answers."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import numpy as np

from bench.dataset.shape import COMPETENCIES, ITEMS, ITEMS_PER_COMPETENCY, OPEN_QUESTIONS
from bench.dataset.tables import Generator
from bench.pgcopy import NOW, copy_fixed, fixed_rows, json_value


async def evaluations(g: Generator) -> None:
    p = g.people
    assert p is not None
    rng = g.rng
    o_count = g.config.organisations
    await g.copy(
        "competency_framework",
        [
            "id",
            "organisation_id",
            "family",
            "version",
            "name_da",
            "name_en",
            "scale_labels",
            "status",
            "published_at",
        ],
        [
            (
                o + 1,
                o + 1,
                "ledelseskommissionen",
                1,
                "Ledelseskommissionens budskaber",
                "The Leadership Commission's messages",
                json_value({"da": ["1", "2", "3", "4", "5"], "en": ["1", "2", "3", "4", "5"]}),
                "PUBLISHED",
                NOW - timedelta(days=900),
            )
            for o in range(o_count)
        ],
    )
    await g.copy(
        "competency",
        # One version per organisation: every competency starts its own line.
        ["id", "framework_id", "position", "title_da", "title_en", "lineage_id"],
        [
            (
                o * COMPETENCIES + c + 1,
                o + 1,
                c,
                f"Kompetence {c + 1}",
                f"Competency {c + 1}",
                o * COMPETENCIES + c + 1,
            )
            for o in range(o_count)
            for c in range(COMPETENCIES)
        ],
    )
    await g.copy(
        "competency_item",
        ["id", "competency_id", "position", "text_da", "text_en", "required"],
        [
            (
                o * ITEMS + k + 1,
                o * COMPETENCIES + k // ITEMS_PER_COMPETENCY + 1,
                k % ITEMS_PER_COMPETENCY,
                f"Lederen gør det tydeligt, hvad der er vigtigt ({k + 1}).",
                f"The leader makes clear what matters ({k + 1}).",
                True,
            )
            for o in range(o_count)
            for k in range(ITEMS)
        ],
    )
    await g.copy(
        "open_question",
        ["id", "framework_id", "position", "text_da", "text_en"],
        [
            (
                o * OPEN_QUESTIONS + q + 1,
                o + 1,
                q,
                f"Hvad skal lederen blive ved med ({q + 1})?",
                f"What should the leader keep doing ({q + 1})?",
            )
            for o in range(o_count)
            for q in range(OPEN_QUESTIONS)
        ],
    )
    now = NOW
    cycles: list[tuple[Any, ...]] = []
    for o in range(o_count):
        cycles.append(
            (
                o * 2 + 1,
                o + 1,
                o + 1,
                "Baseline 360",
                "BASELINE",
                None,
                "CLOSED",
                now - timedelta(days=400),
                now - timedelta(days=370),
                now - timedelta(days=370),
            )
        )
        cycles.append(
            (
                o * 2 + 2,
                o + 1,
                o + 1,
                "Opfølgning 360",
                "FOLLOW_UP",
                o * 2 + 1,
                "CLOSED",
                now - timedelta(days=40),
                now - timedelta(days=5),
                now - timedelta(days=5),
            )
        )
    await g.copy(
        "evaluation_cycle",
        [
            "id",
            "organisation_id",
            "framework_id",
            "name",
            "purpose",
            "baseline_cycle_id",
            "status",
            "opens_at",
            "closes_at",
            "closed_at",
            "reminder_days_before_close",
            "nomination_limits",
            "created_by_id",
        ],
        [(*c, "[7, 2]", "{}", p.hr_base + c[1] - 1) for c in cycles],
    )
    n = p.n
    # Evaluation e of leader i in cycle c (0 baseline, 1 follow-up): id = c * n + i + 1.
    await g.copy(
        "evaluation",
        [
            "id",
            "organisation_id",
            "cycle_id",
            "leader_id",
            "manager_id",
            "nomination_state",
            "employee_count",
            "report_status",
        ],
        (
            (
                c * n + i + 1,
                int(p.org[i]) + 1,
                int(p.org[i]) * 2 + c + 1,
                i + 1,
                int(p.parent[i]) + 1 if p.parent[i] >= 0 else None,
                "APPROVED",
                12,
                "PENDING",
            )
            for c in range(2)
            for i in range(n)
        ),
    )
    # Raters as the rules make them: self, the manager, 3-4 peers (people of the
    # organisation: the manager's other reports first, then others, never the
    # leader or twice), the direct reports by the reporting lines (every one,
    # not chosen; fewer than 3 make a hidden group), 0-2 external addresses.
    children: dict[int, list[int]] = {}
    for i, parent in enumerate(p.parent.tolist()):
        if parent >= 0:
            children.setdefault(parent, []).append(i)
    org_start = np.r_[0, np.cumsum(np.bincount(p.org))]
    # (evaluation id, org, group, rater leader index or -1, responded, declined, cycle, leader)
    nominations = []
    for c in range(2):
        for i in range(n):
            o = int(p.org[i])
            e = c * n + i + 1
            raters: list[tuple[str, int]] = [("SELF", i)]
            if p.parent[i] >= 0:
                raters.append(("MANAGER", int(p.parent[i])))
                siblings = [s for s in children.get(int(p.parent[i]), []) if s != i]
            else:
                siblings = []
            peers = siblings[:]
            rng.shuffle(peers)
            peers = peers[: int(rng.integers(3, 5))]
            reports = children.get(i, [])
            taken = {i, int(p.parent[i]), *peers, *reports}
            others = int(org_start[o + 1] - org_start[o])
            while len(peers) < 3 and len(taken) < others:
                q = int(rng.integers(org_start[o], org_start[o + 1]))
                if q not in taken:
                    peers.append(q)
                    taken.add(q)
            raters += [("PEER", q) for q in peers]
            raters += [("DIRECT_REPORT", r) for r in reports]
            raters += [("EXTERNAL", -1)] * int(rng.integers(0, 3))
            for group, rater in raters:
                declined = rng.random() < 0.02
                responded = not declined and rng.random() < (0.99 if group == "SELF" else 0.93)
                nominations.append((e, o, group, rater, responded, declined, c, i))
    g.result.subjects["nominations"] = len(nominations)
    opens = [now - timedelta(days=400), now - timedelta(days=20)]
    await g.copy(
        "nomination",
        [
            "id",
            "organisation_id",
            "evaluation_id",
            "rater_group",
            "rater_id",
            "rater_name",
            "rater_email",
            "locale",
            "status",
            "created_at",
            "invited_at",
            "reminders_sent",
            "declined",
            "responded",
        ],
        (
            (
                k + 1,
                o + 1,
                e,
                group,
                rater + 1 if rater >= 0 else None,
                p.names[rater] if rater >= 0 else "Ekstern Bedømmer",
                f"leder{rater + 1}@bench.dk" if rater >= 0 else f"rater{k + 1}@example.dk",
                "da",
                "APPROVED",
                opens[c],
                opens[c],
                0,
                declined,
                responded,
            )
            for k, (e, o, group, rater, responded, declined, c, _i) in enumerate(nominations)
        ),
    )
    # Responses and answers: the leader's level per competency, a rater's leniency,
    # noise per item; the follow-up a little better for leaders in a programme.
    answered = [
        (e, o, group, c, i) for e, o, group, _r, responded, _d, c, i in nominations if responded
    ]
    del nominations
    m = len(answered)
    evaluation_id = np.fromiter((a[0] for a in answered), np.int64, m)
    org = np.fromiter((a[1] for a in answered), np.int64, m)
    cycle = np.fromiter((a[3] for a in answered), np.int64, m)
    leader = np.fromiter((a[4] for a in answered), np.int64, m)
    group_names = [a[2] for a in answered]
    del answered
    # Response ids: 128 random bits as 32 hex digits, never a sequence.
    lut = np.array([f"{b:02x}".encode() for b in range(256)], dtype="S2")
    raw = np.frombuffer(rng.bytes(16 * m), np.uint8).reshape(m, 16)
    response_id = np.ascontiguousarray(lut[raw]).view("S32").ravel()
    await g.copy(
        "evaluation_response",
        ["id", "organisation_id", "evaluation_id", "rater_group"],
        (
            (response_id[r].decode(), int(org[r]) + 1, int(evaluation_id[r]), group_names[r])
            for r in range(m)
        ),
    )
    level = rng.normal(3.6, 0.45, (n, COMPETENCIES))
    enrolled = np.zeros(n, bool)
    if g.enrolments is not None:
        enrolled[g.enrolments[0]] = True
    effect = np.where(enrolled, 0.3, 0.05)
    leniency = rng.normal(0.0, 0.35, m) + np.where(
        np.array([g == "SELF" for g in group_names]), 0.2, 0
    )
    competency_of_item = np.arange(ITEMS) // ITEMS_PER_COMPETENCY
    blocks_value: list[bytes] = []
    blocks_null: list[bytes] = []
    total, nulls = 0, 0
    chunk = 100_000
    for start in range(0, m, chunk):
        r = np.arange(start, min(m, start + chunk))
        mean = (
            level[leader[r]][:, competency_of_item]
            + leniency[r][:, None]
            + (effect[leader[r]] * cycle[r])[:, None]
        )
        value = np.clip(np.rint(mean + rng.normal(0, 0.6, mean.shape)), 1, 5).astype(np.int16)
        unknown = rng.random(mean.shape) < 0.03
        ids = np.repeat(response_id[r], ITEMS)
        items = (org[r][:, None] * ITEMS + np.arange(ITEMS)[None, :] + 1).ravel()
        flat_value, flat_unknown = value.ravel(), unknown.ravel()
        keep = ~flat_unknown
        blocks_value.append(
            fixed_rows([("text", ids[keep]), ("int8", items[keep]), ("int2", flat_value[keep])])
        )
        blocks_null.append(fixed_rows([("text", ids[flat_unknown]), ("int8", items[flat_unknown])]))
        total += len(ids)
        nulls += int(flat_unknown.sum())
        if len(blocks_value) * chunk * ITEMS >= 8_000_000 or start + chunk >= m:
            await copy_fixed(
                g.c, "response_answer", ["response_id", "item_id", "value"], blocks_value
            )
            await copy_fixed(g.c, "response_answer", ["response_id", "item_id"], blocks_null)
            blocks_value, blocks_null = [], []
            print(f"    answers {total:,}", flush=True)
    g.result.counts["response_answer"] = total
    g.result.subjects["answers_cannot_judge"] = nulls
    commenting = np.flatnonzero(rng.random(m) < 0.25)
    texts = [
        "Lytter og giver plads.",
        "Kunne være mere tydelig om retningen.",
        "Skaber ro i en travl hverdag.",
        "God til at inddrage borgerne.",
    ]
    await g.copy(
        "response_comment",
        ["response_id", "question_id", "text"],
        (
            (
                response_id[r].decode(),
                int(org[r]) * OPEN_QUESTIONS + int(r % OPEN_QUESTIONS) + 1,
                texts[int(r % len(texts))],
            )
            for r in commenting.tolist()
        ),
    )
    g.result.subjects["responses"] = m
