"""Personal data of learning effect (see ``backend.privacy``)."""

from __future__ import annotations

from backend.privacy.handlers import (
    all_of,
    collect_files,
    delete_rows,
    export_rows,
    of_membership,
)
from backend.privacy.registry import register_personal_data
from learning.effect.models import ActivityRating, EffectExport

_exports = of_membership(EffectExport.requested_by_id)


def register() -> None:
    """Declare this slice's tables (``backend.composition.compose`` calls it at start-up)."""
    register_personal_data(
        ActivityRating,
        export=export_rows(ActivityRating, of_membership(ActivityRating.membership_id)),
        erase=delete_rows(ActivityRating, of_membership(ActivityRating.membership_id)),
        description="The person's ratings of activities and their comments.",
    )
    register_personal_data(
        EffectExport,
        export=export_rows(EffectExport, _exports),
        erase=all_of(
            collect_files(EffectExport, _exports, EffectExport.object_key),
            delete_rows(EffectExport, _exports),
        ),
        description="Learning-effect exports the person asked for.",
    )
