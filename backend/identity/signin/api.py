"""The sign-in mutations. Thin: each resolver passes its input to the service,
which decides."""

from __future__ import annotations

import strawberry

from backend.api.context import Info
from backend.api.mutations import run_mutation
from backend.i18n import translate
from backend.identity.signin import service
from backend.identity.signin import types as i


def address(info: Info) -> str:
    """The client's address, for the per-address rate limits (behind a proxy,
    uvicorn's proxy_headers puts the forwarded address here)."""
    request = info.context.request
    client = request.client if request is not None else None
    return client.host if client is not None else "unknown"


def _tokens(tokens: service.Tokens) -> i.SignInPayload:
    return i.SignInPayload(
        access_token=tokens.access_token,
        access_token_expires_at=tokens.access_token_expires_at,
        refresh_token=tokens.refresh_token,
        refresh_token_expires_at=tokens.refresh_token_expires_at,
    )


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Sign in with e-mail and password.")
    async def sign_in(self, info: Info, input: i.SignInInput) -> i.SignInPayload:
        c = info.context

        async def action() -> i.SignInPayload:
            return _tokens(
                await service.sign_in(
                    c.session,
                    c.settings,
                    input.email,
                    input.password,
                    address(info),
                    input.organisation,
                )
            )

        return await run_mutation(info, input, i.SignInPayload, action)

    @strawberry.mutation(description="Mail a sign-in link, if the e-mail has an account.")
    async def request_magic_link(
        self, info: Info, input: i.RequestMagicLinkInput
    ) -> i.RequestMagicLinkPayload:
        c = info.context

        async def action() -> i.RequestMagicLinkPayload:
            await service.request_magic_link(c.session, c.settings, input.email, address(info))
            return i.RequestMagicLinkPayload(
                message=translate("identity.magic_link_sent", c.locale)
            )

        return await run_mutation(info, input, i.RequestMagicLinkPayload, action)

    @strawberry.mutation(description="Sign in with the token of a mailed link (once).")
    async def sign_in_with_magic_link(
        self, info: Info, input: i.SignInWithMagicLinkInput
    ) -> i.SignInPayload:
        c = info.context

        async def action() -> i.SignInPayload:
            return _tokens(
                await service.sign_in_with_magic_link(
                    c.session, c.settings, input.token, input.organisation
                )
            )

        return await run_mutation(info, input, i.SignInPayload, action)

    @strawberry.mutation(description="New tokens for a refresh token, which is then spent.")
    async def refresh_token(self, info: Info, input: i.RefreshTokenInput) -> i.SignInPayload:
        c = info.context

        async def action() -> i.SignInPayload:
            return _tokens(await service.refresh(c.session, c.settings, input.refresh_token))

        return await run_mutation(info, input, i.SignInPayload, action)

    @strawberry.mutation(description="Revoke a refresh token's sessions, or all of the viewer's.")
    async def sign_out(self, info: Info, input: i.SignOutInput) -> i.SignOutPayload:
        c = info.context

        async def action() -> i.SignOutPayload:
            await service.sign_out(c.session, c.viewer, input.refresh_token, input.everywhere)
            return i.SignOutPayload()

        return await run_mutation(info, input, i.SignOutPayload, action)

    @strawberry.mutation(description="Set the viewer's own password.")
    async def change_password(
        self, info: Info, input: i.ChangePasswordInput
    ) -> i.ChangePasswordPayload:
        c = info.context

        async def action() -> i.ChangePasswordPayload:
            await service.change_password(
                c.session,
                c.settings,
                c.viewer,
                input.current_password,
                input.new_password,
                address(info),
            )
            return i.ChangePasswordPayload()

        return await run_mutation(info, input, i.ChangePasswordPayload, action)
