"""Structured logs with the request id on every line of a request."""

from __future__ import annotations

import contextvars
import logging
import sys

import orjson

request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")


_base_factory = logging.getLogRecordFactory()


def _record_with_request_id(*args: object, **kwargs: object) -> logging.LogRecord:
    # A record factory rather than a handler filter: every record gets the id,
    # whichever handler (ours, pytest's, a library's) ends up writing it.
    record = _base_factory(*args, **kwargs)
    record.request_id = request_id_var.get()
    return record


def install_request_ids() -> None:
    if logging.getLogRecordFactory() is not _record_with_request_id:
        logging.setLogRecordFactory(_record_with_request_id)


install_request_ids()


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname,
            "logger": record.name,
            "request_id": getattr(record, "request_id", "-"),
            "message": record.getMessage(),
        }
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return orjson.dumps(line).decode()


def configure_logging(level: str = "INFO", json: bool = False) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        JsonFormatter()
        if json
        else logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s")
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # strawberry logs every resolver error itself; ours carry the request id instead.
    logging.getLogger("strawberry.execution").setLevel(logging.CRITICAL)
    # Font subsetting (fontTools, in WeasyPrint) logs every glyph at INFO;
    # alembic every plugin; WeasyPrint warns of each screen-only CSS property
    # of the philosophy page it ignores in print.
    for chatty in ("fontTools", "alembic.runtime.plugins"):
        logging.getLogger(chatty).setLevel(logging.WARNING)
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
