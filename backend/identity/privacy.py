"""Personal data of identity: who a person is, their place in the
organisation, and how they sign in (see ``backend.privacy``)."""

from __future__ import annotations

from sqlalchemy import and_, delete, or_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement

from backend.i18n import translate
from backend.identity.models import (
    FoundationPrinciple,
    LeadershipFoundation,
    MagicLink,
    Membership,
    Organisation,
    OrganisationGoal,
    OrganisationGoalUnit,
    Person,
    RefreshToken,
    SignInAttempt,
    StructureImport,
    Unit,
)
from backend.privacy.handlers import (
    delete_rows,
    export_rows,
    of_person,
    update_rows,
    whole_person_only,
)
from backend.privacy.registry import (
    Subject,
    register_no_personal_data,
    register_personal_data,
)


def erased_email(subject: Subject) -> str:
    """Unique (the column is), and at a domain that can never receive mail."""
    return f"erased-{subject.person_id}@erased.invalid"


def _sign_in_subject(subject: Subject) -> ColumnElement[bool]:
    # The account's own counter and its (account, address) pair counters.
    own = f"email:{subject.email}"
    return or_(
        SignInAttempt.subject == own,
        SignInAttempt.subject.startswith(f"{own}|ip:", autoescape=True),
    )


async def _revoke_tokens(session: AsyncSession, subject: Subject) -> int:
    """Refresh tokens of this organisation go; of every organisation when the
    whole person is erased. Deleted, so no family can be refreshed again."""
    where = RefreshToken.person_id == subject.person_id
    if not subject.whole_person:
        where = and_(where, RefreshToken.organisation_id == subject.organisation_id)
    outcome = await session.execute(delete(RefreshToken).where(where))
    return int(outcome.rowcount or 0)  # type: ignore[attr-defined]


def _imports_started(subject: Subject) -> ColumnElement[bool]:
    return and_(
        StructureImport.started_by_id == subject.person_id,
        StructureImport.organisation_id == subject.organisation_id,
    )


def register() -> None:
    """Declare this slice's tables (``backend.composition.compose`` calls it at start-up)."""
    register_personal_data(
        Person,
        export=export_rows(Person, of_person(Person.id), leave_out=["password_hash"]),
        erase=whole_person_only(
            update_rows(
                Person,
                of_person(Person.id),
                {
                    "name": lambda s: translate("privacy.erased_name", "da"),
                    "email": erased_email,
                    "password_hash": None,
                    "oidc_subject": None,
                    "is_active": False,
                },
            )
        ),
        description="Name, e-mail address, language and how the person signs in.",
    )
    register_personal_data(
        Membership,
        export=export_rows(Membership, lambda s: Membership.id == s.membership_id),
        erase=update_rows(
            Membership,
            lambda s: Membership.id == s.membership_id,
            # The row stays: others' rows (evaluations, reporting lines) point at it.
            {
                "job_title": "",
                "roles": [],
                "is_active": False,
                "leader_since": None,
                "manager_id": None,
                "unit_id": None,
            },
        ),
        description="Unit, job title, manager, roles and leader seniority in the organisation.",
    )
    register_personal_data(
        RefreshToken,
        export=export_rows(
            RefreshToken,
            lambda s: and_(
                RefreshToken.person_id == s.person_id,
                RefreshToken.organisation_id == s.organisation_id,
            ),
            leave_out=["token_hash", "family"],
        ),
        erase=_revoke_tokens,
        description="When the person's sessions were started, renewed and ended.",
    )
    register_personal_data(
        MagicLink,
        export=export_rows(MagicLink, of_person(MagicLink.person_id), leave_out=["token_hash"]),
        erase=whole_person_only(delete_rows(MagicLink, of_person(MagicLink.person_id))),
        description="Sign-in links sent to the person.",
    )
    register_personal_data(
        SignInAttempt,
        export=export_rows(SignInAttempt, _sign_in_subject),
        erase=whole_person_only(delete_rows(SignInAttempt, _sign_in_subject)),
        description="Recent sign-in attempts with the person's e-mail address (rate limits).",
    )
    register_personal_data(
        StructureImport,
        export=export_rows(StructureImport, _imports_started, leave_out=["result"]),
        erase=update_rows(StructureImport, _imports_started, {"started_by_id": None}),
        description="Structure imports from an HR system the person started.",
    )
    for model, reason in (
        (Organisation, "The organisation itself: its name and address slug."),
        (Unit, "The organisation's units; people are placed in them by membership."),
        (OrganisationGoal, "The organisation's goals, written by the organisation."),
        (OrganisationGoalUnit, "Which units a goal applies to."),
        (LeadershipFoundation, "The organisation's leadership foundation."),
        (FoundationPrinciple, "Principles and values of the leadership foundation."),
    ):
        register_no_personal_data(model, reason=reason)
