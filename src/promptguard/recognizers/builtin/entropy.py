"""GENERIC_SECRET / PASSWORD: high-entropy values assigned to secret-like names.

Provider rules in ``secrets.yaml`` catch keys with a recognisable prefix (``sk-ant-``,
``ghp_``...). Most leaked credentials have none: ``DB_PASSWORD=Tr0ub4dor&3``,
``"client_secret": "9c1f..."``, ``token: 4fZq...``. This recognizer looks only at
values *assigned to a secret-like name* (``.env``, YAML, JSON, code, CLI flags,
``Authorization`` headers) and keeps the ones that look random enough for their
alphabet, after false-positive filters that each have a public name (they appear in
``explain`` output, also on suppressed candidates in :func:`explain_candidates`):

``placeholder``       ``xxxx``, ``YOUR_API_KEY``, ``<token>``, ``${VAR}``, ``{{ secret }}``, ``changeme``
``documented_example`` ``AKIAIOSFODNN7EXAMPLE`` and other keys vendors print in docs
``code_reference``    ``os.environ["X"]``, ``getPassword()``, ``$password``, ``process.env.X``
``lockfile_integrity`` ``sha512-…`` subresource-integrity hashes in lock files
``uuid``              8-4-4-4-12 hex identifiers
``git_sha``           40-hex commit ids in commit/ref/sha contexts
``low_entropy``       below the per-alphabet Shannon threshold
``sequential``        ``123456``, ``abcdef``, ``1a2b3c4d``, ``aaaa``
``identifier``        ``snake_case_words`` / ``camelCaseWords`` (variable names, not secrets)

Thresholds (bits per character) follow detect-secrets' defaults (hex 3.0, base64 4.5)
but scale with length: a random 20-character base64 string cannot reach 4.5 bits, so the
bar is ``min(alphabet_threshold, fraction * log2(length))``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

# Imported for its side effect: registers the credential checksum validators.
import promptguard.recognizers.secret_validators as _secret_validators  # noqa: F401
from promptguard.config.schema import RecognizerSpec
from promptguard.findings import Explanation, Finding
from promptguard.recognizers.base import Recognizer
from promptguard.recognizers.regex import compile_regex
from promptguard.recognizers.registry import recognizer_type
from promptguard.recognizers.secret_validators import DOCUMENTED_EXAMPLES

__all__ = [
    "EntropyOptions",
    "EntropyRecognizer",
    "FilterVerdict",
    "alphabet_of",
    "is_placeholder",
    "secret_filter",
    "shannon_entropy",
]


# ----------------------------------------------------------------------- measures
def shannon_entropy(value: str) -> float:
    """Bits per character of ``value``'s own character distribution."""
    if not value:
        return 0.0
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in Counter(value).values())


_HEX = frozenset("0123456789abcdefABCDEF")
_B64 = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-")


def alphabet_of(value: str) -> str:
    """``hex``, ``base64`` (incl. url-safe) or ``other`` (passwords, symbols)."""
    chars = set(value)
    if chars <= _HEX:
        return "hex"
    if chars <= _B64:
        return "base64"
    return "other"


def _classes(value: str) -> int:
    return (
        any(c.islower() for c in value)
        + any(c.isupper() for c in value)
        + any(c.isdigit() for c in value)
        + any(not c.isalnum() for c in value)
    )


# ------------------------------------------------------------------------ filters
_PLACEHOLDER_WORDS = frozenset(
    """
    changeme change_me changeit replaceme replace_me password passwd pass secret secrets token
    apikey api_key key value string null none nil undefined true false yes no empty test testing
    example sample dummy fake mock placeholder redacted hidden todo tbd fixme foo bar baz foobar
    qwerty letmein admin root guest user username default mysecret mypassword yourpassword
    your_password your_secret your_token your_api_key yourapikey password123 secret123 123456
    12345678 abc123 hunter2 xxx notasecret not_a_secret insert_here enter_here required optional
    """.split()
)
# Variable references and templates: the value is elsewhere, not in this text.
_TEMPLATE = re.compile(
    r"^(?:\$\{[^}]*\}?|\$\([^)]*\)?|\$[A-Za-z_][A-Za-z0-9_]*|%\([^)]*\)s?|%[A-Za-z_]+%|\{\{.*\}\}|\{%.*%\}|"
    r"\{[A-Za-z_0-9]*\}|<%.*%>|#\{[^}]*\}|@[A-Za-z_]+@|\[\[.*\]\]|__[A-Z0-9_]+__)$",
    re.DOTALL,
)
_ANGLE = re.compile(r"^(?:<[^<>]*>|\[[^\[\]]*\]|&lt;.*&gt;)$")
_MASK_RUN = re.compile(r"(?:[xX*•.#_\-]){4,}|(?:\.\.\.)|…")
_PLACEHOLDER_HINT = re.compile(
    r"(?i)your[_\-\s]?|^my[_\-]?(?:api|secret|token|key|pass)|placeholder|example|sample|dummy|\bfake|redacted|"
    r"replace[_\-]?(?:me|with|this)|insert[_\-]|changeme|change[_\-]?this|enter[_\-]|<[a-z_\-]+>|_here$|-here$|"
    r"xxxx|^test[_\-]?(?:key|token|secret|password)|^(?:secret|password|token)[_\-]?\d{0,3}$|not[_\-]?(?:a[_\-]?)?(?:real|secret)"
)
_CODE_REF = re.compile(
    r"(?:\(|\)|\benv\b|environ|getenv|process\.env|os\.|System\.|config\.|settings\.|params\[|secrets\.|"
    r"vars\.|ENV\[|::|->|\bnew\s|\bthis\.|\bself\.|\bfunction\b|=>|\|\||&&)"
)
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_INTEGRITY = re.compile(r"^(?:sha1|sha256|sha384|sha512)-[A-Za-z0-9+/]{20,}={0,2}$")
_GIT_SHA = re.compile(r"^[0-9a-f]{40}$|^[0-9a-f]{7,12}$")
_IDENTIFIER = re.compile(r"^(?:[a-z]+(?:[_\-.][a-z]+)+|[a-z]+(?:[A-Z][a-z]+)+|[A-Z][a-z]+(?:[A-Z][a-z]+)+|[A-Z]+(?:_[A-Z]+)+)$")
_PATHLIKE = re.compile(r"^(?:/|\./|\.\./|~/|[A-Za-z]:\\)|^https?://|^[\w.\-]+\.(?:json|ya?ml|pem|key|txt|env|crt|p12)$")
_GIT_CONTEXT = frozenset({"commit", "sha", "sha1", "rev", "revision", "ref", "hash", "checksum", "digest", "etag"})


def _sequential_fraction(value: str) -> float:
    """Share of adjacent pairs that step by 0 or ±1 (``aaaa``, ``1234``, ``abcd``, ``4321``)."""
    if len(value) < 2:
        return 1.0
    steps = sum(abs(ord(b) - ord(a)) <= 1 for a, b in zip(value, value[1:]))
    return steps / (len(value) - 1)


def _interleaved_sequence(value: str) -> bool:
    """``1a2b3c4d5e6f``: two ascending sequences interleaved (a favourite fake key)."""
    if len(value) < 8:
        return False
    evens, odds = value[0::2], value[1::2]
    return _sequential_fraction(evens) >= 0.75 and _sequential_fraction(odds) >= 0.75


def is_placeholder(value: str) -> bool:
    v = value.strip().strip("\"'`")
    low = v.lower()
    if not v or low in _PLACEHOLDER_WORDS:
        return True
    if _TEMPLATE.match(v) or _ANGLE.match(v):
        return True
    if _MASK_RUN.search(v) and (len(_MASK_RUN.sub("", v)) <= len(v) // 2):
        return True
    if _PLACEHOLDER_HINT.search(v):
        return True
    # "<YOUR_API_KEY>", "${DB_PASSWORD}" inside quotes or with a suffix.
    return bool(re.search(r"\$\{|\{\{|<[A-Za-z_ \-]{3,}>", v))


@dataclass(frozen=True, slots=True)
class FilterVerdict:
    """Why a candidate was kept or dropped: ``filter`` is set when it was dropped."""

    keep: bool
    filter: str | None
    alphabet: str
    entropy: float


def secret_filter(
    value: str,
    *,
    kind: str = "secret",
    name: str = "",
    min_length: int = 12,
    hex_threshold: float = 3.0,
    base64_threshold: float = 4.5,
    length_fraction: float = 0.82,
    password_min_length: int = 6,
) -> FilterVerdict:
    """Judge a value assigned to a secret-like ``name``.

    ``kind`` is ``password`` (people choose these: short, mixed classes, no randomness
    required) or ``secret`` (machine-made tokens: must look random for their alphabet).
    """
    alphabet = alphabet_of(value)
    entropy = shannon_entropy(value)

    def drop(why: str) -> FilterVerdict:
        return FilterVerdict(False, why, alphabet, entropy)

    if value in DOCUMENTED_EXAMPLES or "EXAMPLE" in value:
        return drop("documented_example")
    if is_placeholder(value):
        return drop("placeholder")
    if _CODE_REF.search(value) or (value.startswith("$") and len(value) > 1 and value[1:2].isalpha()):
        return drop("code_reference")
    if _PATHLIKE.search(value):
        return drop("code_reference")
    if _INTEGRITY.match(value):
        return drop("lockfile_integrity")
    if _UUID.match(value):
        return drop("uuid")
    low_name = name.lower()
    if _GIT_SHA.match(value) and any(w in low_name for w in _GIT_CONTEXT):
        return drop("git_sha")
    if _sequential_fraction(value) >= 0.6 or _interleaved_sequence(value):
        return drop("sequential")
    if kind == "password":
        if len(value) < password_min_length:
            return drop("low_entropy")
        if value.isalpha() and not (len(value) >= 16 and entropy >= 3.5 and _classes(value) >= 2):
            # Words and identifiers ("Prestigitariu" is a word; a random 16+ letter string is not).
            return drop("identifier")
        if _IDENTIFIER.match(value):
            return drop("identifier")
        if value.isdigit() and len(value) < 8:
            return drop("low_entropy")
        if _classes(value) < 2 or len(set(value)) < 4:
            return drop("low_entropy")
        return FilterVerdict(True, None, alphabet, entropy)
    # Machine-made secret.
    if len(value) < min_length:
        return drop("low_entropy")
    if _IDENTIFIER.match(value) or (value.isalpha() and value.islower()):
        return drop("identifier")
    if alphabet == "hex":
        bar = min(hex_threshold, length_fraction * math.log2(min(len(value), 16)))
    elif alphabet == "base64":
        bar = min(base64_threshold, length_fraction * math.log2(len(value)))
        # A token of letters only, or digits only, is a word or a number, not a key.
        if not any(c.isdigit() for c in value) and _classes(value) < 3 and len(value) < 32:
            return drop("identifier")
    else:
        bar = min(base64_threshold, length_fraction * math.log2(len(value)))
    if entropy < bar:
        return drop("low_entropy")
    return FilterVerdict(True, None, alphabet, entropy)


# ------------------------------------------------------------------ recognizer
# Secret-like names, as they appear in .env, YAML, JSON, code and CLI flags. ``pass`` and
# ``pw`` are short, so they only count as a whole name segment (DB_PASS, -pw).
_PASSWORD_NAME = r"(?:passwd|password|passphrase|passcode|pwd|pass|pw|senha|passwort|contrase[nñ]a|mot_de_passe)"
_SECRET_NAME = (
    r"(?:secret|token|api[_\-. ]?key|apikey|access[_\-]?key|private[_\-]?key|secret[_\-]?key|auth[_\-]?key|"
    r"client[_\-]?secret|credentials?|cred|auth|signing[_\-]?key|encryption[_\-]?key|master[_\-]?key|"
    r"license[_\-]?key|bearer|session[_\-]?key|webhook[_\-]?secret|salt_?key|app[_\-]?key|key)"
)
_NAME_CHARS = r"[A-Za-z0-9_.\-]"
# name ["']? (= | : | := | => | -> | " " for CLI flags) ["']? value
_ASSIGN = (
    r"(?i)(?:^|[^A-Za-z0-9])(?P<name>" + _NAME_CHARS + r"{0,40}?(?:" + _PASSWORD_NAME + "|" + _SECRET_NAME + r")"
    + _NAME_CHARS + r"{0,24}?)[\"'\]]?[ \t]*(?::=|=>|==|=|:|[ \t])[ \t]*(?:[\"'`]|b[\"']|r[\"'])?"
    r"(?P<value>[^\s\"'`,;<>()\[\]{}]{3,256})"
)
_PW_SEGMENT = re.compile(r"(?:^|[^a-z])" + _PASSWORD_NAME + r"(?:$|[^a-z])")
_PW_ANYWHERE = re.compile(r"passw|pwd|passphrase|passcode")
_SECRET_SEGMENT = re.compile(r"(?:^|[^a-z])" + _SECRET_NAME + r"s?(?:$|[^a-z])")
# Names that contain a secret word but name something public or structural.
_NOT_SECRET_NAME = re.compile(
    r"(?i)(?:^|[_\-.])(?:public|pub|id|ids|name|names|type|types|length|len|size|url|uri|path|file|dir|"
    r"endpoint|host|field|label|policy|hint|prompt|count|max|min|timeout|ttl|expiry|expires|"
    r"format|header|prefix|mode|enabled|required|id_token_hint)$|keyboard|keyword|keyspace|monkey|donkey|"
    r"turkey|hockey|jockey|tokeniz|token_type|tokens_|max_tokens|primary_?key|foreign_?key|sort_?key|"
    r"partition_?key|cache_?key|idempotency|key_?id$|keyid|passenger|passport|bypass|compass|"
    r"passive|passthrough|pass_?through|password_?(?:reset|confirm|policy|hash|field|label|length|strength)|"
    r"author"
)
_KEYWORDS = (
    "pass", "pwd", "pw", "secret", "token", "key", "auth", "cred", "bearer", "senha", "contrase",
)  # fmt: skip


class EntropyOptions(BaseModel):
    """Options of ``type: entropy`` (set under ``options:`` in the pack entry)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    password_entity: str = "PASSWORD"
    secret_entity: str = "GENERIC_SECRET"
    min_length: int = Field(12, ge=4)
    """Shortest machine-made secret considered (passwords use ``password_min_length``)."""
    password_min_length: int = Field(6, ge=1)
    hex_threshold: float = Field(3.0, ge=0.0, le=4.0)
    base64_threshold: float = Field(4.5, ge=0.0, le=6.0)
    length_fraction: float = Field(0.82, ge=0.0, le=1.0)
    """Short strings cannot reach the alphabet threshold: the bar is this share of log2(len)."""
    score_password: float = Field(0.75, ge=0.0, le=1.0)
    score_secret: float = Field(0.8, ge=0.0, le=1.0)


class EntropyRecognizer(Recognizer):
    """``type: entropy``: generic secrets and passwords assigned to secret-like names."""

    def __init__(self, spec: RecognizerSpec, pack: str | None) -> None:
        self.spec = spec
        self.id = spec.id
        self.options = EntropyOptions.model_validate(spec.options)
        self.entities = (self.options.password_entity, self.options.secret_entity)
        self.pack = pack
        self.severity = spec.severity
        self.provider = spec.provider
        self.priority = spec.priority
        self.keywords = tuple(k.lower() for k in spec.keywords) or _KEYWORDS
        self._assign = compile_regex(_ASSIGN)

    def analyze(self, text: str) -> Iterable[Finding]:
        return [f for f, _ in self.candidates(text) if f is not None]

    def candidates(self, text: str) -> list[tuple[Finding | None, str | None]]:
        """Every assignment seen, kept (finding) or dropped (``None`` and the filter name)."""
        lowered = text.lower()
        if not any(k in lowered for k in self.keywords):
            return []
        out: list[tuple[Finding | None, str | None]] = []
        opts = self.options
        for match in self._assign._compiled.finditer(text):  # type: ignore[attr-defined]
            name = match.group("name")
            start, end = match.span("value")
            value = text[start:end]
            # Trailing punctuation that closes the statement, not part of the value.
            stripped = value.rstrip(".:!?\\")
            if stripped and not any(c in value[len(stripped):] for c in "!?") :
                end -= len(value) - len(stripped)
                value = stripped
            verdict = self._judge(name, value, text, match.start("name"))
            if verdict is None:
                continue
            kind, fv = verdict
            if not fv.keep:
                out.append((None, fv.filter))
                continue
            entity = opts.password_entity if kind == "password" else opts.secret_entity
            score = opts.score_password if kind == "password" else opts.score_secret
            out.append(
                (
                    Finding(
                        entity, start, end, score, self.id, pack=self.pack, provider=self.provider,
                        severity=self.severity,
                        explanation=Explanation(
                            recognizer=self.id, pack=self.pack, pattern=f"assignment:{kind}:{fv.alphabet}",
                            base_score=score, filters=(f"entropy={fv.entropy:.2f}",),
                        ),
                    ),
                    None,
                )
            )
        return out

    def _judge(self, name: str, value: str, text: str, name_start: int) -> tuple[str, FilterVerdict] | None:
        low = name.lower().strip("\"'.-_")
        if not low or _NOT_SECRET_NAME.search(low):
            return None
        if _PW_SEGMENT.search(low) or _PW_ANYWHERE.search(low):
            kind = "password"
        elif _SECRET_SEGMENT.search(low):
            kind = "secret"
        else:
            return None
        # "pass"/"pw" as English words ("pass the test", "PW: high") only count in key=value shape.
        separator = text[name_start + len(name) : name_start + len(name) + 4]
        if kind == "password" and not re.match(r"^[\"'\]]?\s*(?::=|=>|=|:)", separator) and not name.startswith("-"):
            return None
        if kind == "secret" and low in ("key", "auth", "cred", "token", "secret", "bearer") and not re.match(
            r"^[\"'\]]?\s*(?::=|=>|=|:)", separator
        ):
            # Bare "token abc..." prose: only a clearly random value is worth reporting.
            fv = self._check(value, "secret", name)
            if not fv.keep or fv.entropy < 4.0 or len(value) < 20:
                return None
            return kind, fv
        return kind, self._check(value, kind, name)

    def _check(self, value: str, kind: str, name: str) -> FilterVerdict:
        o = self.options
        return secret_filter(
            value, kind=kind, name=name, min_length=o.min_length, hex_threshold=o.hex_threshold,
            base64_threshold=o.base64_threshold, length_fraction=o.length_fraction,
            password_min_length=o.password_min_length,
        )


def explain_candidates(recognizer: EntropyRecognizer, text: str) -> list[tuple[int, int, str]]:
    """Offsets and decisions (``kept`` or the filter name) of every candidate; value-free."""
    out = []
    for finding, why in recognizer.candidates(text):
        if finding is not None:
            out.append((finding.start, finding.end, "kept"))
        else:
            out.append((-1, -1, why or "dropped"))
    return out


@recognizer_type("entropy")
def _build(spec: RecognizerSpec, pack: str | None) -> Recognizer:
    return EntropyRecognizer(spec, pack)
