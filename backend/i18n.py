"""Texts the server writes, Danish first and English second.

Each slice adds its own messages at start-up (its ``messages.register()``, which
``backend.composition.compose`` calls); a message is looked up by key and
formatted with named parameters in the reader's locale. A parameter that is
itself a word of the domain (a status, a kind) is passed as a ``Term`` and put
in in the same locale, never as the enum's raw value.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Locale(StrEnum):
    DA = "da"
    EN = "en"


DEFAULT_LOCALE = Locale.DA


@dataclass(frozen=True)
class Term:
    """A message parameter that is a text of its own, by key: ``translate``
    puts it in in the message's locale (``status=Term("mentoring.proposal_status.APPROVED")``
    reads "godkendt" in Danish and "approved" in English)."""

    key: str


# The shell's own texts (errors every slice may raise): the registry's content
# from the start. The slices' texts are added by ``register_messages``, called
# from their ``messages.register()`` at composition (``backend.composition``).
_BUILTIN: dict[str, tuple[str, str]] = {
    "error.internal": (
        "Der skete en uventet fejl. Oplys fejl-id {request_id}, hvis du kontakter support.",
        "An unexpected error occurred. Quote error id {request_id} if you contact support.",
    ),
    "error.unauthenticated": ("Du skal være logget ind.", "You must be signed in."),
    "error.forbidden": (
        "Du har ikke adgang til dette.",
        "You do not have access to this.",
    ),
    "error.not_found": ("Findes ikke.", "Not found."),
    "error.invalid_id": ("Ugyldigt id.", "Invalid id."),
    "error.invalid_cursor": ("Ugyldig markør.", "Invalid cursor."),
    "error.page_size": (
        "Du kan højst hente {maximum} ad gangen.",
        "You can fetch at most {maximum} at a time.",
    ),
    "error.both_directions": (
        "Brug enten first/after eller last/before, ikke begge.",
        "Use either first/after or last/before, not both.",
    ),
    "error.idempotency_mismatch": (
        "Dette clientMutationId er allerede brugt med andre data.",
        "This clientMutationId was already used with other input.",
    ),
    "error.idempotency_in_progress": (
        "En ændring med samme clientMutationId er i gang. Prøv igen om lidt.",
        "A change with the same clientMutationId is in progress. Try again shortly.",
    ),
    "error.idempotency_key": (
        "clientMutationId skal være 1 til 128 tegn.",
        "clientMutationId must be 1 to 128 characters.",
    ),
    "error.required": ("Skal udfyldes.", "Required."),
    "error.too_long": ("Højst {maximum} tegn.", "At most {maximum} characters."),
    "error.database_unavailable": (
        "Databasen svarer ikke lige nu. Prøv igen.",
        "The database is not answering right now. Try again.",
    ),
}

_MESSAGES: dict[str, dict[Locale, str]] = {
    key: {Locale.DA: danish, Locale.EN: english} for key, (danish, english) in _BUILTIN.items()
}


def register_messages(messages: dict[str, tuple[str, str]]) -> None:
    """Add messages as ``key: (danish, english)``; a key may be registered once."""
    for key, (danish, english) in messages.items():
        if key in _MESSAGES and _MESSAGES[key] != {Locale.DA: danish, Locale.EN: english}:
            raise ValueError(f"message {key!r} registered twice with different texts")
        _MESSAGES[key] = {Locale.DA: danish, Locale.EN: english}


def translate(key: str, locale: Locale | str = DEFAULT_LOCALE, **params: object) -> str:
    texts = _MESSAGES.get(key)
    if texts is None:
        raise KeyError(f"no message {key!r}")
    text = texts[Locale(locale) if locale in Locale._value2member_map_ else DEFAULT_LOCALE]
    if not params:
        return text
    return text.format(
        **{
            name: translate(value.key, locale) if isinstance(value, Term) else value
            for name, value in params.items()
        }
    )


def has_message(key: str) -> bool:
    return key in _MESSAGES


def negotiate_locale(accept_language: str | None) -> Locale:
    """The first of da/en named in an Accept-Language header, else Danish."""
    for part in (accept_language or "").split(","):
        tag = part.split(";")[0].strip().lower()[:2]
        if tag in Locale._value2member_map_:
            return Locale(tag)
    return DEFAULT_LOCALE


def format_number(value: float | int | None, locale: Locale | str, digits: int = 2) -> str:
    """A figure in the reader's language: "0,67" in Danish, "0.67" in English,
    a real minus sign, and a value that rounds to zero is "0,00", never "-0,00";
    None is a dash."""
    if value is None:
        return "–"
    if isinstance(value, int):
        return str(value).replace("-", "−")
    text = f"{abs(value):.{digits}f}"
    negative = value < 0 and float(text) != 0
    if locale == Locale.DA:
        text = text.replace(".", ",")
    return f"−{text}" if negative else text


_MONTHS = {
    Locale.DA: "januar februar marts april maj juni juli august september oktober november "
    "december",
    Locale.EN: "January February March April May June July August September October November "
    "December",
}


def format_day(day: date, locale: Locale | str) -> str:
    """ "5. december 2026" in Danish, "5 December 2026" in English."""
    danish = locale == Locale.DA
    month = _MONTHS[Locale.DA if danish else Locale.EN].split()[day.month - 1]
    return f"{day.day}. {month} {day.year}" if danish else f"{day.day} {month} {day.year}"
