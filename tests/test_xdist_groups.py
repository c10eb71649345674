"""Under ``--dist loadgroup`` (``make test``) the tests of one group run on
one xdist worker: a module whose tests share a module-scoped fixture of ours,
or tests marked with an ``xdist_group``. xdist's scheduler reads the group
from the node id (``...::test@group``), which tests/conftest.py writes where
pytest no longer takes xdist's own (pytest-xdist issue 1386)."""

from __future__ import annotations

import os

import pytest


def _grouping(config: pytest.Config) -> None:
    if not getattr(config.option, "loadgroup", False):
        pytest.skip("groups are only read by an xdist worker under --dist loadgroup")


@pytest.fixture(scope="module")
def worker() -> str:
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


def test_a_module_sharing_a_module_scoped_fixture_is_handed_out_as_one_group(
    request: pytest.FixtureRequest, worker: str
) -> None:
    _grouping(request.config)
    assert request.node.nodeid.endswith("@tests/test_xdist_groups.py")


@pytest.mark.xdist_group("a-group-of-its-own")
def test_a_test_marked_with_a_group_is_handed_out_with_that_group(
    request: pytest.FixtureRequest,
) -> None:
    _grouping(request.config)
    assert request.node.nodeid.endswith("@a-group-of-its-own")
