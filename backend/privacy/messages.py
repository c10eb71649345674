"""Texts of the privacy duties, Danish first."""

from backend.i18n import register_messages

MESSAGES: dict[str, tuple[str, str]] = (  # key: (Danish, English)
    {
        "privacy.person_not_found": (
            "Personen findes ikke i din organisation.",
            "The person is not in your organisation.",
        ),
        "privacy.erase_self": (
            "Du kan ikke slette dine egne oplysninger her; bed HR om det.",
            "You cannot erase your own data here; ask HR.",
        ),
        "privacy.erase_confirm": (
            "Skriv personens e-mailadresse for at bekræfte sletningen.",
            "Type the person's e-mail address to confirm the erasure.",
        ),
        "privacy.already_erased": (
            "Personens oplysninger er allerede slettet.",
            "The person's data has already been erased.",
        ),
        "privacy.erased_name": ("Slettet person", "Erased person"),
        "privacy.release_conflict": (
            "Andre tal blev vist samtidig; prøv igen.",
            "Other figures were shown at the same moment; try again.",
        ),
    }
)


def register() -> None:
    """Add this slice's texts (``backend.composition.compose`` calls it at start-up)."""
    register_messages(MESSAGES)
