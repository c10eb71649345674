"""What this slice plugs in at start-up (``backend.composition``): the
templates of its mails, and, into feedback notes, who may read the comments on
a published philosophy version."""

from __future__ import annotations

from backend.mail import register_template_folder
from learning.philosophy.comments import service as comments
from learning.philosophy.publishing.service import MAIL_TEMPLATES


def wire() -> None:
    register_template_folder(MAIL_TEMPLATES)
    comments.wire()
