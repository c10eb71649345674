"""moto's standalone S3 server, made as strict as S3 about presigned URLs.

moto 5.2 accepts any presigned URL: it checks neither the SigV4 signature of
``X-Amz-Signature`` query requests (so not the signed Content-Type) nor their
expiry. ``PresignedUrlCheck`` does both, the way S3 does, before moto sees
the request; requests signed in an Authorization header (boto3's own calls)
pass straight through. moto ignores the policy of a browser-form POST upload
(``generate_presigned_post``) too; ``PostPolicyCheck`` checks its signature,
expiry and every condition (exact fields, ``starts-with``,
``content-length-range``, no field the policy does not name) as S3 does.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
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
from werkzeug.formparser import parse_form_data
from werkzeug.serving import make_server

ACCESS_KEY = "testing"
SECRET_KEY = "testing"

StartResponse = Callable[..., Any]


class PresignedUrlCheck:
    def __init__(self, app: Callable[..., Iterable[bytes]], secrets: Mapping[str, str]) -> None:
        self.app = app
        self.secrets = secrets
        # How far the server's clock runs ahead: tests move it instead of sleeping.
        self._clock_skew = timedelta()

    @property
    def clock_skew(self) -> timedelta:
        return self._clock_skew

    @clock_skew.setter
    def clock_skew(self, value: timedelta) -> None:
        self._clock_skew = value
        if isinstance(self.app, PostPolicyCheck):  # one clock for both checks
            self.app.clock_skew = value

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


# Form fields S3 never asks a policy to name.
_UNCONDITIONED = {"x-amz-signature", "file", "policy"}


class PostPolicyCheck:
    """S3's checks of a browser-form POST upload, in front of moto."""

    def __init__(self, app: Callable[..., Iterable[bytes]], secrets: Mapping[str, str]) -> None:
        self.app = app
        self.secrets = secrets
        # How far the server's clock runs ahead (shared with PresignedUrlCheck).
        self.clock_skew = timedelta()

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        content_type = environ.get("CONTENT_TYPE", "")
        if environ["REQUEST_METHOD"] != "POST" or not content_type.startswith(
            "multipart/form-data"
        ):
            return self.app(environ, start_response)
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(length)
        copy = {**environ, "wsgi.input": io.BytesIO(body)}
        _, form, files = parse_form_data(copy)
        if "policy" not in form:
            return self._forward(environ, body, start_response)
        bucket = environ.get("PATH_INFO", "/").strip("/").split("/", 1)[0]
        fields = {name.lower(): value for name, value in form.items()}
        upload = files.get("file")
        size = len(upload.read()) if upload is not None else 0
        problem = self._problem(fields, bucket, size)
        if problem is None:
            return self._forward(environ, body, start_response)
        status, code, message = problem
        error = f"<Error><Code>{code}</Code><Message>{message}</Message></Error>".encode()
        start_response(status, [("Content-Type", "application/xml")])
        return [error]

    def _forward(
        self, environ: dict[str, Any], body: bytes, start_response: StartResponse
    ) -> Iterable[bytes]:
        environ["wsgi.input"] = io.BytesIO(body)
        return self.app(environ, start_response)

    def _problem(self, fields: dict[str, str], bucket: str, size: int) -> tuple[str, ...] | None:
        denied = "403 Forbidden"
        try:
            policy = json.loads(base64.b64decode(fields["policy"]))
            access_key, scope = fields["x-amz-credential"].split("/", 1)
            date, region, service, _ = scope.split("/")
            key = f"AWS4{self.secrets[access_key]}".encode()
        except (KeyError, ValueError):
            return denied, "AccessDenied", "Malformed POST policy"
        for part in (date, region, service, "aws4_request"):
            key = hmac.new(key, part.encode(), hashlib.sha256).digest()
        expected = hmac.new(key, fields["policy"].encode(), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, fields.get("x-amz-signature", "")):
            return denied, "SignatureDoesNotMatch", "The policy signature does not match"
        expires = datetime.strptime(policy["expiration"], "%Y-%m-%dT%H:%M:%SZ")
        if datetime.now(UTC) + self.clock_skew > expires.replace(tzinfo=UTC):
            return denied, "AccessDenied", "Invalid according to Policy: Policy expired."
        values = {**fields, "bucket": bucket}
        named: set[str] = set()
        for condition in policy["conditions"]:
            failed = self._failed(condition, values, size, named)
            if failed:
                return failed
        extra = set(fields) - named - _UNCONDITIONED
        extra = {f for f in extra if not f.startswith("x-ignore-")}
        if extra:
            return (
                denied,
                "AccessDenied",
                f"Invalid according to Policy: Extra input fields: {sorted(extra)}",
            )
        return None

    def _failed(
        self, condition: Any, values: dict[str, str], size: int, named: set[str]
    ) -> tuple[str, ...] | None:
        denied = "403 Forbidden"
        if isinstance(condition, dict):
            ((name, wanted),) = condition.items()
            operator, name = "eq", name.lower()
        elif condition[0] == "content-length-range":
            low, high = int(condition[1]), int(condition[2])
            if size > high:
                return (
                    "400 Bad Request",
                    "EntityTooLarge",
                    "Your proposed upload exceeds the maximum allowed size",
                )
            if size < low:
                return (
                    "400 Bad Request",
                    "EntityTooSmall",
                    "Your proposed upload is smaller than the minimum allowed size",
                )
            return None
        else:
            operator, name, wanted = condition[0], condition[1].lstrip("$").lower(), condition[2]
        named.add(name)
        given = values.get(name, "")
        ok = given == wanted if operator == "eq" else given.startswith(wanted)
        if not ok:
            return (
                denied,
                "AccessDenied",
                f"Invalid according to Policy: Policy Condition failed: {condition}",
            )
        return None


class StrictMotoServer(ThreadedMotoServer):
    """``ThreadedMotoServer`` with ``PresignedUrlCheck`` in front of moto."""

    def __init__(self) -> None:
        super().__init__(ip_address="127.0.0.1", port=0, verbose=False)
        self.check = PresignedUrlCheck(
            PostPolicyCheck(
                DomainDispatcherApplication(create_backend_app), {ACCESS_KEY: SECRET_KEY}
            ),
            {ACCESS_KEY: SECRET_KEY},
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
