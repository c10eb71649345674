"""The report's anonymity rules as SQL expressions, and the JSON functions that
read a frozen-results document, on SQLite and PostgreSQL alike. No statement is
made here: ``repository`` builds the learning-effect queries from these.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable
from functools import reduce
from typing import Any

from sqlalchemy import JSON, Integer, case
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement, GenericFunction

from feedback.evaluations.models import ANONYMOUS_GROUPS, RaterGroup, ReportStatus

RELEASED_STATUSES = (ReportStatus.RENDERING.value, ReportStatus.READY.value)
# The report's floor for an anonymous group, whatever a cycle says.
ANONYMOUS_FLOOR = 3
_NEVER = 1_000_000

# The groups that may count as "others", in a fixed order (SELF never does).
OTHERS = (RaterGroup.MANAGER, *ANONYMOUS_GROUPS)


def anonymous_floor(column: Any) -> ColumnElement[int]:
    return case((column < ANONYMOUS_FLOOR, ANONYMOUS_FLOOR), else_=column)


def group_minimum(group: ColumnElement[str], cycle: Any) -> ColumnElement[int]:
    """``AnonymityPolicy.minimum`` in SQL; SELF and unknown groups never count."""
    return case(
        (group == RaterGroup.MANAGER.value, 1),
        (group == RaterGroup.PEER.value, anonymous_floor(cycle.min_peer)),
        (group == RaterGroup.DIRECT_REPORT.value, anonymous_floor(cycle.min_direct_report)),
        (group == RaterGroup.EXTERNAL.value, anonymous_floor(cycle.min_external)),
        else_=_NEVER,
    )


class parsed_document(FunctionElement[Any]):
    """A frozen-results document, parsed once: jsonb on PostgreSQL (where every
    operator on ``json`` would parse the text again), the text on SQLite."""

    type = JSON()
    inherit_cache = True
    name = "fx_document"


@compiles(parsed_document)
def _document_text(element: parsed_document, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(parsed_document, "postgresql")
def _document_jsonb(element: parsed_document, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST({compiler.process(element.clauses, **kw)} AS JSONB)"


class _entries(GenericFunction[Any]):
    """(key, value) rows of a JSON object: ``json_each``, or ``jsonb_each``."""

    name = "json_each"
    inherit_cache = True


@compiles(_entries, "postgresql")
def _entries_jsonb(element: _entries, compiler: SQLCompiler, **kw: Any) -> str:
    return f"jsonb_each{compiler.process(element.clause_expr, **kw)}"


class raters_at(FunctionElement[int]):
    """``document.competencies[<competency>][<group>]`` as an integer, or NULL."""

    type = Integer()
    inherit_cache = True
    name = "fx_raters_at"


@compiles(raters_at)
def _raters_at_sqlite(element: raters_at, compiler: SQLCompiler, **kw: Any) -> str:
    document, competency, group = (compiler.process(c, **kw) for c in element.clauses)
    path = f"'$.competencies.\"' || {competency} || '\".\"' || {group} || '\"'"
    return f"CAST(json_extract({document}, {path}) AS INTEGER)"


@compiles(raters_at, "postgresql")
def _raters_at_jsonb(element: raters_at, compiler: SQLCompiler, **kw: Any) -> str:
    document, competency, group = (compiler.process(c, **kw) for c in element.clauses)
    return (
        f"CAST(jsonb_extract_path_text({document}, 'competencies', "
        f"CAST({competency} AS TEXT), {group}) AS INTEGER)"
    )


def json_entries(document: ColumnElement[Any], name: str) -> Any:
    """(key, value) rows of a JSON object, correlated with the row before it
    (implicitly lateral on PostgreSQL, a table-valued function on SQLite)."""
    return _entries(document).table_valued("key", "value", joins_implicitly=True).alias(name)


def sum_of(terms: Iterable[Any]) -> Any:
    """t₁ + t₂ + … as one SQL expression."""
    return reduce(operator.add, terms)
