"""Who may do what in programmes, on ``backend.identity.policy``.

HR (and administrators) build programmes and enrol leaders
(``backend.identity.policy.require_hr``); who follows an enrolment, and who
reads a reflection, is decided in SQL by the repositories, so a list, a node
and a loader apply the same rule.
"""

from __future__ import annotations

from backend.auth.viewer import Viewer
from backend.identity.policy import is_hr


def sees_drafts(viewer: Viewer) -> bool:
    """HR sees a programme's draft versions; everyone else what was published."""
    return is_hr(viewer)


def sees_cohorts(viewer: Viewer) -> bool:
    """HR runs cohorts: a programme's cohorts and how many leaders each has
    are HR's to see (a leader sees their own cohort on their enrolment)."""
    return is_hr(viewer)


def sees_goal_attainment(viewer: Viewer, leader_id: int, manager_id: int | None) -> bool:
    """The AFTER checkpoint's attainment ratings are one leader's figures: the
    leader and the manager who gave them read them; HR and leaders higher up
    read goal attainment only in learning effect, from three leaders on."""
    return viewer.membership_id in (leader_id, manager_id)
