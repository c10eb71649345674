"""Finds the domains' slices without importing them by name.

``backend`` must not import a domain (import-linter checks it), yet the
schema, the migrations and the worker need every slice's ``api``, ``models``
and ``tasks``. Each domain package listed here is walked for sub-packages,
and a slice contributes whichever of those modules it has.
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
from types import ModuleType

DOMAIN_PACKAGES = ("backend", "learning", "feedback")


def slices() -> list[str]:
    """Every capability folder, e.g. ``learning.programmes``, in a stable order:
    each slice followed by its sub-capabilities."""
    found: list[str] = []
    for package_name in DOMAIN_PACKAGES:
        if importlib.util.find_spec(package_name) is None:
            continue
        package = importlib.import_module(package_name)
        for info in pkgutil.iter_modules(package.__path__, prefix=f"{package_name}."):
            if info.ispkg:
                found.append(info.name)
    return [part for name in sorted(found) for part in _parts(name)]


def _parts(slice_name: str) -> list[str]:
    """A slice, then its own sub-packages by name (``backend.identity.scim``): a
    sub-capability laid out like a slice contributes its modules the same way,
    and its fields join the schema's ``Query`` and ``Mutation`` in that order."""
    slice_package = importlib.import_module(slice_name)
    subs = [
        info.name
        for info in pkgutil.iter_modules(slice_package.__path__, prefix=f"{slice_name}.")
        if info.ispkg
    ]
    return [slice_name, *subs]


def import_slice_modules(kind: str) -> list[ModuleType]:
    """Import ``<slice>.<kind>`` for every slice that has one."""
    modules = []
    for name in slices():
        module_name = f"{name}.{kind}"
        if importlib.util.find_spec(module_name) is not None:
            modules.append(importlib.import_module(module_name))
    return modules


def load_models() -> None:
    """Register every table on ``Base.metadata``."""
    import_slice_modules("models")
