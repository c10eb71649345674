"""``ledelyst``: the commands operators run."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import Any

import typer

from backend.settings import get_settings

app = typer.Typer(
    help="Ledelyst: leadership development for public-sector leaders.", no_args_is_help=True
)


@app.callback()
def _compose() -> None:
    """Before any command: the slices registered and wired as the application
    has them (texts, mail templates, privacy declarations, clean-up steps)."""
    from backend.composition import compose

    compose()


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

    # The options become the settings, so the links the API makes (and its
    # worker processes, which read the environment) use this address too.
    if host:
        os.environ["LEDELYST_HOST"] = host
    if port:
        os.environ["LEDELYST_PORT"] = str(port)
    get_settings.cache_clear()
    settings = get_settings()
    if migrate_first:
        migrate("heads")
    uvicorn.run(
        "backend.app:asgi",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=workers or settings.web_concurrency,
        log_config=None,
        access_log=False,
        proxy_headers=True,
    )


@app.command()
def worker(
    concurrency: int | None = typer.Option(None, help="Pool processes (default: one per CPU)."),
    pool: str = typer.Option("prefork", help="prefork, threads or solo."),
) -> None:
    """Run a Celery worker: outbox deliveries (mail, invitations, reports) and periodic tasks."""
    from backend.jobs.scheduler import run_worker

    run_worker(get_settings(), concurrency=concurrency, pool=pool)


@app.command()
def scheduler() -> None:
    """Run the scheduler (Celery beat). Start several: one leads, the others wait to take over."""
    from backend.jobs.scheduler import run_scheduler

    run_scheduler(get_settings())


@app.command("seed-demo")
def seed_demo() -> None:
    """Load the demo municipality (Fjordby Kommune) with every domain's demo data."""
    for line in _seed().lines():
        typer.echo(line)


def _seed() -> Any:
    from backend.db import get_database
    from backend.seed import seed_demo as run_seed

    async def run() -> Any:
        database = get_database()
        try:
            return await run_seed(database)
        finally:
            await database.dispose()

    return asyncio.run(run())


@app.command()
def dev() -> None:
    """What `make run` starts: migrations, demo data, then API, worker and scheduler together."""
    from backend.devserver import run_all
    from backend.logs import configure_logging

    settings = get_settings()
    configure_logging(settings.log_level, settings.log_json)
    migrate("heads")
    summary = _seed()
    banner = "\n".join(
        [
            "",
            f"Ledelyst is running: the app at {settings.base_url}/, "
            f"GraphiQL at {settings.base_url}/graphql",
            *summary.lines(),
            "Mail is written to var/mail/, files to var/files/. Ctrl-C stops everything.",
            "",
        ]
    )
    raise typer.Exit(run_all(settings, banner))


@app.command("export-schema")
def export_schema(
    output: Path | None = typer.Option(None, help="Write here instead of stdout."),
) -> None:
    """Print the GraphQL schema (SDL), as checked in at graphql/schema.graphql."""
    from backend.api.schema import build_schema

    sdl = build_schema(get_settings()).as_str() + "\n"
    if output is None:
        sys.stdout.write(sdl)
    else:
        output.write_text(sdl, encoding="utf-8")


@app.command("persisted-queries")
def persisted_queries() -> None:
    """List the sha256 of every allowed operation: the app's and graphql/operations/."""
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
    """Run every clean-up step now (the scheduler runs them hourly)."""
    from backend.db import get_database
    from backend.jobs.cleanup import run_cleanup

    async def run() -> dict[str, int]:
        database = get_database()
        try:
            return await run_cleanup(database, get_settings())
        finally:
            await database.dispose()

    for step, removed in asyncio.run(run()).items():
        typer.echo(f"{step}: removed {removed}")


def _mount_slice_commands() -> None:
    """A slice's ``cli.py`` with a typer ``app`` becomes ``ledelyst <slice> …``."""
    from backend.modules import import_slice_modules

    for module in import_slice_modules("cli"):
        app.add_typer(module.app, name=module.__name__.split(".")[-2])


_mount_slice_commands()

if __name__ == "__main__":
    app()
