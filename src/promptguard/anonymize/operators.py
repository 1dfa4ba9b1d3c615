"""Operators: what replaces a finding's span. One function per action.

Custom operators (including any ``presidio_anonymizer`` ``Operator``) are registered
by name with :func:`register_operator` and selected with ``{action: custom, operator: NAME}``.
"""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from promptguard.anonymize.keys import Keys, keyed_hash
from promptguard.anonymize.vault import Session
from promptguard.config.schema import (
    CustomAction,
    EncryptAction,
    HashAction,
    MaskAction,
    RedactAction,
)
from promptguard.errors import ConfigError

__all__ = [
    "OperatorContext",
    "decrypt_token",
    "operate",
    "placeholder_tag",
    "register_operator",
    "registered_operators",
]

CustomOperator = Callable[[str, str, dict[str, Any]], str]
"""``(value, entity_type, params) -> replacement``."""

_CUSTOM: dict[str, CustomOperator] = {}


def register_operator(name: str, operator: Any) -> None:
    """Register a custom operator.

    ``operator`` is a callable ``(value, entity_type, params) -> str``, or a
    ``presidio_anonymizer.operators.Operator`` class or instance (its ``validate``
    runs on the params and ``operate(text, params)`` produces the replacement).
    """
    if hasattr(operator, "operate"):
        instance = operator() if isinstance(operator, type) else operator

        def presidio_call(value: str, entity: str, params: dict[str, Any]) -> str:
            full = {"entity_type": entity, **params}
            instance.validate(full)
            return str(instance.operate(value, full))

        _CUSTOM[name] = presidio_call
    elif callable(operator):
        _CUSTOM[name] = operator
    else:
        raise TypeError("an operator is a callable (value, entity, params) -> str or a Presidio Operator")


def registered_operators() -> list[str]:
    return sorted(_CUSTOM)


@dataclass(slots=True)
class OperatorContext:
    keys: Keys
    session: Session | None


_TAG_OK = re.compile(r"[A-Z][A-Z0-9_]*")
_TAG_BAD = re.compile(r"[^A-Z0-9]+")


def placeholder_tag(entity: str) -> str:
    """The entity name as reversible tokens spell it: ``<TAG_1>``, ``<TAG:enc:...>``.

    Restore (here, in the service and in the SDK's streaming restore) reads only
    UPPER_SNAKE_CASE names. Packs and policies enforce that, but a plugin (a Presidio
    ``EntityRecognizer``, a test double) may report "zip-code" or "Person": its placeholders
    would never be restored, so the value would be lost. Such a name is folded ("ZIP_CODE",
    "PERSON"); the finding keeps its own name."""
    if _TAG_OK.fullmatch(entity):
        return entity
    tag = _TAG_BAD.sub("_", entity.upper()).strip("_")
    if not tag:
        return "ENTITY"
    return tag if "A" <= tag[0] <= "Z" else "ENTITY_" + tag


def operate(spec: Any, entity: str, value: str, ctx: OperatorContext) -> str | None:
    """Return the replacement for ``value``, or ``None`` to leave the text unchanged."""
    action = spec.action
    if action in ("detect", "allow", "block"):
        return None
    if action == "redact":
        assert isinstance(spec, RedactAction)
        return spec.template.replace("{entity}", entity)
    if action == "strip":
        return ""
    if action == "mask":
        assert isinstance(spec, MaskAction)
        return _mask(value, spec)
    if action == "hash":
        assert isinstance(spec, HashAction)
        digest = keyed_hash(ctx.keys.hash_key, value, spec.length)
        return spec.template.replace("{entity}", entity).replace("{hash}", digest)
    if action == "encrypt":
        assert isinstance(spec, EncryptAction)
        scope = ctx.session.scope if ctx.session is not None else ""
        token = _encrypt(value, ctx.keys, scope)
        return spec.template.replace("{entity}", placeholder_tag(entity)).replace("{token}", token)
    if action == "pseudonymize":
        if ctx.session is None:
            raise ConfigError("pseudonymize needs a session")
        return ctx.session.vault.pseudonym(ctx.session.id, placeholder_tag(entity), value)
    if action == "custom":
        assert isinstance(spec, CustomAction)
        try:
            func = _CUSTOM[spec.operator]
        except KeyError:
            known = ", ".join(registered_operators()) or "none registered"
            raise ConfigError(f"unknown custom operator {spec.operator!r} ({known})") from None
        return func(value, entity, dict(spec.params))
    raise ConfigError(f"unknown action {action!r}")


def _mask(value: str, spec: MaskAction) -> str:
    keep_last = min(spec.keep_last, max(len(value) - 1, 0) // 2)
    keep_first = min(spec.keep_first, max(len(value) - keep_last - 1, 0) // 2)
    out = []
    for i, ch in enumerate(value):
        visible = i < keep_first or i >= len(value) - keep_last
        # Keep separators so the shape stays readable: "****-****-****-1111".
        out.append(ch if visible or not ch.isalnum() else spec.char)
    return "".join(out)


def _associated_data(scope: str) -> bytes:
    """AES-GCM associated data: a token only decrypts under the scope it was made in (see
    :class:`~promptguard.anonymize.vault.Session`); no scope is the original constant."""
    return b"promptguard" if not scope else b"promptguard\x00scope\x00" + scope.encode("utf-8", "surrogatepass")


def _encrypt(value: str, keys: Keys, scope: str = "") -> str:
    if keys.encrypt_key is None:
        raise ConfigError("the encrypt action needs a key: set the environment variable named by keys.encrypt_key_env")
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    sealed = AESGCM(keys.encrypt_key).encrypt(nonce, value.encode("utf-8", "surrogatepass"), _associated_data(scope))
    return base64.urlsafe_b64encode(nonce + sealed).decode().rstrip("=")


def decrypt_token(token: str, keys: Keys, scope: str = "") -> str:
    """Reverse :func:`_encrypt` (used by ``restore`` when the key is available); a token made
    under another ``scope`` fails authentication (``cryptography``'s ``InvalidTag``)."""
    if keys.encrypt_key is None:
        raise ConfigError("decrypting needs the encrypt key")
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    plain = AESGCM(keys.encrypt_key).decrypt(raw[:12], raw[12:], _associated_data(scope))
    return plain.decode("utf-8", "surrogatepass")
