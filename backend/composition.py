"""Composition: how slices plug into the shell and into each other, at
start-up, in production code, by explicit calls; importing a module registers
nothing.

A slice's own contributions to the shell's registries are made by functions
``compose()`` calls: ``messages.register()`` (its texts), ``privacy.register()``
(its tables' export and erasure, its retention steps) and ``wiring.wire()``
(mail templates, periodic tasks, clean-up steps, readiness checks,
authenticators).

A slice that needs another's data (the mentor's view of a mentee's progress,
home's 360 tasks) declares named slots, ``Hooks``, with defaults that answer
"nothing". The slice that owns the data fills them from its ``wiring.py``
(``def wire() -> None``), through the other slice's ``service.py``.

``compose()`` imports every slice's ``messages``, ``privacy`` and ``wiring`` and
calls them; every registration is idempotent, so it may run more than once in
a process. The application (``create_app``), the worker and scheduler, the CLI
and the demo seed call it when they start, so no behaviour of the running
service depends on an import order or on a registration a test made.
``unwired()`` names every slot still holding its default; a test starts the
real application and asserts it is empty, and another that importing every
module registers nothing (``tests/backend/test_composition.py``).
"""

from __future__ import annotations

from typing import Any

from backend.modules import import_slice_modules

_ALL: list[Hooks] = []


class Hooks:
    """Named slots of one slice: read as attributes, filled with ``set``."""

    def __init__(self, owner: str, **defaults: Any) -> None:
        self._owner = owner
        self._defaults = dict(defaults)
        self._values = dict(defaults)
        self._wired: set[str] = set()
        _ALL.append(self)

    def __getattr__(self, name: str) -> Any:
        try:
            return self.__dict__["_values"][name]
        except KeyError:
            raise AttributeError(name) from None

    def set(self, name: str, value: Any) -> None:
        if name not in self._defaults:
            raise KeyError(f"{self._owner} has no hook {name!r}")
        self._values[name] = value
        self._wired.add(name)

    def reset(self) -> None:
        """Back to the defaults (the composition test starts from nothing)."""
        self._values = dict(self._defaults)
        self._wired.clear()

    def unwired(self) -> list[str]:
        return [f"{self._owner}.{name}" for name in self._defaults if name not in self._wired]


# A slice's modules whose ``register()`` adds the slice's own content to a
# registry of the shell (each such module exists only for that, so it must have one).
REGISTERING_MODULES = ("messages", "privacy")


def compose() -> None:
    """Register every slice's contributions and wire the slices into each
    other (idempotent)."""
    for kind in REGISTERING_MODULES:
        for module in import_slice_modules(kind):
            module.register()
    for module in import_slice_modules("wiring"):
        module.wire()


def all_hooks() -> list[Hooks]:
    return list(_ALL)


def unwired() -> list[str]:
    """Every slot, of every slice imported so far, still holding its default."""
    return [name for hooks in _ALL for name in hooks.unwired()]


def reset_all() -> None:
    for hooks in _ALL:
        hooks.reset()
