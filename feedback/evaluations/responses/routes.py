"""The rater's page behind an invitation link: ``GET /rate?t=…`` shows the
form and changes nothing (mail scanners open every link); ``POST /rate``
saves a draft, submits or declines.

Plain HTML forms, no JavaScript and no cookies: the link's secret travels in
the form body, which another site cannot know, so there is nothing to forge.
Danish or English by ``?lang=``, else ``Accept-Language``, else the rater's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from backend.api.errors import DomainError, DomainErrors, ErrorCode
from backend.i18n import Locale, translate
from feedback.evaluations import service
from feedback.evaluations.delivery.service import RATER_PATH
from feedback.evaluations.responses.service import FormState, RaterForm, validate
from feedback.evaluations.responses.types import anonymity_notice

router = APIRouter()
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
_environment = Environment(
    loader=FileSystemLoader(str(TEMPLATES)),
    autoescape=select_autoescape(enabled_extensions=("html",), default=True),
)
HEADERS = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
}
CANNOT_JUDGE = "x"


def _locale(request: Request, asked: str | None, fallback: str) -> Locale:
    if asked in ("da", "en"):
        return Locale(asked)
    for part in (request.headers.get("accept-language") or "").split(","):
        tag = part.split(";")[0].strip().lower()[:2]
        if tag in ("da", "en"):
            return Locale(tag)
    return Locale(fallback if fallback in ("da", "en") else "da")


def _render(template: str, status: int, **values: Any) -> HTMLResponse:
    locale = values["locale"]
    html = _environment.get_template(template).render(
        t=lambda key, **params: translate(key, locale, **params), **values
    )
    return HTMLResponse(html, status_code=status, headers=HEADERS)


def _message_page(request: Request, key: str, status: int, lang: str | None) -> HTMLResponse:
    return _render("rater_message.html", status, locale=_locale(request, lang, "da"), message=key)


def _form_page(
    request: Request,
    token: str,
    form: RaterForm,
    lang: str | None,
    *,
    status: int = 200,
    saved: bool = False,
    errors: dict[str, str] | None = None,
    posted: tuple[dict[int, str], dict[int, str]] | None = None,
) -> HTMLResponse:
    locale = _locale(request, lang, form.locale)
    if form.state != FormState.OPEN:
        key = {
            FormState.SUBMITTED: "feedback.page.submitted",
            FormState.DECLINED: "feedback.rater.declined",
            FormState.CLOSED: "feedback.rater.expired",
        }[form.state]
        return _render("rater_message.html", status, locale=locale, message=key)
    chosen = {i: (CANNOT_JUDGE if v is None else str(v)) for i, v in form.answers.items()}
    comments = dict(form.comments)
    if posted is not None:
        chosen.update(posted[0])
        comments.update(posted[1])
    other = "en" if locale == Locale.DA else "da"
    return _render(
        "rater.html",
        status,
        locale=locale,
        token=token,
        form=form,
        structure=form.structure,
        labels=form.structure.scale_labels(locale),
        chosen=chosen,
        comments=comments,
        saved=saved,
        errors=errors or {},
        notice=anonymity_notice(form, form.minimum, locale),
        closes=form.closes_at.strftime("%d.%m.%Y %H:%M UTC"),  # type: ignore[attr-defined]
        other_locale=other,
        other_url=f"{RATER_PATH}?{urlencode({'t': token, 'lang': other})}",
        action=RATER_PATH,
    )


@router.get(RATER_PATH, include_in_schema=False)
async def show(request: Request, t: str = "", lang: str | None = None, saved: int = 0) -> Response:
    async with request.app.state.database.session() as session:
        try:
            form = await service.rater_form(session, t)
            return _form_page(request, t, form, lang, saved=bool(saved))
        except DomainError:
            return _message_page(request, "feedback.rater.unknown_token", 404, lang)
        finally:
            # Reading must not write: nothing is committed, whatever happened.
            await session.rollback()


def _parse(fields: dict[str, str]) -> tuple[dict[int, int | None], dict[int, str], dict[str, str]]:
    """Answers, comments and the raw values of fields that are not numbers."""
    answers: dict[int, int | None] = {}
    comments: dict[int, str] = {}
    bad: dict[str, str] = {}
    for name, value in fields.items():
        kind, _, key = name.partition("-")
        if not key.isdigit() or len(key) > 18:
            continue
        if kind == "a":
            if value == CANNOT_JUDGE:
                answers[int(key)] = None
            elif value.strip().lstrip("-").isdigit() and len(value) < 6:
                answers[int(key)] = int(value)
            else:
                bad[key] = value
        elif kind == "c":
            comments[int(key)] = value
    return answers, comments, bad


def _same_origin(request: Request) -> bool:
    """A second line behind the secret in the body: refuse a POST a browser
    says came from another site. (With ``Referrer-Policy: no-referrer`` a
    browser sends ``Origin: null`` for its own form, so that value passes.)"""
    if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        return False
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return True
    return urlsplit(origin).netloc == request.headers.get("host", "")


@router.post(RATER_PATH, include_in_schema=False)
async def post(request: Request) -> Response:
    body = await request.form()
    fields = {k: v for k, v in body.items() if isinstance(v, str)}
    token, lang, action = fields.get("t", ""), fields.get("lang"), fields.get("action", "save")
    if not _same_origin(request):
        return _message_page(request, "error.forbidden", 403, lang)
    answers, comments, bad = _parse(fields)
    database = request.app.state.database
    async with database.session() as session:
        try:
            form = await service.rater_form(session, token)
        except DomainError:
            return _message_page(request, "feedback.rater.unknown_token", 404, lang)
        if form.state != FormState.OPEN:
            return _form_page(request, token, form, lang, status=409)
        if action == "decline":
            await service.decline(session, token, fields.get("reason", "")[:1000])
            await session.commit()
            return _redirect(token, lang)
        locale = _locale(request, lang, form.locale)
        errors = {
            key: translate("feedback.rater.out_of_scale", locale, minimum=1, maximum=5)
            for key in bad
        }
        problems = validate(form.structure, answers, comments)
        for problem in problems:
            errors[problem.field[-1] if problem.field else ""] = translate(
                problem.message_key, locale, **problem.params
            )
        # Whatever is valid is kept, so nothing the rater typed is lost.
        valid_answers = {i: v for i, v in answers.items() if str(i) not in errors}
        valid_comments = {q: c for q, c in comments.items() if str(q) not in errors}
        form = await service.save(session, token, valid_answers, valid_comments)
        await session.commit()
    posted: tuple[dict[int, str], dict[int, str]] = ({int(k): v for k, v in bad.items()}, {})
    if errors:
        return _form_page(request, token, form, lang, status=422, errors=errors, posted=posted)
    if action != "submit":
        return _redirect(token, lang, saved=True)
    async with database.session() as session:
        try:
            await service.submit_response(session, token)
            await session.commit()
        except (DomainError, DomainErrors) as error:
            await session.rollback()
            found = error.errors if isinstance(error, DomainErrors) else [error]
            return _form_page(
                request,
                token,
                form,
                lang,
                status=422,
                errors=_messages(found, _locale(request, lang, form.locale)),
            )
    return _redirect(token, lang)


def _messages(errors: list[DomainError], locale: Locale) -> dict[str, str]:
    found = {}
    for error in errors:
        key = error.field[-1] if error.field else ""
        found[key] = translate(error.message_key, locale, **error.params)
    return found


def _redirect(token: str, lang: str | None, saved: bool = False) -> RedirectResponse:
    query = {"t": token, **({"lang": lang} if lang in ("da", "en") else {})}
    if saved:
        query["saved"] = "1"
    return RedirectResponse(f"{RATER_PATH}?{urlencode(query)}", status_code=303, headers=HEADERS)


__all__ = ["router", "ErrorCode"]
