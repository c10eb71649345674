"""Reading the CSV an HR system exports: one row a person.

Accepts what Danish offices actually produce: UTF-8 with or without a BOM,
UTF-16 ("Unicode text"), or Windows-1252 from an older Excel; commas,
semicolons (Danish Excel) or tabs, whichever the header line uses; Danish or
English column names. Each row is checked on its own, so a partly bad file
still yields its good rows, and every bad one is reported with its line.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from backend.identity.models import Role
from backend.identity.service import NAME_LENGTH, normalise_email, valid_email

# Canonical column -> the header names it goes by (normalised: lower case,
# spaces, dots and hyphens as underscores).
COLUMNS: dict[str, tuple[str, ...]] = {
    "email": ("email", "e_mail", "mail", "e_mailadresse", "emailadresse", "email_address"),
    "name": ("navn", "name", "fulde_navn", "full_name", "fuldt_navn"),
    "unit": ("enhed", "unit", "enhedssti", "unit_path", "organisation", "afdeling"),
    "manager_email": (
        "leder_email",
        "leder_e_mail",
        "ledermail",
        "manager_email",
        "manager_e_mail",
        "naermeste_leder",
        "nærmeste_leder",
        "manager",
    ),
    "job_title": ("stilling", "job_title", "stillingsbetegnelse", "title", "titel"),
    "leader_since": ("leder_siden", "leader_since", "leder_fra"),
    "roles": ("roller", "roles", "rolle", "role"),
    "locale": ("sprog", "locale", "language"),
}
REQUIRED = ("email", "name", "unit", "manager_email")
# How a missing column is named in the error: its Danish and English names.
SHOWN = {
    "email": "e-mail/email",
    "name": "navn/name",
    "unit": "enhed/unit",
    "manager_email": "leder_email/manager_email",
}
_ALIASES = {alias: column for column, aliases in COLUMNS.items() for alias in aliases}

ROLE_NAMES = {
    "leader": Role.LEADER,
    "leder": Role.LEADER,
    "mentor": Role.MENTOR,
    "hr": Role.HR,
    "personale": Role.HR,
    "admin": Role.ADMIN,
    "administrator": Role.ADMIN,
}
LOCALE_NAMES = {
    "da": "da",
    "dansk": "da",
    "danish": "da",
    "en": "en",
    "engelsk": "en",
    "english": "en",
}
DATE_FORMATS = ("%d-%m-%Y", "%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y")
DELIMITERS = (";", ",", "\t")


class FileRejected(Exception):
    """The whole file is unusable; ``key`` names the message."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


@dataclass
class Rejection:
    line: int
    email: str | None
    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"line": self.line, "email": self.email, "key": self.key, "params": self.params}


@dataclass
class ImportRow:
    """One person. An optional column the file lacks (``ParsedFile.columns``
    says which it has) leaves what is there already."""

    line: int
    email: str
    name: str
    unit_path: tuple[str, ...]
    manager_email: str | None
    job_title: str | None = None
    leader_since: date | None = None
    roles: frozenset[str] | None = None
    locale: str | None = None


@dataclass
class ParsedFile:
    rows: list[ImportRow]
    rejections: list[Rejection]
    columns: frozenset[str]


def decode(data: bytes) -> str:
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise FileRejected("import.excel_file")  # .xlsx (a zip) or .xls
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise FileRejected("import.not_csv") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Windows-1252, which older Danish Excel writes; its five unused bytes
        # mean latin-1, which decodes anything.
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    if "\x00" in text:
        raise FileRejected("import.not_csv")
    return text


def _header_name(value: str) -> str:
    return re.sub(r"[\s.\-]+", "_", value.strip().strip('"').lower()).strip("_")


def _pick_delimiter(header_line: str) -> str:
    """The delimiter under which the header names the most known columns."""

    def known(delimiter: str) -> tuple[int, int]:
        names = next(csv.reader([header_line], delimiter=delimiter), [])
        return sum(_header_name(n) in _ALIASES for n in names), len(names)

    return max(DELIMITERS, key=known)


def parse(data: bytes) -> ParsedFile:
    text = decode(data)
    lines = text.splitlines()
    header_index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if header_index is None:
        raise FileRejected("import.empty")
    delimiter = _pick_delimiter(lines[header_index])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    positions: dict[str, int] = {}
    rows: list[ImportRow] = []
    rejections: list[Rejection] = []
    line = 1
    try:
        for fields in reader:
            start, line = line, reader.line_num + 1
            if not any(f.strip() for f in fields):
                continue
            if header is None:
                header = fields
                positions = _positions(header)
                continue
            try:
                rows.append(_row(start, fields, len(header), positions))
            except _RowRejected as rejected:
                rejections.append(Rejection(start, rejected.email, rejected.key, rejected.params))
    except csv.Error:
        raise FileRejected("import.not_csv") from None
    return ParsedFile(rows=rows, rejections=rejections, columns=frozenset(positions))


def _positions(header: list[str]) -> dict[str, int]:
    positions: dict[str, int] = {}
    for index, name in enumerate(header):
        column = _ALIASES.get(_header_name(name))
        if column is None:
            continue  # columns we do not use are fine
        if column in positions:
            raise FileRejected("import.duplicate_column", column=name.strip())
        positions[column] = index
    missing = [column for column in REQUIRED if column not in positions]
    if missing:
        names = ", ".join(SHOWN[column] for column in missing)
        raise FileRejected("import.missing_columns", columns=names)
    return positions


class _RowRejected(Exception):
    def __init__(self, key: str, email: str | None = None, **params: object) -> None:
        super().__init__(key)
        self.key, self.email, self.params = key, email, params


def _row(line: int, fields: list[str], width: int, positions: dict[str, int]) -> ImportRow:
    # Excel pads rows with empty fields; only a short row or real extra
    # values mean the columns are off.
    if len(fields) < width or any(f.strip() for f in fields[width:]):
        raise _RowRejected("import.row.columns", None, found=len(fields), expected=width)

    def value(column: str) -> str | None:
        index = positions.get(column)
        return None if index is None else fields[index].strip()

    email = normalise_email(value("email") or "")
    if not valid_email(email):
        raise _RowRejected("import.row.email", email or None, value=email)
    name = value("name") or ""
    if not name:
        raise _RowRejected("import.row.name", email)
    _check_length(email, "name", name, NAME_LENGTH)
    manager = normalise_email(value("manager_email") or "") or None
    if manager is not None and not valid_email(manager):
        raise _RowRejected("import.row.email", email, value=manager)
    if manager == email:
        raise _RowRejected("import.row.manager_self", email)
    job_title = value("job_title")
    if job_title is not None:
        _check_length(email, "job_title", job_title, NAME_LENGTH)
    return ImportRow(
        line=line,
        email=email,
        name=name,
        unit_path=_unit_path(email, value("unit") or ""),
        manager_email=manager,
        job_title=job_title,
        leader_since=_date(email, value("leader_since")),
        roles=_roles(email, value("roles")),
        locale=_locale(value("locale")),
    )


def _check_length(email: str, field: str, value: str, maximum: int) -> None:
    if len(value) > maximum:
        raise _RowRejected("import.row.too_long", email, field=field, maximum=maximum)


def _unit_path(email: str, value: str) -> tuple[str, ...]:
    """``Forvaltning > Område > Institution`` (or with ``/``); empty: no unit."""
    if not value:
        return ()
    parts = [part.strip() for part in value.split(">" if ">" in value else "/")]
    if any(not part or len(part) > NAME_LENGTH for part in parts):
        raise _RowRejected("import.row.unit", email, value=value)
    return tuple(parts)


def _date(email: str, value: str | None) -> date | None:
    if not value:
        return None
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise _RowRejected("import.row.date", email, value=value)


def _roles(email: str, value: str | None) -> frozenset[str] | None:
    if value is None:
        return None
    roles = set()
    for name in re.split(r"[,|;/\s]+", value.strip()):
        if not name:
            continue
        role = ROLE_NAMES.get(name.lower())
        if role is None:
            raise _RowRejected("import.row.role", email, value=name)
        if role is Role.ADMIN:
            raise _RowRejected("import.row.admin_role", email)
        roles.add(role.value)
    return frozenset(roles)


def _locale(value: str | None) -> str | None:
    return LOCALE_NAMES.get(value.lower()) if value else None
