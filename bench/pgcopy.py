"""Loading rows into PostgreSQL with COPY, never through the ORM.

Two ways in: ``copy_rows`` hands Python tuples to asyncpg's binary COPY (fine
up to a few million rows), and ``copy_fixed`` builds PostgreSQL's binary COPY
format directly from numpy arrays, for tables of tens of millions of rows
whose columns all have a fixed width (integers and fixed-length strings).

Columns a caller leaves out get what the model declares: the Python-side
default (``default=utcnow``, ``default=list``), else the server default, else
NULL; a NOT NULL column with none of those is a bug in the generator and
raises before anything is sent.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

import asyncpg
import numpy as np
import orjson
from sqlalchemy import JSON, Table

from backend.db import Base
from backend.modules import load_models

NOW = datetime.now(UTC).replace(microsecond=0)
_HEADER = b"PGCOPY\n\xff\r\n\x00" + struct.pack(">ii", 0, 0)
_TRAILER = struct.pack(">h", -1)


def table(name: str) -> Table:
    load_models()
    return Base.metadata.tables[name]


def json_value(value: Any) -> str:
    return orjson.dumps(value).decode()


def _filled(name: str, given: Sequence[str]) -> tuple[list[str], list[Any]]:
    """Columns the caller left out that need a value, and that value."""
    columns, values = [], []
    for column in table(name).columns:
        if column.name in given:
            continue
        default = column.default
        if default is not None and not getattr(default, "is_sequence", False):
            arg: Any = getattr(default, "arg", None)
            value = arg(None) if default.is_callable else arg
            if isinstance(value, datetime):
                value = NOW
            if isinstance(column.type, JSON):
                value = json_value(value)
            columns.append(column.name)
            values.append(value)
        elif column.server_default is None and not column.nullable and not column.primary_key:
            raise ValueError(f"{name}.{column.name} is NOT NULL and has no default")
    return columns, values


async def copy_rows(
    connection: asyncpg.Connection,
    name: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    chunk: int = 200_000,
) -> int:
    """COPY ``rows`` (tuples in the order of ``columns``) into table ``name``."""
    extra_columns, extra_values = _filled(name, columns)
    all_columns = [*columns, *extra_columns]
    extra = tuple(extra_values)
    count = 0
    batch: list[tuple[Any, ...]] = []
    for row in rows:
        batch.append((*row, *extra))
        if len(batch) >= chunk:
            await connection.copy_records_to_table(name, records=batch, columns=all_columns)
            count += len(batch)
            batch = []
    if batch:
        await connection.copy_records_to_table(name, records=batch, columns=all_columns)
        count += len(batch)
    return count


def fixed_rows(columns: Sequence[tuple[str, np.ndarray]]) -> bytes:
    """Rows of PostgreSQL's binary COPY format for fixed-width numpy columns.

    Each column is ``(kind, values)`` with kind ``int8``, ``int4``, ``int2``
    or ``text`` (values an ``S<n>`` array of exactly n bytes each). No NULLs:
    copy rows with a NULL column in a separate call without that column.
    """
    fields: list[tuple[str, str]] = [("count", ">i2")]
    codes = {"int8": ">i8", "int4": ">i4", "int2": ">i2"}
    for index, (kind, values) in enumerate(columns):
        fields.append((f"len{index}", ">i4"))
        fields.append((f"val{index}", codes.get(kind, values.dtype.str)))
    n = len(columns[0][1])
    rows = np.empty(n, dtype=np.dtype(fields))
    rows["count"] = len(columns)
    for index, (kind, values) in enumerate(columns):
        width = values.dtype.itemsize if kind == "text" else np.dtype(codes[kind]).itemsize
        rows[f"len{index}"] = width
        rows[f"val{index}"] = values
    return rows.tobytes()


async def copy_fixed(
    connection: asyncpg.Connection,
    name: str,
    column_names: Sequence[str],
    blocks: Iterable[bytes],
) -> None:
    """COPY blocks made by ``fixed_rows`` into ``name`` in one statement."""

    async def source() -> Any:
        yield _HEADER
        for block in blocks:
            yield block
        yield _TRAILER

    await connection.copy_to_table(
        name, source=source(), columns=list(column_names), format="binary"
    )


async def reset_sequences(connection: asyncpg.Connection) -> None:
    """Point every id sequence past the largest id loaded."""
    rows = await connection.fetch(
        """
        SELECT c.table_name, pg_get_serial_sequence(c.table_name, 'id') AS sequence
        FROM information_schema.columns c
        WHERE c.table_schema = 'public' AND c.column_name = 'id'
          AND c.column_default LIKE 'nextval%'
        """
    )
    for row in rows:
        await connection.execute(
            f"SELECT setval('{row['sequence']}', "
            f'COALESCE((SELECT max(id) FROM "{row["table_name"]}"), 0) + 1, false)'
        )


async def without_indexes(connection: asyncpg.Connection, names: Sequence[str]) -> list[str]:
    """Drop the secondary indexes and primary keys of ``names`` (constraints
    that other tables' foreign keys depend on are kept); returns the
    statements that make them again."""
    rows = await connection.fetch(
        """
        SELECT i.indexrelid::regclass::text AS index, pg_get_indexdef(i.indexrelid) AS definition,
               con.conname AS constraint_name, con.contype, t.relname AS table_name,
               pg_get_constraintdef(con.oid) AS constraint_definition,
               EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f'
                       AND f.conindid = i.indexrelid) AS referenced
        FROM pg_index i
        JOIN pg_class t ON t.oid = i.indrelid
        LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.contype IN ('p', 'u')
        WHERE t.relname = ANY($1::text[])
        """,
        list(names),
    )
    again = []
    for row in rows:
        if row["referenced"]:
            continue
        if row["constraint_name"]:
            await connection.execute(
                f'ALTER TABLE "{row["table_name"]}" DROP CONSTRAINT "{row["constraint_name"]}"'
            )
            again.append(
                f'ALTER TABLE "{row["table_name"]}" ADD CONSTRAINT "{row["constraint_name"]}" '
                f"{row['constraint_definition']}"
            )
        else:
            await connection.execute(f"DROP INDEX {row['index']}")
            again.append(row["definition"])
    return again
