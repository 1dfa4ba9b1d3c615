"""Is a value a secret? Measures and false-positive filters for assigned values.

The generic secret recognizer (:mod:`promptguard.recognizers.builtin.entropy`) finds
values assigned to secret-like names; this module judges one value: which alphabet it
uses, how random it is for that alphabet, and whether a filter with a public name (shown
in ``explain``) says it is not a credential:

``placeholder``       ``xxxx``, ``YOUR_API_KEY``, ``<token>``, ``${VAR}``, ``{{ secret }}``, ``changeme``,
                      elided keys (``sk-proj-...a1B2``)
``documented_example`` ``AKIAIOSFODNN7EXAMPLE`` and other keys vendors print in docs
``code_reference``    ``os.environ["X"]``, ``getPassword()``, ``$password``, ``process.env.X``
``lockfile_integrity`` ``sha512-…`` subresource-integrity hashes in lock files
``uuid``              8-4-4-4-12 hex identifiers
``fingerprint``       ``SHA256:…`` / ``MD5:aa:bb:…`` key and certificate fingerprints (public)
``git_sha``           40-hex commit ids in commit/ref/sha contexts
``low_entropy``       below the per-alphabet Shannon threshold
``sequential``        ``123456``, ``abcdef``, ``1a2b3c4d``, ``aaaa``
``identifier``        ``snake_case_words`` / ``camelCaseWords`` (variable names, not secrets)
``encrypted``         SOPS ``ENC[...]`` values and SealedSecrets ``encryptedData`` (ciphertext)
``publishable``       keys public by design (Stripe ``pk_live_``/``pk_test_``, Mapbox ``pk.eyJ``)
``decoded_*``         any of the above, said of the text a padded base64 value decodes to
                      (a Kubernetes ``Secret``'s ``data:`` holds ``Y2hhbmdlbWU=``, i.e. ``changeme``)

Thresholds (bits per character) follow detect-secrets' defaults (hex 3.0, base64 4.5)
but scale with length: a random 20-character base64 string cannot reach 4.5 bits, so the
bar is ``min(alphabet_threshold, fraction * log2(length))``.
"""

from __future__ import annotations

import binascii
import math
import operator
import re
import threading
from collections import _count_elements  # type: ignore[attr-defined]
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from promptguard._lazyre import lazy
from promptguard.recognizers.secret_validators import DOCUMENTED_EXAMPLES, is_publishable_key

__all__ = [
    "FilterVerdict",
    "alphabet_of",
    "assignment_in_config",
    "assignment_in_table",
    "decoded_token",
    "in_table_column",
    "is_placeholder",
    "lower_passphrase",
    "secret_filter",
    "shannon_entropy",
    "table_value_cells",
    "typed_letters",
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
_PREFIXED_HEX = lazy(r"^[A-Za-z]{1,8}(?:[0-9a-f]{20,}|[0-9A-F]{20,})$")
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
        if data.translate(None, _B64_BYTES):
            # A character outside base64 ("session:<sha>", most passwords) rules out base36 and
            # a prefixed hex value too (both are letters and digits only): "other", with no
            # regex call and two translations fewer.
            return "other"
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


# Standard base64 with its padding (Kubernetes Secret data, Basic credentials, .dockercfg auth).
_B64_PADDED = lazy(r"^[A-Za-z0-9+/]+={0,2}$")
# Printable ASCII: the bytes of a one-line decoded text (deleting them leaves nothing).
_TEXT_BYTES = bytes(range(0x20, 0x7F))


def decoded_token(value: str) -> str | None:
    """The text a padded base64 ``value`` encodes, when it is one line of printable ASCII; else None.

    A random key (base64 or base62) decodes to bytes that are almost never all printable (a
    12-character one with probability ~1e-4, a 40-character one never in practice), so a value
    that does is an encoding of text, and the text is what to judge: base64 of ``changeme`` is as
    random-looking as a key, base64 of a 32-hex token falls under the base64 bar though the hex
    clears the hex one. Text with line breaks or control bytes (a file, binary) gives None; text
    with spaces is returned (:func:`secret_filter` only drops it when it is a template such as
    ``{{ .Values.db.password }}``)."""
    if len(value) % 4 or len(value) < 8 or _B64_PADDED.match(value) is None:
        return None
    try:
        raw = binascii.a2b_base64(value, strict_mode=True)
    except binascii.Error:
        return None
    if not raw or raw.translate(None, _TEXT_BYTES):
        return None
    return raw.decode("ascii")


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
    qwerty admin root guest postgres user username default mysecret mypassword yourpassword
    your_password your_secret your_token your_api_key yourapikey password123 123456
    12345678 abc123 xxx notasecret not_a_secret insert_here enter_here required optional
    passw0rd p@ssw0rd p@ssword password1 correcthorsebatterystaple tiger scott
    swordfish
    minioadmin minio123 mysecretpassword my-secret-pw yourstrong(!)password yourstrong@passw0rd
    neo4j airflow vagrant raspberry toor ubnt android
    changed updated reset expired invalid missing unset set enabled disabled generated random
    encrypted hashed provided masked removed saved stored rotated locked unlocked blank omitted
    prompt ask env environment keychain keyring plaintext bcrypt argon2 sha256 md5
    argon2id argon2i argon2d scrypt pbkdf2 pbkdf2_sha256 pbkdf2-sha256 pbkdf2_sha512 sha1 sha512
    sha-256 sha-512 scram-sha-256 scram-sha-1 ssha crypt yescrypt des 3des aes aes256 aes-256
    aes-256-gcm ntlm kerberos ldap saml oauth oidc totp
    string! id! int! float! boolean!
    passwort kennwort contraseña contrasena senha wachtwoord lösenord losenord passord adgangskode
    salasana hasło haslo heslo jelszó parola şifre sifre пароль パスワード 密码 密碼 비밀번호
    """.split()
) | frozenset({"mot de passe", "palavra-passe", "parola d'ordine", "mot-de-passe"})
# The second block: words that say what state a password is in or where or how it is kept
# ("password: changed" in a log, "password: prompt", "hash: bcrypt"), not a value; with
# the hashing schemes and auth methods a password *setting* names (s18: PostgreSQL's
# {"Name": "password_encryption", "Value": "scram-sha-256"}, "password_hash_algorithm: argon2id").
# The third: GraphQL's non-null scalar types ("login(email: String!, password: String!)"), and
# "password" in other languages: what a locale file or a UI label assigns to a password key
# ('fr: password: "Mot de passe"'), the name of the field, not a value.
# Not in the list above, on purpose: "hunter2", "letmein", "iloveyou", "open_sesame" are on every
# list of the most-used real passwords. Assigned to a password name they are a weak password that
# works somewhere, so a DLP filter reports them. What stays listed names the slot ("password",
# "changeme", "your_password"), is a documented default or example ("scott"/"tiger" of Oracle's
# demo schema, "swordfish" of FastAPI's HTTP Basic tutorial, "postgres" of the official image's
# superuser, which its docs and compose files also use as the password; the images' own quickstart
# values: MinIO's "minioadmin" / "minio123", Docker Hub's "mysecretpassword" (postgres) and
# "my-secret-pw" (mysql), SQL Server's "yourStrong(!)Password", Neo4j's and Airflow's compose logins,
# Vagrant boxes', Raspberry Pi OS's, Kali's "toor", Ubiquiti's "ubnt") or a famous illustration
# (xkcd's "correcthorsebatterystaple"). A default pair in a URL to a named remote host
# ("postgres:postgres@db.prod.acme.net") is the live login: url_default_credentials reports it.
# Variable references and templates: the value is elsewhere, not in this text.
_TEMPLATE = lazy(
    r"^(?:\$\{[^}]*\}?|\$\([^)]*\)?|\$[A-Za-z_][A-Za-z0-9_]*|%\([^)]*\)s?|%[A-Za-z_]+%|\{\{.*\}\}|\{%.*%\}|"
    r"\{[A-Za-z_0-9]*\}|<%.*%>|#\{[^}]*\}|@[A-Za-z_]+@|\[\[.*\]\]|__[A-Z0-9_]+__)$",
    re.DOTALL,
)
_ANGLE = lazy(r"^(?:<[^<>]*>|\[[^\[\]]*\]|&lt;.*&gt;)$")
_MASK_RUN = lazy(r"(?:[xX*•.#_\-]){4,}|(?:\.\.\.)|…")
# Substrings of a lowercased value that mark a placeholder ("<YOUR_API_KEY>", "sk-xxxx",
# "replace-me", "not-a-real-secret"). Plain substring tests: ~50x cheaper than one regex.
_PLACEHOLDER_PARTS = (
    "your_", "your-", "your ", "yourapi", "yourkey", "yoursecret", "yourtoken", "placeholder", "example", "sample",
    "dummy", "fake", "redacted", "replace_me", "replace-me", "replaceme", "replace_with", "replace-with",
    "insert_", "insert-", "changeme", "change_this", "change-this", "changethis", "enter_", "enter-",
    "xxxx", "not_a_real", "not-a-real", "notareal", "not-real", "not_real", "notreal", "not_a_secret", "not-a-secret",
    "notasecret", "_here", "-here",
    "change-me", "change_me", "not-set", "not_set", "notset", "unset",
)  # fmt: skip
# One alternation: ~2.5x faster than 42 ``in`` tests on a short value (measured).
_PLACEHOLDER_PARTS_RE = lazy("|".join(re.escape(part) for part in _PLACEHOLDER_PARTS))


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
_PLACEHOLDER_PARTS_GATE = lazy(_trie(_PLACEHOLDER_PARTS))
_TEMPLATE_LEADS = frozenset("$%{<#@[_&")  # first characters _TEMPLATE and _ANGLE can match
_TEMPLATE_INSIDE = lazy(r"\$\{|\{\{|<[A-Za-z_ \-]{3,}>")
_NUMERIC_LITERAL = lazy(r"^0[xX][0-9a-fA-F]+[uUlL]*$")
# Two halves of one former search: a match at the start (only values starting with m, t, p
# or s can) and an angle-bracketed word anywhere (only values with a "<" can).
_PLACEHOLDER_ANCHORED = lazy(
    r"(?:my[_\-]?(?:api|secret|token|key|pass)|test[_\-]?(?:key|token|secret|password)|"
    # "password1", "secret2"; anchored at both ends, "Secret123" or "tokenXq9..." are values.
    r"(?:password|passwd)[_\-]?\d{0,3}$|(?:secret|token)[_\-]?\d?$)"
)
_PLACEHOLDER_ANGLE_WORD = lazy(r"<[a-z_\-]+>")
# Substrings that make a value code, not a literal: calls, environment lookups, members.
# Inside quotes, parentheses are characters of the literal ("Tr0ub(4)dor!"), not calls.
_CODE_PARTS = (
    "(", ")", "environ", "getenv", "process.env", "os.", "system.", "config.", "settings.", "params[", "secrets.",
    "vars.", "env[", "env.", "::", "->", "new ", "this.", "self.", "function", "=>", "||", "&&",
)  # fmt: skip
_CALL = lazy(r"^[A-Za-z_][\w.]*\(.*\)$")
_CODE_PARTS_QUOTED = tuple(part for part in _CODE_PARTS if part not in ("(", ")"))
# "Any part in the value" as one prefix-tree search: ~2x faster than 22 ``in`` tests.
_CODE_PARTS_RE = lazy(_trie(_CODE_PARTS))
_CODE_PARTS_QUOTED_RE = lazy(_trie(_CODE_PARTS_QUOTED))
_UUID = lazy(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_INTEGRITY = lazy(r"^(?:sha1|sha256|sha384|sha512)-[A-Za-z0-9+/]{20,}={0,2}$")
_GIT_SHA = lazy(r"^[0-9a-f]{40}$|^[0-9a-f]{7,12}$")
# A public key's or certificate's fingerprint as ssh-keygen -l, ssh's "host key" prompt, keytool and
# openssl x509 -fingerprint print it: "SHA256:<43 base64>", "MD5:aa:bb:..", "AB:CD:..:EF" (16-64 bytes).
# It names a key without revealing it ("ssh host key: SHA256:..." is an assignment to "key").
_FINGERPRINT = lazy(
    r"^(?:(?:SHA256|SHA384|SHA512):[A-Za-z0-9+/]{43,86}={0,2}|(?:MD5:|SHA1:|SHA256:)?[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){15,63})$"
)
# A provider-style prefix, then hex: "lsv2_pt_<32 hex>_<10 hex>", "acme_live_<40 hex>". The prefix's
# letters lower the entropy of a base64 read; the hex after it is what is random (judged as hex).
_TOKEN_PREFIXED_HEX = lazy(
    r"^[A-Za-z][A-Za-z0-9]{1,11}[_\-](?:[A-Za-z0-9]{1,4}[_\-]){0,2}([0-9a-f]{24,}(?:[_\-][0-9a-f]{6,})*)$"
)
_TOKEN_PREFIXED_BASE62 = lazy(r"^[a-z]{2,10}[_\-]([A-Za-z0-9]{24,128})$")
_HASH_PREFIXES = ("sha", "md5", "git", "commit", "rev", "build", "ref", "hash", "digest", "etag", "cache")
# snake_case, kebab-case, dotted.names, camelCase, PascalCase, CONSTANT_CASE: names, not values.
_IDENTIFIER = lazy(
    r"^(?:[a-z]+(?:[_\-.][a-z]+)+|[a-z]+(?:[A-Z][a-z]+)+|[A-Z][a-z]+(?:[A-Z][a-z]+)+|[A-Z]+(?:_[A-Z]+)+)$"
)
# A relative path of two or more parts whose last has an extension ("2026/11/app.log.gz",
# "reports/q3.csv"): an S3 object key after "--key" or in "aws s3api ... --output table", a file
# in a repository. Base64 has no "." and a JWT no "/", so a key or token never reads as one.
_PATHLIKE = lazy(
    # Spring's resource prefixes ("key-store: classpath:keystore.p12", "file:/etc/tls/ks.jks") name a file too.
    r"^(?:/|\./|\.\./|~/|[A-Za-z]:\\|classpath\*?:|file:)|^https?://|^[\w.\-]+\.(?:json|ya?ml|pem|key|txt|env|crt|p12)$"
    r"|^[\w.\-]+(?:/[\w.\-]+)+\.[a-z][a-z0-9]{0,7}$"
    # A secret manager's name for the secret, not the secret (s38): 1Password references
    # ("op://Dev/Stripe/credential"), Bank-Vaults / vals references ("vault:secret/data/db#password",
    # "ref+awsssm://..."), and a path of three or more lower-case words ("prod/payments/db", an
    # ExternalSecret's remoteRef key): base64 mixes cases, so a key never reads as one.
    r"|^(?:op://|vault:|ref\+)|^[a-z][a-z0-9_\-]*(?:/[a-z][a-z0-9_\-]*){2,}$"
)
# Standard base64 (RFC 4648 section 4) uses "/" as a digit: 1 random key in 64 starts with one
# ("/p87D38Kn+dzQ..."). Such a value is a key, not an absolute path, when it is all base64
# characters, mixes upper and lower case (or has "+" / "=" padding, which paths rarely do) and
# fewer than two "/"-separated parts are words ("/usr/local", "/Users/Bob2/Downloads", "/api/v2/Items"
# have two or more).
_B64_STD = lazy(r"^[A-Za-z0-9+/]{16,}={0,2}$")
_PATH_WORD = lazy(r"^[A-Z]?[a-z]{2,}$")


def _base64_not_path(value: str) -> bool:
    """True when ``value`` starts with "/" but is a standard base64 key, not a path (see above)."""
    if _B64_STD.match(value) is None:
        return False
    if not ("+" in value or value.endswith("=") or not (value.islower() or value.isupper())):
        return False
    # Two word parts make a path ("/usr/local/...", "/api/v2/Items"); random base64 has a short
    # all-letter part between two "/" now and then ("/fh/C1odb3s+..."), two of them rarely.
    return sum(_PATH_WORD.match(part) is not None for part in value.split("/")) < 2


def _is_pathlike(value: str) -> bool:
    """``_PATHLIKE`` without the standard base64 keys that start with "/" (``_base64_not_path``)."""
    if _PATHLIKE.search(value) is None:
        return False
    return not (value[0] == "/" and _base64_not_path(value))


# Names built of words: "userInput", "getValue", "XMLHttpRequest", "HTTPServer" (a run of
# capitals then words); random mixed case has lone lowercase letters between capitals.
_CAMEL_WORDS = lazy(r"^[A-Za-z][a-z]*(?:[A-Z]+[a-z]{2,})*[A-Z]*$")
_YAML_NODE = lazy(r"^(?:!{1,2}[A-Za-z_.:/\-]*|[&*][A-Za-z_.\-]+|[|>][+\-]?\d?[+\-]?)$")
_LABELLED_SHA = lazy(r"^(?:git|sha|commit|rev|build|ref)[-_.]?(?:[0-9a-f]{7,12}|[0-9a-f]{40})$")
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


_NEAR_UP_TO = 128
"""Pairs up to which :func:`_near_steps` counts (its constants are precomputed per length)."""
_HIGH_BITS = [int.from_bytes(b"\x80" * n, "big") for n in range(_NEAR_UP_TO)]
_NEAR_DIFFS = bytes((0x7F, 0x80, 0x81))


def _near_steps(a: bytes, b: bytes) -> int:
    """How many ``i`` have ``a[i] - b[i]`` in (-1, 0, 1), for ASCII bytes of equal length below
    ``_NEAR_UP_TO``: what ``sum(map(_NEAR_AT, map(operator.sub, a, b)))`` counts, in a few C calls.
    Read as big integers, ``(a | 0x8080...) - b`` holds ``0x80 + a[i] - b[i]`` in each byte (between
    0x01 and 0xFF for ASCII, so no byte borrows from the next): a step of -1, 0 or +1 is a byte
    0x7F, 0x80 or 0x81. Measured on a 40-character token: 1.8 -> 1.0 us for the sequence test."""
    n = len(a)
    diffs = (int.from_bytes(a, "big") | _HIGH_BITS[n]) - int.from_bytes(b, "big")
    return n - len(diffs.to_bytes(n, "big").translate(None, _NEAR_DIFFS))


def _prefix_pairs(m: int, threshold: float) -> int:
    """How many of ``m`` pairs to count first (see :func:`_sequential_at_least`): enough that a
    random token (~5% of its pairs step by 0/+-1) already shows more than ``(1 - threshold) * m``
    that do not, plus a margin."""
    return int(m * (1.0 - threshold)) + 12


def _sequential_at_least(value: str, threshold: float) -> bool:
    """``_sequential_fraction(value) >= threshold``, settled on the first pairs when they already
    hold too many that step by more than 1: a random token (the common value, every check of
    which runs) steps by 0/+-1 about 5% of the time. Exact: with ``far`` such pairs among them,
    at most ``m - far`` of the ``m`` pairs can count, and ``(m - far) / m < threshold`` bounds
    the fraction (float division is monotonic)."""
    if len(value) < 2:
        return 1.0 >= threshold
    codes = value.encode("utf-8", "replace")
    m = len(codes) - 1
    if m < _NEAR_UP_TO and len(codes) == len(value):  # ASCII: the steps counted by integer arithmetic
        return _near_steps(codes[1:], codes[:-1]) / m >= threshold
    k = _prefix_pairs(m, threshold)
    if k < m:
        far = k - sum(map(_NEAR_AT, map(operator.sub, codes[1 : k + 1], codes[:k])))
        if (m - far) / m < threshold:
            return False
    return sum(map(_NEAR_AT, map(operator.sub, codes[1:], codes))) / m >= threshold


def _interleaved_sequence(value: str) -> bool:
    """``1a2b3c4d5e6f``: two ascending sequences interleaved (a favourite fake key)."""
    head = value[:96]
    if head.isascii():
        core = head.encode("ascii").translate(None, _NOT_ALNUM_ASCII)
        if len(core) < 8:
            return False
        # Share of positions whose character steps by 0/1 from the one two places back: a
        # random token scores about 5%, "px-api-a1b2c3d4-e5f6-g7h8" scores most of its length.
        # The head is at most 96 characters, within what _near_steps counts exactly.
        m = len(core) - 2
        # More than half: at exactly half a short typed password can score on its doubled letters
        # and a repeated digit alone ("Kaffee#2122": "ff", "ee", "22" two places back).
        return _near_steps(core[2:], core[:-2]) / m > 0.5
    chars = [ord(ch) for ch in head if ch.isalnum()]  # code points beyond a byte: plain loop
    if len(chars) < 8:
        return False
    skips = sum(abs(b - a) <= 1 for a, b in zip(chars, chars[2:], strict=False))
    return skips / (len(chars) - 2) > 0.5


def _run_of_six(value: str) -> bool:
    """``_longest_run(value) >= 6``: such a run is five consecutive pairs stepping by 0/+-1
    between alphanumerics, so an ASCII head without five consecutive pairs stepping by 0/+-1 at
    all (whatever the characters) has none: one pass and a ``bytes.find``, without the
    alphanumeric masks and run bookkeeping (random tokens almost never get past it)."""
    head = value[:96]
    if head.isascii():
        data = head.encode("ascii")
        if bytes(map(_NEAR_AT, map(operator.sub, data[1:], data))).find(b"\x01\x01\x01\x01\x01") < 0:
            return False
    return _longest_run(value) >= 6


def _straight_run(value: str, n: int) -> bool:
    """A run of ``n`` alphanumerics with one constant step of 0, +1 or -1 (``aaaaaa``, ``abcdef``,
    ``654321``) in the first 96 characters. In random hex ~17% of steps are 0/+-1, so a
    64-character key holds a wobbling run of six ("344323") about 1 time in 130 (measured); a
    straight one about 1 in 9,000, while hand-written stand-ins are straight. Only run on hex values that
    :func:`_run_of_six` flagged (a plain loop is fine there)."""
    run, prev = 1, 2
    for a, b in pairwise(value[:96]):
        step = ord(b) - ord(a)
        if -1 <= step <= 1 and a.isalnum() and b.isalnum():
            run = run + 1 if step == prev else 2
            prev = step
            if run >= n:
                return True
        else:
            run, prev = 1, 2
    return False


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


# Words joined by "_" or "-", lower case: what a person types ("open_sesame", "blue-falcon");
# camelCase, PascalCase and CONSTANT_CASE stay names (types, constants) even in a config block.
_TYPED_WORDS = lazy(r"^[a-z0-9]+(?:[_\-][a-z0-9]+)*$")
# Three or more all-letter words joined by hyphens ("winter-tigger-mustang"): a diceware-style
# passphrase. A literal of this shape after a password name is what someone typed; variable and
# CSS names are snake_case / camelCase or carry a name word ("login-password-input", dropped by
# _NAME_WORDS), and placeholders ("your-password-here", "change-me-now") are dropped before.
_PASSPHRASE = lazy(r"^[a-z]+(?:-[a-z]+){2,}$")
# "db_pass", "smtp_pwd", "api_secret", "dbpass": the name of the value, passed along as a
# variable. Whole "_"/"-" parts (or a glued suffix such as "dbpass"), so a typed password that
# merely contains the letters ("blue_monkey", "passion_fruit", "authentic") stays a value.
_NAME_WORDS = lazy(
    r"(?:^|[_\-])(?:pass(?:word|wd|phrase)?s?|pwd|pw|secrets?|tokens?|creds?|credentials?|keys?"
    r"|auth(?:entication|orization)?)(?:$|[_\-])"
    r"|[a-z0-9](?:pass|passwd|password|pwd|secret|token)(?:$|[_\-])"
)
# PowerShell cmdlets ("$password = Read-Host -AsSecureString", "$cred = Get-Credential -UserName ..."):
# a call, not a value, under any secret-like name. The verb may be two words ("ConvertTo-SecureString").
_CMDLET = lazy(r"^[A-Z][a-z]+(?:[A-Z][a-z]+)?-[A-Z][A-Za-z]+$")
# The next flag of a command line read as the value of a name before it ("gh secret set DB_PASSWORD
# --body ..."): a lower-case long option names a parameter, it holds no value.
_CLI_FLAG = lazy(r"^--[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
# The names a UUID credential is given: a token, secret, password, API key, or a key that grants
# something (Cypress "record key", a license, access, admin, ingest or write key); not an id of one.
_UUID_SECRET_NAME = lazy(
    r"token|secret|passw|api[_\-.]?key|apikey"
    r"|(?:record|access|auth|master|admin|private|client|server|service|ingest|ingestion|write|deploy|license"
    r"|licence|signing|encryption|integration|routing)[_\-.]?key(?!s?[_\-.]?id)"
)
_EMAIL = lazy(r"^[\w.+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")
_HOSTNAME = lazy(r"^(?:[A-Za-z0-9\-]+\.)+[a-z]{2,6}$")


# Leetspeak spellings of placeholder words as docs write them ("s3cret", "passw0rd", "p@ssw0rd",
# "chang3me", "4dm1n"): the listed spellings only, not any digit-for-letter mapping. People pick
# their real passwords the same way ("P4ssw0rd", "Ch4ng3M3", "S3cr3t$", "d3f4ult"): those are kept.
_LEET_PLACEHOLDERS = frozenset(
    """s3cret s3cr3t s3crets s3cr3ts secr3t passw0rd p@ssw0rd p@ssword p@55w0rd pa55word pa55w0rd
    chang3me chang3m3 changem3 4dmin 4dm1n adm1n myp@ssw0rd mys3cret""".split()
)


def _typed_non_ascii(value: str) -> bool:
    """A password with non-ASCII letters ("Grüße2648!", "пароль_2024"): typed letters plus a digit
    or a symbol. Letters alone are a word of a translation file ("Contraseña", "Lösenord")."""
    return typed_letters(value) and not value.isalpha()


def typed_letters(value: str) -> bool:
    """True when every non-ASCII character of ``value`` is a letter of a cased alphabet (Latin,
    Greek, Cyrillic: below U+0530), as a person types them in a password ("Grüße...", "пароль...");
    CJK text, symbols and punctuation are prose or markup, not a password."""
    return all(c.isascii() or (c < "\u0530" and c.isalpha()) for c in value)


# A passphrase written as words ("correct horse battery staple"): at most this many characters and
# words; lower-case words without the function words of a sentence ("must be at least 8 characters").
_PASSPHRASE_MAX = 100
_PASSPHRASE_WORDS = 10
_SENTENCE_WORDS = frozenset(
    """a an the and or not no is are be was were to of for in on at by from with as if it this that
    your you my our must should will can when enter use used set here least""".split()
)


# Lower-case words of 3-12 letters joined by one "-", "_" or "." throughout, a number of up to four
# digits may close it ("cobalt_nimbus_meadow_tulip", "orbit.sierra.ginger.maple",
# "harbor-sage-marble-33"): what passphrase generators (diceware, 1Password's and Bitwarden's
# "words" mode) print. Names of code are camelCase or carry a name word, host names end in a
# domain suffix, sentences and "not-set-yet"-style labels hold function words.
_LOWER_PASSPHRASE = lazy(r"^[a-z]{3,12}([-_.])[a-z]{3,12}(?:\1[a-z]{3,12}){1,8}(?:\1[0-9]{1,4})?$")
# The last label of a dotted host name ("kafka.stream.acme.internal", "redis.cache.svc.cluster.local"):
# generic and infrastructure suffixes of three or more letters (two-letter country codes fail the
# three-letter word test already).
_HOST_SUFFIXES = frozenset(
    """com net org edu gov mil int biz info dev app xyz cloud local lan internal intranet corp home arpa
    onion test example invalid localhost site online tech store shop blog svc cluster consul amazonaws
    azure azurewebsites windows core digital services network systems company group global""".split()
)


def lower_passphrase(value: str, *, min_words: int = 3) -> bool:
    """Whether ``value`` is a lower-case words passphrase (:data:`_LOWER_PASSPHRASE`) of at least
    ``min_words`` words (a closing number counts as one). A dotted one needs four words and a last
    word that is no domain suffix: "api.acme.cloud" is a host."""
    m = _LOWER_PASSPHRASE.match(value)
    if m is None:
        return False
    words = value.split(m.group(1))
    if len(words) < min_words:
        return False
    if m.group(1) == "." and (len(words) < 4 or words[-1] in _HOST_SUFFIXES):
        return False
    return _SENTENCE_WORDS.isdisjoint(words) and _NAME_WORDS.search(value.replace(".", "_")) is None


def _typed_passphrase(value: str) -> bool:
    """A quoted value of 4-10 lower-case words that reads as a passphrase, not a sentence."""
    if len(value) > _PASSPHRASE_MAX or "pass" in value or not value.isascii():
        return False  # (non-ASCII words with spaces: a sentence of a translation file)
    words = value.split(" ")
    return (
        4 <= len(words) <= _PASSPHRASE_WORDS
        and all(w.isalnum() and w.islower() and len(w) <= 12 for w in words)
        and not any(w in _SENTENCE_WORDS for w in words)
    )


def is_placeholder(value: str) -> bool:
    return _is_placeholder(value, masks=True)


def _is_placeholder(value: str, *, masks: bool) -> bool:
    """``masks=False``: the caller found no mask run in ``value`` (nor can its stripped part have one)."""
    v = value.strip().strip("\"'`")
    low = v.lower()
    if not v or low in _PLACEHOLDER_WORDS:
        return True
    if low in _LEET_PLACEHOLDERS:
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
    """A placeholder word written as a word: ``example``, ``EXAMPLE``, ``Example`` or in camel case
    (Symfony's documented ``!ChangeMe!``). In a random token the same letters come in random case
    ("...DJPNG1PQjEXAMbLE"): a key that happens to spell a word is still a key."""
    for m in _PLACEHOLDER_PARTS_RE.finditer(low):
        part = v[m.start() : m.end()]
        if part.islower() and _inside_word(v, m.start()):
            continue  # "Violetsunset6521!": "unset" inside the capitalised word "Violetsunset"
        if part.islower() or part.isupper() or part.istitle() or not part.isalpha() or _camel_words(part):
            return True
    return False


def _inside_word(v: str, start: int) -> bool:
    """Whether the lower-case part at ``start`` sits inside a capitalised word of ``v`` (a lower-case
    letter before it, and the run of letters it ends in starts with a capital): "Violetsunset",
    "Counterexample". A placeholder written as a word starts one ("ChangeMe", "my_example_key")."""
    if start == 0 or not v[start - 1].islower():
        return False
    i = start - 1
    while i > 0 and v[i].islower():
        i -= 1
    return v[i].isupper() and (i == 0 or not v[i - 1].isalpha()) and v[i:start].lower() not in _PLACEHOLDER_HEADS


# Words that glue onto a placeholder part and keep it one ("Testexample", "Yourtoken", "Notset").
_PLACEHOLDER_HEADS = frozenset({"test", "my", "your", "the", "an", "some", "not", "no", "demo", "sample"})


def _camel_words(part: str) -> bool:
    """``part`` is words in camel case, each capitalised ("ChangeMe", "YourToken"), not random case."""
    return part[0].isupper() and _CAPITALISED_WORDS.fullmatch(part) is not None


_CAPITALISED_WORDS = lazy(r"(?:[A-Z][a-z]+)+")


# Code on a line: calls, blocks, statement ends, comparisons, keywords. Near such a line a bare
# word after "password =" is a variable; in an .ini / .env / YAML / netrc block it is what
# someone typed (".ini: password = open_sesame").
_CODE_LINE = lazy(
    r"[(){}]|;[ \t]*$|=>|==|\b(?:self|this)\.|\w\[|"
    r"^(?:def|import|from|return|function|const|let|var|class|if|elif|else|for|while|print|echo)\b"
)
# _CODE_LINE over a block of lines in one search, no copy or split (a TSV of thousands of rows
# checks its block once per row).
# ("==" is a comparison; a run of three or more "=" is a rule under a heading: Vault's
# "====== Data ======", a Markdown setext heading.)
_CODE_IN_BLOCK = lazy(
    r"[(){}]|;[ \t\r]*$|=>|(?<!=)==(?!=)|\b(?:self|this)\.|\w\[|"
    r"^[ \t]*(?:def|import|from|return|function|const|let|var|class|if|elif|else|for|while|print|echo)\b",
    re.MULTILINE,
)
# Every alternative of _CODE_IN_BLOCK but the keywords needs one of these characters: a block
# without them (rows of a TSV of tokens) only needs the cheaper keyword search.
_CODE_CHARS = "(){}[;=."
_CODE_KEYWORD_LINE = lazy(
    r"^[ \t]*(?:def|import|from|return|function|const|let|var|class|if|elif|else|for|while|print|echo)\b",
    re.MULTILINE,
)
# Another line of the same block: "[section]", "key = value", "key: value", "KEY=value".
_CONFIG_LINE = lazy(r"^[ \t]*(?:\[[^\]\n]+\][ \t]*|(?:export[ \t]+)?[A-Za-z_][\w.\-]*[ \t]*[=:][ \t]*\S.*)$")
# A bare PHP / Perl word after "$password =": a bareword string, not a call or a constant.
_BAREWORD = lazy(r"^[a-z][a-z0-9_]*$")
_COMMENT_LEADS = ("#", ";", "//", "--", "*", "/*", "<!--")


# How far a per-candidate look at its line or block reaches (characters): a text of one long line
# (a minified file, a pasted dump) holds thousands of candidates, and a scan of the whole line for
# each of them is quadratic. A real config line or table row is far shorter.
_LINE_REACH = 256
_BLOCK_REACH = 2048


def _line_around(text: str, name_start: int, value_end: int) -> tuple[int, int, bool, bool]:
    """Start and end of the line holding ``text[name_start:value_end]``, looked for at most
    ``_LINE_REACH`` characters either side; the flags say the start / end was cut there."""
    floor = max(0, name_start - _LINE_REACH)
    line_start = text.rfind("\n", floor, name_start) + 1
    cut_start = line_start == 0 and floor > 0
    if cut_start:
        line_start = floor
    ceiling = min(len(text), value_end + _LINE_REACH)
    line_end = text.find("\n", value_end, ceiling)
    cut_end = line_end < 0 and ceiling < len(text)
    if line_end < 0:
        line_end = ceiling
    return line_start, line_end, cut_start, cut_end


def _block_around(text: str, line_start: int, line_end: int, lines: int = 6) -> tuple[int, int]:
    """Start and end of the block of up to ``lines`` lines either side of one line, and at most
    ``_BLOCK_REACH`` characters either side (bounded work per candidate)."""
    n = len(text)
    floor = max(0, line_start - _BLOCK_REACH)
    lo = line_start
    for _ in range(lines):
        if lo <= floor:
            break
        lo = text.rfind("\n", floor, lo - 1) + 1
        if lo == 0 and floor > 0:
            lo = floor
    ceiling = min(n, line_end + _BLOCK_REACH)
    hi = line_end
    for _ in range(lines):
        if hi >= ceiling:
            break
        nxt = text.find("\n", hi + 1, ceiling)
        hi = ceiling if nxt < 0 else nxt
    return lo, hi


def assignment_in_config(text: str, name_start: int, name_end: int, value_start: int, value_end: int) -> bool:
    """True when the unquoted value ``text[value_start:value_end]`` assigned to the name at
    ``text[name_start:name_end]`` is a literal someone typed, not a variable of code:

    * a config line (``password = x``, ``password: x``, ``PASSWORD=x``, nothing else on the line
      but a comment) in a block without code on any line within ~6 lines; ``name = value`` with
      spaces is Python as often as .ini, so that form also needs another config line or a
      ``[section]`` header in the block;
    * ``$password = word;``: a PHP / Perl bareword string (lowercase: constants are upper case,
      PowerShell cmdlets are ``Verb-Noun``).
    """
    line_start, line_end, _, cut_end = _line_around(text, name_start, value_end)
    if cut_end:
        return False  # a line of 256+ characters after the value: not a config line
    lead = text[line_start:name_start]
    rest = text[value_end:line_end].strip()
    separator = text[name_end:value_start]
    sep = separator.strip()
    if lead.endswith("$") and sep == "=" and rest.startswith(";"):
        return bool(_BAREWORD.match(text[value_start:value_end]))
    if lead.strip() not in ("", "export") or sep not in ("=", ":") or (rest and not rest.startswith(("#", ";"))):
        return False
    # The block: up to 6 lines either side, comments skipped (English words there are not code).
    lo, hi = _block_around(text, line_start, line_end)
    corroborated = not (sep == "=" and separator != sep)  # "=" with spaces needs another config line
    pos = lo
    for line in text[lo:hi].split("\n"):
        here = pos == line_start
        pos += len(line) + 1
        stripped = line.strip()
        if here or not stripped or stripped.startswith(_COMMENT_LEADS):
            continue
        if _CODE_LINE.search(stripped):
            return False
        if not corroborated and _CONFIG_LINE.match(line):
            corroborated = True
    return corroborated


# A column value that is a Go struct field's type ("string", "*oauth2.Token", "[]byte",
# "sql.NullString", "int64"), not a value: gofmt aligns struct fields in columns too.
# A generic type in a parameter table ("Optional[str]", "Dict[str, Any]", "list[int]").
_GENERIC_TYPE = lazy(r"\w+\[[\w, .\[\]]+\]$")
_GO_TYPE = lazy(r"^[*\[\]]*(?:[a-z]\w*\.)?[A-Za-z_][A-Za-z_]*(?:8|16|32|64)?$")


def assignment_in_table(text: str, name_start: int, name_end: int, value_start: int, value_end: int) -> bool:
    """True when ``text[value_start:value_end]`` is the value of the name at
    ``text[name_start:name_end]`` in a table of a doc, as READMEs list configuration:

    * a Markdown / pipe table row: ``| DB_PASSWORD | value |``, ``| `API_KEY` | `value` | note |``,
      ``DB_PASSWORD | value`` (the name's cell opens the row or follows another cell; the value's
      cell is a single token that ends the row or is followed by another cell);
    * aligned columns: ``DB_PASSWORD      value`` or a tab (TSV) at a line start, the value the
      last column or followed by two spaces (a description column), in a block without code
      (gofmt aligns Go struct fields, ``Password   string``, the same way).
    """
    if _GENERIC_TYPE.match(text, value_start, value_end) is not None:
        return False  # "| password | `Optional[str]` |": the column of a parameter's type
    line_start, line_end, cut_start, cut_end = _line_around(text, name_start, value_end)
    lead = text[line_start:name_start]
    rest = text[value_end:line_end]
    separator = text[name_end:value_start]
    if "|" in separator:
        if separator.count("|") != 1 or separator.strip(" \t`|"):
            return False
        lead = lead.strip(" \t`*")
        rest = rest.strip(" \t`*")
        return (not lead or lead.endswith("|")) and (not rest or rest.startswith("|"))
    if cut_start or cut_end or lead.strip(" \t") or separator.strip(" \t"):
        return False  # (cut: a line of 256+ characters is not a row of aligned columns)
    if not (separator == "\t" or len(separator) >= 2):
        return False
    if rest:
        # A third column must be a description (words with single spaces): "password   The password
        # of the account" is prose after one space; "db-secret   Opaque   2   12d" (kubectl get, a
        # listing of resources) has more single-token columns.
        described = rest.strip()
        if not rest.startswith(("  ", "\t")) or "  " in described or "\t" in described or " " not in described:
            return False
    if _GO_TYPE.match(text[value_start:value_end]) is not None:
        return False
    # The block: up to 6 lines either side; a line of code there makes the columns a struct.
    lo, hi = _block_around(text, line_start, line_end)
    block = text[lo:hi]  # (bounded: at most ~4.6 KB)
    if any(c in block for c in _CODE_CHARS):
        return _CODE_IN_BLOCK.search(block) is None
    return _CODE_KEYWORD_LINE.search(block) is None  # the only part of _CODE_IN_BLOCK left to match


# The header of a column that holds a setting's value: Postman / Insomnia environment exports
# ("| Key | Type | Initial value | Current value |", "NAME | TYPE | VALUE"), Terraform and Helm
# variable tables ("| Name | Description | Type | Default |", "| Parameter | Description | Value |").
_VALUE_COLUMN = lazy(
    r"(?i)^(?:(?:current|initial|default|shared|local|secret|actual|decoded)[ _\-]?)?values?$"
    r"|^defaults?$|^default[ _\-]value$"
)
# A row's cell border: a pipe not escaped ("a \| b" is one cell of GitHub's tables).
_CELL_BORDER = lazy(r"(?<!\\)\|")
# A border line: Markdown's "|---|:-:|" and "--- | ---" (GFM: one hyphen or more a cell), an ASCII
# table's "+------+-----+".
_BORDER_LINE = lazy(
    r"^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$|^[ \t]*\+(?:[-=]{2,}\+)+[ \t]*$"
)
_TABLE_REACH = 80  # lines walked up to a table's header (bounded work per candidate)
_ROW_MAX = 4096  # longest line read as a table row (bounded work per candidate: see table_value_cells)
_TABLE_MEMO = threading.local()


def _row_cells(line: str) -> list[tuple[int, int]]:
    """Offsets in ``line`` of a table row's cells, the outer borders dropped."""
    if "\\|" in line:
        edges = [-1, *(m.start() for m in _CELL_BORDER.finditer(line)), len(line)]
    else:  # no escaped pipe (the common case): str.find walks the borders in C
        edges = [-1]
        i = line.find("|")
        while i >= 0:
            edges.append(i)
            i = line.find("|", i + 1)
        edges.append(len(line))
    cells = [(a + 1, b) for a, b in pairwise(edges)]
    if cells and not line[cells[0][0] : cells[0][1]].strip():
        cells = cells[1:]
    if cells and not line[cells[-1][0] : cells[-1][1]].strip():
        cells = cells[:-1]
    return cells


def table_value_cells(text: str, name_start: int) -> list[tuple[int, int]] | None:
    """The value cells of the table row whose cell holds the setting's name at ``name_start``,
    where the table's header says which columns hold the value and the cell right after the
    name's is not one of them (a type, a description: "| apiKey | secret | | <value> |",
    "| db_password | master password | string | `<value>` |"): each value cell's offsets, inner
    blanks, backticks and quotes dropped, empty cells left out. ``None`` when the row is not in
    such a table (no header row over a border line, another cell count, no value column, or the
    value column is the next cell: :func:`assignment_in_table` reads that one)."""
    line_start = text.rfind("\n", 0, name_start) + 1
    line_end = text.find("\n", name_start)
    if line_end < 0:
        line_end = len(text)
    if line_end - line_start > _ROW_MAX:
        # Each candidate splits its whole line: on one 280 KB line of "| PASSWORD |  | " cells that
        # was quadratic (minutes). No table row of a README or an export is that long.
        return None
    row = _row_cells(text[line_start:line_end])
    at = name_start - line_start
    column = next((i for i, (a, b) in enumerate(row) if a <= at < b), None)
    if column is None or len(row) < 3 or column + 2 > len(row):
        return None
    header_line = _header_above(text, line_start)[1]
    if header_line is None:
        return None
    value_columns = _value_columns(header_line)
    if len(value_columns) != len(row) or value_columns[column]:
        return None
    values = [i for i in range(column + 1, len(row)) if value_columns[i]]
    if not values or values[0] == column + 1:
        return None
    out: list[tuple[int, int]] = []
    for i in values:
        a, b = row[i]
        cell = text[line_start + a : line_start + b]
        inner = cell.strip(" \t")
        if len(inner) > 2 and inner[0] == inner[-1] and inner[0] in "`\"'":
            inner = inner[1:-1]
        if inner:
            start = line_start + a + cell.index(inner)
            out.append((start, start + len(inner)))
    return out


def _value_columns(header_line: str) -> tuple[bool, ...]:
    """For each cell of a table's header line, whether it names a value column (kept per header
    for the scan's text, as :func:`_header_above` keeps rows)."""
    memo = _TABLE_MEMO.__dict__
    headers: dict[str, tuple[bool, ...]] = memo.setdefault("headers", {})
    known = headers.get(header_line)
    if known is None:
        known = tuple(
            _VALUE_COLUMN.match(header_line[a:b].strip(" \t`*_")) is not None for a, b in _row_cells(header_line)
        )
        headers[header_line] = known
    return known


def _header_above(text: str, line_start: int) -> tuple[bool, str | None]:
    """Whether the table lines right above the line at ``line_start`` hold a row, and the header
    among them: the topmost row, when a border line is right under it (Markdown's header and
    separator, an ASCII table's bordered header). Kept per row for the scan's text, so the rows of
    a long table each read the line above them once (a walk to the top per row was quadratic:
    5,000 rows, 260 KB, took 4x the scan)."""
    memo = _TABLE_MEMO.__dict__
    if memo.get("text") is not text:
        memo["text"], memo["rows"], memo["headers"] = text, {}, {}
    rows: dict[int, tuple[bool, str | None]] = memo["rows"]
    known = rows.get(line_start)
    if known is not None:
        return known
    found, header, below_is_border = False, None, False
    end = line_start - 1
    for _ in range(_TABLE_REACH):
        if end <= 0:
            break
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].rstrip("\r")
        if _BORDER_LINE.match(line):
            below_is_border = True
        elif "|" in line and line.strip():
            found, header, below_is_border = True, (line if below_is_border else None), False
            above = rows.get(start)
            if above is not None:  # a row read before: what is above it is known
                if above[0]:
                    header = above[1]
                break
        else:
            break
        end = start - 1
    rows[line_start] = (found, header)
    return found, header


def in_table_column(text: str, name_start: int, name_end: int, value_start: int) -> bool:
    """True when ``value_start`` opens a value cell (:func:`table_value_cells`) of the row whose
    name cell is ``text[name_start:name_end]``, with other cells between the two."""
    if text[name_end:value_start].count("|") < 2:
        return False
    cells = table_value_cells(text, name_start)
    return cells is not None and any(a == value_start for a, _ in cells)


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
    for why in (
        "low_entropy",
        "prose",
        "documented_example",
        "uuid",
        "lockfile_integrity",
        "fingerprint",
        "placeholder",
        "regex_pattern",
    )
}
# A regex character class and its count ("[A-Za-z0-9]{36}", "[0-9a-f]+", "[A-Z2-7]{16}").
_REGEX_CLASS = lazy(r"\[[^\]\s]{1,40}\](?:\{\d+(?:,\d*)?\}|[+*])")
# A token shown with its middle cut out, as dashboards and docs print it ("sk-proj-...a1B2",
# "sk-…Q3xZ", "ghp_abc...xyz"): a head of at most 24 characters, "..." or "…", a tail of at most 8.
_ELIDED = lazy(r"[A-Za-z0-9_\-]{0,24}(?:\.{3}|…)[A-Za-z0-9_\-]{0,8}")
_LOW_ENTROPY_BOUND = {a: FilterVerdict(False, "low_entropy", a, 0.0) for a in ("hex", "base36", "base64", "other")}


# One-case words, a separator, then a serial number ("order-2017280", "tenant_acme_20261128",
# "INV:48213"): a record id, not a key. Mixed case or glued digits ("DolphinGinger566") is how
# people type passwords, kept for the other tests.
_WORD_NUMBER = lazy(
    r"^(?:[a-z]{2,20}(?:[-_.:][a-z]{2,20}){0,3}|[A-Z]{2,20}(?:[-_.:][A-Z]{2,20}){0,3})[-_.:#][0-9]{3,20}$"
)


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
    config: bool = False,
) -> FilterVerdict:
    """Judge a value assigned to a secret-like ``name``.

    ``kind`` is ``password`` (people choose these: short, mixed classes, no randomness
    required) or ``secret`` (machine-made tokens: must look random for their alphabet).
    ``literal`` says the value is a string literal or an .env / YAML value, not a bare
    word in code (where it would be a variable name); ``connection`` that it is one
    ``;``-separated element of a connection string; ``quoted`` that it was read between
    quotes (so a "(" in it is a character of the literal, not a call); ``config`` that it is
    a bare value of a config block or a PHP bareword (:func:`assignment_in_config`), where a
    word, ``snake_case`` included, is the password itself.
    """
    # Measured only once a check needs them: most candidates are dropped before (a dropped
    # verdict then carries alphabet "" and entropy 0.0; only kept verdicts are read).
    # (Verdicts are built where they are returned, or taken from the constant tables above: a
    # ``drop`` closure and a frozen dataclass per call cost ~1 us.)
    alphabet, entropy = "", 0.0
    if len(value) < (password_min_length if kind == "password" else min_length):
        return _EARLY_DROPS["low_entropy"]
    if (
        " " in value
        and (kind != "password" or len(value) > 40 or value.count(" ") > 3)
        and not (kind == "password" and quoted and _typed_passphrase(value))
    ):
        return _EARLY_DROPS["prose"]  # a sentence in quotes, not a credential
    if value[0] in ",;" and kind == "password":
        # '"Password:",rememberMeLabel:"' read across the closing quote of a UI label.
        return _EARLY_DROPS["prose"]
    if not value.isascii() and not (kind == "password" and " " not in value and _typed_non_ascii(value)):
        # Keys are ASCII; "API8:2023安全配置错误" is a heading, not a key. A password may hold
        # letters such as "ü" or "ж" ("Grüße2648!..."), but an unquoted word of them after
        # "Passwort:" is prose ("Passwort: Änderung erforderlich"). A word of them alone, quoted
        # or not, is a UI label of a translation file ({"password": "Contraseña"}, "Пароль"), and
        # words with a space are its sentences ("Введите пароль"): a typed one has a digit or symbol.
        return _EARLY_DROPS["prose"]
    if value in DOCUMENTED_EXAMPLES or "EXAMPLE" in value:
        return _EARLY_DROPS["documented_example"]
    if ("]{" in value or "]+" in value or "]*" in value) and _REGEX_CLASS.search(value):
        # A detection rule's pattern ("github_pat: 'ghp_[A-Za-z0-9]{36}'" in a pre-commit or scanner
        # config): the shape of a key, not one.
        return _EARLY_DROPS["regex_pattern"]
    if kind != "password" and ("..." in value or "…" in value) and _ELIDED.fullmatch(value):
        return _EARLY_DROPS["placeholder"]
    if not len(value) % 4:
        decoded = decoded_token(value)
        if decoded is not None and " " in decoded:
            # A phrase: a template or a bracketed stand-in ("{{ .Values.db.password }}",
            # "<your token>") is dropped; anything else ("Bearer ...", a connection string, a
            # sentence) is judged as the encoded value is.
            phrase = decoded.strip()
            if phrase and (
                (phrase[0] in _TEMPLATE_LEADS and (_TEMPLATE.match(phrase) or _ANGLE.match(phrase)))
                or _TEMPLATE_INSIDE.search(phrase)
            ):
                return FilterVerdict(False, "decoded_placeholder", "", 0.0)
            decoded = None
        if decoded is not None:
            # Judged as the text it encodes, with the same context. "user:password" (Basic
            # credentials, RFC 7617; a .dockerconfigjson "auth") is judged by its password, which
            # a person may have chosen.
            user, colon, password = decoded.partition(":")
            if colon and user and password:
                decoded, kind = password, "password"
            fv = secret_filter(
                decoded,
                kind=kind,
                name=name,
                min_length=min_length,
                hex_threshold=hex_threshold,
                base64_threshold=base64_threshold,
                base36_threshold=base36_threshold,
                length_fraction=length_fraction,
                password_min_length=password_min_length,
                literal=literal,
                connection=connection,
                quoted=quoted,
                config=config,
            )
            if fv.keep:
                return fv
            return FilterVerdict(False, "decoded_" + (fv.filter or "dropped"), fv.alphabet, fv.entropy)
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
    if (value[2:3] == ":" or value[:3] in ("SHA", "MD5")) and _FINGERPRINT.match(value):
        return _EARLY_DROPS["fingerprint"]
    if kind != "password":
        # Most machine-secret candidates end here (cache keys, URLs, words), so the randomness
        # test comes before the costlier placeholder and shape checks. Shannon entropy never
        # exceeds log2(distinct characters): that bound settles most without counting.
        alphabet = alphabet_of(value)
        bar = _bar(alphabet, len(value), hex_threshold, base36_threshold, base64_threshold, length_fraction)
        bounded = math.log2(len(set(value))) < bar
        if not bounded:
            entropy = shannon_entropy(value)
        if bounded or entropy < bar:
            # "lsv2_pt_<hex>_<hex>": the prefix's letters sink a base64 read; its hex is judged as hex.
            hex_part = (
                _prefixed_hex(value)
                if alphabet == "base64" and len(value) >= 32 and ("_" in value or "-" in value)
                else None
            )
            if hex_part is not None:
                alphabet, entropy = "hex", shannon_entropy(hex_part)
                bar = _bar("hex", len(hex_part), hex_threshold, base36_threshold, base64_threshold, length_fraction)
            else:
                # "sess_<40 base62>", "tok-<32 base62>": a word and a separator lower a random body's
                # entropy below the bar of the longer whole; the body is judged alone.
                body = _prefixed_base62(value) if alphabet == "base64" and ("_" in value or "-" in value) else None
                if body is None:
                    return (
                        _LOW_ENTROPY_BOUND[alphabet]
                        if bounded
                        else FilterVerdict(False, "low_entropy", alphabet, entropy)
                    )
                entropy = shannon_entropy(body)
                bar = _bar("base64", len(body), hex_threshold, base36_threshold, base64_threshold, length_fraction)
            if entropy < bar:
                return FilterVerdict(False, "low_entropy", alphabet, entropy)
    if is_placeholder(value):
        return FilterVerdict(False, "placeholder", alphabet, entropy)
    if (value[0] in "prs" or value[:3] == "eyJ") and is_publishable_key(value):
        # Stripe pk_live_/pk_test_ and Mapbox pk.eyJ keys, Supabase anon JWTs and publishable keys,
        # Razorpay key ids and Datadog client tokens ship in browser and app code by design: under
        # "STRIPE_KEY" or "NEXT_PUBLIC_*" they are as harmless as on a checkout page.
        return FilterVerdict(False, "publishable", alphabet, entropy)
    typed = kind == "password" and (
        connection
        or (
            (config or (literal and "-" in value and _PASSPHRASE.match(value) is not None))
            and _TYPED_WORDS.match(value) is not None
            and _NAME_WORDS.search(value) is None
        )
        # A quoted literal of passphrase words ("cobalt_nimbus_meadow_tulip", "fjord.maple.olive.kettle")
        # after a password's name: typed, not a variable, a property path or a host.
        or (literal and value[0].islower() and lower_passphrase(value))
    )
    if _IDENTIFIER.match(value) and not typed:
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
    if "-" in value and (_CMDLET.match(value) or _CLI_FLAG.match(value)):
        return FilterVerdict(False, "code_reference", alphabet, entropy)
    if value[0] in "!&*|>" and kind == "password" and _YAML_NODE.match(value):
        # YAML tags, anchors, aliases and block indicators: "!vault |", "!secret db_pw", "*default",
        # "|-". Their names are words; "!Dd5G4s9" (digits, no word) is a password that starts with "!".
        return FilterVerdict(False, "code_reference", alphabet, entropy)
    if _NUMERIC_LITERAL.match(value):  # a numeric literal in C/C++/Java
        return FilterVerdict(False, "code_reference", alphabet, entropy)
    if _is_pathlike(value):
        return FilterVerdict(False, "code_reference", alphabet, entropy)
    if value.startswith(("sha1-", "sha256-", "sha384-", "sha512-")) and _INTEGRITY.match(value):
        return FilterVerdict(False, "lockfile_integrity", alphabet, entropy)
    if _UUID.match(value):
        return FilterVerdict(False, "uuid", alphabet, entropy)
    low_name = name.lower()
    if _GIT_SHA.match(value) and any(w in low_name for w in _GIT_CONTEXT):
        return FilterVerdict(False, "git_sha", alphabet, entropy)
    if kind != "password" and value[0] in "gscrb" and _LABELLED_SHA.match(value):
        # "git-16192a1355eb", "sha-<40 hex>": an image tag or build label naming a commit, whatever
        # name it is under ("acme/api:git-<sha>" reads as an "api:" assignment). Under a password's
        # name ("DB_PASSWORD=git-16192a1355eb") it is what someone set as the password.
        return FilterVerdict(False, "git_sha", alphabet, entropy)
    if _HOSTNAME.match(value) and not typed:
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
        if value.isalpha() and not random_letters and not ((literal or connection or config) and len(value) >= 6):
            # Unquoted words in code are variables ("password = userInput"); a quoted word or
            # an .env value ("REACT_APP_PASSWORD=whiteduke") is what someone typed as a password.
            return FilterVerdict(False, "identifier", alphabet, entropy)
        if _IDENTIFIER.match(value) and not typed:
            return FilterVerdict(False, "identifier", alphabet, entropy)
        if value.isdigit() and len(value) < 8:
            return FilterVerdict(False, "low_entropy", alphabet, entropy)
        if (_classes(value) < 2 and not ((literal or config) and value.isalpha())) or len(set(value)) < 4:
            return FilterVerdict(False, "low_entropy", alphabet, entropy)
        if _sequential_at_least(value, 0.75) or _interleaved_sequence(value):
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
    if (
        _sequential_at_least(value, 0.6)
        or _interleaved_sequence(value)
        or (_run_of_six(value) and (alphabet != "hex" or _straight_run(value, 6)))
    ):
        return FilterVerdict(False, "sequential", alphabet, entropy)
    if _WORD_NUMBER.match(value):
        # "order-2017280", "invoice_20261128", "user:8842113": a record's id (a Kafka message key,
        # a cache key under "key="), words then a serial number, not a machine-made secret.
        return FilterVerdict(False, "identifier", alphabet, entropy)
    return FilterVerdict(True, None, alphabet, entropy)


def _prefixed_hex(value: str) -> str | None:
    """The hex of a provider-style token ("lsv2_pt_<hex>_<hex>"), separators removed; None when
    ``value`` is not one, or its prefix names a hash ("sha256_<hex>", "build-<hex>")."""
    m = _TOKEN_PREFIXED_HEX.match(value)
    if m is None or value.lower().startswith(_HASH_PREFIXES):
        return None
    return m.group(1).replace("_", "").replace("-", "")


def _prefixed_base62(value: str) -> str | None:
    """The random body of a word-prefixed token ("sess_<base62>"), or None when ``value`` is not
    one (the body mixes upper, lower case and digits), or its prefix names a hash or a build."""
    m = _TOKEN_PREFIXED_BASE62.match(value)
    if m is None or value.lower().startswith(_HASH_PREFIXES):
        return None
    body = m.group(1)
    if body.isalpha() or body.isdigit() or body.islower() or body.isupper():
        return None
    return body


def _bar(alphabet: str, n: int, hex_t: float, b36_t: float, b64_t: float, fraction: float) -> float:
    """Entropy a random string of ``n`` characters of ``alphabet`` clears: the alphabet's
    threshold, or ``fraction * log2(n)`` when the string is too short to reach it."""
    if alphabet == "hex":
        return min(hex_t, fraction * math.log2(min(n, 16)))
    if alphabet == "base36":
        return min(b36_t, fraction * math.log2(n))
    return min(b64_t, fraction * math.log2(n))
