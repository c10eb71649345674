"""The bench's own PostgreSQL cluster (bench/postgres.py): sized for the
machine, started and stopped around a run, the data set prewarmed.

The smoke test (test_smoke.py) runs the benchmarks on the shared server; this
starts the cluster itself, in a temporary folder, where the binaries exist.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
from pathlib import Path

import asyncpg
import pytest

from bench.postgres import (
    PostgresServer,
    bench_server,
    postgres_binaries,
    prewarm,
    show_settings,
    sized_settings,
)
from tests.support.groups import OWN_SERVICES

GIB = 1024**3


def test_sized_for_two_cores_and_24_gib() -> None:
    settings = {name: value for name, value, _ in sized_settings(24 * GIB, 2)}
    assert settings["shared_buffers"] == "6144MB"
    assert settings["effective_cache_size"] == "18432MB"
    assert settings["work_mem"] == "30MB"
    assert settings["maintenance_work_mem"] == "1024MB"
    assert settings["fsync"] == "on"


def test_small_machines_keep_the_floor() -> None:
    settings = {name: value for name, value, _ in sized_settings(1 * GIB, 1)}
    assert settings["shared_buffers"] == "256MB"
    assert settings["work_mem"] == "4MB"


@OWN_SERVICES
def test_own_cluster_is_sized_prewarmed_and_stopped() -> None:
    binaries = postgres_binaries()
    if binaries is None or (os.geteuid() == 0 and shutil.which("runuser") is None):
        pytest.skip("PostgreSQL's initdb and pg_ctl (and runuser as root) are needed")
    folder = Path(tempfile.mkdtemp(prefix="ledelyst-bench-pg-"))  # not under root's 0700 tmp
    try:
        with bench_server(None, folder) as server:
            assert server.own
            shown = asyncio.run(show_settings(server.server))
            assert shown["fsync"] == "on" and shown["max_connections"] == "150"

            async def fill_and_warm() -> dict:
                connection = await asyncpg.connect(f"{server.server}/postgres")
                await connection.execute(
                    "CREATE TABLE t AS SELECT g AS id FROM generate_series(1, 10000) g;"
                    "CREATE INDEX ON t (id)"
                )
                await connection.close()
                return await prewarm(f"{server.server}/postgres")

            warmed = asyncio.run(fill_and_warm())
            assert warmed["relations"] == 2 and warmed["left_out"] == []
        cluster = PostgresServer(binaries, folder)
        assert cluster.initialised() and not cluster.running()
        # A run killed outright leaves the cluster up: the next one stops it first.
        cluster.start()
        with bench_server(None, folder) as server:
            assert asyncio.run(show_settings(server.server))["shared_buffers"].endswith("MB")
        assert not cluster.running()
    finally:
        try:
            PostgresServer(binaries, folder).stop("immediate")
        except RuntimeError:
            pass  # not running
        shutil.rmtree(folder, ignore_errors=True)
