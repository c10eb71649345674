"""Importing an organisation's structure from an HR system's CSV.

HR asks for an upload URL (``create_import``), puts the file in storage, and
starts the import (``start_import``), which the worker runs as the outbox task
``identity.import_structure`` calling ``run_structure_import``. The import
creates and updates people, memberships, units and reporting lines; it never
deletes or deactivates anyone. Running the same file again changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.auth.viewer import Viewer
from backend.identity import policy
from backend.identity.models import ImportStatus, Role, StructureImport
from backend.identity.structure_import import repository
from backend.identity.structure_import.rows import (
    FileRejected,
    ImportRow,
    ParsedFile,
    Rejection,
    parse,
)
from backend.jobs.outbox import enqueue
from backend.settings import Settings
from backend.storage import (
    ObjectNotFound,
    PresignedUpload,
    check_upload,
    get_storage,
    new_object_key,
    verify_upload,
)

IMPORT_TASK = "identity.import_structure"
# What browsers call a .csv file: Windows with Office installed says Excel.
CSV_TYPES = ("text/csv", "application/csv", "application/vnd.ms-excel", "text/plain")


# --- the API side ----------------------------------------------------------------------


async def create_import(
    session: AsyncSession,
    viewer: Viewer | None,
    settings: Settings,
    filename: str,
    content_type: str,
    size: int,
) -> StructureImport:
    """A new import waiting for its file (``upload_target`` says where to put it)."""
    signed_in = policy.require_hr(viewer)
    # The declared type and size only refuse a wrong file early; what counts
    # is checked on the uploaded object when the import starts.
    check_upload(content_type, size, CSV_TYPES, settings.max_upload_bytes)
    key = new_object_key(
        "structure-imports", filename or "import.csv", organisation_id=signed_in.organisation_id
    )
    record = StructureImport(
        organisation_id=signed_in.organisation_id,
        started_by_id=signed_in.person_id,
        object_key=key,
        status=ImportStatus.AWAITING_UPLOAD,
    )
    session.add(record)
    await session.flush()
    return record


async def upload_target(
    session: AsyncSession, viewer: Viewer | None, settings: Settings, import_id: int
) -> PresignedUpload | None:
    """A fresh upload URL for an import still waiting for its file; made on
    each read, so a client whose URL expired just asks again. The client
    sends the headers it names, so the file is stored as text/csv whatever
    the browser thinks a .csv file is."""
    found = await visible_imports(session, viewer, [import_id])
    if not found or found[0].status != ImportStatus.AWAITING_UPLOAD:
        return None
    return get_storage(settings).presigned_upload(
        found[0].object_key, "text/csv", settings.max_upload_bytes
    )


async def start_import(
    session: AsyncSession, viewer: Viewer | None, settings: Settings, import_id: int
) -> StructureImport:
    """Check the uploaded file and hand the import to the worker. Starting
    an import that has started already changes nothing."""
    signed_in = policy.require_hr(viewer)
    record = await repository.IMPORTS.by_id(session, signed_in.organisation_id, import_id)
    if record is None:
        raise DomainError(ErrorCode.NOT_FOUND, "identity.import_not_found", field=["id"])
    if record.status != ImportStatus.AWAITING_UPLOAD:
        return record
    await verify_upload(
        get_storage(settings),
        record.object_key,
        CSV_TYPES,
        settings.max_upload_bytes,
        field=["id"],
    )
    record.status = ImportStatus.PENDING
    enqueue(session, IMPORT_TASK, {"import_id": record.id})
    await session.flush()
    return record


async def visible_imports(
    session: AsyncSession, viewer: Viewer | None, ids: Sequence[int]
) -> list[StructureImport]:
    if viewer is None or not policy.is_hr(viewer):
        return []
    return await repository.IMPORTS.by_ids(session, viewer.organisation_id, ids)


# --- the worker side -------------------------------------------------------------------


async def run_structure_import(session: AsyncSession, settings: Settings, import_id: int) -> None:
    """Run a pending import in the caller's transaction; the result (or why
    the file was refused) is stored on the import."""
    record = await session.get(StructureImport, import_id)
    if record is None or record.status != ImportStatus.PENDING:
        return  # done already: a redelivered task does nothing
    try:
        parsed = parse(await get_storage(settings).get(record.object_key))
    except ObjectNotFound:
        record.status, record.result = (
            ImportStatus.FAILED,
            {"error": {"key": "import.file_missing"}},
        )
    except FileRejected as refused:
        record.status = ImportStatus.FAILED
        record.result = {"error": {"key": refused.key, "params": refused.params}}
    else:
        outcome = await import_structure(session, record.organisation_id, parsed)
        record.status, record.result = ImportStatus.DONE, outcome.as_json()
    await session.flush()


@dataclass
class Outcome:
    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    unchanged: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    units_created: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "created": sorted(self.created),
            "updated": sorted(self.updated),
            "unchanged": self.unchanged,
            "rejected": [r.as_json() for r in sorted(self.rejected, key=lambda r: r.line)],
            "units_created": self.units_created,
        }


async def import_structure(
    session: AsyncSession, organisation_id: int, parsed: ParsedFile
) -> Outcome:
    """Apply the good rows of a parsed file; report the rest."""
    await repository.lock_organisation(session, organisation_id)
    outcome = Outcome(rejected=list(parsed.rejections))
    members = {m.email: m for m in await repository.members(session, organisation_id)}
    rows = _accept(parsed.rows, outcome)
    outside = [email for email in rows if email not in members]
    persons = {p.email: p for p in await repository.persons_by_emails(session, outside)}
    for email in outside:
        if email in persons and persons[email].memberships:
            # Someone of another organisation: joining them here would let
            # this organisation change them there.
            _reject(outcome, rows.pop(email), "import.row.email_taken")
    _check_reporting_lines(rows, members, outcome)
    if not rows:
        return outcome
    unit_ids = await _units(session, organisation_id, rows.values(), outcome)
    membership_ids = await _create(session, organisation_id, rows, members, persons, outcome)
    membership_ids.update({email: m.id for email, m in members.items()})
    await _update(session, parsed.columns, rows, members, unit_ids, membership_ids, outcome)
    return outcome


def _reject(outcome: Outcome, row: ImportRow, key: str, **params: object) -> None:
    outcome.rejected.append(Rejection(row.line, row.email, key, dict(params)))


def _accept(rows: list[ImportRow], outcome: Outcome) -> dict[str, ImportRow]:
    """The first row of each e-mail; later ones are rejected."""
    accepted: dict[str, ImportRow] = {}
    for row in rows:
        first = accepted.get(row.email)
        if first is not None:
            _reject(outcome, row, "import.row.duplicate", line=first.line)
        else:
            accepted[row.email] = row
    return accepted


def _check_reporting_lines(
    rows: dict[str, ImportRow], members: dict[str, Any], outcome: Outcome
) -> None:
    """Reject rows whose manager is nowhere to be found, then rows on a
    cycle of the reporting lines as they would be after the import (the
    file's rows over what is there), until neither is left."""
    by_id = {m.id: m for m in members.values()}
    present = {e for e, m in members.items() if m.is_active}
    current = {e: by_id[m.manager_id].email for e, m in members.items() if m.manager_id in by_id}
    changed = True
    while changed:
        changed = False
        refused = {r.email for r in outcome.rejected if r.email}
        for email, row in list(rows.items()):
            manager = row.manager_email
            if manager is None or manager in rows or manager in present:
                continue
            key = (
                "import.row.manager_rejected"
                if manager in refused
                else "import.row.manager_unknown"
            )
            _reject(outcome, rows.pop(email), key, value=manager)
            changed = True
        for cycle in _cycles(rows, current):
            chain = " > ".join([*cycle, cycle[0]])
            for email in cycle:
                if email in rows:
                    _reject(outcome, rows.pop(email), "import.row.cycle", chain=chain)
                    changed = True


def _cycles(rows: dict[str, ImportRow], current: dict[str, str]) -> list[list[str]]:
    """Every cycle of the manager graph, each walked once (three colours)."""

    def manager(email: str) -> str | None:
        row = rows.get(email)
        return row.manager_email if row is not None else current.get(email)

    state: dict[str, int] = {}  # 1: on the path being walked, 2: finished
    cycles = []
    for start in rows:
        path: list[str] = []
        email: str | None = start
        while email is not None and email not in state:
            state[email] = 1
            path.append(email)
            email = manager(email)
        if email is not None and state.get(email) == 1:
            cycles.append(path[path.index(email) :])
        for walked in path:
            state[walked] = 2
    return cycles


async def _units(
    session: AsyncSession, organisation_id: int, rows: Iterable[ImportRow], outcome: Outcome
) -> dict[tuple[str, ...], int]:
    """The unit of every path in the file, creating the missing ones one tree
    level at a time (one INSERT per level)."""
    children: dict[tuple[int | None, str], int] = {}
    for unit in await repository.units(session, organisation_id):
        children.setdefault((unit.parent_id, unit.name.casefold()), unit.id)
    paths = {row.unit_path for row in rows if row.unit_path}
    resolved: dict[tuple[str, ...], int] = {}
    for depth in range(1, max((len(p) for p in paths), default=0) + 1):
        missing: dict[tuple[int | None, str], str] = {}
        prefixes = {path[:depth] for path in paths if len(path) >= depth}
        for prefix in prefixes:
            parent = resolved.get(prefix[:-1]) if depth > 1 else None
            key = (parent, prefix[-1].casefold())
            if key not in children:
                missing.setdefault(key, prefix[-1])
        new = [
            {"organisation_id": organisation_id, "parent_id": parent, "name": name}
            for (parent, _), name in missing.items()
        ]
        for unit in await repository.insert_units(session, new):
            children[(unit.parent_id, unit.name.casefold())] = unit.id
        outcome.units_created += len(new)
        for prefix in prefixes:
            parent = resolved.get(prefix[:-1]) if depth > 1 else None
            resolved[prefix] = children[(parent, prefix[-1].casefold())]
    return resolved


async def _create(
    session: AsyncSession,
    organisation_id: int,
    rows: dict[str, ImportRow],
    members: dict[str, Any],
    persons: dict[str, Any],
    outcome: Outcome,
) -> dict[str, int]:
    """People and memberships for the rows not in the organisation yet; the
    reporting lines are set afterwards with everyone else's."""
    new_rows = [row for email, row in rows.items() if email not in members]
    person_ids = {email: p.id for email, p in persons.items()}
    created = await repository.insert_persons(
        session,
        [
            {"email": row.email, "name": row.name, "locale": row.locale or "da"}
            for row in new_rows
            if row.email not in person_ids
        ],
    )
    person_ids.update({p.email: p.id for p in created})
    memberships = await repository.insert_memberships(
        session,
        [
            {
                "organisation_id": organisation_id,
                "person_id": person_ids[row.email],
                "job_title": "",
                "roles": [],
            }
            for row in new_rows
        ],
    )
    email_of = {person_id: email for email, person_id in person_ids.items()}
    outcome.created.extend(row.line for row in new_rows)
    return {email_of[m.person_id]: m.id for m in memberships}


async def _update(
    session: AsyncSession,
    columns: frozenset[str],
    rows: dict[str, ImportRow],
    members: dict[str, Any],
    unit_ids: dict[tuple[str, ...], int],
    membership_ids: dict[str, int],
    outcome: Outcome,
) -> None:
    """Bring every membership (and person) of the file to what the file says;
    only what differs is written, so a second run writes nothing."""
    created = set(outcome.created)
    person_changes: list[dict[str, Any]] = []
    membership_changes: list[dict[str, Any]] = []
    for email, row in rows.items():
        member = members.get(email)
        before = _membership_state(member) if member is not None else None
        after = dict(before or {"job_title": "", "leader_since": None, "roles": []})
        after.update(
            unit_id=unit_ids.get(row.unit_path),
            manager_id=membership_ids[row.manager_email] if row.manager_email else None,
            is_active=True,
        )
        if "job_title" in columns:
            after["job_title"] = row.job_title or ""
        if "leader_since" in columns:
            after["leader_since"] = row.leader_since
        if row.roles is not None:
            # The import neither grants nor removes the administrator role.
            kept = {Role.ADMIN.value} & set(after["roles"])
            after["roles"] = sorted(row.roles | kept)
        if after != before:
            membership_changes.append({"id": membership_ids[email], **after})
        person_changed = False
        if member is not None and not member.shared:
            locale = row.locale or member.locale
            if (row.name, locale) != (member.name, member.locale):
                person_changes.append({"id": member.person_id, "name": row.name, "locale": locale})
                person_changed = True
        if row.line in created:
            continue
        if after != before or person_changed:
            outcome.updated.append(row.line)
        else:
            outcome.unchanged += 1
    await repository.update_persons(session, person_changes)
    await repository.update_memberships(session, membership_changes)


def _membership_state(member: Any) -> dict[str, Any]:
    return {
        "job_title": member.job_title,
        "leader_since": member.leader_since,
        "roles": sorted(member.roles or []),
        "unit_id": member.unit_id,
        "manager_id": member.manager_id,
        "is_active": member.is_active,
    }
