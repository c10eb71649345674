"""The lock files install exactly what pyproject.toml asks for: a requirement
added or re-pinned there without regenerating the locks fails here (the
command that regenerates each lock is in its header)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from backend.settings import ROOT

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)", re.M)


def _pins(lock: str) -> dict[str, str]:
    text = (ROOT / lock).read_text(encoding="utf-8")
    return {canonicalize_name(name): version for name, version in PIN.findall(text)}


def _requirements(*groups: str) -> list[Requirement]:
    project = tomllib.loads(Path(ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = list(project["dependencies"])
    for group in groups:
        lines += project["optional-dependencies"][group]
    return [Requirement(line) for line in lines]


def _unmet(requirements: list[Requirement], pins: dict[str, str]) -> list[str]:
    return [
        f"{requirement} (locked: {pins.get(canonicalize_name(requirement.name))})"
        for requirement in requirements
        if not requirement.specifier.contains(
            pins.get(canonicalize_name(requirement.name), "0.0.0.dev0"), prereleases=True
        )
        or canonicalize_name(requirement.name) not in pins
    ]


def test_the_runtime_lock_satisfies_every_dependency() -> None:
    assert _unmet(_requirements(), _pins("requirements.lock")) == []


def test_the_development_lock_satisfies_every_dependency_and_dev_tool() -> None:
    assert _unmet(_requirements("dev"), _pins("requirements-dev.lock")) == []


def test_both_locks_agree_on_every_release_they_share() -> None:
    runtime, development = _pins("requirements.lock"), _pins("requirements-dev.lock")
    assert {name: (v, development.get(name)) for name, v in runtime.items()} == {
        name: (v, v) for name, v in runtime.items()
    }


def test_every_locked_release_is_hash_checked() -> None:
    for lock in ("requirements.lock", "requirements-dev.lock"):
        lines = (ROOT / lock).read_text(encoding="utf-8").splitlines()
        unhashed = [
            line
            for number, line in enumerate(lines)
            if PIN.match(line)
            and not (line.endswith("\\") and "--hash=sha256:" in lines[number + 1])
        ]
        assert unhashed == [], lock
