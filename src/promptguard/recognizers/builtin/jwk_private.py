"""PRIVATE_KEY: the private members of a JSON Web Key (RFC 7517 / RFC 7518 section 6).

A JWK is a JSON object with a ``"kty"`` member. Its public members (``n``, ``e``, ``x``, ``y``,
``crv``, ``kid``...) may be published (a JWKS endpoint serves them); its private ones are the key:

- ``d``: the private exponent (RSA) or scalar (EC, OKP / Ed25519);
- ``p``, ``q``, ``dp``, ``dq``, ``qi``: an RSA key's CRT parameters (each alone rebuilds ``d``);
- ``k``: a symmetric key (``"kty": "oct"``).

Each private member's base64url value in an object that has ``kty`` is one finding; a public JWK
(no private member) gives none. JWK members are flat strings (``oth`` and ``x5c`` aside), so the
object is read as the ``{ ... }`` without a brace inside around ``kty``. The same object as a
JSON-escaped string (``{\\"kty\\": ...}``) or a JS / Python literal (``{kty: 'EC', d: '...'}``,
``{'kty': 'EC'}``) counts too.

Cost: :data:`_GATE` (the literal ``kty``) rides in the RE2 set pass the engine makes anyway.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field

from promptguard.config.schema import RecognizerSpec
from promptguard.findings import Finding
from promptguard.recognizers.base import Recognizer
from promptguard.recognizers.registry import recognizer_type

__all__ = ["JwkPrivateKeyOptions", "JwkPrivateKeyRecognizer"]

# The engine's gate (an entry of the secrets pack's RE2 set): _KTY's name, which no word character
# precedes, so at a word start (a thread inside every word cost the set's DFA states otherwise).
_GATE = r"\bkty"
# A quote as JSON, a JSON-escaped string or a JS / Python literal writes it (or none: a JS key).
_Q = r"(?:\\?[\"']|\\\\\\\")?"
_KTY = re.compile(rf"(?<![\w\-$]){_Q}kty{_Q}\s*:\s*{_Q}(?:RSA|EC|OKP|oct)\b")
# A private member with a base64url value: an EC P-256 / Ed25519 "d" is 43 characters, an RSA
# "d" 342+, an "oct" key as short as 16 bytes (22 characters).
_PRIVATE = re.compile(
    rf"(?<![\w\-$]){_Q}(?:d|p|q|dp|dq|qi|k){_Q}\s*:\s*\\{{0,3}}[\"'`]([A-Za-z0-9_\-]{{20,2000}}={{0,2}})\\{{0,3}}[\"'`]"
)
# A JWK is a few hundred characters (RSA-4096 private: ~3.2 KB); the brace search stops there.
_MAX_OBJECT = 8000


class JwkPrivateKeyOptions(BaseModel):
    """Options of ``type: jwk_private_key``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    score: float = Field(0.95, ge=0.0, le=1.0)
    """``kty`` and a member name from RFC 7518 leave little doubt about what the value is."""


class JwkPrivateKeyRecognizer(Recognizer):
    def __init__(self, spec: RecognizerSpec, pack: str | None) -> None:
        self.configure(spec, pack, context=False)
        self.options = JwkPrivateKeyOptions.model_validate(spec.options)
        # Tested in the engine's set pass (see Recognizer.gate): no "kty", no work.
        self.gate = _GATE

    def analyze(self, text: str) -> Iterable[Finding]:
        if "kty" not in text:  # analyze may be called without the engine's gate
            return []
        # Imported here: secret_values imports the validators the built-in modules register.
        from promptguard.recognizers.secret_values import is_placeholder

        findings: list[Finding] = []
        done = -1  # end of the last object read: two "kty" in one object read it once
        for kty in _KTY.finditer(text):
            if kty.start() < done:
                continue
            start = text.rfind("{", max(0, kty.start() - _MAX_OBJECT), kty.start())
            if start < 0 or "}" in text[start : kty.start()]:
                continue
            end = text.find("}", kty.end(), kty.end() + _MAX_OBJECT)
            if end < 0 or "{" in text[kty.end() : end]:
                continue
            done = end
            for member in _PRIVATE.finditer(text, start, end):
                value = member.group(1)
                if is_placeholder(value) or len(set(value)) < 8:  # "AAAA...", "<private scalar>"
                    continue
                findings.append(self.finding(member.start(1), member.end(1), self.options.score, pattern="jwk"))
        return findings


@recognizer_type("jwk_private_key")
def _build(spec: RecognizerSpec, pack: str | None) -> Recognizer:
    return JwkPrivateKeyRecognizer(spec, pack)
