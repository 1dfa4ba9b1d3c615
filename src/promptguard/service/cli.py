"""``promptguard serve``: run the HTTP service with uvicorn."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["add_parser"]

log = logging.getLogger("promptguard.service")


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "serve",
        help="run the HTTP scanning service",
        description="Run the HTTP service. Every option can also be set as PROMPTGUARD_<NAME> in the environment.",
    )
    parser.add_argument("--host", help="bind address (default 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port (default 8000)")
    parser.add_argument("--workers", type=int, help="worker processes (default 1)")
    parser.add_argument("--config", type=Path, help="access file: API key hashes, scopes, policies, allow-list")
    parser.add_argument("--vault", choices=("memory", "redis"), help="pseudonym vault backend")
    parser.add_argument("--redis-url", help="Redis URL for --vault redis (key in PROMPTGUARD_VAULT_KEY)")
    parser.add_argument("--audit-log", type=Path, help="JSON-lines audit file (hash-chained)")
    parser.add_argument("--default-policy", help="policy of keys that name none (default: default)")
    parser.add_argument("--insecure-no-auth", action="store_true", default=None,
                        help="serve without API keys (local development only)")
    parser.add_argument("--forwarded-allow-ips", help="proxies trusted for X-Forwarded-For")
    parser.add_argument("--log-level", choices=("debug", "info", "warning", "error"))
    parser.add_argument("--hash-key", action="store_true",
                        help="read an API key from stdin (or generate one), print its hash for the access file, exit")
    parser.set_defaults(func=_serve)
    return parser


_OVERRIDES = ("host", "port", "workers", "config", "vault", "redis_url", "audit_log", "default_policy",
              "insecure_no_auth", "forwarded_allow_ips", "log_level")


def _serve(args: argparse.Namespace) -> int:
    from promptguard.errors import ConfigError
    from promptguard.settings import Settings

    if args.hash_key:
        return _hash_key()
    overrides = {k: getattr(args, k) for k in _OVERRIDES if getattr(args, k, None) is not None}
    try:
        settings = Settings(**overrides)
    except Exception as exc:  # noqa: BLE001 - pydantic errors: print them, no traceback
        print(f"promptguard serve: invalid settings: {exc}", file=sys.stderr)
        return 2
    # Workers are separate processes that build their own app from the environment, so the
    # effective settings travel there as PROMPTGUARD_* variables.
    for key in overrides:
        value = getattr(settings, key)
        os.environ[f"PROMPTGUARD_{key.upper()}"] = "true" if value is True else str(value)
    logging.basicConfig(level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    # Fail fast in the parent: a bad access file or a missing vault key is reported once,
    # not by every worker in a restart loop.
    from promptguard.service.app import create_app

    try:
        app = create_app(settings.model_copy(update={"preload": False}))
        del app
    except ConfigError as exc:
        print(f"promptguard serve: {exc}", file=sys.stderr)
        return 2

    import uvicorn

    metrics_dir = None
    if settings.workers > 1 and not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        metrics_dir = tempfile.mkdtemp(prefix="promptguard-metrics-")
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = metrics_dir
    try:
        uvicorn.run(
            "promptguard.service.app:app_from_env",
            factory=True,
            host=settings.host,
            port=settings.port,
            workers=settings.workers,
            log_level=settings.log_level,
            proxy_headers=settings.forwarded_allow_ips is not None,
            forwarded_allow_ips=settings.forwarded_allow_ips,
            server_header=False,
        )
    finally:
        if metrics_dir:
            shutil.rmtree(metrics_dir, ignore_errors=True)
    return 0


def _hash_key() -> int:
    from promptguard.service.auth import hash_key, new_api_key

    if sys.stdin.isatty():
        key = getpass.getpass("API key (empty: generate one): ").strip()
    else:
        key = sys.stdin.readline().strip()
    if not key:
        key = new_api_key()
        print(f"key:  {key}    (give this to the client; it is not stored anywhere)")
    elif len(key) < 24:
        print("promptguard serve: refusing a key shorter than 24 characters", file=sys.stderr)
        return 2
    print(f"hash: {hash_key(key)}")
    return 0
