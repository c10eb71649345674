"""axe-core (the app's own npm copy, web/node_modules/axe-core) on a page as
it is now: ``assert_accessible(page)`` fails listing every violation.

The script goes in through Playwright's evaluate (the DevTools protocol), so
the app's CSP, which allows only its own scripts, stays as it is."""

from __future__ import annotations

from typing import Any

from backend.settings import ROOT

AXE = ROOT / "web" / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.1 A and AA, the Danish public sector's bar, and axe's best practices.
RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


async def assert_accessible(page: Any, screen: str = "") -> None:
    """No axe-core violation on ``page`` (``screen`` names it in the failure)."""
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
    where = screen or page.url
    listed = "\n".join(
        f"- {v['id']} ({v['impact']}): {v['help']} at {', '.join(v['nodes'])}"
        for v in result["violations"]
    )
    assert not result["violations"], f"axe-core violations on {where}:\n{listed}"
    assert result["passed"] >= 10, f"{where}: axe checked almost nothing ({result['passed']})"
