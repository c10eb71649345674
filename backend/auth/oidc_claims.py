"""What a verified token says about its person, read through the configured
claim mapping, so that every issuer as it is can sign people in:

- Entra ID v2 sends ``preferred_username`` (often no ``email``), v1 ``upn``;
- Keycloak sends ``email`` with ``email_verified`` (false until verified);
- a broker in front of a SAML IdP sends whatever its mappers produce.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from backend.settings import Settings


@dataclass(frozen=True)
class OidcIdentity:
    subject: str
    email: str | None  # as sent, not yet normalised; None when no claim has one
    email_claim: str | None  # which claim it came from
    email_verified: bool | None  # only the ``email`` claim carries a verdict
    name: str | None
    locale: str | None
    roles: frozenset[str] | None  # Ledelyst role names; None when no roles claim is set


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _values(value: Any) -> list[str]:
    """A roles/groups claim: a list, or one space- or comma-separated string."""
    if isinstance(value, str):
        return [part for part in value.replace(",", " ").split() if part]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str)]
    return []


def identity_from_claims(claims: dict[str, Any], settings: Settings) -> OidcIdentity | None:
    """The identity the claims describe; None when the subject claim is missing."""
    subject = _text(claims.get(settings.oidc_subject_claim))
    if subject is None:
        return None
    email = email_claim = None
    for claim in settings.oidc_email_claims:
        found = _text(claims.get(claim))
        if found is not None and "@" in found:
            email, email_claim = found, claim
            break
    verified = claims.get("email_verified") if email_claim == "email" else None
    if isinstance(verified, str):  # some brokers send "true"/"false"
        verified = verified.lower() == "true"
    roles = None
    if settings.oidc_roles_claim:
        mapped = settings.oidc_role_map
        roles = frozenset(
            mapped[value]
            for value in _values(claims.get(settings.oidc_roles_claim))
            if value in mapped
        )
    return OidcIdentity(
        subject=subject,
        email=email,
        email_claim=email_claim,
        email_verified=verified if isinstance(verified, bool) else None,
        name=_text(claims.get(settings.oidc_name_claim)),
        locale=_text(claims.get("locale")),
        roles=roles,
    )


def email_is_usable(identity: OidcIdentity, settings: Settings) -> bool:
    """Whether the address may link a first sign-in, under the configured policy."""
    if identity.email is None:
        return False
    policy = settings.oidc_email_verified
    if policy == "ignore" or identity.email_claim != "email":
        # preferred_username/upn are the directory's sign-in names, not
        # addresses a person typed in: there is nothing to verify.
        return True
    if policy == "require":
        return identity.email_verified is True
    return identity.email_verified is not False
