"""The hand-written SQL that ``bench/effect.py`` measures the slice against:
the old baseline over the raw answers (``BASELINE_SQL``), the best raw-answer
query (``RAW_BEST_SQL``) and the stored sums (``STORED_SUMS_SQL``), each for
the leaders below a leader of leaders or a whole organisation (``scoped_sql``)."""

from __future__ import annotations

SCOPE_BELOW = """
WITH RECURSIVE below AS (
    SELECT id FROM membership WHERE manager_id = $1
    UNION ALL
    SELECT m.id FROM membership m JOIN below b ON m.manager_id = b.id
)
SELECT id FROM below
"""
SCOPE_ORGANISATION = "SELECT id FROM membership WHERE organisation_id = $1"

BASELINE_SQL = """
WITH RECURSIVE {scope_cte},
responses AS MATERIALIZED (
    SELECT r.id, e.leader_id, c.purpose, r.rater_group,
           count(*) OVER (PARTITION BY r.evaluation_id, r.rater_group) AS group_size
    FROM evaluation_response r
    JOIN evaluation e ON e.id = r.evaluation_id
    JOIN evaluation_cycle c ON c.id = e.cycle_id
    WHERE e.leader_id IN (SELECT id FROM scope) AND c.purpose IN ('BASELINE', 'FOLLOW_UP')
      AND r.rater_group <> 'SELF'
),
per_response AS (
    SELECT a.response_id, ci.competency_id, sum(a.value) AS total, count(a.value) AS n
    FROM response_answer a
    JOIN competency_item ci ON ci.id = a.item_id
    WHERE a.response_id = ANY(ARRAY(
        SELECT id FROM responses WHERE rater_group = 'MANAGER' OR group_size >= 3))
    GROUP BY a.response_id, ci.competency_id
),
per_leader AS (
    SELECT r.leader_id, r.purpose, p.competency_id,
           sum(p.total)::numeric / nullif(sum(p.n), 0) AS mean
    FROM per_response p JOIN responses r ON r.id = p.response_id
    GROUP BY r.leader_id, r.purpose, p.competency_id
),
pairs AS (
    SELECT b.leader_id, b.competency_id, b.mean AS before, f.mean AS after,
           EXISTS (SELECT 1 FROM programme_enrolment pe WHERE pe.membership_id = b.leader_id
                   AND pe.status IN ('ACTIVE', 'COMPLETED')) AS in_programme
    FROM per_leader b
    JOIN per_leader f ON f.leader_id = b.leader_id AND f.competency_id = b.competency_id
    WHERE b.purpose = 'BASELINE' AND f.purpose = 'FOLLOW_UP'
)
SELECT c.position, min(c.title_en) AS competency, p.in_programme, count(*) AS leaders,
       round(avg(p.before), 3) AS before, round(avg(p.after), 3) AS after,
       round(avg(p.after - p.before), 3) AS change,
       round(avg(p.after - p.before) / nullif(stddev_samp(p.after - p.before), 0), 3) AS effect_size
FROM pairs p JOIN competency c ON c.id = p.competency_id
GROUP BY c.position, p.in_programme
ORDER BY c.position, p.in_programme
"""
# The new baselines (issue 17): the best hand-written SQL over the raw answers
# (BASELINE_SQL's figures, grouped on integer keys: evaluation and competency
# instead of the 32-character response key), and over the stored sums of the
# read model (``evaluation_competency_sums``, the slice's own pairing rules).
RAW_BEST_SQL = """
WITH RECURSIVE {scope_cte},
evaluations AS MATERIALIZED (
    SELECT e.id, e.leader_id, c.purpose FROM evaluation e
    JOIN evaluation_cycle c ON c.id = e.cycle_id
    WHERE e.leader_id IN (SELECT id FROM scope) AND c.purpose IN ('BASELINE', 'FOLLOW_UP')
),
responses AS MATERIALIZED (
    SELECT id, evaluation_id FROM (
        SELECT r.id, r.evaluation_id, r.rater_group,
               count(*) OVER (PARTITION BY r.evaluation_id, r.rater_group) AS group_size
        FROM evaluation_response r
        WHERE r.evaluation_id IN (SELECT id FROM evaluations) AND r.rater_group <> 'SELF'
    ) r WHERE rater_group = 'MANAGER' OR group_size >= 3
),
per_evaluation AS (
    SELECT r.evaluation_id, ci.competency_id,
           sum(a.value)::numeric / nullif(count(a.value), 0) AS mean
    FROM response_answer a
    JOIN responses r ON r.id = a.response_id
    JOIN competency_item ci ON ci.id = a.item_id
    GROUP BY r.evaluation_id, ci.competency_id
),
pairs AS (
    SELECT b.leader_id, pb.competency_id, pb.mean AS before, pf.mean AS after,
           EXISTS (SELECT 1 FROM programme_enrolment pe WHERE pe.membership_id = b.leader_id
                   AND pe.status IN ('ACTIVE', 'COMPLETED')) AS in_programme
    FROM evaluations b
    JOIN evaluations f ON f.leader_id = b.leader_id AND f.purpose = 'FOLLOW_UP'
    JOIN per_evaluation pb ON pb.evaluation_id = b.id
    JOIN per_evaluation pf ON pf.evaluation_id = f.id AND pf.competency_id = pb.competency_id
    WHERE b.purpose = 'BASELINE'
)
SELECT c.position, p.in_programme, count(*) AS leaders,
       round(avg(p.after - p.before), 3) AS change,
       round(avg(p.after - p.before) / nullif(stddev_samp(p.after - p.before), 0), 3) AS effect_size
FROM pairs p JOIN competency c ON c.id = p.competency_id
GROUP BY c.position, p.in_programme
ORDER BY c.position, p.in_programme
"""

STORED_SUMS_SQL = """
WITH RECURSIVE {scope_cte},
pairs AS MATERIALIZED (
    SELECT DISTINCT ON (f.leader_id) f.leader_id, f.id AS follow_up_id, b.id AS baseline_id
    FROM evaluation f
    JOIN evaluation_cycle fc ON fc.id = f.cycle_id
    JOIN evaluation b ON b.cycle_id = fc.baseline_cycle_id AND b.leader_id = f.leader_id
    JOIN evaluation_cycle bc ON bc.id = b.cycle_id
    WHERE f.leader_id IN (SELECT id FROM scope) AND fc.purpose = 'FOLLOW_UP'
      AND fc.status = 'CLOSED' AND bc.status = 'CLOSED'
      AND f.report_status IN ('RENDERING', 'READY') AND b.report_status IN ('RENDERING', 'READY')
    ORDER BY f.leader_id, fc.closed_at DESC, f.id DESC
),
means AS (
    SELECT s.evaluation_id, s.lineage_id, min(s.competency_id) AS competency_id,
           sum(s.total)::float8 / sum(s.answers) AS mean
    FROM evaluation_competency_sums s
    WHERE s.evaluation_id IN (SELECT follow_up_id FROM pairs
                              UNION ALL SELECT baseline_id FROM pairs)
    GROUP BY s.evaluation_id, s.lineage_id
    HAVING sum(s.answers) > 0
),
changes AS (
    SELECT p.leader_id, a.competency_id, a.mean - b.mean AS change,
           EXISTS (SELECT 1 FROM programme_enrolment pe WHERE pe.membership_id = p.leader_id
                   AND pe.status IN ('ACTIVE', 'COMPLETED')) AS in_programme
    FROM pairs p
    JOIN means a ON a.evaluation_id = p.follow_up_id
    JOIN means b ON b.evaluation_id = p.baseline_id AND b.lineage_id = a.lineage_id
)
SELECT c.position, p.in_programme, count(*) AS leaders, round(avg(p.change)::numeric, 3) AS change,
       round((avg(p.change) / nullif(stddev_samp(p.change), 0))::numeric, 3) AS effect_size
FROM changes p JOIN competency c ON c.id = p.competency_id
GROUP BY c.position, p.in_programme
ORDER BY c.position, p.in_programme
"""

ROWS_SQL = """
WITH RECURSIVE {scope_cte}
SELECT count(*) FROM response_answer a
JOIN evaluation_response r ON r.id = a.response_id
JOIN evaluation e ON e.id = r.evaluation_id
WHERE e.leader_id IN (SELECT id FROM scope)
"""


def scoped_sql(template: str, scope: str) -> str:
    inner = SCOPE_BELOW.strip().removeprefix("WITH RECURSIVE").strip() if scope == "below" else ""
    if scope == "below":
        # below AS (...) SELECT id FROM below  ->  below AS (...), scope AS (SELECT id FROM below)
        body = inner.rsplit("SELECT id FROM below", 1)[0].strip()
        cte = f"{body},\nscope AS (SELECT id FROM below)"
    else:
        cte = "scope AS (SELECT id FROM membership WHERE organisation_id = $1)"
    return template.format(scope_cte=cte)
