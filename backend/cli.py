"""``ledelyst``: the commands operators run."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import typer

from backend.settings import get_settings

app = typer.Typer(help="Ledelyst: leadership development for public-sector leaders.", no_args_is_help=True)


@app.command()
def migrate(revision: str = typer.Argument("heads", help="Target revision.")) -> None:
    """Apply database migrations."""
    from backend.migrate import upgrade

    upgrade(get_settings(), revision)


@app.command("make-migration")
def make_migration(message: str) -> None:
    """Write a new migration from the difference between models and database."""
    from backend.migrate import write_migration

    write_migration(get_settings(), message)


@app.command()
def serve(
    host: str | None = None,
    port: int | None = None,
    workers: int | None = None,
    migrate_first: bool = typer.Option(True, help="Apply migrations before serving."),
) -> None:
    """Serve the API (GraphQL at /graphql)."""
    import uvicorn

    settings = get_settings()
    if migrate_first:
        migrate("heads")
    uvicorn.run(
        "backend.app:asgi",
        factory=True,
        host=host or settings.host,
        port=port or settings.port,
        workers=workers or settings.web_concurrency,
        log_config=None,
        access_log=False,
        proxy_headers=True,
    )


@app.command("export-schema")
def export_schema(output: Path | None = typer.Option(None, help="Write here instead of stdout.")) -> None:
    """Print the GraphQL schema (SDL), as checked in at graphql/schema.graphql."""
    from backend.api.schema import build_schema

    sdl = build_schema(get_settings()).as_str() + "\n"
    if output is None:
        sys.stdout.write(sdl)
    else:
        output.write_text(sdl, encoding="utf-8")


@app.command("persisted-queries")
def persisted_queries() -> None:
    """List the sha256 of every operation in graphql/operations/."""
    from backend.api.persisted import PersistedOperations

    for digest, document in PersistedOperations.from_folder().hashes().items():
        first_line = document.strip().splitlines()[0] if document.strip() else ""
        typer.echo(f"{digest}  {first_line}")


@app.command("settings-table")
def print_settings_table() -> None:
    """Print every setting as the Markdown table in the README."""
    from backend.settings import settings_table

    typer.echo(settings_table())


@app.command("cleanup")
def cleanup() -> None:
    """Forget expired idempotency keys (the scheduler also does this daily)."""
    from backend.api.idempotency import forget_expired
    from backend.db import get_database

    async def run() -> int:
        database = get_database()
        async with database.session() as session:
            removed = await forget_expired(session, get_settings().idempotency_days)
            await session.commit()
        await database.dispose()
        return removed

    typer.echo(f"removed {asyncio.run(run())} expired idempotency keys")


if __name__ == "__main__":
    app()
