"""A database no new connection can be had from, for records that take a
transaction of their own (audit entries, released figures): patched in for
``database_of`` where they are written."""

from __future__ import annotations

from typing import Any

from sqlalchemy.exc import DBAPIError


class NoConnection:
    """The database as a transaction of one's own finds it when no new
    connection can be had (PostgreSQL's "too many clients", a lock timeout)."""

    def session(self) -> Any:
        raise DBAPIError("connect", None, Exception("too many clients already"))
