# ruff: noqa: E501  (translated sentences read better unbroken)
"""Texts of the frameworks slice."""

from backend.i18n import register_messages

MESSAGES: dict[str, tuple[str, str]] = (  # key: (Danish, English)
    {
        "feedback.framework.not_found": (
            "Kompetencemodellen findes ikke.",
            "The competency framework does not exist.",
        ),
        "feedback.framework.published": (
            "En offentliggjort version kan ikke ændres. Lav en ny version.",
            "A published version cannot be changed. Make a new version.",
        ),
        "feedback.framework.empty": (
            "En kompetencemodel skal have mindst én kompetence, og hver kompetence mindst ét udsagn.",
            "A framework needs at least one competency, and each competency at least one item.",
        ),
        "feedback.framework.scale_labels": (
            "Skalaen skal have præcis 5 betegnelser på dansk og på engelsk.",
            "The scale needs exactly 5 labels in Danish and in English.",
        ),
        "feedback.framework.family": (
            "Nøglen må kun indeholde små bogstaver, tal og bindestreger (1-80 tegn).",
            "The key may only hold lower-case letters, digits and hyphens (1-80 characters).",
        ),
        "feedback.framework.continues": (
            "En kompetence kan kun videreføre én kompetence fra en tidligere version af samme model, og hver kun én gang.",
            "A competency can only continue one competency of an earlier version of the same framework, and each only once.",
        ),
    }
)


def register() -> None:
    """Add this slice's texts (``backend.composition.compose`` calls it at start-up)."""
    register_messages(MESSAGES)
