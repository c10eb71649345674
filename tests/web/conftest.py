"""Fixtures of the app's tests: the app as `make web` built it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from backend.settings import ROOT

BUILT = ROOT / "web" / "dist"


@pytest.fixture(scope="session")
def built_app() -> Path:
    """web/dist from `make web` (make test builds it first). Without a build
    the tests that need it are skipped, except in CI, where they fail."""
    if not (BUILT / "index.html").is_file():
        message = "the app is not built: run `make web`"
        if os.environ.get("LEDELYST_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    return BUILT
