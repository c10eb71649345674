"""Texts of feedback notes, Danish first."""

from __future__ import annotations

from backend.i18n import register_messages

MESSAGES: dict[str, tuple[str, str]] = (  # key: (Danish, English)
    {
        "feedback.note.not_shared": (
            "Du kan kun give feedback på noget, lederen har delt med dig.",
            "You can only give feedback on something the leader shared with you.",
        ),
        "feedback.note.audience": (
            "Noten kan kun deles med nogen, der selv kan se det, den handler om.",
            "The note can only be shared with people who can see what it is about.",
        ),
        "feedback.note.audience_size": (
            "Noten kan deles med højst {maximum} personer.",
            "The note can be shared with at most {maximum} people.",
        ),
        "feedback.note.self": (
            "Du kan ikke give feedback til dig selv.",
            "You cannot give feedback to yourself.",
        ),
        "feedback.note.subject": (
            "Angiv hvad feedbacken handler om, undtagen for generel feedback.",
            "Say what the feedback is about, except for general feedback.",
        ),
        "feedback.note.use_comments": (
            "Kommentarer til et ledelsesgrundlag gives på selve grundlaget.",
            "Comments on a leadership philosophy are given on the philosophy itself.",
        ),
        "feedback.note.mail.new.title": ("Du har fået feedback", "You have received feedback"),
        "feedback.note.mail.new.body": (
            "{author} har givet dig feedback i Ledelyst. Du kan læse og svare i appen.",
            "{author} has given you feedback in Ledelyst. Read and reply in the app.",
        ),
        "feedback.note.mail.reply.title": ("Nyt svar på feedback", "A new reply to feedback"),
        "feedback.note.mail.reply.body": (
            "{author} har svaret i en feedbacktråd, du er med i.",
            "{author} has replied in a feedback thread you take part in.",
        ),
    }
)


def register() -> None:
    """Add this slice's texts (``backend.composition.compose`` calls it at start-up)."""
    register_messages(MESSAGES)
