"""Validators for keys written as a bare literal where only the code around them says what they
are: the string an SDK client is built with (``new WeatherClient("...")``), and key material
decoded from a literal (``encKey, _ := hex.DecodeString("...")``). No recognizer type: the
pack's pattern rules name these validators (``client_literal_key``, ``decoded_key_material``)."""

from __future__ import annotations

import base64
import binascii
import string

from promptguard.recognizers.builtin.entropy import secret_value
from promptguard.recognizers.secret_validators import is_publishable_key
from promptguard.recognizers.validators import validator

__all__ = ["client_literal_key", "decoded_key_material"]

_HEX = frozenset(string.hexdigits)
_B64 = frozenset(string.ascii_letters + string.digits + "+/=-_")


def _classes(value: str) -> int:
    """How many of lower case, upper case, digits and symbols ``value`` mixes."""
    return (
        any(c.islower() for c in value)
        + any(c.isupper() for c in value)
        + any(c.isdigit() for c in value)
        + (not value.isalnum())
    )


@validator("client_literal_key")
def client_literal_key(value: str) -> bool | None:
    """A string an SDK client or auth helper is built with: nothing names it a key but the callee,
    so it must look issued. Hex runs and UUIDs (with their dashes) are hashes and ids a client is
    also given (a commit, a tenant, a project); an issued key mixes three character classes. A
    vendor's key with slashes ("<22>/<22>") is judged without them, where a path's words fail."""
    if _HEX.issuperset(value.replace("-", "")) or _classes(value) < 3:
        return False
    if is_publishable_key(value):
        return False  # posthog.init("phc_..."), Stripe(pk_live_...): public by design
    if secret_value(value) is not False:
        return None
    if "/" in value and all(len(part) >= 8 for part in value.split("/")):
        return None if secret_value(value.replace("/", "")) is not False else False
    return False


def _decoded(value: str) -> bytes | None:
    """The bytes a hex or base64 literal stands for, or None when it is neither."""
    if len(value) % 2 == 0 and _HEX.issuperset(value):
        return bytes.fromhex(value)
    if _B64.issuperset(value):
        padded = value + "=" * (-len(value) % 4)
        try:
            return base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
        except (binascii.Error, ValueError):
            return None
    return None


@validator("decoded_key_material")
def decoded_key_material(value: str) -> bool | None:
    """A hex or base64 literal decoded into a variable named as a key (``aesKey``, ``hmac_secret``):
    key material is 16+ random bytes. Decoded text ("Hello World" in hex, a JSON blob in base64) is
    data, and so is a run or repeat of bytes; the placeholder filters drop the rest. A literal that
    is neither hex nor base64 (``[]byte("...")``) must pass as a secret value itself."""
    raw = _decoded(value)
    if raw is None:
        return secret_value(value)
    if len(raw) < 16 or len(set(raw)) < len(raw) // 4 + 2:
        return False
    if all(32 <= b < 127 or b in (9, 10, 13) for b in raw):
        return False  # printable text: a message or a config blob, not key material
    steps = {(raw[i + 1] - raw[i]) & 0xFF for i in range(len(raw) - 1)}
    if len(steps) <= 2:
        return False  # 00112233...: a counting sequence written as a test vector
    return secret_value(value)
