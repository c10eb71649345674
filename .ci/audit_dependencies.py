"""Known vulnerabilities in the locked dependencies: pip-audit over each lock
file given; exits 1 when any locked release has a known vulnerability.

pip-audit asks PyPI's per-release JSON (``/pypi/NAME/VERSION/json``) or OSV.
On this CI machine neither answers (the per-release page is 404 behind the
registry proxy, and OSV's host does not resolve), and pip-audit then reports
"not found on PyPI" and passes. So every package it could not audit is looked
up on PyPI's project page (``/pypi/NAME/json``), which carries the same
advisory data (PyPI's, from OSV) for the latest release: a pin equal to the
latest release is audited there; an older pin is listed as not audited.
A canary (pycrypto, abandoned with known advisories) proves the advisory data
comes through before an empty answer is believed.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

PYPI_PROJECT = "https://pypi.org/pypi/{name}/json"
CANARY = "pycrypto"
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)", re.M)


@dataclass
class Audit:
    lock: str
    pins: dict[str, str]
    by_pip_audit: list[str] = field(default_factory=list)
    by_project_page: list[str] = field(default_factory=list)
    not_audited: list[str] = field(default_factory=list)
    vulnerable: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.lock}: {len(self.pins)} packages, {len(self.vulnerable)} known "
            f"vulnerabilities; audited by pip-audit {len(self.by_pip_audit)}, through PyPI's "
            f"project page {len(self.by_project_page)}, not audited {len(self.not_audited)}"
        )


def normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def audit(lock: Path) -> Audit:
    pins = {normalized(name): version for name, version in PIN.findall(lock.read_text())}
    result = Audit(str(lock), pins)
    skipped = []
    for dependency in run_pip_audit(lock):
        name = normalized(dependency["name"])
        if "skip_reason" in dependency:
            skipped.append(name)
            continue
        result.by_pip_audit.append(name)
        for vulnerability in dependency.get("vulns", []):
            result.vulnerable.append(
                f"{name}=={pins.get(name)} {vulnerability['id']} "
                f"(fixed in {', '.join(vulnerability.get('fix_versions', [])) or 'no release'})"
            )
    with ThreadPoolExecutor(8) as pool:
        for name, latest, advisories in pool.map(project_page, skipped):
            if latest != pins.get(name):
                result.not_audited.append(f"{name}=={pins.get(name)} (latest {latest})")
                continue
            result.by_project_page.append(name)
            for advisory in advisories:
                fixed = ", ".join(advisory.get("fixed_in") or []) or "no release"
                result.vulnerable.append(f"{name}=={latest} {advisory['id']} (fixed in {fixed})")
    return result


def run_pip_audit(lock: Path) -> list[dict]:
    with tempfile.NamedTemporaryFile(suffix=".json") as output:
        command = [sys.executable, "-m", "pip_audit", "-r", str(lock), "--disable-pip"]
        command += ["--require-hashes", "--progress-spinner", "off", "--format", "json"]
        finished = subprocess.run(
            [*command, "--output", output.name], capture_output=True, text=True
        )
        # 0: nothing found, 1: vulnerabilities found; anything else broke.
        if finished.returncode not in (0, 1):
            sys.exit(f"pip-audit failed on {lock}:\n{finished.stdout}{finished.stderr}")
        return list(json.loads(Path(output.name).read_text())["dependencies"])


def project_page(name: str) -> tuple[str, str | None, list[dict]]:
    try:
        with urllib.request.urlopen(PYPI_PROJECT.format(name=name), timeout=60) as response:
            page = json.load(response)
    except OSError as error:
        print(f"  {name}: PyPI's project page did not answer: {error}")
        return name, None, []
    advisories = [v for v in page.get("vulnerabilities", []) if not v.get("withdrawn")]
    return name, page["info"]["version"], advisories


def main(locks: list[str]) -> int:
    if not project_page(CANARY)[2]:
        sys.exit(f"PyPI's project page shows no advisories for {CANARY}: advisory data is missing")
    found = 0
    for lock in locks:
        result = audit(Path(lock))
        print(result.summary())
        for line in result.not_audited:
            print(f"  not audited (only the latest release can be looked up here): {line}")
        for line in result.vulnerable:
            print(f"  VULNERABLE: {line}")
        found += len(result.vulnerable)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
