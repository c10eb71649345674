"""The signed-in person as the services see them."""

from __future__ import annotations

from dataclasses import dataclass, field

from backend.i18n import Locale


@dataclass(frozen=True)
class Viewer:
    person_id: int
    organisation_id: int
    membership_id: int
    locale: Locale = Locale.DA
    roles: frozenset[str] = field(default_factory=frozenset)

    def has_role(self, role: str) -> bool:
        return role in self.roles
