"""Texts of the home page's 360 tasks, in Danish and English."""

from __future__ import annotations

from backend.i18n import register_messages

MESSAGES: dict[str, tuple[str, str]] = (  # key: (Danish, English)
    {
        "feedback.task.NOMINATE_RATERS": (
            "Nominér bedømmere: {cycle}",
            "Nominate your raters: {cycle}",
        ),
        "feedback.task.APPROVE_NOMINATIONS": (
            "Godkend bedømmere for {leader}: {cycle}",
            "Approve raters for {leader}: {cycle}",
        ),
        "feedback.task.GIVE_SELF_ASSESSMENT": (
            "Giv din selvevaluering: {cycle}",
            "Give your self-assessment: {cycle}",
        ),
        "feedback.task.GIVE_MANAGER_ASSESSMENT": (
            "Giv {leader} feedback som leder: {cycle}",
            "Give {leader} feedback as manager: {cycle}",
        ),
        "feedback.task.RATE_OTHER": (
            "Giv {leader} 360-feedback: {cycle}",
            "Give {leader} 360 feedback: {cycle}",
        ),
        "feedback.task.READ_REPORT": (
            "Din 360-rapport er klar: {cycle}",
            "Your 360 report is ready: {cycle}",
        ),
    }
)


def register() -> None:
    """Add this slice's texts (``backend.composition.compose`` calls it at start-up)."""
    register_messages(MESSAGES)
