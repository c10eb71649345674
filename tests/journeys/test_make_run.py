"""``make run`` (``ledelyst dev``) as a new user starts it, with only
``LEDELYST_PORT`` chosen: it prints the demo's sign-ins and a rater link, on
the port it serves, and each printed person signs in with the printed password
there; Ctrl-C stops the API, the worker and the scheduler together."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from backend.settings import ROOT
from tests.conftest import TEST_DATABASE_URL
from tests.support.embedded import embedded_environment
from tests.support.groups import OWN_SERVICES
from tests.support.network import free_port, wait_until_ok
from tests.support.operations import persisted

pytestmark = [
    OWN_SERVICES,
    pytest.mark.slow,
    pytest.mark.skipif(
        bool(TEST_DATABASE_URL),
        reason="make run serves the embedded defaults (SQLite): the SQLite pass runs it",
    ),
]

BANNER_END = "Ctrl-C stops everything."
# "  Mentor                 mentor@fjordby.dk                  Emma Jørgensen"
PRINTED = re.compile(
    r"^  (?P<who>\S.*?)\s{2,}(?P<where>\S+@\S+|https?://\S+)(?:\s+(?P<name>\S.*))?$"
)
# The people the journeys of issue 14 start from, as the banner names them.
JOURNEYS = ("Ny leder", "Nærmeste leder", "Mentor", "Mentee 2 (ny leder)", "Leder af ledere", "HR")


def _environment(folder: Path, port: int, database_url: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        # The test session's own base URL and host would hide what the port alone does.
        if key not in ("LEDELYST_BASE_URL", "LEDELYST_HOST")
    }
    return {**env, **embedded_environment(folder, database_url), "LEDELYST_PORT": str(port)}


def _banner(output: Path, dev: subprocess.Popen[bytes], seconds: float) -> list[str]:
    """The lines ``dev`` printed up to the end of its banner."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        lines = output.read_text(encoding="utf-8", errors="replace").splitlines()
        if any(BANNER_END in line for line in lines):
            return lines
        assert dev.poll() is None, "\n".join(lines[-30:])
        time.sleep(0.5)
    raise AssertionError("no banner within the time")


def _stop(dev: subprocess.Popen[bytes]) -> int:
    """Ctrl-C, as a user stops it; the dev process ends its children itself."""
    for stop, seconds in ((signal.SIGINT, 45), (signal.SIGTERM, 30)):
        if dev.poll() is None:
            dev.send_signal(stop)
            try:
                return dev.wait(timeout=seconds)
            except subprocess.TimeoutExpired:
                continue
    os.killpg(dev.pid, signal.SIGKILL)
    return dev.wait(timeout=15)


def test_make_run_prints_sign_ins_that_work_on_the_port_it_serves(tmp_path: Path) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    database_url = f"sqlite+aiosqlite:///{tmp_path / 'demo.sqlite3'}"
    output = tmp_path / "make-run.out"
    dev = subprocess.Popen(
        [sys.executable, "-m", "backend.cli", "dev"],
        cwd=ROOT,
        env=_environment(tmp_path, port, database_url),
        start_new_session=True,
        stdout=output.open("wb"),
        stderr=subprocess.STDOUT,
    )
    try:
        lines = _banner(output, dev, seconds=600)
        assert any(f"Ledelyst is running: the app at {url}/" in line for line in lines)
        [password] = [
            found.group(1) for line in lines if (found := re.search(r"password '([^']+)'", line))
        ]
        printed = {
            found["who"]: (found["where"], found["name"])
            for line in lines
            if (found := PRINTED.match(line))
        }
        assert set(JOURNEYS) <= set(printed), lines
        [link] = [where for where, _ in printed.values() if "/rate?t=" in where]
        assert link.startswith(f"{url}/rate?t=")

        wait_until_ok(f"{url}/healthz", seconds=120)
        with httpx.Client(base_url=url, timeout=30) as http:
            for who, (email, name) in printed.items():
                if "@" not in email:
                    continue
                response = http.post(
                    "/graphql",
                    json={
                        "variables": {"input": {"email": email, "password": password}},
                        "extensions": persisted("SignIn"),
                    },
                )
                signed_in = response.json()["data"]["signIn"]
                assert signed_in["errors"] == [] and signed_in["accessToken"], (who, signed_in)
                assert name, who
            # The printed rater link opens the form of an open cycle.
            form = http.get(link)
            assert form.status_code == 200 and "<form" in form.text
    finally:
        code = _stop(dev)
    assert code == 0
    assert output.read_text(encoding="utf-8", errors="replace").rstrip().endswith("stopped")
