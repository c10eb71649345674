"""The personal-data registry covers every table: each one is declared either
as personal data, with an export and an erasure, or as holding none, with a
reason. A new table in neither list fails here (as Moodle's privacy provider
test does), so it cannot slip past exports and erasure."""

from __future__ import annotations

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Base
from backend.modules import load_models
from backend.privacy import registry
from backend.privacy.erasure import erase
from backend.privacy.exporting import subject_of
from backend.privacy.registry import (
    NoPersonalData,
    PersonalData,
    impersonal_tables,
    personal_tables,
)
from tests.support.factories import make_person


def _tables() -> set[str]:
    load_models()
    return set(Base.metadata.tables)


def _undeclared() -> set[str]:
    return _tables() - set(personal_tables()) - set(impersonal_tables())


def test_every_table_is_declared_as_personal_data_or_not() -> None:
    undeclared = _undeclared()
    assert undeclared == set(), (
        "declare these tables in their slice's privacy.py, with register_personal_data "
        f"or register_no_personal_data: {sorted(undeclared)}"
    )


def test_a_slice_whose_declarations_are_not_registered_leaves_its_tables_undeclared(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The check above reads what composition registered: importing a
    ``privacy.py`` declares nothing, its ``register()`` does."""
    from learning.programmes import privacy  # imported already: that declares nothing

    ours = {"programme_enrolment", "reflection", "programme_version"}
    for name in ("_personal", "_impersonal"):
        declared = getattr(registry, name)
        others = {t: d for t, d in declared.items() if d.slice != "learning.programmes"}
        monkeypatch.setattr(registry, name, others)
    assert ours <= _undeclared()
    privacy.register()
    assert _undeclared() == set()


def test_an_uncomposed_registry_refuses_to_be_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty registry would export and erase nothing and report success."""
    monkeypatch.setattr(registry, "_personal", {})
    with pytest.raises(RuntimeError, match="compose"):
        personal_tables()


def test_no_table_is_declared_both_ways_or_unknown() -> None:
    personal, impersonal = personal_tables(), impersonal_tables()
    assert set(personal) & set(impersonal) == set()
    assert (set(personal) | set(impersonal)) - _tables() == set()


def test_personal_data_has_export_erasure_and_description() -> None:
    for name, declared in personal_tables().items():
        assert callable(declared.export) and callable(declared.erase), name
        assert declared.description.strip(), name


def test_tables_without_personal_data_say_why() -> None:
    for name, declared in impersonal_tables().items():
        assert len(declared.reason.strip()) > 10, name


def test_each_slice_declares_its_own_tables() -> None:
    """A table is declared in the privacy.py of the slice whose models define it."""
    declarations: list[PersonalData | NoPersonalData] = [
        *personal_tables().values(),
        *impersonal_tables().values(),
    ]
    for declared in declarations:
        assert declared.declared_in == f"{declared.slice}.privacy", declared


def test_people_and_their_texts_are_personal_data() -> None:
    personal = personal_tables()
    for name in ("person", "membership", "reflection", "nomination", "feedback_note"):
        assert name in personal


async def test_every_handler_runs_for_a_person_with_no_data(session: AsyncSession) -> None:
    """Each export and erasure is valid SQL on this database, and finds nothing
    (and changes nothing but the person's own rows) for someone new."""
    member = await make_person(session)
    await session.commit()
    subject = await subject_of(session, member.id)
    assert subject is not None and subject.whole_person
    for name, declared in sorted(personal_tables().items()):
        rows = await declared.export(session, subject)
        assert rows == [] or name in {"person", "membership"}, name
    changed = await erase(session, subject)
    await session.rollback()
    assert {name for name, count in changed.items() if count} <= {"person", "membership"}
