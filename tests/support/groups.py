"""xdist groups: tests that must not run beside each other on parallel workers.

``make test`` runs ``pytest -n auto --dist loadgroup``: the tests of one group
run one after another on one worker. Modules with module-scoped fixtures of
their own are grouped by ``tests/conftest.py`` without a mark.
"""

from __future__ import annotations

import pytest

# Tests that start processes or servers of their own (API, workers, scheduler,
# PostgreSQL, Redis) and measure them under stops, kills and restarts, or that
# empty Redis database 15 for a deployment of their own (tests/infra/test_replicas,
# tests/bench): one at a time, so no two of them share that database and none
# has its timing taken by another.
OWN_SERVICES = pytest.mark.xdist_group("own-services")
