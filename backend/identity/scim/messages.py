"""Texts of SCIM error responses (``detail``), in Danish and English."""

from backend.i18n import register_messages

MESSAGES: dict[str, tuple[str, str]] = (  # key: (Danish, English)
    {
        "scim.unauthorized": (
            "Ugyldigt eller tilbagekaldt SCIM-token.",
            "Invalid or revoked SCIM token.",
        ),
        "scim.not_found": ("Ressourcen findes ikke.", "The resource does not exist."),
        "scim.method_not_allowed": (
            "Denne metode understøttes ikke her.",
            "This method is not supported here.",
        ),
        "scim.user_name_taken": (
            "Brugernavnet er allerede i brug.",
            "The userName is already in use.",
        ),
        "scim.person_taken": (
            "Personen er allerede oprettet med et andet brugernavn.",
            "The person is already provisioned under another userName.",
        ),
        "scim.person_shared": (
            "Personen hører også til en anden organisation; e-mailadressen kan ikke ændres herfra.",
            "The person also belongs to another organisation; their address cannot be changed "
            "from here.",
        ),
        "scim.email_taken": (
            "E-mailadressen tilhører en anden person.",
            "The e-mail address belongs to another person.",
        ),
        "scim.group_name_taken": (
            "Der findes allerede en gruppe med det navn.",
            "A group with that name already exists.",
        ),
        "scim.unknown_member": (
            "Et medlem findes ikke blandt de oprettede brugere.",
            "A member is not among the provisioned users.",
        ),
        "scim.invalid": ("Ugyldige data: {detail}", "Invalid data: {detail}"),
        "scim.no_email": (
            "Brugeren mangler en gyldig e-mailadresse (emails eller userName).",
            "The user has no valid e-mail address (emails or userName).",
        ),
        "scim.unknown_manager": (
            "Lederen findes ikke blandt de oprettede brugere.",
            "The manager is not among the provisioned users.",
        ),
        "scim.own_manager": (
            "En bruger kan ikke være sin egen leder (heller ikke via andre).",
            "A user cannot be their own manager (not even through others).",
        ),
        "scim.invalid_filter": (
            'Kun filtre på formen userName eq "..." eller externalId eq "..." understøttes.',
            'Only filters of the form userName eq "..." or externalId eq "..." are supported.',
        ),
        "scim.version_mismatch": (
            "Ressourcen er ændret siden den blev hentet (If-Match).",
            "The resource has changed since it was read (If-Match).",
        ),
    }
)


def register() -> None:
    """Add this slice's texts (``backend.composition.compose`` calls it at start-up)."""
    register_messages(MESSAGES)
