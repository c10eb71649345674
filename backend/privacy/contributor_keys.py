"""The key of a set of contributors (``release.contributors_key``), made by
the database from the rows a figure sums, so that a figure released before
is recognised without its contributors leaving the database (at national
scale one figure sums some 15,000 ratings; the release audit needs them only
for a set it has not recorded).

``contributors_key_of(unit)`` is an aggregate: per group, SHA-256 (hex) of
the group's distinct non-null ``unit`` strings, sorted and joined by "\\n",
exactly ``contributors_key`` of the same strings (NULL for a group without
any). PostgreSQL makes it with string_agg and sha256, sorting in the "C"
collation: byte order, which for UTF-8 is the order of code points, Python's
order of strings. SQLite has no sha256: ``backend.db`` registers a Python
aggregate on every connection."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.exc import CompileError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from backend.db import CONTRIBUTORS_KEY


class contributors_key_of(FunctionElement[str]):  # noqa: N801 (an SQL function, named as one)
    """``contributors_key`` of a group's ``unit`` strings (one argument, text)."""

    type = String()
    name = "contributors_key_of"
    inherit_cache = True


def _unit(element: contributors_key_of, compiler: SQLCompiler, **kw: Any) -> str:
    (unit,) = element.clauses
    return compiler.process(unit, **kw)


@compiles(contributors_key_of, "postgresql")
def _postgresql(element: contributors_key_of, compiler: SQLCompiler, **kw: Any) -> str:
    # The unit is written twice (DISTINCT needs ORDER BY to name its argument):
    # its constants inline, or the two would be different parameters to
    # PostgreSQL; as text, or string_agg's argument would be a cast of it.
    unit = (
        f'CAST(({_unit(element, compiler, **{**kw, "literal_binds": True})}) AS TEXT) COLLATE "C"'
    )
    joined = f"string_agg(DISTINCT {unit}, chr(10) ORDER BY {unit})"
    return f"encode(sha256(convert_to({joined}, 'UTF8')), 'hex')"


@compiles(contributors_key_of, "sqlite")
def _sqlite(element: contributors_key_of, compiler: SQLCompiler, **kw: Any) -> str:
    return f"{CONTRIBUTORS_KEY}({_unit(element, compiler, **kw)})"


@compiles(contributors_key_of)
def _other(element: contributors_key_of, compiler: SQLCompiler, **kw: Any) -> str:
    raise CompileError(f"no contributors_key_of on {compiler.dialect.name}")
