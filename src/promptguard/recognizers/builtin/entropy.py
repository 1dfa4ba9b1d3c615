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
``encrypted``         SOPS ``ENC[...]`` values and SealedSecrets ``encryptedData`` (ciphertext)

Thresholds (bits per character) follow detect-secrets' defaults (hex 3.0, base64 4.5)
but scale with length: a random 20-character base64 string cannot reach 4.5 bits, so the
bar is ``min(alphabet_threshold, fraction * log2(length))``.
"""

from __future__ import annotations

import base64
import binascii
import functools
import math
import operator
import re
import threading
from collections import _count_elements  # type: ignore[attr-defined]
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

import re2
from pydantic import BaseModel, ConfigDict, Field

# Imported for its side effect: registers the credential checksum validators.
import promptguard.recognizers.secret_validators as _secret_validators  # noqa: F401
from promptguard.config.schema import RecognizerSpec
from promptguard.findings import Finding
from promptguard.recognizers.base import Recognizer
from promptguard.recognizers.regex import _UNANCHORED, TextBuffer, re2_options
from promptguard.recognizers.registry import recognizer_type
from promptguard.recognizers.secret_validators import DOCUMENTED_EXAMPLES, is_masked_token
from promptguard.recognizers.validators import validator

__all__ = [
    "EntropyOptions",
    "EntropyRecognizer",
    "FilterVerdict",
    "alphabet_of",
    "basic_auth_credentials",
    "is_placeholder",
    "not_placeholder",
    "password_value",
    "secret_filter",
    "secret_value",
    "shannon_entropy",
]


# ----------------------------------------------------------------------- measures
def shannon_entropy(value: str) -> float:
    """Bits per character of ``value``'s own character distribution."""
    if not value:
        return 0.0
    # H = log2(n) - sum(c * log2(c)) / n, with c * log2(c) from a table: the per-character
    # float work dominated the filter's cost.
    n = len(value)
    table = _C_LOG2_C
    # Counter's own counting helper into a plain dict: the same counts in the same (first
    # occurrence) order, so the same float sum, without Counter's ~0.6 us of setup per call.
    counts: dict[str, int] = {}
    _count_elements(counts, value)
    if n < 512:  # no count reaches the table's end: the lookups run in C (same terms, same order)
        total = sum(map(table.__getitem__, counts.values()))
    else:
        total = sum(table[c] if c < 512 else c * math.log2(c) for c in counts.values())
    return max(0.0, math.log2(n) - total / n)


_C_LOG2_C = [0.0] + [c * math.log2(c) for c in range(1, 512)]


_HEX = frozenset("0123456789abcdefABCDEF")
_B64 = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-")


_DROP_HEX = str.maketrans("", "", "0123456789abcdefABCDEF")
# No separator: "build-<sha>", "sha-<sha>" are labelled digests, not keys.
_PREFIXED_HEX = re.compile(r"^[A-Za-z]{1,8}(?:[0-9a-f]{20,}|[0-9A-F]{20,})$")
_DROP_DIGITS = str.maketrans("", "", "0123456789")
_B36 = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_B36_BOTH = _B36 | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


_HEX_BYTES = "".join(sorted(_HEX)).encode()
_B36_BYTES = "".join(sorted(_B36)).encode()
_B36_BOTH_BYTES = "".join(sorted(_B36_BOTH)).encode()
_B64_BYTES = "".join(sorted(_B64)).encode()


def alphabet_of(value: str) -> str:
    """``hex`` (either case, a prefix like ``sgp_`` allowed), ``base36`` (one-case letters and
    digits: base32 tokens), ``base64`` (incl. url-safe) or ``other`` (passwords, symbols)."""
    if value.isascii():
        # Same decisions as below, with set tests done as ``bytes.translate`` deletions (what
        # is left is outside the alphabet): one C pass each, no set built.
        data = value.encode("ascii")
        non_hex = len(data.translate(None, _HEX_BYTES))
        if not non_hex or (len(value) >= 16 and non_hex <= 0.1 * len(value)):
            return "hex"
        # A prefix of at most 8 letters holds every non-hex character of a prefixed hex value.
        if len(value) >= 24 and non_hex <= 8 and _PREFIXED_HEX.match(value):
            return "hex"
        if not data.translate(None, _B36_BYTES) or (
            not data.translate(None, _B36_BOTH_BYTES) and (value.isupper() or value.islower())
        ):
            return "base36"
        return "base64" if not data.translate(None, _B64_BYTES) else "other"
    chars = set(value)
    if chars <= _HEX or (len(value) >= 16 and len(value.translate(_DROP_HEX)) <= 0.1 * len(value)):
        return "hex"
    if len(value) >= 24 and _PREFIXED_HEX.match(value):
        # A short letter prefix on a hex body ("ANzaSy" + 33 hex): the body
        # says how random the value is, and a hex body never reaches the base64 bar.
        return "hex"
    if chars <= _B36 or (chars <= _B36_BOTH and (value.isupper() or value.islower())):
        return "base36"
    if chars <= _B64:
        return "base64"
    return "other"


def _classes(value: str) -> int:
    """How many of lower, upper, digit, other a value mixes (str methods run in C)."""
    return (
        (value.upper() != value)
        + (value.lower() != value)
        + (value.translate(_DROP_DIGITS) != value)
        + (not value.isalnum())
    )


# ------------------------------------------------------------------------ filters
_PLACEHOLDER_WORDS = frozenset(
    """
    changeme change_me changeit replaceme replace_me password passwd pass secret secrets token
    apikey api_key key value string null none nil undefined true false yes no empty test testing
    example sample dummy fake mock placeholder redacted hidden todo tbd fixme foo bar baz foobar
    qwerty letmein admin root guest user username default mysecret mypassword yourpassword
    your_password your_secret your_token your_api_key yourapikey password123 123456
    12345678 abc123 hunter2 xxx notasecret not_a_secret insert_here enter_here required optional
    swordfish opensesame open_sesame passw0rd p@ssw0rd p@ssword password1 iloveyou
    correcthorsebatterystaple tiger scott
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
# Substrings of a lowercased value that mark a placeholder ("<YOUR_API_KEY>", "sk-xxxx",
# "replace-me", "not-a-real-secret"). Plain substring tests: ~50x cheaper than one regex.
_PLACEHOLDER_PARTS = (
    "your_", "your-", "your ", "yourapi", "yourkey", "yoursecret", "yourtoken", "placeholder", "example", "sample",
    "dummy", "fake", "redacted", "replace_me", "replace-me", "replaceme", "replace_with", "replace-with",
    "insert_", "insert-", "changeme", "change_this", "change-this", "changethis", "enter_", "enter-",
    "xxxx", "not_a_real", "not-a-real", "notareal", "not_a_secret", "not-a-secret", "notasecret", "_here", "-here",
    "change-me", "change_me", "not-set", "not_set", "notset", "unset",
)  # fmt: skip
# One alternation: ~2.5x faster than 42 ``in`` tests on a short value (measured).
_PLACEHOLDER_PARTS_RE = re.compile("|".join(re.escape(part) for part in _PLACEHOLDER_PARTS))


def _trie(words: Iterable[str]) -> str:
    """The alternation of ``words`` as a prefix tree (``c(?:hange(?:me|_me)|...)``)."""
    heads: dict[str, list[str]] = {}
    for word in words:
        heads.setdefault(word[0], []).append(word[1:])
    alts = []
    for head, rests in sorted(heads.items()):
        if "" in rests:  # a word ends here: it matches whatever follows
            alts.append(re.escape(head))
        elif len(rests) == 1:
            alts.append(re.escape(head + rests[0]))
        else:
            alts.append(re.escape(head) + "(?:" + _trie(rests) + ")")
    return "|".join(alts)


# The same set of parts as a prefix tree, for the yes/no gate only (it finds a part wherever
# the flat alternation does): ~2x faster per value, where the flat form tries every part at
# every position. ``_marked_placeholder`` iterates the flat one, whose match order it relies on.
_PLACEHOLDER_PARTS_GATE = re.compile(_trie(_PLACEHOLDER_PARTS))
_TEMPLATE_LEADS = frozenset("$%{<#@[_&")  # first characters _TEMPLATE and _ANGLE can match
_TEMPLATE_INSIDE = re.compile(r"\$\{|\{\{|<[A-Za-z_ \-]{3,}>")
_NUMERIC_LITERAL = re.compile(r"^0[xX][0-9a-fA-F]+[uUlL]*$")
# Two halves of one former search: a match at the start (only values starting with m, t, p
# or s can) and an angle-bracketed word anywhere (only values with a "<" can).
_PLACEHOLDER_ANCHORED = re.compile(
    r"(?:my[_\-]?(?:api|secret|token|key|pass)|test[_\-]?(?:key|token|secret|password)|"
    # "password1", "secret2"; anchored at both ends, "Secret123" or "tokenXq9..." are values.
    r"(?:password|passwd)[_\-]?\d{0,3}$|(?:secret|token)[_\-]?\d?$)"
)
_PLACEHOLDER_ANGLE_WORD = re.compile(r"<[a-z_\-]+>")
# Substrings that make a value code, not a literal: calls, environment lookups, members.
# Inside quotes, parentheses are characters of the literal ("Tr0ub(4)dor!"), not calls.
_CODE_PARTS = (
    "(", ")", "environ", "getenv", "process.env", "os.", "system.", "config.", "settings.", "params[", "secrets.",
    "vars.", "env[", "env.", "::", "->", "new ", "this.", "self.", "function", "=>", "||", "&&",
)  # fmt: skip
_CALL = re.compile(r"^[A-Za-z_][\w.]*\(.*\)$")
_CODE_PARTS_QUOTED = tuple(part for part in _CODE_PARTS if part not in ("(", ")"))
# "Any part in the value" as one prefix-tree search: ~2x faster than 22 ``in`` tests.
_CODE_PARTS_RE = re.compile(_trie(_CODE_PARTS))
_CODE_PARTS_QUOTED_RE = re.compile(_trie(_CODE_PARTS_QUOTED))
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_INTEGRITY = re.compile(r"^(?:sha1|sha256|sha384|sha512)-[A-Za-z0-9+/]{20,}={0,2}$")
_GIT_SHA = re.compile(r"^[0-9a-f]{40}$|^[0-9a-f]{7,12}$")
# snake_case, kebab-case, dotted.names, camelCase, PascalCase, CONSTANT_CASE: names, not values.
_IDENTIFIER = re.compile(
    r"^(?:[a-z]+(?:[_\-.][a-z]+)+|[a-z]+(?:[A-Z][a-z]+)+|[A-Z][a-z]+(?:[A-Z][a-z]+)+|[A-Z]+(?:_[A-Z]+)+)$"
)
_PATHLIKE = re.compile(r"^(?:/|\./|\.\./|~/|[A-Za-z]:\\)|^https?://|^[\w.\-]+\.(?:json|ya?ml|pem|key|txt|env|crt|p12)$")
# Names built of words: "userInput", "getValue", "XMLHttpRequest", "HTTPServer" (a run of
# capitals then words); random mixed case has lone lowercase letters between capitals.
_CAMEL_WORDS = re.compile(r"^[A-Za-z][a-z]*(?:[A-Z]+[a-z]{2,})*[A-Z]*$")
_YAML_NODE = re.compile(r"^(?:!{1,2}[A-Za-z_.:/\-]*|[&*][A-Za-z_.\-]+|[|>][+\-]?\d?[+\-]?)$")
_GIT_CONTEXT = frozenset({"commit", "sha", "sha1", "rev", "revision", "ref", "hash", "checksum", "digest", "etag"})


# ``_NEAR[d]`` is 1 for a step d of -1, 0 or +1 between two character codes (list indexing
# wraps -1 to the last entry; other negative steps land in the zero-filled upper half). With
# ``map(operator.sub, ...)`` the step counts below run in C, not a Python loop per character.
_NEAR = [1, 1] + [0] * 509 + [1]
_NEAR_AT = _NEAR.__getitem__
# ASCII bytes ``str.isalnum`` rejects (every other character of an ASCII value).
_NOT_ALNUM_ASCII = bytes(b for b in range(128) if not chr(b).isalnum())
# A byte table: 1 for an ASCII alphanumeric, 0 for anything else.
_ALNUM_FLAGS = bytes(1 if b < 128 and chr(b).isalnum() else 0 for b in range(256))


def _sequential_fraction(value: str) -> float:
    """Share of adjacent pairs that step by 0 or ±1 (``aaaa``, ``1234``, ``abcd``, ``4321``)."""
    if len(value) < 2:
        return 1.0
    codes = value.encode("utf-8", "replace")
    steps = sum(map(_NEAR_AT, map(operator.sub, codes[1:], codes)))
    return steps / (len(codes) - 1)


def _interleaved_sequence(value: str) -> bool:
    """``1a2b3c4d5e6f``: two ascending sequences interleaved (a favourite fake key)."""
    head = value[:96]
    if head.isascii():
        core = head.encode("ascii").translate(None, _NOT_ALNUM_ASCII)
        if len(core) < 8:
            return False
        # Share of positions whose character steps by 0/1 from the one two places back: a
        # random token scores about 5%, "px-api-a1b2c3d4-e5f6-g7h8" scores most of its length.
        skips = sum(map(_NEAR_AT, map(operator.sub, core[2:], core)))
        return skips / (len(core) - 2) >= 0.5
    chars = [ord(ch) for ch in head if ch.isalnum()]  # code points beyond a byte: plain loop
    if len(chars) < 8:
        return False
    skips = sum(abs(b - a) <= 1 for a, b in zip(chars, chars[2:], strict=False))
    return skips / (len(chars) - 2) >= 0.5


def _longest_run(value: str) -> int:
    """Longest stretch of characters stepping by 0 or +-1 (``ABCDEFG``, ``123456``, ``aaaaaa``)
    in the first 96 characters (fake keys put their sequences up front)."""
    value = value[:96]
    if value.isascii():
        # Per adjacent pair, 1 when it steps by 0/+-1 between two alphanumerics: the longest
        # run of 1s, plus one, is the longest stretch. All in C (map, bytes.split).
        data = value.encode("ascii")
        alnum = data.translate(_ALNUM_FLAGS)
        steps = bytes(
            map(operator.and_, map(_NEAR_AT, map(operator.sub, data[1:], data)), map(operator.and_, alnum, alnum[1:]))
        )
        return 1 + max(map(len, steps.split(b"\0"))) if value else 0
    best = run = 1
    for a, b in pairwise(value):
        run = run + 1 if abs(ord(b) - ord(a)) <= 1 and a.isalnum() and b.isalnum() else 1
        best = max(best, run)
    return best if value else 0


_UUID_SECRET_NAME = re.compile(r"token|secret|passw|api[_\-.]?key|apikey")
_EMAIL = re.compile(r"^[\w.+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")
_HOSTNAME = re.compile(r"^(?:[A-Za-z0-9\-]+\.)+[a-z]{2,6}$")


def is_placeholder(value: str) -> bool:
    return _is_placeholder(value, masks=True)


def _is_placeholder(value: str, *, masks: bool) -> bool:
    """``masks=False``: the caller found no mask run in ``value`` (nor can its stripped part have one)."""
    v = value.strip().strip("\"'`")
    low = v.lower()
    if not v or low in _PLACEHOLDER_WORDS:
        return True
    # Each regex call costs ~0.3 us; they only run when the value has the characters they need.
    if v[0] in _TEMPLATE_LEADS and (_TEMPLATE.match(v) or _ANGLE.match(v)):
        return True
    if masks and _MASK_RUN.search(v) and (len(_MASK_RUN.sub("", v)) <= len(v) // 2):
        return True
    if low[0] in "mtps" and _PLACEHOLDER_ANCHORED.match(low):
        return True
    if "<" in low and _PLACEHOLDER_ANGLE_WORD.search(low):
        return True
    if _PLACEHOLDER_PARTS_GATE.search(low) is not None and _marked_placeholder(v, low):
        return True
    # "<YOUR_API_KEY>", "${DB_PASSWORD}" inside quotes or with a suffix.
    return ("${" in v or "{{" in v or "<" in v) and bool(_TEMPLATE_INSIDE.search(v))


def _marked_placeholder(v: str, low: str) -> bool:
    """A placeholder word written as a word: ``example``, ``EXAMPLE`` or ``Example``. In a
    random token the same letters come in random case ("...DJPNG1PQjEXAMbLE"): a key that
    happens to spell a word is still a key."""
    for m in _PLACEHOLDER_PARTS_RE.finditer(low):
        part = v[m.start() : m.end()]
        if part.islower() or part.isupper() or part.istitle() or not part.isalpha():
            return True
    return False


def re2_spans(regex: re2._Regexp, data: bytes) -> list[tuple[int, int]]:
    """Byte spans of ``regex``'s matches in ``data``. The bindings' finditer builds a Match
    object per hit; calling the RE2 object directly (as regex.py does) halves the cost."""
    regexp = getattr(regex, "_regexp", None)
    if regexp is None or _UNANCHORED is None:  # pragma: no cover - other re2 bindings
        return [m.span() for m in regex.finditer(data)]
    spans: list[tuple[int, int]] = []
    pos, endpos = 0, len(data)
    match = regexp.Match
    while pos <= endpos:
        whole = match(_UNANCHORED, data, pos, endpos)[0]
        if whole[0] < 0:
            break
        spans.append(whole)
        pos = whole[1] if whole[1] > pos else pos + 1
    return spans


@dataclass(frozen=True, slots=True)
class FilterVerdict:
    """Why a candidate was kept or dropped: ``filter`` is set when it was dropped."""

    keep: bool
    filter: str | None
    alphabet: str
    entropy: float


# Verdicts of the drops decided before anything is measured (alphabet "", entropy 0.0), and of
# the distinct-character bound (entropy not yet counted): immutable, so built once, not per call.
_EARLY_DROPS = {
    why: FilterVerdict(False, why, "", 0.0)
    for why in ("low_entropy", "prose", "documented_example", "uuid", "lockfile_integrity")
}
_LOW_ENTROPY_BOUND = {a: FilterVerdict(False, "low_entropy", a, 0.0) for a in ("hex", "base36", "base64", "other")}


def secret_filter(
    value: str,
    *,
    kind: str = "secret",
    name: str = "",
    min_length: int = 12,
    hex_threshold: float = 3.0,
    base64_threshold: float = 4.5,
    base36_threshold: float = 3.7,
    length_fraction: float = 0.82,
    password_min_length: int = 6,
    literal: bool = False,
    connection: bool = False,
    quoted: bool = False,
) -> FilterVerdict:
    """Judge a value assigned to a secret-like ``name``.

    ``kind`` is ``password`` (people choose these: short, mixed classes, no randomness
    required) or ``secret`` (machine-made tokens: must look random for their alphabet).
    ``literal`` says the value is a string literal or an .env / YAML value, not a bare
    word in code (where it would be a variable name); ``connection`` that it is one
    ``;``-separated element of a connection string; ``quoted`` that it was read between
    quotes (so a "(" in it is a character of the literal, not a call).
    """
    # Measured only once a check needs them: most candidates are dropped before (a dropped
    # verdict then carries alphabet "" and entropy 0.0; only kept verdicts are read).
    # (Verdicts are built where they are returned, or taken from the constant tables above: a
    # ``drop`` closure and a frozen dataclass per call cost ~1 us.)
    alphabet, entropy = "", 0.0
    if len(value) < (password_min_length if kind == "password" else min_length):
        return _EARLY_DROPS["low_entropy"]
    if " " in value and (kind != "password" or len(value) > 40 or value.count(" ") > 3):
        return _EARLY_DROPS["prose"]  # a sentence in quotes, not a credential
    if value[0] in ",;" and kind == "password":
        # '"Password:",rememberMeLabel:"' read across the closing quote of a UI label.
        return _EARLY_DROPS["prose"]
    if not value.isascii():
        # Keys are ASCII; "API8:2023安全配置错误" is a heading, not a key.
        return _EARLY_DROPS["prose"]
    if value in DOCUMENTED_EXAMPLES or "EXAMPLE" in value:
        return _EARLY_DROPS["documented_example"]
    if len(value) == 36 and _UUID.match(value):
        # Heroku, Pushover, many SaaS keys are UUIDs: one assigned to a name that says token,
        # secret, password or API key is that credential; under any other name (request_id,
        # trace, "key" alone) it is an identifier.
        low = name.lower()
        if _UUID_SECRET_NAME.search(low) and "uid" not in low and len(set(value)) >= 8:
            return FilterVerdict(True, None, alphabet_of(value), shannon_entropy(value))
        return _EARLY_DROPS["uuid"]
    if value.startswith(("sha1-", "sha256-", "sha384-", "sha512-")) and _INTEGRITY.match(value):
        return _EARLY_DROPS["lockfile_integrity"]
    if kind != "password":
        # Most machine-secret candidates end here (cache keys, URLs, words), so the randomness
        # test comes before the costlier placeholder and shape checks. Shannon entropy never
        # exceeds log2(distinct characters): that bound settles most without counting.
        alphabet = alphabet_of(value)
        bar = _bar(alphabet, len(value), hex_threshold, base36_threshold, base64_threshold, length_fraction)
        if math.log2(len(set(value))) < bar:
            return _LOW_ENTROPY_BOUND[alphabet]
        entropy = shannon_entropy(value)
        if entropy < bar:
            return FilterVerdict(False, "low_entropy", alphabet, entropy)
    if is_placeholder(value):
        return FilterVerdict(False, "placeholder", alphabet, entropy)
    if _IDENTIFIER.match(value) and not (connection and kind == "password"):
        # In "...;User ID=app;Password=billing_user;" the value is a literal, not a variable.
        return FilterVerdict(False, "identifier", alphabet, entropy)
    if kind == "password":
        alphabet, entropy = alphabet_of(value), shannon_entropy(value)
    low_value = value.lower()
    code_parts = _CODE_PARTS_QUOTED_RE if quoted else _CODE_PARTS_RE
    if (
        code_parts.search(low_value) is not None
        or (value.startswith("$") and value[1:2].isalpha())
        or (quoted and _CALL.match(value))  # "getpass()", "vault.read(path)" quoted in a template
    ):
        return FilterVerdict(False, "code_reference", alphabet, entropy)
    if value[0] in "!&*|>" and kind == "password" and _YAML_NODE.match(value):
        # YAML tags, anchors, aliases and block indicators: "!vault |", "!secret db_pw", "*default",
        # "|-". Their names are words; "!Dd5G4s9" (digits, no word) is a password that starts with "!".
        return FilterVerdict(False, "code_reference", alphabet, entropy)
    if _NUMERIC_LITERAL.match(value):  # a numeric literal in C/C++/Java
        return FilterVerdict(False, "code_reference", alphabet, entropy)
    if _PATHLIKE.search(value):
        return FilterVerdict(False, "code_reference", alphabet, entropy)
    if value.startswith(("sha1-", "sha256-", "sha384-", "sha512-")) and _INTEGRITY.match(value):
        return FilterVerdict(False, "lockfile_integrity", alphabet, entropy)
    if _UUID.match(value):
        return FilterVerdict(False, "uuid", alphabet, entropy)
    low_name = name.lower()
    if _GIT_SHA.match(value) and any(w in low_name for w in _GIT_CONTEXT):
        return FilterVerdict(False, "git_sha", alphabet, entropy)
    if _HOSTNAME.match(value):
        return FilterVerdict(False, "hostname", alphabet, entropy)
    if "@" in value and _EMAIL.match(value):
        # "password for account: admin@corp.com" names the account (the PII packs report it).
        return FilterVerdict(False, "identifier", alphabet, entropy)
    if "passw" in low_value or (
        any(w in low_value for w in ("secret", "token", "apikey", "api_key", "api-key"))
        and not any(c.isdigit() for c in value)
    ):
        # "#add-password", "cms/sites/passwords#update", "SOME_PASSWORD": the name again, not a
        # value. A word with digits ("Secret123", "token4prod!") is what someone typed.
        return FilterVerdict(False, "placeholder", alphabet, entropy)
    if kind == "password":
        # Mixed-case letters with no word shape ("jhYQusDRpUkcmT") are typed or generated, not a
        # variable name: camelCase / PascalCase names were dropped as identifiers above.
        random_letters = len(value) >= 12 and entropy >= 3.4 and _classes(value) >= 2 and not _CAMEL_WORDS.match(value)
        if value.isalpha() and not random_letters and not ((literal or connection) and len(value) >= 6):
            # Unquoted words in code are variables ("password = userInput"); a quoted word or
            # an .env value ("REACT_APP_PASSWORD=whiteduke") is what someone typed as a password.
            return FilterVerdict(False, "identifier", alphabet, entropy)
        if _IDENTIFIER.match(value) and not connection:
            return FilterVerdict(False, "identifier", alphabet, entropy)
        if value.isdigit() and len(value) < 8:
            return FilterVerdict(False, "low_entropy", alphabet, entropy)
        if (_classes(value) < 2 and not (literal and value.isalpha())) or len(set(value)) < 4:
            return FilterVerdict(False, "low_entropy", alphabet, entropy)
        if _sequential_fraction(value) >= 0.75 or _interleaved_sequence(value):
            return FilterVerdict(False, "sequential", alphabet, entropy)
        return FilterVerdict(True, None, alphabet, entropy)
    # Machine-made secret.
    if len(value) < min_length:
        return FilterVerdict(False, "low_entropy", alphabet, entropy)
    if _IDENTIFIER.match(value) or (value.isalpha() and value.islower()):
        return FilterVerdict(False, "identifier", alphabet, entropy)
    if alphabet == "base64":
        # A token of one-case letters only is a word or a constant name, not a key.
        bare = value.replace("-", "").replace("_", "")
        if bare.isalpha() and (bare.isupper() or bare.islower()):
            return FilterVerdict(False, "identifier", alphabet, entropy)
    # A machine-made secret steps by 0/+-1 between neighbours ~5-20% of the time (hex the most);
    # "abc123def456ghi789" does 70%. Passwords (above) keep the laxer 0.75: people type "Abcd1234!".
    if _sequential_fraction(value) >= 0.6 or _interleaved_sequence(value) or _longest_run(value) >= 6:
        return FilterVerdict(False, "sequential", alphabet, entropy)
    return FilterVerdict(True, None, alphabet, entropy)


def _bar(alphabet: str, n: int, hex_t: float, b36_t: float, b64_t: float, fraction: float) -> float:
    """Entropy a random string of ``n`` characters of ``alphabet`` clears: the alphabet's
    threshold, or ``fraction * log2(n)`` when the string is too short to reach it."""
    if alphabet == "hex":
        return min(hex_t, fraction * math.log2(min(n, 16)))
    if alphabet == "base36":
        return min(b36_t, fraction * math.log2(n))
    return min(b64_t, fraction * math.log2(n))


# ------------------------------------------------------------------ recognizer
# Secret-like names, as they appear in .env, YAML, JSON, code and CLI flags. ``pass`` and
# ``pw`` are short, so they only count as a whole name segment (DB_PASS, -pw).
_PASSWORD_NAME = (
    r"(?:pa?s{1,2}wo?r?d|passphrase|passcode|pwd|pass|pw|senha|passwort|contrase[nñ]a|mot_de_passe|"  # noqa: S105
    r"kennwort|wachtwoord|parole|haslo)"
)
_SECRET_NAME = (
    r"(?:secret|token|api[_\-. ]?key|apikey|access[_\-]?key|private[_\-]?key|secret[_\-]?key|auth[_\-]?key|"  # noqa: S105
    r"client[_\-]?secret|credentials?|cred|auth|signing[_\-]?key|encryption[_\-]?key|master[_\-]?key|"
    r"license[_\-]?key|bearer|session[_\-]?key|webhook[_\-]?secret|salt_?key|app[_\-]?key|key|pat|api|"
    r"authori[sz]ation|authentication)"
)
# .NET / XML settings: <add key="SmtpPassword" value="..."/>, <entry key="api.token">...</entry>.
_XML_KV = (
    r"(?i)key\s*=\s*\"(?P<name>[^\"]{0,60}(?:"
    + _PASSWORD_NAME
    + "|"
    + _SECRET_NAME
    + r")[^\"]{0,30})\"\s+value\s*=\s*\""
    r"(?P<value>[^\"\s]{3,256})\""
)
_NAME_SET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-")
# After the name: an optional closing quote, the separator (= : := => == != "is '" a Python
# annotation ": str =" or plain whitespace for CLI flags), an optional opening quote, the value.
# Anchored at the name's end, so Python's engine never scans: bounded and fast.
_SEP_VALUE = re.compile(
    # JSON logged inside a string escapes its quotes: {\"password\":\"...\"}.
    r"\\?[\"'\]]?[ \t]*(?::[ \t]*[A-Za-z_][A-Za-z0-9_.|\[\] ]{0,24}?[ \t]*=(?!=)|:=|=>|!==|===|!=|==|=|:|"
    r"[ \t]+is:?[ \t]+|[ \t])[ \t]*(?:&quot;|&#34;|&#39;|&apos;)?"  # HTML-escaped quotes
    # A quoted value runs to its closing quote (Django keys hold "(", passphrases spaces);
    # an unquoted one stops at spaces, quotes and brackets. A Python triple quote opens a value
    # like one quote (the unquoted form below reads it up to the closing quotes).
    r"(?:'''|\"\"\")?"
    r"(?:\x1b\[[0-9;]{0,16}m)?"  # a value printed in colour by a logger ("token=\x1b[33m...")
    r"(?:[br]?\\?\"([^\"\n\\]{3,256})\\?\"|[br]?'([^'\n\\]{3,256})'|`([^`\n]{3,256})`|"
    # Tried only when the above fail: a backslash inside a quoted value is one of its characters
    # ("7`D'}/vYR)T;W\\5]E..."), except before the closing quote (escaped quotes in logged JSON).
    r"\"((?:[^\"\n\\]|\\[^\"\n\\]){3,256})\"|'((?:[^'\n\\]|\\[^'\n\\]){3,256})'|"
    r"[\"'`]?([^\s\"'`,;<>()\[\]{}\x1b]{3,256}))"
)
_XML_KV_RE = re.compile(_XML_KV)
# Maven settings.xml, Tomcat users, Spring XML: <password>value</password>, <ns:apiToken>v</ns:apiToken>.
_XML_ELEM_RE = re.compile(r"<(?P<name>[A-Za-z_][A-Za-z0-9_.:\-]{0,60})>(?P<value>[^<>\s]{3,256})</")
# Prose: "the password for the user "ci-bot" is "...", "password for master: ...": the words
# between the name and the separator are skipped.
_PROSE_FOR = re.compile(
    r"[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?(?:[\w.@\-]{1,40}|\"[^\"\n]{1,40}\"|'[^'\n]{1,40}')"
    r"(?:[ \t]+(?:[\w.@\-]{1,40}|\"[^\"\n]{1,40}\"|'[^'\n]{1,40}'))?(?=[ \t]*:[ \t]*\S|[ \t]+is[ \t])"
)
# Stage one of the search (no captures, so RE2 stays on its DFA): a secret-like word followed
# by a separator: "=", ":", "!=", "is '", a quoted value after a space, or, for CLI flags
# (--password x) and #define / %global / set / export lines, a bare value after a space.
_NAMES = "(?:" + _PASSWORD_NAME + "|" + _SECRET_NAME + ")"
_HINT_LEAD = re.compile(r"[ \t]+|(?:define|global|set|export)[ \t]+", re.IGNORECASE)
_NAME_RUN = re.compile(r"[A-Za-z0-9_.\-]{1,64}")
_HINT = (
    r"(?i)" + _NAMES + r"[A-Za-z0-9_.\-]{0,24}(?:\\?[\"'\]]?[ \t]*[:=!]|[ \t]+is[ \t]+[\"']|[ \t]+[\"'])"
    r"|(?:^|[ \t])--?[A-Za-z0-9_.\-]{0,24}" + _NAMES + r"[A-Za-z0-9_.\-]{0,24}[ \t]+[^\s\-]"
    r"|(?:define|global|\bset|export)[ \t]+[A-Za-z0-9_.\-]{0,24}"
    + _NAMES
    # Prose, password names only: "the password is Tr0ub4dor&3", "password for admin: ...".
    + r"|(?:pa?s{1,2}wo?r?d|passphrase|passcode)[A-Za-z0-9_.\-]{0,24}[ \t]+(?:is|for|of)[ \t]+\S"
)
# Gates for the XML forms below, one per regex: an element whose name is secret-like
# (<password>, <ns:apiToken>) and a .NET <add key="...Password..." setting.
_XML_HINT = (
    r"(?i)<[A-Za-z0-9_.:\-]{0,40}" + _NAMES + r"[A-Za-z0-9_.:\-]{0,30}>"
    r"|key[ \t]*=[ \t]*\"[^\"\n]{0,60}" + _NAMES
)
_XML_KEY_HINT = re.compile(rb"(?i)key[ \t]*=[ \t]*\"")
_PW_SEGMENT = re.compile(r"(?:^|[^a-z])" + _PASSWORD_NAME + r"(?:$|[^a-z])")
_PW_ANYWHERE = re.compile(r"passw|passphrase|passcode")
# "pass" glued to what it unlocks: mysqlpass, dbpass, smtppass, rootpass (not bypass, compass...).
_PW_COMPOUND = re.compile(
    r"(?:^|[^a-z])(?:my|pg|postgres|db|sql|mysql|mssql|mongo|redis|rabbit|amqp|smtp|mail|imap|pop3?|s?ftp|ldap|"
    r"admin|root|user|super|master|proxy|wifi|vnc|ssh|bind|keystore|store)pass(?:wd)?(?:$|[^a-z])"
)
# One-word compounds ending in a secret word: "jwtsecret", "authtoken", "stripeapikey".
# Only the unambiguous words: "-key" compounds are often not secrets (hotkey, monkey).
# The leading word has 3+ characters ("jwt", "auth", "csrf"): "sstoken" is an opaque URL parameter.
_SECRET_SUFFIX = re.compile(r"(?:^|[^a-z0-9])[a-z0-9]{3,}(?:secret|token|apikey|secretkey|accesskey|privatekey)s?$")
_SECRET_SEGMENT = re.compile(r"(?:^|[^a-z])" + _SECRET_NAME + r"s?(?:$|[^a-z])")
# Names that contain a secret word but name something public or structural.
_NOT_SECRET_NAME = re.compile(
    r"(?i)(?:^|[_\-.])(?:public|pub|id|ids|name|names|type|types|length|len|size|url|uri|path|file|dir|"
    r"endpoint|host|field|label|policy|hint|prompt|count|max|min|timeout|ttl|expiry|expires|"
    r"format|header|prefix|mode|enabled|required|id_token_hint|domain|callback|issuer|audience|scope|realm|"
    r"region|user|username|email|login|account|version|hash|hashed|digest|change|changed|fail|failed|"
    r"expired|update|updated|event|events|reset|length|policy|strength|confirm|confirmation)$|keyboard|keyword|keyspace|monkey|donkey|"
    r"turkey|hockey|jockey|tokeniz|token_type|tokens_|max_tokens|primary_?key|foreign_?key|sort_?key|"
    r"partition_?key|cache_?key|idempotency|key_?id$|keyid|passenger|passport|bypass|compass|"
    r"passive|passthrough|pass_?through|password_?(?:reset|confirm|policy|hash|field|label|length|strength)|"
    r"(?:^|[_\-.])authors?(?:_info|_name)?$|"
    # Keys published on purpose: Stripe / Supabase publishable keys, VAPID and other public keys.
    r"publishable|(?:^|[_\-.])pub(?:lic)?[_\-.]?key|"
    # Pagination cursors (searchToken, nextPageToken, continuation_token): position, not access.
    r"(?:search|page|next|continuation|sync|cursor|resume|pagination)_?token"
)
_MEMO = threading.local()
# Values a provider rule in secrets.yaml recognises by prefix: the generic detector leaves
# them to it (one finding, the specific entity) and saves its own checks.
_PROVIDER_PREFIXES = (
    "sk-ant-",
    "sk-proj-",
    "sk-svcacct-",
    "ghp_",
    "gho_",
    "ghu_",
    "ghs_",
    "ghr_",
    "github_pat_",
    "glpat-",
    "AKIA",
    "ASIA",
    "AIza",
    "xoxb-",
    "xoxp-",
    "xoxa-",
    "xapp-",
    "sk_live_",
    "rk_live_",
    "npm_",
    "pypi-Ag",
    "hf_",
    "SG.",
    "dop_v1_",
    "hvs.",
    "eyJ",
    "-----BEGIN",
)
_INNER_KEY = re.compile(r"^[A-Za-z_]{1,12}[ \t]*[:=][ \t]*(?=\S)")
_KEYED = re.compile(r"^\\?[\"'\]]?\s*(?::=|=>|=|:|!=|==|>|\s+is:?\s+)")
_SPACE_QUOTE = re.compile(r"[ \t]+[\"']")
_SHORT_NAME_BEFORE = frozenset(" \t\n\r\"'`(,{[-_./$:;|?&#<>*+")
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
# "#define PASSWORD "x"", "%global token x", "set PASSWORD x": a space is the assignment.
_DEFINE = re.compile(r"(?:#\s*define|%define|%global|\bset|\bexport|\bSET)\s+$")
_KEYWORDS = (
    "pass", "pwd", "pw", "psw", "pssw", "pasw", "secret", "token", "key", "auth", "cred", "bearer", "senha", "contrase",
)  # fmt: skip


class EntropyOptions(BaseModel):
    """Options of ``type: entropy`` (set under ``options:`` in the pack entry)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["password", "secret"] = "secret"
    """``password``: values of password-like names; ``secret``: every other secret-like name.
    Two pack entries (one per kind) share one pass over the text."""
    min_length: int = Field(12, ge=4)
    """Shortest machine-made secret considered (passwords use ``password_min_length``)."""
    password_min_length: int = Field(6, ge=1)
    hex_threshold: float = Field(3.0, ge=0.0, le=4.0)
    base64_threshold: float = Field(4.5, ge=0.0, le=6.0)
    base36_threshold: float = Field(3.7, ge=0.0, le=5.2)
    """One-case letters + digits (base32 / base36 tokens, e.g. Azure DevOps PATs)."""
    length_fraction: float = Field(0.82, ge=0.0, le=1.0)
    """Short strings cannot reach the alphabet threshold: the bar is this share of log2(len)."""
    score_password: float = Field(0.75, ge=0.0, le=1.0)
    score_secret: float = Field(0.8, ge=0.0, le=1.0)


class EntropyRecognizer(Recognizer):
    """``type: entropy``: generic secrets and passwords assigned to secret-like names."""

    def __init__(self, spec: RecognizerSpec, pack: str | None) -> None:
        self.configure(spec, pack, context=False)
        self.options = EntropyOptions.model_validate(spec.options)
        self.keywords = tuple(k.lower() for k in spec.keywords) or _KEYWORDS
        # Compiled for bytes: the re2 bindings re-encode a str on every call, so the text is
        # encoded once (TextBuffer) and offsets mapped back.
        # The XML forms' gate rides in the same DFA pass (listed first, so at a shared start
        # the XML alternative wins): a separate gate pass cost ~4 us per 2 KB text.
        self._hint = re2.compile((_XML_HINT + "|" + _HINT).encode(), re2_options())

    def analyze(self, text: str) -> Iterable[Finding]:
        return [f for f, _ in self.candidates(text) if f is not None]

    def _matches(self, text: str) -> list[tuple[str, str, int, int, int]]:
        """(kind, name, name start, value start, value end) of every assignment; the password
        and the secret entries run on the same text one after the other, so the matches are kept
        per thread for the current scan and the search and name classification run once.

        The memo is keyed by the scan's shared buffer (a new object per scan, see
        ``TextBuffer.of``), not by the text: scanning the same text again searches again, so a
        benchmark that rescans its prompts measures the real cost."""
        buf = TextBuffer.of(text)  # the scan's shared buffer: encoding and offset tables done once
        memo = _MEMO.__dict__
        if memo.get("buf") is buf:
            return memo["matches"]  # type: ignore[no-any-return]
        found: list[tuple[str, int, int, int]] = []  # XML forms, classified below
        matches: list[tuple[str, str, int, int, int]] = []
        seen: set[int] = set()
        # A capture-free RE2 pass finds secret-like words (microseconds); the name around
        # each is then widened by hand and the separator and value parsed with an anchored
        # match. One regex with the name, separator and value as groups costs ~100x more:
        # RE2 has to leave its DFA to extract submatches.
        xml = False
        data = buf.data
        for hint_start, hint_end in re2_spans(self._hint, data):
            if data[hint_start] == 60:  # "<": an element named like a secret, only a gate
                xml = True
                continue
            if hint_end - hint_start > 4 and data[hint_end - 1] != 61 and _XML_KEY_HINT.match(data, hint_start):
                xml = True  # <add key="...Password" ...>: a gate, then parsed like any "key=" hint
            s0 = buf.char_offset(hint_start)
            lead = _HINT_LEAD.match(text, s0)  # CLI / #define alternatives start before the name
            if lead is not None:
                s0 = lead.end()
            a = s0
            while a > 0 and s0 - a < 40 and text[a - 1] in _NAME_SET:
                a -= 1
            if a > 0 and text[a - 1] == "\\" and text[a] in "nrt" and a < s0:
                a += 1  # "...\\ntoken=..." in an escaped JSON string: the n belongs to the escape
            if a in seen:
                continue
            run = _NAME_RUN.match(text, s0)
            b = run.end() if run is not None else s0
            prose = _PROSE_FOR.match(text, b) if text[b : b + 1] in " \t" else None
            if prose is not None:
                b = prose.end()
            name = text[a:b]
            kind = _name_kind(name, text, a)  # cached per name; most hints end here (AWS_ACCESS_KEY_ID)
            if kind is None:
                continue
            sep = _SEP_VALUE.match(text, b)
            if sep is None:
                continue
            seen.add(a)
            # The six value forms are alternatives: the one that matched is the last group.
            group = sep.lastindex
            if group is None:  # pragma: no cover - every value form is a group
                continue
            value_start, value_end = sep.span(group)
            matches.append((kind, name, a, value_start, value_end))
        # XML forms only when the text has XML: one DFA pass over the shared bytes, where
        # three ``in`` tests on a 2 KB non-ASCII str cost ~7 us per text.
        if xml:
            for m in _XML_KV_RE.finditer(text):
                found.append((m.group("name"), m.start("name"), m.start("value"), m.end("value")))
            for m in _XML_ELEM_RE.finditer(text):
                found.append((m.group("name"), m.start("name"), m.start("value"), m.end("value")))
        for name, name_start, start, end in found:
            kind = _name_kind(name, text, name_start)
            if kind is not None:
                matches.append((kind, name, name_start, start, end))
        memo["buf"], memo["matches"] = buf, matches
        return matches

    def candidates(self, text: str) -> list[tuple[Finding | None, str | None]]:
        """Every assignment of this kind, kept (finding) or dropped (``None`` and the filter name)."""
        out: list[tuple[Finding | None, str | None]] = []
        opts = self.options
        for kind, name, name_start, start, end in self._matches(text):
            if kind != opts.kind:  # the other entry (password / secret) judges this one
                continue
            value = text[start:end]
            # "SECRET KEY: abc": the name had a space, the value starts after the inner colon.
            # Only when the name was followed by a space: "key=session:<sha>" is a cache key.
            spaced = text[name_start + len(name) : name_start + len(name) + 1] == " "
            inner = _INNER_KEY.match(value) if spaced else None
            if inner is not None:
                start += inner.end()
                value = text[start:end]
                if not value:
                    continue
            if name_start > 0 and text[name_start - 1] in "?&" and "&" in value:
                # A URL query parameter ("?api_key=...&limit=10") ends at the next "&".
                end = start + value.index("&")
                value = text[start:end]
                if not value:
                    continue
            if "\\" in value and text[start - 1 : start] not in "\"'`":
                # An unquoted value inside an escaped string ("line1\\npassword: x\\nline3") ends
                # at the escaped newline or tab.
                cut = min((i for i in (value.find("\\n"), value.find("\\r"), value.find("\\t")) if i >= 0), default=-1)
                if cut >= 0:
                    end = start + cut
                    value = value[:cut]
                    if not value:
                        continue
            # Trailing punctuation that closes the statement, not part of the value.
            stripped = value.rstrip(".:!?\\")
            if len(stripped) != len(value) and stripped and not any(c in value[len(stripped) :] for c in "!?"):
                end -= len(value) - len(stripped)
                value = stripped
            if value.startswith("ENC[") or (len(value) >= 100 and "ncryptedData" in text[max(0, start - 4000) : start]):
                # Ciphertext meant to be committed: SOPS ENC[AES256_GCM,...] values, Bitnami
                # SealedSecrets' spec.encryptedData (only the cluster's key decrypts them).
                out.append((None, "encrypted"))
                continue
            if kind == "secret" and (" " in value or value.startswith(("http://", "https://"))):
                # Cheap, common drops before the parsing in _judge: a quoted phrase
                # ("Bearer <token>" is the header rules' job) or a URL (its credentials are
                # url_credentials'), as secret_filter and _PATHLIKE would decide.
                out.append((None, "prose" if " " in value else "code_reference"))
                continue
            if text[end : end + 1] == "(" or text[end : end + 1] == "[":
                # "token = hashlib.sha256(...)", "secret = settings[...]": code, not a value.
                out.append((None, "code_reference"))
                continue
            # Values with a provider prefix (sk-ant-, ghp_, hf_...) are judged too: when the
            # provider rule matches, its finding outranks this one in overlap resolution (higher
            # score, specific entity); when a hand-edited or truncated token misses the rule's
            # exact length, this one still reports it under its secret-like name.
            verdict = self._judge(kind, name, value, text, name_start, start, inner is not None)
            if verdict is None:
                continue
            kind, fv = verdict
            if not fv.keep:
                out.append((None, fv.filter))
                continue
            score = opts.score_password if kind == "password" else opts.score_secret
            finding = self.finding(
                start, end, score, pattern=f"assignment:{kind}:{fv.alphabet}", filters=(f"entropy={fv.entropy:.2f}",)
            )
            out.append((finding, None))
        return out

    def _judge(
        self, kind: str, name: str, value: str, text: str, name_start: int, value_start: int, inner_key: bool = False
    ) -> tuple[str, FilterVerdict] | None:
        # "pass"/"pw" as English words ("pass the test", "PW: high") only count in key=value shape.
        separator = text[name_start + len(name) : name_start + len(name) + 8]
        if separator.startswith('" '):  # <add key="..." value="...">
            separator = "="
        line_before = text[max(0, name_start - 12) : name_start]
        keyed = (
            inner_key
            or bool(_KEYED.match(separator))
            or name.startswith("-")
            or bool(_DEFINE.search(line_before))
            or (kind == "password" and bool(_SPACE_QUOTE.match(text, name_start + len(name))))
        )
        before_value = text[value_start - 1] if value_start > 0 else ""
        # A string literal, or an .env / YAML / CLI value (NAME=value, name: value).
        literal = (
            before_value in "\"'`"
            or before_value in "=:>"
            or (before_value in " \t" and text[max(0, value_start - 2)] in ":" and kind == "password")
            or name.startswith("-")
        )
        if kind == "password" and not keyed:
            return None
        if kind == "secret" and not keyed:
            # "token abc...", "Secrets Documentation": without "=" or ":" only a clearly
            # random value (long, high entropy, with digits) is worth reporting.
            fv = self._check(value, "secret", name)
            if not fv.keep or fv.entropy < 4.0 or len(value) < 20 or not any(c.isdigit() for c in value):
                return None
            return kind, fv
        # One element of a connection string ("Server=x;User ID=y;Password=z;"): a literal.
        value_end = value_start + len(value)
        connection = text[value_end : value_end + 1] == ";" and ";" in text[max(0, name_start - 120) : name_start]
        quoted = before_value in "\"'`"
        return kind, self._check(value, kind, name, literal=literal, connection=connection, quoted=quoted)

    def _check(
        self, value: str, kind: str, name: str, *, literal: bool = False, connection: bool = False, quoted: bool = False
    ) -> FilterVerdict:
        o = self.options
        return secret_filter(
            value,
            kind=kind,
            name=name,
            min_length=o.min_length,
            hex_threshold=o.hex_threshold,
            base64_threshold=o.base64_threshold,
            base36_threshold=o.base36_threshold,
            length_fraction=o.length_fraction,
            password_min_length=o.password_min_length,
            literal=literal,
            connection=connection,
            quoted=quoted,
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


@validator("not_placeholder")
def not_placeholder(value: str) -> bool | None:
    """For rules whose value has no fixed shape (bearer tokens, URL passwords): drop
    placeholders, variable references, documented examples and sequences."""
    # Every test below drops; a kept value (the common case) runs them all, so the order only
    # puts the cheap ones first. A value with no mask run ("xxxx", "...") cannot have one once
    # stripped either, so the placeholder test skips that search.
    v = value.strip("\"'`")
    if not v or v in DOCUMENTED_EXAMPLES or "EXAMPLE" in v or v[0] in "$%{":
        return False
    if (v[0] in _TEMPLATE_LEADS and _TEMPLATE.match(v)) or _MASK_RUN.search(v) or len(set(v)) < 3:
        return False
    if len(v) >= 6 and (_sequential_fraction(v) >= 0.75 or _interleaved_sequence(v)):
        return False
    if _is_placeholder(v, masks=False):
        return False
    return None


@validator("password_value")
def password_value(value: str) -> bool | None:
    """For pattern rules whose regex already found a password by its name (``define('DB_PASSWORD',
    '...')``): the value gets the password filters of an assignment (placeholders, code, words)."""
    return None if secret_filter(value, kind="password", literal=True, quoted=True).keep else False


@validator("secret_value")
def secret_value(value: str) -> bool | None:
    """For pattern rules whose regex found a machine secret by its name (``buildConfigField
    "String", "API_KEY", ...``): the value must pass the randomness and placeholder filters."""
    return None if secret_filter(value, kind="secret", literal=True, quoted=True).keep else False


@validator("basic_auth_credentials")
def basic_auth_credentials(value: str) -> bool | None:
    """``Authorization: Basic`` credentials (RFC 7617: base64 of ``user:password``): drops
    the ones whose password is a placeholder (``user:password``, ``admin:changeme``,
    ``user:<token>``) or empty; keeps the rest at the pattern score."""
    if is_masked_token(value, runs=False):
        return False
    try:
        decoded = base64.b64decode(value + "=" * (-len(value) % 4), validate=True).decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None  # not text: a token sent as Basic credentials, judged by its shape alone
    _, colon, password = decoded.partition(":")
    if colon and (not password or is_placeholder(password) or password.startswith(("$", "%"))):
        return False
    return None


def _name_kind(name: str, text: str, name_start: int) -> str | None:
    """``password``, ``secret`` or ``None`` (not a secret-like name) for an assignment's name."""
    if len(name.strip("\"'.-_")) <= 4 and name_start > 0 and text[name_start - 1] not in _SHORT_NAME_BEFORE:
        # "PW:" inside uuencoded or minified junk ("]PW:2Z.Q?"), not a label.
        return None
    kind = _classify_name(name)
    if kind is not None and name_start > 1 and text[name_start - 1] == " " and name.isalpha():
        # "cache key: build-...", "primary key = ...": the word before says what the key is.
        word = _word_before(text, max(0, name_start - 24), name_start - 1)
        if word and _not_secret_compound(word, name):
            return None
    return kind


_ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _word_before(text: str, start: int, end: int) -> str:
    """What ``re.compile("[A-Za-z]+$").search(text, start, end)`` matches ("" for no match),
    with str methods: the letters that end ``text[start:end]``, or end it before one final
    newline (where ``$`` also matches)."""
    window = text[start:end]
    if window.endswith("\n"):
        window = window[:-1]
    return window[len(window.rstrip(_ASCII_LETTERS)) :]


@functools.lru_cache(maxsize=1024)
def _not_secret_compound(word: str, name: str) -> bool:
    return _NOT_SECRET_NAME.search(word + "_" + name) is not None


@functools.lru_cache(maxsize=4096)
def _classify_name(name: str) -> str | None:
    # Names repeat across texts ("password", "API_KEY", "token"): classified once each.
    # camelCase -> snake_case first, so "awsSecretKey" has a "secret" segment.
    low = (name if name.islower() else _CAMEL.sub(r"\1_\2", name).lower()).strip("\"'.-_")
    if not low or _NOT_SECRET_NAME.search(low):
        return None
    if _PW_SEGMENT.search(low) or _PW_ANYWHERE.search(low) or _PW_COMPOUND.search(low):
        return "password"
    if _SECRET_SEGMENT.search(low) or _SECRET_SUFFIX.search(low):
        return "secret"
    return None


def _group(regex: re2._Regexp, name: str) -> int:
    """Group number of ``name`` (byte patterns report their group names as bytes)."""
    index = regex.groupindex
    return int(index[name] if name in index else index[name.encode()])
