"""Texts of file storage: why an upload was refused, Danish first."""

from __future__ import annotations

from backend.i18n import register_messages

MESSAGES: dict[str, tuple[str, str]] = (  # key: (Danish, English)
    {
        "storage.upload.content_type_not_allowed": (
            "Filtypen {content_type} er ikke tilladt her. Tilladt: {allowed}.",
            "The file type {content_type} is not allowed here. Allowed: {allowed}.",
        ),
        "storage.upload.too_large": (
            "Filen er for stor. Den må højst fylde {maximum}.",
            "The file is too large. It may be at most {maximum}.",
        ),
        "storage.upload.empty": ("Filen er tom.", "The file is empty."),
        "storage.upload.content_mismatch": (
            "Filens indhold er ikke {content_type}, som den blev anmeldt som.",
            "The file's content is not {content_type}, as it was declared.",
        ),
        "storage.upload.missing": (
            "Filen er ikke uploadet. Prøv igen.",
            "The file has not been uploaded. Try again.",
        ),
    }
)


def register() -> None:
    """Add this slice's texts (``backend.composition.compose`` calls it at start-up)."""
    register_messages(MESSAGES)
