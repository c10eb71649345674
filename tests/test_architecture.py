"""Guards on the layout that DESIGN.md promises."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.engine import Connection

from backend.api.schema import build_schema
from backend.db import Base, Database
from backend.modules import load_models
from backend.settings import ROOT


def test_graphql_is_graphql_core_not_our_folder() -> None:
    import graphql

    assert hasattr(graphql, "GraphQLSchema")
    assert "site-packages" in str(Path(graphql.__file__))
    assert not (ROOT / "graphql" / "__init__.py").exists()
    assert not (ROOT / "tests" / "graphql").exists()


def test_import_contracts_hold() -> None:
    """pyproject.toml's import-linter contracts: backend knows no domain, no SQL outside
    repositories and models, slices meet only through service."""
    result = subprocess.run(
        [str(Path(sys.executable).parent / "lint-imports")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_checked_in_schema_matches_the_code(settings) -> None:
    checked_in = (ROOT / "graphql" / "schema.graphql").read_text(encoding="utf-8")
    assert build_schema(settings).as_str() + "\n" == checked_in, (
        "graphql/schema.graphql is out of date: run `make schema`"
    )


async def test_migrations_create_exactly_what_the_models_declare(database: Database) -> None:
    """The migrated database (this run's: SQLite, or PostgreSQL when set) has
    every table, column, column type, nullability, key, unique constraint and
    index the models declare, and nothing else."""
    load_models()

    def differences(connection: Connection) -> list[Any]:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))

    async with database.engine.connect() as connection:
        diff = await connection.run_sync(differences)
    assert diff == [], f"models and migrations differ: {diff}"


def test_readme_lists_every_setting() -> None:
    from backend.settings import settings_table

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert settings_table() in readme, (
        "README's settings table is stale: paste `ledelyst settings-table`"
    )
    assert "make run" in readme and "make test" in readme


# Who may read the frozen 360 cells of others' answers: their model, the close
# that writes them, the release rule that reads them for every output, and the
# learning-effect read model that applies the same rules when a cycle closes
# (feedback/evaluations/effect/sums.py).
_FROZEN_CELLS_READERS = {
    "feedback/evaluations/models.py",
    "feedback/evaluations/cycles/service.py",
    "feedback/evaluations/reports/release.py",
    "feedback/evaluations/effect/sums.py",
    "feedback/evaluations/privacy.py",  # only to leave them out of the export
    "feedback/evaluations/repository.py",  # only to leave them unread (home's tasks)
}


def test_only_the_release_rule_reads_the_frozen_360_cells() -> None:
    readers = {
        str(path.relative_to(ROOT))
        for package in ("backend", "learning", "feedback")
        for path in (ROOT / package).rglob("*.py")
        if "frozen_results" in path.read_text(encoding="utf-8") and "migrations" not in path.parts
    }
    assert readers <= _FROZEN_CELLS_READERS, sorted(readers - _FROZEN_CELLS_READERS)


def test_learning_effect_figures_reach_outputs_only_through_the_release_rule() -> None:
    """Figures are made from sums in ``figures``/``breakdowns``; only the
    calculator, which passes each through ``learning.effect.calculation.release``, calls them."""
    makers = ("figures.goal_attainment(", "figures.behaviour_change(", "figures.rating_figure(")
    callers = {
        str(path.relative_to(ROOT))
        for path in (ROOT / "learning").rglob("*.py")
        if any(m in path.read_text(encoding="utf-8") for m in (*makers, "= breakdowns("))
        and path.name not in ("figures.py", "breakdowns.py")
    }
    assert callers <= {"learning/effect/calculation/calculator.py"}, sorted(callers)
    calculator = (ROOT / "learning" / "effect" / "calculation" / "calculator.py").read_text(
        encoding="utf-8"
    )
    for section in ("goal_attainment", "behaviour_change", "reaction", "breakdowns"):
        assert f'self._section("{section}"' in calculator, section


def test_360_outputs_take_only_released_figures() -> None:
    """The GraphQL figures and the PDF are made from a ``Released`` report,
    which only ``backend.privacy.release`` constructs."""
    import inspect

    from feedback.evaluations.reports import rendering
    from feedback.evaluations.reports.service import ReportView
    from feedback.evaluations.reports.types import ReportFigures

    assert "Released[ReportData]" in str(inspect.signature(ReportFigures.of))
    assert "Released[ReportData]" in str(ReportView.__annotations__["released"])
    assert "view.released.value" in inspect.getsource(rendering.page_html)
    assert "page_html(view" in inspect.getsource(rendering.render_pdf)
