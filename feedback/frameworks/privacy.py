"""Competency frameworks hold no data about a person (see ``backend.privacy``)."""

from __future__ import annotations

from backend.privacy.registry import register_no_personal_data
from feedback.frameworks.models import Competency, CompetencyFramework, CompetencyItem, OpenQuestion


def register() -> None:
    """Declare this slice's tables (``backend.composition.compose`` calls it at start-up)."""
    for model, reason in (
        (CompetencyFramework, "A competency model of the organisation: names and scale labels."),
        (Competency, "A competency of a framework."),
        (CompetencyItem, "A statement raters answer, the same for everyone."),
        (OpenQuestion, "An open question of a framework, the same for everyone."),
    ):
        register_no_personal_data(model, reason=reason)
