"""The page's stable address and the short-lived links to internal pages.

``/p/<organisation slug>/<leader slug>`` always serves the newest published
version. A PUBLIC page is open to anyone. An INTERNAL page needs a member of
the organisation: an API client sends its bearer token, and a browser (which
cannot send one on a plain navigation) opens a *page link* the app fetched
through GraphQL (``LeadershipPhilosophy.pageLink``): the address with
``expires`` and an HMAC ``signature`` over the slugs and the expiry, valid
for ``signed_url_seconds``. A page link grants reading that one page and
nothing else, to whoever holds it until it expires, like a file download URL.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
import json
import time
from enum import StrEnum
from urllib.parse import quote, urlencode

from backend.settings import Settings

PAGE_PREFIX = "/p"
_PURPOSE = b"ledelyst.philosophy.page-link.v1"


class LinkCheck(StrEnum):
    VALID = "VALID"
    EXPIRED = "EXPIRED"
    INVALID = "INVALID"


def page_path(organisation_slug: str, slug: str) -> str:
    return f"{PAGE_PREFIX}/{quote(organisation_slug, safe='')}/{quote(slug, safe='')}"


def page_address(settings: Settings, organisation_slug: str, slug: str) -> str:
    return f"{settings.base_url.rstrip('/')}{page_path(organisation_slug, slug)}"


def pdf_address(settings: Settings, organisation_slug: str, slug: str) -> str:
    return f"{page_address(settings, organisation_slug, slug)}/pdf"


def _signature(settings: Settings, organisation_slug: str, slug: str, expires: int) -> str:
    key = hmac.new(settings.secret_key.encode(), _PURPOSE, hashlib.sha256).digest()
    message = json.dumps([organisation_slug, slug, expires], separators=(",", ":"))
    digest = hmac.new(key, message.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def signed_page_link(
    settings: Settings, organisation_slug: str, slug: str, now: float | None = None
) -> str:
    expires = int(now if now is not None else time.time()) + settings.signed_url_seconds
    query = {
        "expires": str(expires),
        "signature": _signature(settings, organisation_slug, slug, expires),
    }
    return f"{page_address(settings, organisation_slug, slug)}?{urlencode(query)}"


def check_page_link(
    settings: Settings,
    organisation_slug: str,
    slug: str,
    expires: str,
    signature: str,
    now: float | None = None,
) -> LinkCheck:
    """The signature first, so "expired" is only said of a link we made."""
    if not expires.isdigit() or len(expires) > 12:
        return LinkCheck.INVALID
    expected = _signature(settings, organisation_slug, slug, int(expires))
    if not hmac.compare_digest(expected.encode(), signature.encode()):
        return LinkCheck.INVALID
    if int(now if now is not None else time.time()) > int(expires):
        return LinkCheck.EXPIRED
    return LinkCheck.VALID


# --- addresses inside the stored page ------------------------------------------------------
# The stored HTML holds no absolute address of the API: the base URL (a port,
# a host) may change after publication, and the visibility too. Links are
# relative and settled when the page is served (or copied for a CDN).

PUBLIC_COPY_PDF = "ledelsesgrundlag.pdf"


def relative_pdf_href(slug: str) -> str:
    """From ``/p/<organisation>/<slug>``, its PDF at ``/p/<organisation>/<slug>/pdf``."""
    return f"{quote(slug, safe='')}/pdf"


def _pdf_attribute(href: str) -> str:
    return f'class="pdf" href="{html.escape(href)}"'


def storage_images_relative(page: str, settings: Settings) -> str:
    """Images of the local storage as ``/files/…`` of the page's own origin."""
    absolute = html.escape(f"{settings.base_url.rstrip('/')}/files/")
    return page.replace(f'src="{absolute}', 'src="/files/')


def pdf_link_for_public_copy(page: str, slug: str) -> str:
    """The CDN copy lies beside its PDF."""
    return page.replace(_pdf_attribute(relative_pdf_href(slug)), _pdf_attribute(PUBLIC_COPY_PDF))


def pdf_link_with_query(page: str, slug: str, query: str) -> str:
    """A page opened by a signed link: the same signature opens its PDF."""
    href = relative_pdf_href(slug)
    return page.replace(_pdf_attribute(href), _pdf_attribute(f"{href}?{query}"))
