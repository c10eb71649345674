"""Rendering mail from templates.

A mail template ``name`` is three files per locale in a template folder:
``name.<locale>.subject.txt``, ``name.<locale>.txt`` and ``name.<locale>.html``.
HTML is autoescaped, the text parts are not; a missing variable is an error
rather than a blank in a sent mail. A locale without the template falls back
to Danish, then English.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlsplit

from jinja2 import (
    Environment,
    FileSystemLoader,
    StrictUndefined,
    Template,
    TemplateNotFound,
    select_autoescape,
)

from backend.i18n import DEFAULT_LOCALE, Locale

BUILTIN_FOLDER = Path(__file__).resolve().parent / "templates"
PARTS = ("subject.txt", "txt", "html")

_folders: list[Path] = [BUILTIN_FOLDER]


def register_template_folder(path: Path | str) -> None:
    """Add a folder of mail templates (a domain's own); searched after the ones before it."""
    folder = Path(path).resolve()
    if not folder.is_dir():
        raise ValueError(f"no template folder at {folder}")
    if folder not in _folders:
        _folders.append(folder)
        _environment.cache_clear()
        _existing.clear()


@cache
def _environment() -> Environment:
    environment = Environment(
        loader=FileSystemLoader([str(folder) for folder in _folders]),
        autoescape=select_autoescape(enabled_extensions=("html",), default=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["web_url"] = web_url
    return environment


def web_url(value: str) -> str:
    """Only http(s) links go into a mail: a javascript: link in a button is an attack."""
    if urlsplit(value).scheme not in ("http", "https"):
        raise ValueError(f"not a web address: {value!r}")
    return value


def normalise_locale(locale: str | None) -> Locale:
    tag = (locale or "").strip().lower()[:2]
    # The member from the map, not Locale(tag): calling the enum is three times
    # slower, and queueing a cohort's invitations asks for every mail.
    return cast(Locale, Locale._value2member_map_.get(tag, DEFAULT_LOCALE))


def _fallbacks(locale: Locale) -> list[Locale]:
    return [locale, *(other for other in (Locale.DA, Locale.EN) if other != locale)]


def _select(template: str, locale: Locale, part: str) -> Template:
    names = [f"{template}.{candidate}.{part}" for candidate in _fallbacks(locale)]
    return _environment().select_template(names)


# Templates found once: queue_mail asks for every mail, and each look-up
# stats the template files (Jinja's auto-reload check); inviting 100,000
# raters spent a sixth of its time here (bench/NOTES.md). Only found ones are
# remembered, so a folder registered later is still searched.
_existing: set[str] = set()


def template_exists(template: str) -> bool:
    """True if every part exists in at least one locale."""
    if template in _existing:
        return True
    try:
        for part in PARTS:
            _select(template, DEFAULT_LOCALE, part)
    except TemplateNotFound:
        return False
    _existing.add(template)
    return True


def render_mail(template: str, locale: str, context: dict[str, Any]) -> tuple[str, str, str]:
    """The subject (one line), plain text and HTML of ``template`` in ``locale``."""
    chosen = normalise_locale(locale)
    values = {**context, "locale": chosen.value}
    subject, text, html = (_select(template, chosen, part).render(values) for part in PARTS)
    # One line, always: a newline in a header would start another header.
    return " ".join(subject.split()), text, html
