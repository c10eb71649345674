"""What this slice plugs in at start-up (``backend.composition``): the
templates of its mails, its periodic tasks on the scheduler; and into others,
the leader's open 360 tasks on home."""

from __future__ import annotations

from backend.jobs.celery_app import register_periodic
from backend.mail import register_template_folder
from feedback.evaluations.delivery.service import MAIL_TEMPLATES
from feedback.evaluations.home.service import pending_360_tasks
from feedback.evaluations.tasks import ADVANCE_TASK, REMIND_TASK


def wire() -> None:
    """Everything is idempotent; home's 360 task provider is left out where
    ``learning`` is absent."""
    register_template_folder(MAIL_TEMPLATES)
    register_periodic("feedback-advance-cycles", ADVANCE_TASK, 60.0, expires=120)
    register_periodic("feedback-send-reminders", REMIND_TASK, 3600.0, expires=1800)
    try:
        from learning.programmes import service as programmes
    except ImportError:  # pragma: no cover - the feedback domain on its own
        return
    programmes.register_pending_360_provider(pending_360_tasks)
