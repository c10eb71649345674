"""Where a GraphQL request's time goes: py-spy samples the server under load.

    .venv/bin/python -m bench.profile --database ledelyst_bench --case mentees --seconds 20

Starts the server as ``bench/run.py`` does, loads it with one case's GraphQL
requests, records with ``py-spy record --format raw`` and prints the functions
with the most samples, own and cumulative. Writes the raw stacks (for
flamegraph tools) to bench/out/profile-<case>.txt.
"""

from __future__ import annotations

import argparse
import collections
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from bench.common import Options, Run, load_manifest, out
from bench.harness import Server
from bench.load import Variant, run_load


def variants(run: Run, case: str, server: object = None) -> list[Variant]:
    from bench import http_cases as h
    from bench.http_sync import sync_variants

    if case == "sync":
        return sync_variants(run)[0]
    if case == "home":
        return h.home_sides(run)["/graphql"]

    captured: dict[str, list[Variant]] = {}

    def grab(
        _run: Run,
        _server: object,
        name: str,
        graphql: list[Variant],
        baseline: list[Variant],
        **_: object,
    ) -> tuple[float, float, float, float]:
        captured.setdefault("graphql" if "baseline" not in name else name, graphql)
        captured.setdefault("baseline", baseline)
        return 1.0, 1.0, 1.0, 1.0

    original = h.compare
    h.compare = grab  # type: ignore[assignment]
    try:
        {
            "home": h.home,
            "mentees": h.mentees,
            "team-page": h.team_page,
            "deep-page": h.deep_page,
        }[case](run, server)  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - a case may probe the server; not needed here
        pass
    finally:
        h.compare = original
    return captured.get("graphql", [])


def _baseline_sync(run: Run, graphql: list[Variant]) -> list[Variant]:
    from bench.http_sync import sync_variants

    return sync_variants(run)[1]


def _baseline_home(run: Run, graphql: list[Variant]) -> list[Variant]:
    from bench.http_cases import home_sides

    return home_sides(run)["/bench/home"]


def _floor_home(run: Run, graphql: list[Variant]) -> list[Variant]:
    from bench.http_cases import home_sides

    return home_sides(run)["/bench/home-floor"]


BASELINES = {"sync": _baseline_sync, "home": _baseline_home}
FLOORS = {"home": _floor_home}


def summarise(raw: Path, top: int = 30) -> str:
    own: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    samples = 0
    for line in raw.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack:
            continue
        n = int(count)
        samples += n
        frames = stack.split(";")
        own[frames[-1]] += n
        for frame in set(frames):
            total[frame] += n
    lines = [f"{samples} samples", "", "own time:"]
    lines += [f"  {100 * n / samples:5.1f}%  {f}" for f, n in own.most_common(top)]
    lines += ["", "cumulative:"]
    lines += [f"  {100 * n / samples:5.1f}%  {f}" for f, n in total.most_common(top)]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default="ledelyst_bench")
    parser.add_argument("--case", default="home")
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--baseline", action="store_true", help="profile the baseline instead")
    parser.add_argument("--floor", action="store_true", help="profile the raw floor (home)")
    args = parser.parse_args()
    if shutil.which("py-spy") is None and not (Path(sys.executable).parent / "py-spy").exists():
        raise SystemExit("py-spy is needed: .venv/bin/pip install py-spy")
    spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    run = Run(options=Options(database=args.database), manifest=load_manifest(args.database))
    side = "-baseline" if args.baseline else "-floor" if args.floor else ""
    raw = out(f"profile-{args.case}{side}.txt")
    with Server(run.options.asyncpg_url, out("logs/profile-server.log")) as server:
        chosen = variants(run, args.case, server)
        if args.baseline:
            chosen = BASELINES[args.case](run, chosen)
        elif args.floor:
            chosen = FLOORS[args.case](run, chosen)
        run_load(server.url, chosen, seconds=2, connections=args.connections)
        recorder = subprocess.Popen(
            [
                spy,
                "record",
                "--pid",
                str(server.pid),
                "--format",
                "raw",
                "--rate",
                "200",
                "--duration",
                str(int(args.seconds)),
                "--output",
                str(raw),
                "--nonblocking",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        load = threading.Thread(
            target=run_load,
            args=(server.url, chosen),
            kwargs={"seconds": args.seconds, "connections": args.connections},
        )
        load.start()
        load.join()
        recorder.wait(args.seconds + 30)
    print(summarise(raw))


if __name__ == "__main__":
    main()
