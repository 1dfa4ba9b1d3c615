"""Checksums and shape checks for credential formats that carry one.

Registered with :func:`promptguard.recognizers.validators.validator`, so a pack entry
names them (``validator: github_token_crc32``). ``builtin/entropy.py`` imports this
module, and built-in modules are discovered when packs load, so the names resolve.

A ``True`` raises a finding to score 1.0; ``None`` keeps the pattern score (a token
with a bad checksum may still be a hand-edited or truncated real one, and redacting
it costs little); ``False`` drops the match (the value cannot be that credential).
"""

from __future__ import annotations

import base64
import binascii
import json
import zlib

from promptguard.recognizers.validators import validator

__all__ = [
    "base62_crc32_ok",
    "github_token_crc32",
    "jwt_structure",
    "not_documented_example",
    "npm_token_crc32",
    "pypi_macaroon",
]

_BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

# Values AWS, Stripe, GitHub... print in their documentation; never a live credential.
DOCUMENTED_EXAMPLES = frozenset(
    {
        "AKIAIOSFODNN7EXAMPLE",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
        "ASIAIOSFODNN7EXAMPLE",
        "AKIAI44QH8DHBEXAMPLE",
        "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
        "pk_test_TYooMQauvdEDq54NiTphI7jx",
    }
)


def _b62(n: int, width: int = 6) -> str:
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = _BASE62[r] + out
    return out.rjust(width, "0")


def base62_crc32_ok(body: str) -> bool:
    """GitHub-style checksum: the last 6 base62 characters encode CRC32 of the rest."""
    if len(body) <= 6:
        return False
    payload, check = body[:-6], body[-6:]
    return _b62(zlib.crc32(payload.encode("ascii", "replace"))) == check


@validator("github_token_crc32")
def github_token_crc32(value: str) -> bool | None:
    """``ghp_``/``gho_``/``ghu_``/``ghs_``/``ghr_`` + 30 random + 6 checksum characters
    (GitHub's 2021 token format announcement). A bad checksum keeps the pattern score."""
    if value in DOCUMENTED_EXAMPLES:
        return False
    _, _, body = value.partition("_")
    if len(body) == 36 and base62_crc32_ok(body):
        return True
    return None


@validator("npm_token_crc32")
def npm_token_crc32(value: str) -> bool | None:
    """``npm_`` + 30 random + 6 checksum characters (npm adopted GitHub's scheme in 2021)."""
    body = value[4:] if value.startswith("npm_") else value
    if len(body) == 36 and base62_crc32_ok(body):
        return True
    return None


def _b64_decode(segment: str) -> bytes | None:
    segment = segment.strip()
    padded = segment + "=" * (-len(segment) % 4)
    try:
        return base64.urlsafe_b64decode(padded.replace("+", "-").replace("/", "_"))
    except (binascii.Error, ValueError):
        return None


@validator("pypi_macaroon")
def pypi_macaroon(value: str) -> bool | None:
    """PyPI upload tokens are ``pypi-`` + a base64 macaroon whose location is pypi.org."""
    body = value[5:] if value.startswith("pypi-") else value
    raw = _b64_decode(body[:64])
    if raw is None:
        return None
    return True if b"pypi.org" in raw else None


@validator("jwt_structure")
def jwt_structure(value: str) -> bool:
    """Three base64url segments whose header is a JSON object (``{"alg": ...}`` or ``typ``)."""
    parts = value.split(".")
    if len(parts) < 2:
        return False
    raw = _b64_decode(parts[0])
    if raw is None:
        return False
    try:
        header = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        # Truncated or hand-made headers still start with '{"' once decoded.
        return raw.startswith(b'{"') and (b"alg" in raw or b"typ" in raw)
    return isinstance(header, dict) and ("alg" in header or "typ" in header or "kid" in header)


@validator("not_documented_example")
def not_documented_example(value: str) -> bool | None:
    """Drops the keys vendors publish in their docs (``AKIAIOSFODNN7EXAMPLE``...)."""
    if value in DOCUMENTED_EXAMPLES or value.endswith("EXAMPLE") or "EXAMPLEKEY" in value:
        return False
    return None
