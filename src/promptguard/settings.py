"""Settings of the HTTP service: one ``BaseSettings`` read from ``PROMPTGUARD_*`` variables.

Two kinds of configuration live apart on purpose:

* :class:`Settings` (this module's main class) is process-level: ports, limits, the vault
  backend, keys for encryption and audit. It is read once at start from the environment
  (``PROMPTGUARD_MAX_BODY_BYTES=...``) or from ``promptguard serve`` flags.
* :class:`AccessConfig` is the *reloadable* part: API keys (as hashes), their scopes and
  policies, named policies and the client CIDR allow-list. It lives in the YAML file named
  by ``Settings.config`` and is reloaded on ``SIGHUP`` or when the file changes, so keys can
  be rotated or revoked without a restart.

Secrets (vault key, audit key) are only ever read from the environment, never from the
YAML file, so the file can be checked into a repository.
"""

from __future__ import annotations

import ipaddress
import re
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from promptguard.config.yamlfile import read_yaml
from promptguard.errors import ConfigError

__all__ = ["AccessConfig", "KeySpec", "Scope", "Settings", "load_access_config"]

Scope = Literal["scan", "restore", "admin"]

_ID = r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$"
# ``sha256:<hex>`` (unsalted, what ``sha256sum`` prints) or ``sha256$<salt-hex>$<hex>``
# (salted: the same key yields different hashes in different deployments). API keys are
# 256-bit random tokens, so a slow KDF adds latency on every request without adding safety.
_HASH = re.compile(r"^(sha256:[0-9a-f]{64}|sha256\$[0-9a-f]{16,64}\$[0-9a-f]{64})$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class KeySpec(_Strict):
    """One API key, stored only as a hash."""

    id: Annotated[str, Field(pattern=_ID)]
    """Public name of the key; appears in the audit log and metrics, never the key itself."""
    hash: str
    """``sha256:<hex>`` or ``sha256$<salt>$<hex>`` (``promptguard serve --hash-key`` makes one)."""
    scopes: list[Scope] = Field(default_factory=lambda: list[Scope](["scan"]))
    policy: str | None = None
    """Default policy of this key: a name from ``policies`` or a built-in profile
    (``None``: the server's ``default_policy``)."""
    allowed_policies: list[str] = Field(default_factory=list)
    """Other policies this key may ask for in a request (``*``: any configured one)."""
    tenant: Annotated[str | None, Field(pattern=_ID)] = None
    """Pseudonym sessions are scoped to the tenant (default: the key id). Give the old and the
    new key the same tenant when rotating so that open sessions stay restorable."""
    rate_limit_per_minute: int | None = Field(default=None, ge=0)
    """Requests per minute for this key; ``None`` uses the server default, 0 is unlimited."""
    enabled: bool = True

    @field_validator("hash")
    @classmethod
    def _hash_shape(cls, value: str) -> str:
        value = value.strip().lower()
        if not _HASH.match(value):
            raise ValueError("hash must be 'sha256:<64 hex>' or 'sha256$<salt hex>$<64 hex>' (never the key itself)")
        return value

    @property
    def tenant_id(self) -> str:
        return self.tenant or self.id


class AccessConfig(_Strict):
    """The reloadable access file (YAML): keys, named policies, client allow-list."""

    keys: list[KeySpec] = Field(default_factory=list)
    policies: dict[str, str] = Field(default_factory=dict)
    """Policy names callers may use -> a built-in profile name or a policy file path."""
    allow_cidrs: list[str] = Field(default_factory=list)
    """If not empty, only clients in these networks are served (others get 403)."""

    @field_validator("allow_cidrs")
    @classmethod
    def _cidrs(cls, values: list[str]) -> list[str]:
        for v in values:
            try:
                ipaddress.ip_network(v, strict=False)
            except ValueError:
                raise ValueError(f"{v!r} is not an IP network (e.g. 10.0.0.0/8)") from None
        return values

    @model_validator(mode="after")
    def _unique_ids(self) -> AccessConfig:
        seen: set[str] = set()
        for k in self.keys:
            if k.id in seen:
                raise ValueError(f"key id {k.id!r} appears twice")
            seen.add(k.id)
        return self


def load_access_config(path: Path) -> AccessConfig:
    """Read and validate the access file; errors name the file, line and field."""
    doc = read_yaml(path)
    data = doc.data if doc.data is not None else {}
    if not isinstance(data, dict):
        raise ConfigError("the access file must be a mapping with 'keys', 'policies', 'allow_cidrs'", file=str(path))
    try:
        return AccessConfig.model_validate(data)
    except Exception as exc:  # noqa: BLE001 - re-raised as ConfigError with the location
        errors = getattr(exc, "errors", None)
        if callable(errors):
            err = errors()[0]
            loc = tuple(err["loc"])
            field = ".".join(str(x) for x in loc) or None
            raise ConfigError(err["msg"], file=str(path), line=doc.line_of(loc), field=field) from None
        raise ConfigError(str(exc), file=str(path)) from None


class Settings(BaseSettings):
    """Process-level settings of ``promptguard serve`` (environment prefix ``PROMPTGUARD_``)."""

    model_config = SettingsConfigDict(env_prefix="PROMPTGUARD_", extra="ignore", frozen=True)

    # --- server
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=0, le=65535)
    workers: int = Field(default=1, ge=1, le=64)
    forwarded_allow_ips: str | None = None
    """Proxies whose ``X-Forwarded-For`` uvicorn trusts (the client IP used by ``allow_cidrs``)."""
    log_level: Literal["debug", "info", "warning", "error"] = "info"

    # --- access
    config: Path | None = None
    """The access file (keys, policies, allow-list); reloaded on SIGHUP or change."""
    insecure_no_auth: bool = False
    """Serve without API keys (every caller gets every scope). Only for local development."""
    reload_interval_s: float = Field(default=2.0, gt=0)
    """How often the access file's modification time is checked."""
    metrics_public: bool = False
    """Serve ``/metrics`` without a key (otherwise the ``admin`` scope is needed)."""
    default_policy: str = "default"
    """Policy used by keys that name none and by the no-auth mode."""

    # --- limits
    max_body_bytes: int = Field(default=2_000_000, ge=1024)
    max_text_chars: int = Field(default=200_000, ge=1)
    max_texts: int = Field(default=128, ge=1)
    max_json_depth: int = Field(default=32, ge=2)
    request_timeout_s: float = Field(default=30.0, gt=0)
    rate_limit_per_minute: int = Field(default=6000, ge=0)
    """Default per-key limit (0 = unlimited). Shared across workers when the vault is Redis."""
    max_concurrency: int = Field(default=32, ge=1)
    """Scans running at once per worker; more wait (bounded by the request timeout)."""

    # --- vault
    vault: Literal["memory", "redis"] = "memory"
    redis_url: str = "redis://127.0.0.1:6379/0"
    vault_key: SecretStr | None = None
    """AES-GCM key for values at rest in Redis (hex, base64 or a 16+ character passphrase)."""
    vault_ttl_seconds: float = Field(default=3600.0, gt=0)
    vault_max_entries: int = Field(default=10_000, ge=1)
    redis_timeout_s: float = Field(default=2.0, gt=0)
    redis_prefix: str = Field(default="promptguard:", pattern=r"^[A-Za-z0-9_.:\-]{1,64}$")
    """Prefix of every Redis key (vault sessions, rate limits): deployments can share a Redis."""

    # --- audit
    audit_log: Path | None = None
    """JSON-lines audit file (hash-chained). Unset: audit records go to the ``promptguard.audit`` logger."""
    audit_key: SecretStr | None = None
    """HMAC key for the text digests in audit records (set it to correlate across restarts)."""

    # --- models
    preload: bool = True
    """Build the default policy's guard (and its NER model) before reporting ready."""

    @field_validator("config", "audit_log", mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        return None if value == "" else value
