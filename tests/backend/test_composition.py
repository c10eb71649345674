"""Slices plug into each other at start-up, from production code: the real
application, started as production starts it, leaves no hook on its default."""

from __future__ import annotations

import ast
from pathlib import Path

from backend import composition
from backend.app import create_app
from backend.db import Database
from backend.modules import import_slice_modules
from backend.settings import Settings

ROOT = Path(__file__).resolve().parents[2]

# Registrations a module makes of its own content when it is imported (texts,
# node types, tables, periodic steps, templates); they default to nothing of
# another slice, so they are not hooks. Anything else named ``register_*`` must
# fill a ``backend.composition.Hooks`` slot, or be added here with a reason.
SELF_REGISTRATIONS = {
    "register_messages",
    "register_personal_data",
    "register_no_personal_data",
    "register_retention",
    "register_cleanup",
    "register_periodic",
    "register_template_folder",
    "register_readiness_check",
    "register_authenticator",
}


def test_the_started_application_leaves_no_hook_on_its_default(
    settings: Settings, database: Database
) -> None:
    composition.reset_all()
    for kind in ("hooks", "service", "api", "tasks"):  # every slot of every slice
        import_slice_modules(kind)
    assert composition.unwired() != []  # what the check below would catch
    create_app(settings, database=database)
    assert composition.unwired() == []


def _register_functions() -> dict[str, str]:
    found: dict[str, str] = {}
    for package in ("backend", "learning", "feedback"):
        for path in (ROOT / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.FunctionDef) and node.name.startswith("register_"):
                    found[node.name] = ast.unparse(node)
    return found


def test_every_cross_slice_registration_fills_a_composition_hook() -> None:
    for name, source in _register_functions().items():
        if name in SELF_REGISTRATIONS:
            continue
        assert ".set(" in source, f"{name} fills a registry that is not a composition hook"


def test_the_worker_composes_the_slices_when_it_loads_its_tasks(
    settings: Settings,
) -> None:
    from backend.jobs.celery_app import _import_task_modules

    composition.reset_all()
    _import_task_modules()
    assert composition.unwired() == []
