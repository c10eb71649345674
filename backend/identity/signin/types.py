"""Inputs and payloads of the sign-in mutations.

The sign-in inputs take no ``clientMutationId``: their results are secrets,
which the idempotency store must never hold, and a repeated sign-in is just
another sign-in.
"""

from __future__ import annotations

from datetime import datetime

import strawberry

from backend.api.mutations import Payload


@strawberry.input
class SignInInput:
    email: str
    password: str
    organisation: str | None = strawberry.field(
        default=None, description="Slug of the organisation, for people in several."
    )


@strawberry.input
class SignInWithMagicLinkInput:
    token: str
    organisation: str | None = None


@strawberry.input
class RefreshTokenInput:
    refresh_token: str


@strawberry.type(description="Tokens: send the access token as `Authorization: Bearer …`.")
class SignInPayload(Payload):
    access_token: str | None = None
    access_token_expires_at: datetime | None = None
    refresh_token: str | None = strawberry.field(
        default=None, description="Use once, with refreshToken, for new tokens."
    )
    refresh_token_expires_at: datetime | None = None


@strawberry.input
class RequestMagicLinkInput:
    email: str
    client_mutation_id: str | None = None


@strawberry.type
class RequestMagicLinkPayload(Payload):
    message: str | None = strawberry.field(
        default=None, description="The same whether or not the e-mail has an account."
    )


@strawberry.input
class SignOutInput:
    refresh_token: str | None = strawberry.field(
        default=None, description="Signs out the device holding this token."
    )
    everywhere: bool = strawberry.field(default=False, description="Every device of the viewer.")
    client_mutation_id: str | None = None


@strawberry.type
class SignOutPayload(Payload):
    pass


@strawberry.input
class ChangePasswordInput:
    current_password: str | None = None
    new_password: str
    client_mutation_id: str | None = None


@strawberry.type
class ChangePasswordPayload(Payload):
    pass
