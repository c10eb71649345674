"""Writing bench/RESULTS.md: the machine, the data set, every figure beside
its baseline, and the notes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.common import Row, Run


def _cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def write(run: Run, path: Path, machine: dict[str, str], seconds: float) -> None:
    """Write RESULTS.md, and the run itself to bench/out/last-run.json so that
    ``python -m bench.results`` can write it again (after NOTES.md changed)."""
    import dataclasses
    import json

    from bench.common import out

    saved: dict[str, Any] = {
        "options": dataclasses.asdict(run.options),
        "manifest": run.manifest,
        "rows": [dataclasses.asdict(r) for r in run.rows],
        "notes": run.notes,
        "memory": run.memory,
        "machine": machine,
        "seconds": seconds,
        "path": str(path),
    }
    last = out("last-run.json")
    if path.resolve().parent == Path(__file__).resolve().parent:
        if run.options.only and last.exists():
            # Some benchmarks only: the others' rows come from the last full run.
            before = json.loads(last.read_text(encoding="utf-8"))
            if before["manifest"].get("generated_at") == run.manifest.get("generated_at"):
                from bench.common import Row

                kept = [Row(**r) for r in before["rows"] if r.get("group") not in run.ran]
                order = [r.get("group") for r in before["rows"]]
                run.rows = sorted(
                    kept + run.rows,
                    key=lambda r: order.index(r.group) if r.group in order else len(order),
                )
                run.notes = {**before["notes"], **run.notes}
                run.memory = {**before["memory"], **run.memory}
                seconds += float(before["seconds"])
                saved["rows"] = [dataclasses.asdict(r) for r in run.rows]
                saved["notes"], saved["memory"], saved["seconds"] = run.notes, run.memory, seconds
                saved["options"]["only"] = []
        last.write_text(json.dumps(saved, indent=1, default=str), encoding="utf-8")
    _write(run, path, machine, seconds)


def _write(run: Run, path: Path, machine: dict[str, str], seconds: float) -> None:
    m = run.manifest
    o = run.options
    lines = [
        "# Benchmark results",
        "",
        "Written by `make bench` (`python -m bench.run`); do not edit by hand. "
        "How to read and reproduce it: `bench/README.md`.",
        "",
        "## Machine",
        "",
        *(f"- **{k}**: {v}" for k, v in machine.items()),
        "",
        "## Data set",
        "",
        f"- scale **{m['scale']}** (1 = national: 100 organisations, 50,000 leaders), database "
        f"`{m['database']}`, generated {m['generated_at']} in {m['seconds'].get('total', '?')} s "
        "(COPY; steps: "
        + ", ".join(f"{k} {v} s" for k, v in m["seconds"].items() if k != "total")
        + ")",
        "- rows: "
        + ", ".join(f"{k} {v:,}" for k, v in sorted(m["counts"].items(), key=lambda x: -x[1])),
        *(f"- not generated: `{k}`: {v}" for k, v in m.get("skipped", {}).items()),
        "",
        "## Run",
        "",
        f"- load: {o.connections} connections, {o.seconds:g} s a run, median of "
        f"{1 if o.quick else o.runs} run(s) per side, sides alternating, after {o.warmup:g} s of "
        "warm-up each; the load generator runs in its own process on the same 2 cores as the "
        "server and PostgreSQL",
        f"- whole run: {seconds:.0f} s"
        + (" (quick: smoke test only, figures not meaningful)" if o.quick else ""),
        "",
        "## Figures",
        "",
        "| benchmark | figure | baseline, same run | ratio | target | met | note |",
        "|---|---|---|---|---|---|---|",
    ]
    rows = list(run.rows)
    if "api under load" in run.memory or any("worker" in k for k in run.memory):
        api = run.memory.get("api under load", 0.0)
        worker = max((v for k, v in run.memory.items() if k.startswith("worker")), default=0.0)
        rows.append(
            Row(
                "memory (resident set)",
                f"API under load {api:.0f} MB (idle {run.memory.get('api idle', 0.0):.0f} MB); "
                f"largest worker process {worker:.0f} MB"
                if worker
                else f"API under load {api:.0f} MB",
                "",
                "",
                "API < 300 MB; worker < 300 MB",
                api < 300 and 0 < worker < 300 if worker else None,
                "VmRSS sampled every 100 ms during the HTTP and mail benchmarks",
            )
        )
    for r in rows:
        met = {True: "yes", False: "**no**", None: ""}[r.met]
        lines.append(
            "| "
            + " | ".join(
                _cell(x)
                for x in (r.benchmark, r.figure, r.baseline, r.ratio, r.target, met, r.note)
            )
            + " |"
        )
    if run.memory:
        lines += ["", "## Memory (resident set, VmRSS)", ""]
        lines += [f"- {k}: {v:.0f} MB" for k, v in run.memory.items()]
    if run.notes:
        lines += ["", "## Notes", ""]
        for title, text in run.notes.items():
            lines += [f"### {title}", "", text.strip(), ""]
    analysis = path.parent / "NOTES.md"
    if analysis.exists():
        lines += ["", "## Analysis (bench/NOTES.md, written by hand after a full run)", ""]
        lines += analysis.read_text(encoding="utf-8").strip().splitlines()[1:]
    lines += _app_section(path)
    path.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")


def _app_section(path: Path) -> list[str]:
    """The app's section (bench/webapp.py writes it) survives a rewrite."""
    from bench.webapp import END, START

    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if START not in old or END not in old:
        return []
    return ["", START + old.split(START, 1)[1].split(END, 1)[0] + END]


def again() -> None:
    """RESULTS.md once more from the last full run (bench/out/last-run.json)."""
    import json

    from bench.common import Options, Row, out

    saved = json.loads(out("last-run.json").read_text(encoding="utf-8"))
    run = Run(
        options=Options(**saved["options"]),
        manifest=saved["manifest"],
        rows=[Row(**r) for r in saved["rows"]],
        notes=saved["notes"],
        memory=saved["memory"],
    )
    _write(run, Path(saved["path"]), saved["machine"], saved["seconds"])
    print(f"wrote {saved['path']}")


if __name__ == "__main__":
    again()
