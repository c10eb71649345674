"""Load for the HTTP benchmarks: wrk (Debian package ``wrk``) driven by a
generated Lua script, or without wrk ``bench/loadgen.py`` in its own process;
every run bounded by its duration and connection count."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field

import httpx

from bench.harness import OUT, ROOT, UNIQUE, RssSampler


@dataclass
class Variant:
    """One request a load run may send: ``body`` may contain ``UNIQUE``."""

    path: str
    body: str
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Load:
    requests: int
    seconds: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    errors: int
    bytes: int
    tool: str
    rss_mb: float = 0.0

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def _lua_string(value: str) -> str:
    level = 1
    while f"]{'=' * level}]" in value:
        level += 1
    return f"[{'=' * level}[{value}]{'=' * level}]"


def wrk_script(variants: Sequence[Variant], threads: int = 1) -> str:
    """A wrk script sending ``variants`` round robin; thread t sends only every
    t-th variant, so no two threads send the same one (a leader's phone sends
    one batch at a time)."""
    rows = []
    for v in variants:
        headers = ", ".join(
            f"[ {_lua_string(k)} ] = {_lua_string(val)}" for k, val in v.headers.items()
        )
        dynamic = "true" if UNIQUE in v.body else "false"
        rows.append(
            f"{{p = {_lua_string(v.path)}, h = {{{headers}}}, b = {_lua_string(v.body)}, "
            f"d = {dynamic}}}"
        )
    return (
        "local variants = {\n"
        + ",\n".join(rows)
        + "\n}\n"
        + f"local nthreads = {max(1, threads)}\n"
        + """
local threads = {}
local next_id = 0
function setup(thread)
  next_id = next_id + 1
  thread:set("tid", next_id)
  table.insert(threads, thread)
end
local counter = 0
request = function()
  counter = counter + 1
  local v = variants[((counter * nthreads + tid - 1) % #variants) + 1]
  local body = v.b
  if v.d then
    body = string.gsub(body, "%%%%N%%%%", tostring(tid) .. "x" .. tostring(counter))
  end
  return wrk.format("POST", v.p, v.h, body)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests": %d, "duration_us": %d, "bytes": %d, "errors": %d, '
    .. '"p50": %d, "p95": %d, "p99": %d}\\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
"""
    )


def run_load(
    base_url: str,
    variants: Sequence[Variant],
    *,
    seconds: float,
    connections: int,
    threads: int = 2,
    server_pid: int | None = None,
    tool: str | None = None,
) -> Load:
    """Send ``variants`` round robin from ``connections`` keep-alive connections
    for ``seconds``; ``tool`` forces "wrk" or "python"."""
    tool = tool or ("wrk" if shutil.which("wrk") else "python")
    sampler = RssSampler(server_pid) if server_pid else None
    if sampler:
        sampler.__enter__()
    try:
        if tool == "wrk":
            load = _run_wrk(base_url, variants, seconds, connections, min(threads, connections))
        else:
            load = _run_python(base_url, variants, seconds, connections)
    finally:
        if sampler:
            sampler.__exit__()
    if sampler:
        load.rss_mb = sampler.largest
    return load


def _run_wrk(
    base_url: str, variants: Sequence[Variant], seconds: float, connections: int, threads: int
) -> Load:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False, dir=OUT) as script:
        script.write(wrk_script(variants, threads))
    try:
        found = subprocess.run(
            [
                "wrk",
                "-t",
                str(threads),
                "-c",
                str(connections),
                "-d",
                f"{max(1, round(seconds))}s",
                "--timeout",
                "10s",
                "-s",
                script.name,
                base_url,
            ],
            capture_output=True,
            text=True,
            timeout=seconds + 60,
        )
    finally:
        os.unlink(script.name)
    line = next((x for x in found.stdout.splitlines() if x.startswith("WRKJSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk failed: {found.stdout}\n{found.stderr}")
    data = json.loads(line[len("WRKJSON ") :])
    return Load(
        requests=data["requests"],
        seconds=data["duration_us"] / 1e6,
        p50_ms=data["p50"] / 1000,
        p95_ms=data["p95"] / 1000,
        p99_ms=data["p99"] / 1000,
        errors=data["errors"],
        bytes=data["bytes"],
        tool="wrk",
    )


def _run_python(
    base_url: str, variants: Sequence[Variant], seconds: float, connections: int
) -> Load:
    spec = {
        "url": base_url,
        "seconds": seconds,
        "connections": connections,
        "variants": [{"path": v.path, "body": v.body, "headers": v.headers} for v in variants],
    }
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, dir=OUT) as file:
        json.dump(spec, file)
    try:
        found = subprocess.run(
            [sys.executable, "-m", "bench.loadgen", file.name],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=seconds + 60,
        )
    finally:
        os.unlink(file.name)
    if found.returncode != 0:
        raise RuntimeError(f"loadgen failed: {found.stderr}")
    data = json.loads(found.stdout.strip().splitlines()[-1])
    return Load(tool="python", **data)


def post(base_url: str, variant: Variant, unique: str = "probe") -> httpx.Response:
    return httpx.post(
        base_url + variant.path,
        content=variant.body.replace(UNIQUE, unique).encode(),
        headers=variant.headers,
        timeout=60,
    )
