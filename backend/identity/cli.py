"""``ledelyst identity …``: operator commands of organisations and people.

``create-admin`` is how a new installation gets its first administrator:
nobody can sign in before one exists, so it runs without a viewer.
"""

from __future__ import annotations

import asyncio

import typer

from backend.api.errors import DomainError, DomainErrors
from backend.db import get_database
from backend.i18n import Locale
from backend.identity.people import service as people_service

app = typer.Typer(name="identity", help="Organisations and people.", no_args_is_help=True)


@app.command("create-admin")
def create_admin(
    organisation: str = typer.Option(..., help="Slug of the organisation (made if missing)."),
    email: str = typer.Option(..., help="The administrator's e-mail."),
    name: str = typer.Option(..., help="The administrator's name."),
    organisation_name: str | None = typer.Option(None, help="Name of a new organisation."),
    password: str = typer.Option(
        ...,
        prompt=True,
        hide_input=True,
        confirmation_prompt=True,
        envvar="LEDELYST_ADMIN_PASSWORD",
        help="Asked for when not given (or read from LEDELYST_ADMIN_PASSWORD).",
    ),
    locale: Locale = typer.Option(Locale.DA, help="Language of error messages."),
) -> None:
    """Make a person an administrator of an organisation, with a password."""

    async def run() -> str:
        database = get_database()
        try:
            async with database.session() as session, session.begin():
                return await people_service.bootstrap_admin(
                    session, organisation, organisation_name, email, name, password
                )
        finally:
            await database.dispose()

    try:
        typer.echo(asyncio.run(run()))
    except DomainErrors as problems:
        _fail([error.to_user_error(locale).message for error in problems.errors])
    except DomainError as problem:
        _fail([problem.to_user_error(locale).message])


@app.command("scim-token")
def scim_token(
    organisation: str = typer.Argument(..., help="Slug of the organisation."),
) -> None:
    """Issue the bearer token the organisation's directory (Entra ID, Okta)
    provisions people with at /scim/v2; earlier tokens stop working. Printed
    once: only its hash is stored."""
    from backend.identity.scim import service as scim_service

    async def run() -> str | None:
        database = get_database()
        try:
            async with database.session() as session, session.begin():
                return await scim_service.issue_token_for(session, organisation)
        finally:
            await database.dispose()

    token = asyncio.run(run())
    if token is None:
        _fail([f"No organisation {organisation!r}."])
    typer.echo(token)


def _fail(messages: list[str]) -> None:
    for message in messages:
        typer.echo(message, err=True)
    raise typer.Exit(1)
