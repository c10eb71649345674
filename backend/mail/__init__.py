"""Mail: Jinja2 templates in Danish and English, queued through the outbox
and delivered by the worker (``tasks.py``) to a folder or an SMTP server.

Domains call ``queue_mail`` inside the transaction of the change that causes
the mail, and may add template folders with ``register_template_folder``.
"""

from backend.mail.addresses import format_address
from backend.mail.outbox import (
    SEND_MAIL_TASK,
    mail_payloads,
    queue_mail,
    queue_mails,
    queue_payloads,
)
from backend.mail.render import register_template_folder, render_mail

__all__ = [
    "SEND_MAIL_TASK",
    "format_address",
    "mail_payloads",
    "queue_mail",
    "queue_mails",
    "queue_payloads",
    "register_template_folder",
    "render_mail",
]
