"""moto's standalone S3 server, made as strict as S3 about presigned URLs.

moto 5.2 accepts any presigned URL: it checks neither the SigV4 signature of
``X-Amz-Signature`` query requests (so not the signed Content-Type) nor their
expiry. ``PresignedUrlCheck`` does both, the way S3 does, before moto sees
the request; requests signed in an Authorization header (boto3's own calls)
pass straight through.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import unquote

from moto.moto_server.werkzeug_app import (
    DomainDispatcherApplication,
    MotoRequestHandler,
    create_backend_app,
)
from moto.server import ThreadedMotoServer
from werkzeug.serving import make_server

ACCESS_KEY = "testing"
SECRET_KEY = "testing"

StartResponse = Callable[..., Any]


class PresignedUrlCheck:
    def __init__(self, app: Callable[..., Iterable[bytes]], secrets: Mapping[str, str]) -> None:
        self.app = app
        self.secrets = secrets
        # How far the server's clock runs ahead: tests move it instead of sleeping.
        self.clock_skew = timedelta()

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        query = environ.get("QUERY_STRING", "")
        if "X-Amz-Signature=" not in query:
            return self.app(environ, start_response)
        problem = self._problem(environ, query)
        if problem is None:
            return self.app(environ, start_response)
        code, message = problem
        body = f"<Error><Code>{code}</Code><Message>{message}</Message></Error>".encode()
        start_response("403 Forbidden", [("Content-Type", "application/xml")])
        return [body]

    def _problem(self, environ: dict[str, Any], query: str) -> tuple[str, str] | None:
        pairs = [pair.partition("=")[::2] for pair in query.split("&")]
        params = {unquote(name): unquote(value) for name, value in pairs}
        try:
            expected = self._signature(environ, pairs, params)
            signed_at = datetime.strptime(params["X-Amz-Date"], "%Y%m%dT%H%M%SZ")
            lifetime = timedelta(seconds=int(params["X-Amz-Expires"]))
        except (KeyError, ValueError):
            return "AccessDenied", "Malformed presigned URL"
        if not hmac.compare_digest(expected, params["X-Amz-Signature"]):
            return "SignatureDoesNotMatch", "The request signature does not match"
        if datetime.now(UTC) + self.clock_skew > signed_at.replace(tzinfo=UTC) + lifetime:
            return "AccessDenied", "Request has expired"
        return None

    def _signature(
        self, environ: dict[str, Any], pairs: list[tuple[str, str]], params: dict[str, str]
    ) -> str:
        access_key, scope = params["X-Amz-Credential"].split("/", 1)
        date, region, service, _ = scope.split("/")
        signed = params["X-Amz-SignedHeaders"]
        canonical_request = "\n".join(
            [
                environ["REQUEST_METHOD"],
                environ["RAW_URI"].split("?", 1)[0],
                "&".join(f"{k}={v}" for k, v in sorted(pairs) if k != "X-Amz-Signature"),
                "".join(f"{h}:{_header(environ, h)}\n" for h in signed.split(";")),
                signed,
                "UNSIGNED-PAYLOAD",
            ]
        )
        digest = hashlib.sha256(canonical_request.encode()).hexdigest()
        to_sign = f"AWS4-HMAC-SHA256\n{params['X-Amz-Date']}\n{scope}\n{digest}"
        key = f"AWS4{self.secrets[access_key]}".encode()
        for part in (date, region, service, "aws4_request"):
            key = hmac.new(key, part.encode(), hashlib.sha256).digest()
        return hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()


def _header(environ: dict[str, Any], name: str) -> str:
    plain = {"content-type": "CONTENT_TYPE", "content-length": "CONTENT_LENGTH"}
    value = environ.get(plain.get(name, "HTTP_" + name.upper().replace("-", "_")), "")
    return " ".join(str(value).split())


class StrictMotoServer(ThreadedMotoServer):
    """``ThreadedMotoServer`` with ``PresignedUrlCheck`` in front of moto."""

    def __init__(self) -> None:
        super().__init__(ip_address="127.0.0.1", port=0, verbose=False)
        self.check = PresignedUrlCheck(
            DomainDispatcherApplication(create_backend_app), {ACCESS_KEY: SECRET_KEY}
        )

    def _server_entry(self) -> None:
        # As ThreadedMotoServer's own, with the check wrapped around the app.
        self._server = make_server(
            self._ip_address, self._port, self.check, True, request_handler=MotoRequestHandler
        )
        self._server_ready_event.set()
        self._server.serve_forever()

    @property
    def endpoint_url(self) -> str:
        host, port = self.get_host_and_port()
        return f"http://{host}:{port}"
