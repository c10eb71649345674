"""Who may write a feedback note about a subject: the owning slice's answer,
asked through a registered *subject access* check (``register_subject_access``,
called from the owning slices' ``wiring.py`` at start-up, through
``feedback.notes.service``). A general note by someone above the leader in the
reporting line (``backend.identity.policy``) is built in.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from backend.auth.viewer import Viewer
from backend.composition import Hooks
from backend.db import Session
from backend.identity import policy
from feedback.notes.models import SubjectKind

# (session, viewer, subject id or None for GENERAL, the leader's membership id)
#   -> may the viewer see this subject of this leader?
SubjectCheck = Callable[[Session, Viewer, int | None, int], Awaitable[bool]]


async def _manager_sees_general(
    session: Session, viewer: Viewer, _subject_id: int | None, leader_id: int
) -> bool:
    return await policy.is_above_in_reporting_line(session, viewer, leader_id)


# One slot per subject kind, each a tuple of checks; any check saying yes is
# enough. Filled from the owning slices' ``wiring.py`` at start-up; a general
# note by someone above the leader is built in.
_access = Hooks(
    "feedback.notes",
    **{
        kind.value: ((_manager_sees_general,) if kind == SubjectKind.GENERAL else ())
        for kind in SubjectKind
    },
)
_type_names: dict[SubjectKind, str] = {}


def register_subject_access(
    kind: SubjectKind, check: SubjectCheck, type_name: str | None = None
) -> None:
    """Add a check for ``kind``; any registered check saying yes is enough.
    ``type_name`` is the GraphQL type of the subject's global IDs."""
    checks: tuple[SubjectCheck, ...] = getattr(_access, kind.value)
    _access.set(kind.value, checks if check in checks else (*checks, check))
    if type_name is not None:
        _type_names[kind] = type_name


def subject_type_name(kind: SubjectKind) -> str | None:
    return _type_names.get(kind)


def registered_checks(kind: SubjectKind) -> list[SubjectCheck]:
    return list(getattr(_access, kind.value))


async def can_see_subject(
    session: Session, viewer: Viewer, kind: SubjectKind, subject_id: int | None, leader_id: int
) -> bool:
    for check in registered_checks(kind):
        if await check(session, viewer, subject_id, leader_id):
            return True
    return False
