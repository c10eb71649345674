"""axe-core (the app's own npm copy, web/node_modules/axe-core) on a page as
it is now: WCAG 2.1 A and AA and axe's best practices, no violation at all."""

from __future__ import annotations

from typing import Any

from backend.settings import ROOT

AXE = ROOT / "web" / "node_modules" / "axe-core" / "axe.min.js"
RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


async def assert_accessible(page: Any, screen: str = "") -> None:
    """Injects axe unless the page has it, runs it, and fails listing every
    violation: rule, impact, what it is about and the elements it found. The
    source goes in through the DevTools protocol (``evaluate``), so the
    page's CSP, which allows only the app's own scripts, still holds for
    everything else."""
    if not await page.evaluate("typeof window.axe !== 'undefined'"):
        await page.evaluate(AXE.read_text(encoding="utf-8"))
    result = await page.evaluate(
        """async (rules) => {
            const result = await axe.run(document, { runOnly: { type: "tag", values: rules } });
            return {
                passed: result.passes.length,
                violations: result.violations.map((v) => ({
                    id: v.id,
                    impact: v.impact,
                    help: v.help,
                    nodes: v.nodes.map((n) => n.target.join(" ")),
                })),
            };
        }""",
        RULES,
    )
    violations = result["violations"]
    listed = "\n".join(
        f"- {v['id']} ({v['impact']}): {v['help']}: {', '.join(v['nodes'])}" for v in violations
    )
    assert violations == [], (
        f"axe-core found {len(violations)} violation(s) on {screen or page.url}:\n{listed}"
    )
    assert result["passed"] >= 10, f"axe-core checked almost nothing on {screen or page.url}"
