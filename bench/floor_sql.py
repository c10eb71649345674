"""The statements of ``home`` as SQLAlchemy sends them (captured per leader on the
bench data set), written out for ``bench/baseline_floor.py``. Lists are one array parameter
(``= ANY($1)``) on both sides since ``backend.repository.one_of``."""

from __future__ import annotations

ENROLMENT = (
    "programme_enrolment.organisation_id, programme_enrolment.programme_id, "
    "programme_enrolment.version_id, programme_enrolment.cohort_id, "
    "programme_enrolment.membership_id, programme_enrolment.enrolled_by_id, "
    "programme_enrolment.starts_on, programme_enrolment.status, "
    "programme_enrolment.completed_at, programme_enrolment.id, programme_enrolment.created_at, "
    "programme_enrolment.updated_at"
)
VERSION = (
    "SELECT organisation_id, programme_id, version, status, title, description, audience, "
    "published_at, id, created_at, updated_at FROM programme_version "
    "WHERE organisation_id = $1 AND id = ANY($2::bigint[]) ORDER BY id"
)
CHECKPOINT = (
    "SELECT manager_checkpoint.organisation_id, manager_checkpoint.enrolment_id, "
    "manager_checkpoint.kind, manager_checkpoint.due_on, manager_checkpoint.completed_at, "
    "manager_checkpoint.completed_by_id, manager_checkpoint.goals_agreed, "
    "manager_checkpoint.practice_agreed, manager_checkpoint.notes, manager_checkpoint.feedback, "
    "manager_checkpoint.reminded_on, manager_checkpoint.id, manager_checkpoint.created_at, "
    "manager_checkpoint.updated_at FROM manager_checkpoint "
    "JOIN programme_enrolment ON programme_enrolment.id = manager_checkpoint.enrolment_id "
)
# The leaders below the viewer (``enrolments.repository.followed_by_viewer``, in statements
# built once): $2 the organisation, $3 the viewer wherever it appears, $4..$6 the depths.
BELOW = (
    "WITH RECURSIVE below(id, depth) AS (SELECT membership.id AS id, $4::INTEGER AS depth "
    "FROM membership WHERE membership.manager_id = $3 UNION ALL SELECT m.id, below.depth + $5 "
    "FROM membership AS m, below WHERE m.manager_id = below.id AND below.depth < $6) "
)
FOLLOWED = (
    "programme_enrolment.organisation_id = $2 AND (programme_enrolment.membership_id = $3 "
    "OR programme_enrolment.membership_id IN (SELECT below.id FROM below))"
)
SQL = {
    # The leader's enrolments with their version and cohort in one statement
    # (``enrolments.repository.enrolments_of_leader_as_shown``): $1 the organisation,
    # $2 the leader.
    "enrolments": f"SELECT {ENROLMENT}, programme_version.organisation_id AS organisation_id_1, "
    "programme_version.programme_id AS programme_id_1, programme_version.version, "
    "programme_version.status AS status_1, programme_version.title, "
    "programme_version.description, programme_version.audience, "
    "programme_version.published_at, programme_version.id AS id_1, "
    "programme_version.created_at AS created_at_1, programme_version.updated_at AS updated_at_1, "
    "programme_cohort.organisation_id AS organisation_id_2, "
    "programme_cohort.programme_id AS programme_id_2, "
    "programme_cohort.version_id AS version_id_1, programme_cohort.name, "
    "programme_cohort.starts_on AS starts_on_1, programme_cohort.id AS id_2, "
    "programme_cohort.created_at AS created_at_2, programme_cohort.updated_at AS updated_at_2 "
    "FROM programme_enrolment LEFT OUTER JOIN programme_version "
    "ON programme_version.id = programme_enrolment.version_id "
    "AND programme_version.organisation_id = $1 LEFT OUTER JOIN programme_cohort "
    "ON programme_cohort.id = programme_enrolment.cohort_id "
    "AND programme_cohort.organisation_id = $1 WHERE programme_enrolment.membership_id = $2 "
    "ORDER BY programme_enrolment.starts_on, programme_enrolment.id",
    "versions": VERSION,
    "activities": "SELECT a.organisation_id, a.version_id, a.module_id, a.position, a.kind, "
    "a.title, a.body, a.media, a.estimated_minutes, a.due_offset_days, a.id "
    "FROM programme_activity AS a JOIN programme_module ON programme_module.id = a.module_id "
    "WHERE a.version_id = ANY($1::bigint[]) "
    "ORDER BY a.version_id, programme_module.position, a.position",
    "progress": "SELECT organisation_id, enrolment_id, activity_id, started_at, completed_at, id "
    "FROM activity_progress WHERE enrolment_id = ANY($1::bigint[])",
    "open": CHECKPOINT + "WHERE programme_enrolment.membership_id = $1 AND "
    "programme_enrolment.status = $2 AND manager_checkpoint.completed_at IS NULL "
    "ORDER BY manager_checkpoint.due_on, manager_checkpoint.id",
    "hold": CHECKPOINT + "WHERE programme_enrolment.membership_id IN (SELECT membership.id "
    "FROM membership WHERE membership.manager_id = $1) AND programme_enrolment.status = $2 "
    "AND manager_checkpoint.completed_at IS NULL AND manager_checkpoint.due_on <= $3 "
    "ORDER BY manager_checkpoint.due_on, manager_checkpoint.id",
    "mentorship": "SELECT id, mentor_id FROM mentorship WHERE mentee_id = $1 "
    "AND status = ANY($2::varchar[]) LIMIT $3",
    "mentor": "SELECT membership.id, membership.organisation_id, membership.person_id, "
    "membership.unit_id, membership.job_title, membership.leader_since, person.name, "
    "person.email, person.locale, organisation.name AS organisation_name, "
    "unit.name AS unit_name FROM membership JOIN person ON person.id = membership.person_id "
    "JOIN organisation ON organisation.id = membership.organisation_id "
    "LEFT OUTER JOIN unit ON unit.id = membership.unit_id WHERE membership.id = ANY($1::bigint[])",
    "unread": "SELECT n.organisation_id, n.subject_kind, n.subject_id, n.leader_id, "
    "n.author_id, n.parent_id, n.visibility, n.body, n.hidden_at, n.hidden_by_id, n.id, "
    "n.created_at, n.updated_at, person.name AS author_name FROM feedback_note AS n "
    "LEFT OUTER JOIN membership ON membership.id = n.author_id "
    "LEFT OUTER JOIN person ON person.id = membership.person_id "
    "WHERE n.id IN (SELECT f.id FROM feedback_note AS f WHERE f.leader_id = $1 "
    "UNION SELECT f.id FROM feedback_note AS f JOIN feedback_note_audience AS a "
    "ON a.note_id = f.id WHERE a.membership_id = $2 AND f.parent_id IS NULL "
    "UNION SELECT f.id FROM feedback_note AS f JOIN feedback_note_audience AS a "
    "ON a.note_id = f.parent_id WHERE a.membership_id = $3) AND n.hidden_at IS NULL "
    "AND (n.author_id IS NULL OR n.author_id != $4) AND NOT (EXISTS (SELECT * "
    "FROM feedback_note_read AS r WHERE r.note_id = n.id AND r.membership_id = $5)) "
    "ORDER BY n.id DESC LIMIT $6",
    "evaluations": "SELECT e.organisation_id, e.cycle_id, e.leader_id, e.manager_id, "
    "e.nomination_state, e.employee_count, e.report_status, e.report_object_key, e.id, "
    "e.created_at, e.updated_at, c.organisation_id AS organisation_id_1, c.framework_id, "
    "c.name, c.purpose, c.baseline_cycle_id, c.profile, c.status, c.opens_at, c.closes_at, "
    "c.closed_at, c.min_peer, c.min_direct_report, c.min_external, c.min_all_raters, "
    "c.min_comments, c.min_employees_for_report, c.reminder_days_before_close, "
    "c.nomination_limits, c.created_by_id, c.id AS id_1, c.created_at AS created_at_1, "
    "c.updated_at AS updated_at_1 FROM evaluation AS e "
    "JOIN evaluation_cycle AS c ON c.id = e.cycle_id "
    "WHERE e.leader_id = $1 OR e.manager_id = $2 ORDER BY c.closes_at, e.id",
    "named": "SELECT nomination.evaluation_id, nomination.rater_group FROM nomination "
    "JOIN evaluation ON evaluation.id = nomination.evaluation_id "
    "JOIN evaluation_cycle ON evaluation_cycle.id = evaluation.cycle_id "
    "WHERE nomination.rater_id = $1 AND nomination.status = $2 AND "
    "(nomination.rater_group = ANY($3::varchar[]) OR nomination.invited_at IS NOT NULL) "
    "AND nomination.responded IS false AND nomination.declined IS false "
    "AND evaluation_cycle.status = $4 ORDER BY nomination.evaluation_id, nomination.rater_group",
    "evaluations_by_ids": "SELECT organisation_id, cycle_id, leader_id, manager_id, "
    "nomination_state, employee_count, report_status, report_object_key, id, created_at, "
    "updated_at FROM evaluation WHERE id = ANY($1::bigint[])",
    "cycles_by_ids": "SELECT * FROM evaluation_cycle WHERE id = ANY($1::bigint[])",
    "people": "SELECT membership.id, person.id AS id_1, person.name, person.email, "
    "person.locale, membership.manager_id, membership.organisation_id, "
    "membership.is_active AND person.is_active AS anon_1 FROM membership "
    "JOIN person ON person.id = membership.person_id WHERE membership.id = ANY($1::bigint[])",
    # Built once on the GraphQL side (``_goals_followed_statement``): the viewer is one
    # parameter ($3) in both places, the enrolments come first.
    "goals": BELOW + "SELECT g.organisation_id, g.enrolment_id, g.organisation_goal_id, "
    "g.position, g.title, g.description, g.agreed_at, g.attainment_rating, g.id, "
    "g.created_at, g.updated_at FROM development_goal AS g "
    "JOIN programme_enrolment ON programme_enrolment.id = g.enrolment_id "
    f"WHERE g.enrolment_id = ANY($1::bigint[]) AND {FOLLOWED} "
    "ORDER BY g.enrolment_id, g.position, g.id",
    # Built once on the GraphQL side (``_enrolments_visible``): the organisation ($2) and
    # the viewer ($3) are one parameter each wherever they appear, the enrolments first.
    "held": BELOW + f"SELECT {ENROLMENT} FROM programme_enrolment "
    f"WHERE programme_enrolment.id = ANY($1::bigint[]) AND ({FOLLOWED} OR "
    "programme_enrolment.organisation_id = $2 AND programme_enrolment.membership_id IN "
    "(SELECT mentee_id FROM mentorship WHERE mentor_id = $3 AND status = ANY($7::varchar[])))",
    "leaders": "SELECT membership.organisation_id, membership.person_id, membership.unit_id, "
    "membership.manager_id, membership.job_title, membership.leader_since, membership.roles, "
    "membership.is_active, membership.joined_at, membership.id, membership.created_at, "
    "membership.updated_at, person.email, person.name, person.locale, "
    "person.is_active AS is_active_1, person.password_hash, person.oidc_subject, "
    "person.id AS id_1, person.created_at AS created_at_1, person.updated_at AS updated_at_1 "
    "FROM membership JOIN person ON person.id = membership.person_id "
    "WHERE membership.id = ANY($1::bigint[]) AND membership.organisation_id = $2",
}
RUNNING = ["ACTIVE", "PAUSED"]
DEPTHS = (1, 1, 100)  # the recursive visibility's start, step and limit, as home sends them
REPORT_TASK_DAYS, HOLD_AHEAD_DAYS, NEXT_ACTIVITIES, UNREAD = 90, 14, 5, 5
