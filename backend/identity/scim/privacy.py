"""SCIM provisioning's tables for ``backend.privacy``."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from backend.identity.models import Membership
from backend.identity.scim.models import ScimEvent, ScimGroup, ScimToken, ScimUser
from backend.privacy.handlers import delete_rows, export_rows
from backend.privacy.registry import register_no_personal_data, register_personal_data


def _provisioned(subject: Any) -> object:
    return ScimUser.membership_id.in_(
        select(Membership.id).where(
            Membership.person_id == subject.person_id,
            Membership.organisation_id == subject.organisation_id,
        )
    )


register_personal_data(
    ScimUser,
    export=export_rows(ScimUser, _provisioned),  # type: ignore[arg-type]
    # The directory's copy goes with the person; if the directory sends the
    # person again, they are provisioned anew.
    erase=delete_rows(ScimUser, _provisioned),  # type: ignore[arg-type]
    description="The person's record as the organisation's directory provisioned it (SCIM).",
)
register_no_personal_data(
    ScimGroup,
    reason="a unit or role group: its name and the ids of provisioned users (and the "
    "member display strings the directory sent, which may be names: see the report)",
)
register_no_personal_data(ScimToken, reason="a hashed bearer token of an organisation's client")
register_no_personal_data(
    ScimEvent, reason="which operation changed which attributes: ids and field names only"
)
