"""Counting SQL statements, so a test can assert that a list costs the same
number of statements for 5 rows as for 500 (no query per row)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine


@dataclass
class StatementLog:
    statements: list[str] = field(default_factory=list)
    # The bound values of each statement, in the same order (what a test may
    # check a statement was narrowed to).
    parameters: list[Any] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.statements)

    def selects(self) -> list[str]:
        return [s for s in self.statements if s.lstrip().upper().startswith(("SELECT", "WITH"))]


_IGNORED = ("PRAGMA", "SAVEPOINT", "RELEASE", "ROLLBACK", "COMMIT", "BEGIN")


@contextmanager
def count_statements(engine: AsyncEngine) -> Iterator[StatementLog]:
    """Every SQL statement the engine runs inside the block (transaction
    control and SQLite pragmas left out)."""
    log = StatementLog()

    def before_execute(
        _conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any
    ) -> None:
        if not statement.lstrip().upper().startswith(_IGNORED):
            log.statements.append(statement)
            log.parameters.append(parameters)

    event.listen(engine.sync_engine, "before_cursor_execute", before_execute)
    try:
        yield log
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", before_execute)
