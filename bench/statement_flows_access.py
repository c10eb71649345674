"""Signing in and importing the organisation's structure, for
``bench/statements.py``: a person who is a member of N organisations signs in
with a password, a magic link and a refresh token (items: the person's
memberships); HR uploads a file of N people and the import runs as the
worker would (items: the file's lines)."""

from __future__ import annotations

import re
from typing import Any

import httpx

from bench.statement_counter import Counter

PASSWORD = "korrekt hest batteri hæfteklamme"


def _get(data: dict[str, Any], *path: str) -> Any:
    for key in path:
        data = (data or {}).get(key) or {}
    return data or None


async def sign_in_flow(api: Counter, session: Any, n: int) -> None:
    from backend.identity.models import Membership
    from tests.support.factories import make_organisation, make_person

    home = await make_organisation(session)
    member = await make_person(session, home, roles=["LEADER"], name="Medlem af N")
    for _ in range(n - 1):  # N organisations in all, the same person in each
        other = await make_organisation(session)
        session.add(Membership(organisation_id=other.id, person_id=member.person_id, roles=[]))
    await session.commit()
    email = (await _email(session, member.person_id)) or ""
    await api.op("ChangePassword", {"input": {"newPassword": PASSWORD}}, member)
    signed = await api.op(
        "SignIn", {"input": {"email": email, "password": PASSWORD, "organisation": home.slug}}, None
    )
    refreshed = await api.op(
        "RefreshToken", {"input": {"refreshToken": _get(signed, "signIn", "refreshToken")}}, None
    )
    await api.op("Viewer", {}, member, label="Viewer (member of N organisations)")
    await api.op("RequestMagicLink", {"input": {"email": email}}, None)
    token = await _mailed_token(session, email)
    if token:
        await api.op(
            "SignInWithMagicLink", {"input": {"token": token, "organisation": home.slug}}, None
        )
    await api.op(
        "SignOut",
        {"input": {"refreshToken": _get(refreshed, "refreshToken", "refreshToken")}},
        member,
    )


async def _email(session: Any, person_id: int) -> str | None:
    from backend.identity.models import Person

    person = await session.get(Person, person_id)
    return person.email if person else None


async def _mailed_token(session: Any, email: str) -> str | None:
    """The secret of the link the mail carries (what the person clicks)."""
    from sqlalchemy import select

    from backend.jobs.models import OutboxMessage

    rows = await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id.desc()).limit(20))
    for message in rows:
        text = str(message.payload)
        if email in text and "token=" in text:
            found = re.search(r"token=([A-Za-z0-9_\-]+)", text)
            if found:
                return found.group(1)
    return None


async def structure_import_flow(api: Counter, session: Any, n: int) -> None:
    from sqlalchemy import select

    from backend.db import get_database
    from backend.identity.structure_import.tasks import import_structure
    from backend.jobs.models import OutboxMessage
    from backend.jobs.outbox_task import handle_message
    from tests.support.factories import make_organisation, make_person

    org = await make_organisation(session)
    hr = await make_person(session, org, roles=["HR"], name="HR")
    await session.commit()
    lines = ["e-mail;navn;enhed;leder_email;stilling;leder_siden;roller"]
    chief = f"chef-{org.slug}@example.dk"
    lines.append(f"{chief};Chef;Kommunen;;Direktør;;leder")
    lines += [
        f"leder-{i}-{org.slug}@example.dk;Leder {i};Kommunen > Enhed {i};{chief};Leder;;leder"
        for i in range(n)
    ]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    created = await api.op(
        "CreateStructureImport",
        {"input": {"filename": "struktur.csv", "contentType": "text/csv", "size": len(data)}},
        hr,
    )
    record = _get(created, "createStructureImport", "structureImport") or {}
    upload = record.get("upload") or {}
    if not upload:
        return
    headers = {h["name"]: h["value"] for h in upload.get("headers") or []}
    url = httpx.URL(upload["url"])
    target = url if url.host not in ("", "localhost", "127.0.0.1") else url.raw_path.decode()
    await api.client.request(upload["method"], target, content=data, headers=headers)
    await api.op(
        "StartStructureImport", {"input": {"id": record["id"]}}, hr, label="StartStructureImport"
    )
    message = await session.scalar(
        select(OutboxMessage.id)
        .where(OutboxMessage.task == "identity.import_structure")
        .order_by(OutboxMessage.id.desc())
    )
    if message is not None:
        await handle_message(get_database(), api.settings, message, import_structure)
    await api.op("StructureImport", {"id": record["id"]}, hr, label="StructureImport (N lines)")
