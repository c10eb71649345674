"""Every setting of the platform, read from ``LEDELYST_*`` environment variables.

The defaults are the embedded ones: a fresh machine runs the whole platform
with nothing installed beyond Python (SQLite, a folder for files, a folder as
the Celery broker, mail written to a folder).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var"
DEVELOPMENT_SECRET = "dev-secret-change-me-in-production-0123456789"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LEDELYST_", env_file=".env", extra="ignore")

    production: bool = Field(
        default=False,
        description="Turns off GraphiQL and introspection, masks unexpected errors and "
        "requires HTTPS-only cookies and HSTS.",
    )
    secret_key: str = Field(
        default=DEVELOPMENT_SECRET,
        description="Signs access tokens and download URLs. Must be set in production.",
    )
    base_url: str = Field(
        default="",
        description="Public address of the API, which every generated link uses. Empty: "
        "`http://HOST:PORT` of the two settings below (127.0.0.1 when HOST is every address).",
    )
    host: str = Field(default="127.0.0.1", description="Address `ledelyst serve` binds.")
    port: int = Field(default=8000, description="Port `ledelyst serve` binds.")
    web_concurrency: int = Field(default=1, description="API worker processes per server.")
    web_folder: Path = Field(
        default=ROOT / "web" / "dist",
        description="The built app (`make web`), served at `/`.",
    )

    database_url: str = Field(
        default=f"sqlite+aiosqlite:///{VAR / 'ledelyst.sqlite3'}",
        description="SQLAlchemy async URL: postgresql+asyncpg://… or sqlite+aiosqlite:///…",
    )
    database_pool_size: int = Field(default=10, description="Connections per process.")
    database_echo: bool = Field(default=False, description="Log every SQL statement.")

    broker_url: str = Field(
        default="filesystem://",
        description="Celery broker: redis://…, amqp://… or filesystem:// (embedded).",
    )
    broker_folder: Path = Field(
        default=VAR / "broker", description="Folder of the embedded filesystem broker."
    )
    outbox_relay_interval_seconds: float = Field(
        default=2.0, description="How often the scheduler relays outbox messages."
    )
    outbox_batch_size: int = Field(
        default=100, description="Outbox messages the relay claims per transaction."
    )
    outbox_lease_seconds: float = Field(
        default=900.0,
        description="A message relayed this long ago and not done is relayed again "
        "(its worker died or the broker lost it).",
    )
    outbox_max_attempts: int = Field(
        default=12,
        description="Failed attempts after which an outbox message is left alone, with its error.",
    )
    outbox_retry_base_seconds: float = Field(
        default=30.0,
        description="First retry delay of a failed outbox message; doubles per attempt.",
    )
    outbox_retry_max_seconds: float = Field(
        default=3600.0, description="Longest retry delay of a failed outbox message."
    )
    outbox_keep_days: int = Field(
        default=7, description="Done outbox messages are deleted after this many days."
    )
    raw_answer_retention_days: int = Field(
        default=365,
        ge=0,
        description="Raw 360 answers are deleted this many days after their cycle closed "
        "(the frozen results and reports stay).",
    )
    personal_data_export_days: int = Field(
        default=7,
        ge=1,
        description="Files of personal-data exports are deleted this many days after they "
        "were made.",
    )

    storage_backend: Literal["local", "s3"] = Field(
        default="local", description="Where files live: a local folder or S3."
    )
    storage_folder: Path = Field(default=VAR / "files", description="Folder of local storage.")
    s3_endpoint_url: str | None = Field(
        default=None, description="Any S3-compatible endpoint; empty for AWS."
    )
    s3_bucket: str = Field(default="ledelyst", description="The S3 bucket.")
    s3_region: str = Field(default="eu-north-1", description="The S3 region.")
    s3_access_key_id: str | None = Field(default=None, description="S3 access key.")
    s3_secret_access_key: str | None = Field(default=None, description="S3 secret key.")
    effect_summary_max_age_seconds: int = Field(
        default=300,
        ge=0,
        description="How long a viewer's summary of learning effect is served again before "
        "it is computed anew (0: always anew); a closing 360 cycle renews it at once.",
    )
    signed_url_seconds: int = Field(
        default=900, description="Lifetime of presigned upload and download URLs."
    )
    max_upload_bytes: int = Field(default=20 * 1024 * 1024, description="Largest upload.")

    mail_backend: Literal["folder", "smtp"] = Field(
        default="folder", description="Write mail as .eml files, or send it over SMTP."
    )
    mail_folder: Path = Field(default=VAR / "mail", description="Where folder mail goes.")
    mail_from: str = Field(default="Ledelyst <noreply@ledelyst.local>", description="Sender.")
    smtp_host: str = Field(default="127.0.0.1", description="SMTP server.")
    smtp_port: int = Field(default=25, description="SMTP port.")
    smtp_username: str | None = Field(default=None, description="SMTP user.")
    smtp_password: str | None = Field(default=None, description="SMTP password.")
    smtp_starttls: bool = Field(default=False, description="Use STARTTLS.")

    graphql_max_depth: int = Field(default=15, description="Deepest query accepted.")
    graphql_max_tokens: int = Field(default=5000, description="Most tokens in a document.")
    graphql_max_aliases: int = Field(default=20, description="Most aliases in a document.")
    graphql_max_cost: int = Field(default=50_000, description="Highest estimated query cost.")
    graphql_page_size: int = Field(default=20, description="Page size when `first` is absent.")
    graphql_max_page_size: int = Field(default=100, description="Largest `first`/`last`.")
    graphql_max_body_bytes: int = Field(default=256 * 1024, description="Largest request body.")
    persisted_queries_only: bool = Field(
        default=False,
        description="Accept only allowed documents (the app's and graphql/operations/), "
        "sent by sha256.",
    )
    idempotency_days: int = Field(
        default=30, description="How long a clientMutationId is remembered."
    )

    access_token_minutes: int = Field(default=15, description="Lifetime of an access token.")
    refresh_token_days: int = Field(default=30, description="Lifetime of a refresh token.")
    magic_link_minutes: int = Field(default=15, description="Lifetime of a magic link.")
    oidc_issuer: str | None = Field(
        default=None,
        description="OpenID Connect issuer URL; its `/.well-known/openid-configuration` "
        "names the JWKS (a trailing slash does not matter).",
    )
    oidc_audience: str | None = Field(
        default=None, description="One expected `aud` (kept for old set-ups; see the list)."
    )
    oidc_client_ids: list[str] = Field(
        default=[],
        description="Client ids accepted as `aud` (any one) and as `azp` when a token has one: "
        "the web app's, the native app's, ...",
    )
    oidc_app_client_id: str | None = Field(
        default=None,
        description="The app's own client id at the issuer (a public client, authorization "
        "code + PKCE, redirect URI `{base_url}/sign-in/oidc`); set, the sign-in screen offers it.",
    )
    oidc_jwks_url: str | None = Field(
        default=None, description="JWKS of the issuer, when discovery is not to be used."
    )
    oidc_jwks_max_age_seconds: int = Field(
        default=300, description="Keys are fetched again after this long (removed keys go then)."
    )
    oidc_jwks_refetches_per_minute: int = Field(
        default=6,
        description="Immediate JWKS fetches an unknown key id may cause per minute (rate limit).",
    )
    oidc_algorithms: list[str] = Field(
        default=["RS256", "ES256"], description="Signature algorithms accepted from the issuer."
    )
    oidc_subject_claim: str = Field(default="sub", description="Claim naming the person stably.")
    oidc_email_claims: list[str] = Field(
        default=["email", "preferred_username", "upn"],
        description="Claims tried in order for the e-mail that links a first sign-in "
        "(`preferred_username` for Entra ID v2, `upn` for v1).",
    )
    oidc_name_claim: str = Field(default="name", description="Claim with the person's name.")
    oidc_email_verified: Literal["require", "unless_false", "ignore"] = Field(
        default="unless_false",
        description="`email_verified`: `require` it true, refuse only an explicit false, "
        "or `ignore` it (an issuer that never verifies, e.g. a directory).",
    )
    oidc_roles_claim: str | None = Field(
        default=None, description="Claim with the person's groups or roles (e.g. `roles`)."
    )
    oidc_role_map: dict[str, str] = Field(
        default={},
        description='Group/role value to Ledelyst role, e.g. `{"ledelyst-hr": "HR"}`; '
        "when the roles claim is set, a sign-in brings the membership's roles that the map "
        "can give in step (the others stay as they are).",
    )
    oidc_create_people: bool = Field(
        default=False,
        description="Create a person on a first OIDC sign-in with an unknown e-mail "
        "(otherwise refused).",
    )
    oidc_organisation: str | None = Field(
        default=None, description="Slug of the organisation people created by OIDC join."
    )
    scim_role_groups: dict[str, str] = Field(
        default={},
        description="SCIM groups that are Ledelyst roles, by display name, e.g. "
        '`{"Ledelyst HR": "HR"}`; every other SCIM group is a unit.',
    )
    sign_in_window_minutes: int = Field(
        default=15, description="Window over which failed sign-ins and magic links are counted."
    )
    sign_in_max_failures_per_pair: int = Field(
        default=10,
        description="Failed sign-ins for one e-mail from one IP address in the window before "
        "that pair is refused (others, the person's own address included, go on).",
    )
    sign_in_max_failures_per_address: int = Field(
        default=100, description="Failed sign-ins from one IP address in the window."
    )
    sign_in_free_failures_per_account: int = Field(
        default=3,
        description="Failed sign-ins for one e-mail (from anywhere) before each further "
        "attempt is delayed, doubling per failure; an account is never locked.",
    )
    sign_in_delay_seconds: float = Field(
        default=0.5, description="First delay once an account's free failures are spent."
    )
    sign_in_max_delay_seconds: float = Field(
        default=8.0, description="Longest delay of one password sign-in."
    )
    magic_links_per_account: int = Field(
        default=3, description="Magic links one e-mail can ask for in the window."
    )
    new_leader_months: int = Field(default=24, description="A leader is new for this many months.")
    cors_origins: list[str] = Field(
        default=[], description="Origins allowed to call the API from a browser."
    )
    log_level: str = Field(default="INFO", description="Log level.")
    log_json: bool = Field(default=False, description="Log as JSON lines.")
    bench_mode: bool = Field(
        default=False, description="Enables the hand-written baseline endpoints of bench/."
    )

    @model_validator(mode="after")
    def _base_url_from_host_and_port(self) -> Settings:
        # Setting only LEDELYST_PORT once left every link on port 8000.
        if not self.base_url:
            self.base_url = f"http://{_url_host(self.host)}:{self.port}"
        self.base_url = self.base_url.rstrip("/")
        return self

    @model_validator(mode="after")
    def _production_needs_a_secret(self) -> Settings:
        if self.production and self.secret_key == DEVELOPMENT_SECRET:
            raise ValueError("LEDELYST_SECRET_KEY must be set when LEDELYST_PRODUCTION is on")
        if len(self.secret_key) < 32:
            raise ValueError("LEDELYST_SECRET_KEY must be at least 32 characters")
        return self

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def _url_host(host: str) -> str:
    """The host part of a URL that reaches a server bound to ``host``."""
    if host in ("0.0.0.0", ""):  # noqa: S104 - bound to every address; this one reaches it
        return "127.0.0.1"
    if host == "::":
        return "[::1]"
    return f"[{host}]" if ":" in host else host


@lru_cache
def get_settings() -> Settings:
    return Settings()


def settings_table() -> str:
    """The README's table of settings, generated so that it cannot drift."""
    lines = ["| environment variable | default | meaning |", "|---|---|---|"]
    for name, field in Settings.model_fields.items():
        default = field.default
        if isinstance(default, Path):
            default = (
                f"{default.relative_to(ROOT)}" if default.is_relative_to(ROOT) else str(default)
            )
        elif isinstance(default, str) and default.startswith("sqlite"):
            default = "sqlite+aiosqlite:///var/ledelyst.sqlite3"
        shown = "" if default in (None, "") else f"`{default}`"
        lines.append(f"| `LEDELYST_{name.upper()}` | {shown} | {field.description or ''} |")
    return "\n".join(lines)
