"""Slices plug into the shell and into each other at start-up, from
production code, by explicit calls: the real application, started as
production starts it, leaves no hook on its default, and importing a module
registers nothing."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from backend import composition
from backend.app import create_app
from backend.db import Database
from backend.modules import import_slice_modules
from backend.settings import Settings

ROOT = Path(__file__).resolve().parents[2]

# Registrations of a slice's own content (texts, tables, periodic steps,
# templates), made from ``compose()``; they default to nothing of another
# slice, so they are not hooks. Anything else named ``register_*`` must
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


def _import_time_registrations(path: Path) -> list[str]:
    """``register_*`` calls a module makes when it is imported: at module level,
    in a loop there, or as a decorator of a module-level function."""
    found: list[str] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            for decorator in getattr(node, "decorator_list", []):
                visit(decorator)
            return  # a function body runs when it is called, not on import
        if isinstance(node, ast.Call):
            function = node.func
            name = str(getattr(function, "id", None) or getattr(function, "attr", ""))
            if name.startswith("register"):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def test_no_module_registers_anything_when_it_is_imported() -> None:
    """Registrations are calls made at composition (a slice's
    ``messages.register()``, ``privacy.register()``, ``wiring.wire()``)."""
    found = [
        call
        for package in ("backend", "learning", "feedback")
        for path in sorted((ROOT / package).rglob("*.py"))
        for call in _import_time_registrations(path)
    ]
    assert found == []


# A fresh interpreter imports every module of the domains (not the migrations:
# Alembic's env runs when imported), then composes twice, and prints what each
# registry holds beyond the shell's own content at each step.
_REGISTRIES = """
import importlib, json, pkgutil
from backend.modules import DOMAIN_PACKAGES

for package in DOMAIN_PACKAGES:
    root = importlib.import_module(package)
    for info in pkgutil.walk_packages(root.__path__, prefix=package + "."):
        if not info.name.startswith("backend.migrations"):
            importlib.import_module(info.name)

from backend import health, i18n
from backend.auth import authenticate
from backend.composition import compose
from backend.jobs import celery_app, cleanup
from backend.mail import render
from backend.privacy import registry

def registries():
    return {
        "messages": sorted(set(i18n._MESSAGES) - set(i18n._BUILTIN)),
        "personal data": sorted(registry._personal),
        "no personal data": sorted(registry._impersonal),
        "retention steps": sorted(registry._retention),
        "periodic tasks": sorted(celery_app._periodic),
        "clean-up steps": sorted(cleanup._steps),
        "authenticators": [a.__qualname__ for a in authenticate._AUTHENTICATORS],
        "mail templates": [str(f) for f in render._folders if f != render.BUILTIN_FOLDER],
        "readiness checks": sorted(set(health._CHECKS) - {"database", "broker"}),
    }

imported = registries()
compose()
composed = registries()
compose()
print(json.dumps([imported, composed, registries()]))
"""


@pytest.mark.slow
def test_importing_every_module_registers_nothing_until_compose() -> None:
    run = subprocess.run(
        [sys.executable, "-c", _REGISTRIES],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    imported, composed, again = json.loads(run.stdout.strip().splitlines()[-1])
    assert imported == {name: [] for name in composed}
    assert all(composed.values()), composed  # what the first check would catch
    assert again == composed  # composing again changes nothing
    assert len(composed["authenticators"]) == 1
