"""Sending a file the way a client follows an upload ticket: PUT the bytes
with the headers, or POST a multipart form of the fields and the file."""

from __future__ import annotations

from collections.abc import Mapping

import httpx


async def send_upload(
    http: httpx.AsyncClient,
    url: str,
    method: str,
    headers: Mapping[str, str],
    fields: Mapping[str, str],
    data: bytes,
    *,
    content_type: str | None = None,
    filename: str = "upload",
) -> httpx.Response:
    """``content_type`` overrides the one the ticket names (an attacker's lie)."""
    if method == "POST":
        form = dict(fields)
        if content_type is not None:
            form["Content-Type"] = content_type
        part_type = form.get("Content-Type", "application/octet-stream")
        return await http.post(url, data=form, files={"file": (filename, data, part_type)})
    sent = dict(headers)
    if content_type is not None:
        sent["Content-Type"] = content_type
    return await http.request(method, url, headers=sent, content=data)
