"""Texts of sign-in refusals a client can act on."""

from backend.i18n import register_messages

MESSAGES: dict[str, tuple[str, str]] = (  # key: (Danish, English)
    {
        "auth.refused.token_expired": (
            "Din adgang er udløbet. Forny den, eller log ind igen.",
            "Your access has expired. Refresh it, or sign in again.",
        ),
        "auth.refused.token_invalid": (
            "Dit log ind kan ikke godkendes. Log ind igen.",
            "Your sign-in could not be accepted. Sign in again.",
        ),
        "auth.refused.unknown_person": (
            "Du er logget ind, men vi kender dig ikke her. Kontakt din HR-afdeling.",
            "You are signed in, but we do not know you here. Contact your HR department.",
        ),
        "auth.refused.email_not_verified": (
            "Din e-mailadresse er ikke bekræftet hos dit log ind. Bekræft den og prøv igen.",
            "Your e-mail address is not verified by your sign-in provider. "
            "Verify it and try again.",
        ),
        "auth.refused.account_disabled": (
            "Din adgang er lukket. Kontakt din HR-afdeling.",
            "Your access has been closed. Contact your HR department.",
        ),
    }
)


def register() -> None:
    """Add this slice's texts (``backend.composition.compose`` calls it at start-up)."""
    register_messages(MESSAGES)
