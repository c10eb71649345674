"""Personal data of leadership philosophies (see ``backend.privacy``): an
erased leader's philosophy goes, with its versions, items and published files."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from backend.privacy.handlers import (
    all_of,
    collect_files,
    delete_rows,
    export_rows,
    of_membership,
    update_rows,
)
from backend.privacy.registry import Subject, register_personal_data
from learning.philosophy.models import LeadershipPhilosophy, PhilosophyItem, PhilosophyVersion


def by_philosophy(model: Any) -> Any:
    def where(subject: Subject) -> Any:
        return model.philosophy_id.in_(
            select(LeadershipPhilosophy.id).where(
                LeadershipPhilosophy.membership_id == subject.membership_id
            )
        )

    return where


_own = of_membership(LeadershipPhilosophy.membership_id)


def register() -> None:
    """Declare this slice's tables (``backend.composition.compose`` calls it at start-up)."""
    register_personal_data(
        LeadershipPhilosophy,
        export=export_rows(LeadershipPhilosophy, _own),
        erase=all_of(
            # The philosophy points at its current version and the versions at it:
            # unhook first, so the delete needs no deferred constraint.
            update_rows(LeadershipPhilosophy, _own, {"current_version_id": None}),
            delete_rows(LeadershipPhilosophy, _own),
        ),
        description="The person's leadership philosophy, its address and private notes.",
    )
    register_personal_data(
        PhilosophyVersion,
        export=export_rows(PhilosophyVersion, by_philosophy(PhilosophyVersion)),
        erase=all_of(
            collect_files(
                PhilosophyVersion,
                by_philosophy(PhilosophyVersion),
                PhilosophyVersion.html_key,
                PhilosophyVersion.pdf_key,
            ),
            delete_rows(PhilosophyVersion, by_philosophy(PhilosophyVersion)),
        ),
        description="Drafts and published versions of the philosophy, with their pages and PDFs.",
    )
    register_personal_data(
        PhilosophyItem,
        export=export_rows(PhilosophyItem, by_philosophy(PhilosophyItem)),
        erase=delete_rows(PhilosophyItem, by_philosophy(PhilosophyItem)),
        description="The person's to-do items from comments on their philosophy.",
    )
