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
import itertools
import json
import operator
import re
import zlib
from typing import Any
from urllib.parse import unquote

from promptguard._lazyre import lazy
from promptguard.recognizers.validators import validator

__all__ = [
    "app_password",
    "base62_crc32_ok",
    "base64_private_key",
    "basic_auth_decoded",
    "byte_array_key",
    "cisco_type7",
    "cisco_type7_decode",
    "discord_bot_token",
    "dropbox_long_lived",
    "github_token_crc32",
    "grafana_api_key",
    "identifiable_key",
    "is_masked_token",
    "is_publishable_key",
    "jwt_structure",
    "license_key_groups",
    "macaroon_token",
    "not_documented_example",
    "npm_token_crc32",
    "prose_passphrase",
    "prose_password",
    "prose_secret",
    "provider_token",
    "pypi_macaroon",
    "secret_value_not_publishable",
    "session_id",
    "snmp_community",
    "technical_name",
    "url_password",
    "url_token_userinfo",
    "vendor_default_password",
    "word_passphrase",
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
        # FastAPI's OAuth2/JWT tutorial key ("openssl rand -hex 32"), copied into many apps' docs.
        "09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7",
        # Anvil's and Hardhat's first two default dev accounts: printed at every node start, public.
        "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
        "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
        "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
        "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
        # FastAPI's security tutorial: the fake_users_db hash of "secret" (Argon2 in the current
        # docs and their translations, bcrypt before), copied into many apps' tests and docs.
        "$argon2id$v=19$m=65536,t=3,p=4$wagCPXjifgvUFBzq4hqe3w$CYaIb8sB+wtD+Vu/P4uod1+Qof8h+1g7bbDlBID48Rc",
        "$2b$12$EixZaYVK1fsbw1ZfbX3OXePaWxn96p36WQoeG6Lruj3vjPGga31lW",
        # jwt.io's sample token (HS256, "John Doe"), reprinted in countless tutorials.
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
        "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
        # The Azure Storage emulator's (Azurite, Storage Emulator) fixed key of account
        # "devstoreaccount1": the same in every install, printed in Microsoft's docs.
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
        # RFC 7617 section 2's example credentials, base64 of "Aladdin:open sesame".
        "QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
        # The example secret of Google Authenticator's "Key Uri Format" wiki (base32 of "Hello!\xde\xad\xbe\xef").
        "JBSWY3DPEHPK3PXP",
        # The example password of the sample redis.conf ("# requirepass foobared"), copied into tutorials.
        "foobared",
        # Grafana's default [security] secret_key, shipped in conf/defaults.ini and sample.ini of every
        # release: like the emulator key above, the same in every install and printed in the docs. An
        # install that kept it has a weakness to report, but quoting the value discloses nothing.
        "SW2YcwTIb9zpOOhoPsMm",
    }
)


# Words that mark a documentation stand-in when written as a word (lower, UPPER or Title case):
# "sk-your-key-here", "ghp_EXAMPLE...", "hf_Placeholder". A random token spells one of them in
# random case, if ever (P ~ 1e-6 for a 40-character token).
_STAND_IN_WORDS = ("your", "example", "sample", "placeholder", "redacted", "dummy", "fake", "here", "insert", "replace")
_MARKERS = ("xxxx", "...", "\u2026", "\u2022", "****", "<", ">", "${", "{{", "%s")
_RUN_OF_8 = lazy(r"(.)\1{7}")
# The markers and the stand-in words as one search each. Measured on a 40-character token:
# 0.6 us where ten ``in`` tests in a generator took 1.2, and 1.3 where ten ``find`` calls took
# 1.7; most tokens (issued ones) hold no stand-in word, so the per-word case test rarely runs.
_MARKER_SEARCH = lazy("|".join(re.escape(marker) for marker in _MARKERS)).search
_STAND_IN_SEARCH = lazy("|".join(_STAND_IN_WORDS)).search


def _may_hold_run_of_8(value: str) -> bool:
    """False when ``value`` cannot hold 8 copies of one character in a row: such a run covers a
    position ``i`` divisible by 4 and ``i + 4``, which then hold the same character. Compares
    every 4th character with the one 4 further on (C calls); the regex, which tries every start,
    then runs on ~1 random 40-character token in 7."""
    return any(map(operator.eq, value[::4], value[4::4]))


def is_masked_token(value: str, *, runs: bool = True) -> bool:
    """True for a provider-shaped string that is a documentation stand-in, not a key:
    ``sk_live_xxxxxxxx``, ``AKIAXXXXXXXXXXXXXXXX``, ``ghp_****``, ``sk-...``, ``hf_<token>``,
    ``xoxb-your-token-here``. Issued tokens are random: a run of 4 x's (P ~ 1e-6 per token)
    or of 8 copies of any one character (P ~ 1e-12) does not happen in one. ``runs=False`` for
    base64 of binary data (macaroons), where zero bytes encode as runs of ``A``."""
    low = value.lower()
    if _MARKER_SEARCH(low) is not None:
        return True
    if runs and _may_hold_run_of_8(value) and _RUN_OF_8.search(value) is not None:
        return True
    if _STAND_IN_SEARCH(low) is None:
        return False  # no stand-in word anywhere, in any case
    for word in _STAND_IN_WORDS:
        i = low.find(word)
        while i >= 0:
            part = value[i : i + len(word)]
            if part.islower() or part.isupper() or part.istitle():
                return True
            i = low.find(word, i + 1)
    return False


@validator("provider_token")
def provider_token(value: str) -> bool | None:
    """For provider keys recognised by their prefix: drops documentation stand-ins
    (:func:`is_masked_token`, the vendors' published example keys); keeps the rest."""
    if value in DOCUMENTED_EXAMPLES or is_masked_token(value):
        return False
    return None


@validator("session_id")
def session_id(value: str) -> bool | None:
    """A session cookie's value (``session_cookie``): :func:`provider_token`, and not typed as
    counting runs (``sessionid=abcdefghijklmnopqrstuvwxyz123456`` in a tutorial or a test):
    :func:`_ascending_filler`, which an issued random id never is. Only here: cookie names carry
    no provider prefix, so the value alone tells an issued id from a typed one. (On the provider
    rules the same test dropped many benchmark positives whose bodies are counting stand-ins.)"""
    if _ascending_filler(value):
        return False
    return provider_token(value)


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
    crc = zlib.crc32(payload.encode("ascii", "replace"))
    # The check's last character is the CRC's lowest base62 digit (also for a CRC of 0: "000000"):
    # one modulo turns away 61 in 62 bodies whose checksum fails (look-alikes, truncated or
    # hand-edited tokens, the common case in prompts) before the six-digit encoding.
    if _BASE62[crc % 62] != check[-1]:
        return False
    return _b62(crc) == check


@validator("github_token_crc32")
def github_token_crc32(value: str) -> bool | None:
    """``ghp_``/``gho_``/``ghu_``/``ghs_``/``ghr_`` + 30 random + 6 checksum characters
    (GitHub's 2021 token format announcement). A bad checksum keeps the pattern score.

    The checksum is tested before the stand-in filter: a random token spells a stand-in
    word such as "Here" about once in 10,000, while a stand-in passes CRC32 once in 5e10."""
    if value in DOCUMENTED_EXAMPLES:
        return False
    _, _, body = value.partition("_")
    if len(body) == 36 and base62_crc32_ok(body):
        return True
    if is_masked_token(value) or _ascending_filler(body):
        return False
    return None


def _ascending_filler(body: str) -> bool:
    """A body typed as counting runs ("1234567890abcdef..."): at least 60% of neighbours step by
    +1. Asked only of tokens whose checksum failed; random base62 steps by +1 ~1.6% of the time."""
    if len(body) < 8:
        return False
    if body.isascii():
        # The same count in a few C calls (every GitHub token whose checksum fails gets here):
        # ``data[i + 1] == data[i] + 1`` where the bytes of ``data[1:]`` and of ``data[:-1]``
        # raised by one agree, i.e. where their XOR (as big integers) has a zero byte.
        data = body.encode("ascii")
        n = len(data) - 1
        diff = int.from_bytes(data[1:], "big") ^ int.from_bytes(data[:-1].translate(_PLUS_ONE), "big")
        ups = diff.to_bytes(n, "big").count(0)
    else:
        ups = sum(1 for a, b in itertools.pairwise(body) if ord(b) - ord(a) == 1)
    return ups >= 0.6 * (len(body) - 1)


# Each byte to the next one (ASCII only reaches 0x80, which no ASCII byte equals).
_PLUS_ONE = bytes((b + 1) & 0xFF for b in range(256))


@validator("npm_token_crc32")
def npm_token_crc32(value: str) -> bool | None:
    """``npm_`` + 30 random + 6 checksum characters (npm adopted GitHub's scheme in 2021)."""
    body = value[4:] if value.startswith("npm_") else value
    if len(body) == 36 and base62_crc32_ok(body):
        return True  # checksum first, as for GitHub tokens
    if is_masked_token(value):
        return False
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
    if is_masked_token(value, runs=False):
        return False
    body = value[5:] if value.startswith("pypi-") else value
    raw = _b64_decode(body[:64])
    if raw is None:
        return None
    return True if b"pypi.org" in raw else None


@validator("discord_bot_token")
def discord_bot_token(value: str) -> bool:
    """Discord bot tokens are ``base64(bot user id).timestamp.hmac``: the first segment
    decodes to the 17-20 digit snowflake id. That structure, not a nearby word, tells a
    token in ``client.run("...")`` from any other dotted base64 string."""
    if is_masked_token(value):
        return False
    raw = _b64_decode(value.split(".", 1)[0])
    return raw is not None and raw.isdigit() and 17 <= len(raw) <= 20


@validator("jwt_structure")
def jwt_structure(value: str) -> bool:
    """Three base64url segments whose header is a JSON object (``{"alg": ...}`` or ``typ``)."""
    parts = value.split(".")
    if len(parts) < 2 or value in DOCUMENTED_EXAMPLES:
        return False
    raw = _b64_decode(parts[0])
    if raw is None:
        return False
    try:
        header = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        # Truncated or hand-made headers still start with '{"' once decoded.
        return raw.startswith(b'{"') and (b"alg" in raw or b"typ" in raw)
    if not (isinstance(header, dict) and ("alg" in header or "typ" in header or "kid" in header)):
        return False
    return not _publishable_jwt(parts[1]) and not _documented_jwt(parts[1])


def _documented_jwt(segment: str) -> bool:
    """jwt.io's sample token, with any signature: claims ``sub`` "1234567890" and ``name`` "John Doe"
    (its HS256 and RS256 samples, copied into tutorials and questions with a letter changed)."""
    claims = _jwt_claims(segment, 200, b"John Doe")
    return claims is not None and claims.get("sub") == "1234567890" and claims.get("name") == "John Doe"


def _publishable_jwt(segment: str) -> bool:
    """A JWT made to ship in browser code: Supabase's ``anon`` key (``{"iss": "supabase", "role":
    "anon"}``) only reaches what row-level security lets an anonymous visitor read, and Supabase
    documents it as safe to publish. Its ``service_role`` sibling (same shape) bypasses RLS and is a
    secret. (An access token's claims run past 400 characters; the anon key's payload is ~120.)"""
    claims = _jwt_claims(segment, 400, b"anon")
    return claims is not None and claims.get("role") == "anon" and str(claims.get("iss", "")).startswith("supabase")


def _jwt_claims(segment: str, longest: int, needle: bytes) -> dict[str, Any] | None:
    """The JSON object a JWT's payload ``segment`` decodes to, when it is at most ``longest``
    characters and its bytes hold ``needle`` (a cheap test before the JSON parse); else None."""
    if len(segment) > longest:
        return None
    raw = _b64_decode(segment)
    if raw is None or needle not in raw:
        return None
    try:
        claims = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    return claims if isinstance(claims, dict) else None


@validator("macaroon_token")
def macaroon_token(value: str) -> bool | None:
    """Provider tokens that are base64 macaroons (Fly.io ``FlyV1 fm2_...``): binary fields encode
    zero bytes as runs of ``A``, so only stand-ins (``xxxx``, ``<token>``) are dropped, not runs."""
    return False if is_masked_token(value, runs=False) else None


@validator("grafana_api_key")
def grafana_api_key(value: str) -> bool | None:
    """Grafana's legacy API keys are base64 of ``{"k":"<key>","n":"<name>","id":<org id>}``. Power BI
    report links share the ``{"k":`` start (``{"k":"<uuid>","t":"<tenant>"}``): without ``"n"`` and
    ``"id"`` the value is not a Grafana key. A truncated key that still shows ``"n":`` keeps the
    pattern score."""
    if is_masked_token(value, runs=False):
        return False
    raw = _b64_decode(value)
    if raw is None:
        return None
    try:
        obj = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None if b'"n":' in raw else False
    return True if isinstance(obj, dict) and "n" in obj and "id" in obj else False


@validator("identifiable_key")
def identifiable_key(value: str) -> bool | None:
    """Microsoft common annotated security keys: 52 random characters, then the ``JQQJ9``
    signature and fixed fields, where a reserved block encodes as a run of ``A`` in every issued
    key. Only the random part can mark a stand-in (``xxxx...``, a run, a stand-in word). A key of
    32 hex characters (Azure AI services before 2024, read from an ``AzureKeyCredential`` call)
    is judged as any provider key."""
    if len(value) == 32:
        return provider_token(value)
    if value[52:57] != "JQQJ9" or len(value) not in (84, 88):
        return False  # the pack's regex leaves the signature's offset to this check
    return False if is_masked_token(value[:52]) else None


@validator("dropbox_long_lived")
def dropbox_long_lived(value: str) -> bool | None:
    """Dropbox long-lived tokens: 11 random url-safe base64 characters, the fixed run
    ``AAAAAAAAAA``, 43 random ones. Only the random parts can mark a stand-in. (The 11th random
    character is "A" in 1 token of 64: the run is then 11 long, still at [11:21].)"""
    if len(value) != 64 or value[11:21] != "AAAAAAAAAA":
        return False  # the pack's regex leaves the lengths to this check
    return False if is_masked_token(value[:11] + "-" + value[21:]) else None


@validator("not_documented_example")
def not_documented_example(value: str) -> bool | None:
    """Drops the keys vendors publish in their docs (``AKIAIOSFODNN7EXAMPLE``...)."""
    if value in DOCUMENTED_EXAMPLES or value.endswith("EXAMPLE") or "EXAMPLEKEY" in value:
        return False
    return False if is_masked_token(value) else None


_BYTE_LITERAL = lazy(r"0[xX][0-9a-fA-F]{1,2}|0[0-7]{0,3}|[1-9][0-9]{0,2}")


@validator("byte_array_key")
def byte_array_key(value: str) -> bool | None:
    """A key written as a byte-array literal (``{0x35, 0x34, 0x65, ...}``): every item a byte
    (hex, octal or decimal, 0-255), at least 8 of them, and not a zeroed buffer, a repeat or a
    counting sequence (``{0, 1, 2, 3, ...}`` is a lookup table, not key material)."""
    items = [item.strip(" \t\r\n\\") for item in value.split(",")]
    numbers: list[int] = []
    for item in items:
        if not _BYTE_LITERAL.fullmatch(item):
            return False
        n = int(item, 16) if item[:2] in ("0x", "0X") else int(item, 8) if item.startswith("0") else int(item)
        if n > 255:
            return False
        numbers.append(n)
    if len(numbers) < 8 or len(set(numbers)) < max(5, len(numbers) // 3):
        return False
    steps = {b - a for a, b in itertools.pairwise(numbers)}
    return False if len(steps) == 1 else None


def _is_run(group: str) -> bool:
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(group)}
    return steps in ({0}, {1}, {-1})


@validator("license_key_groups")
def license_key_groups(value: str) -> bool | None:
    """Five-by-five licence keys: drops stand-ins, i.e. masks (``XXXXX-...``) and keys with a group
    that is one character repeated or a straight run (``ABCDE``, ``12345``, ``KLMNO``)."""
    if is_masked_token(value) or any(_is_run(group) for group in value.upper().split("-")):
        return False
    return None


# Keys their vendors publish by design (browser code, mobile apps): Stripe publishable keys
# (pk_live_ / pk_test_, Stripe docs "API keys": "publishable keys ... can be publicly accessible"),
# Mapbox public tokens (pk.eyJ..., the secret ones are sk.eyJ...), Google OAuth client ids, Razorpay
# key ids (rzp_live_ / rzp_test_, passed to checkout.js in the page; the key secret is another
# value), Supabase publishable keys (sb_publishable_, the anon key's successor) and PostHog project
# API keys (phc_, passed to posthog.init() in the page; PostHog docs: "safe to use in public apps",
# write-only; the personal keys phx_ are secret).
_PUBLISHABLE_PREFIXES = ("pk_live_", "pk_test_", "pk.eyJ", "rzp_live_", "rzp_test_", "sb_publishable_", "phc_")
# Datadog browser (RUM and logs) client tokens: "pub" + 32 hex, in the page's datadogRum.init().
_DATADOG_CLIENT_TOKEN = lazy(r"pub[0-9a-f]{32}")
_PUBLISHABLE_SUFFIXES = (".apps.googleusercontent.com",)


# Courier's API keys are secret and also start with pk_prod_ / pk_test_, with 28 upper-case letters
# and digits after the prefix; Stripe publishable keys are base62 (mixed case) after pk_live_ /
# pk_test_. A body with no lower-case letter is therefore no Stripe publishable key.
_STRIPE_PUBLISHABLE = ("pk_live_", "pk_test_")


def is_publishable_key(value: str) -> bool:
    """A key that is public by design (:data:`_PUBLISHABLE_PREFIXES`), whatever name it is under;
    not Courier's secret ``pk_test_`` keys (upper-case letters and digits only after the prefix)."""
    v = value.strip("\"'` ")
    if v.startswith(_STRIPE_PUBLISHABLE):
        return v[8:].upper() != v[8:]
    if v.startswith("eyJ") and v.count(".") == 2:
        return _publishable_jwt(v.split(".")[1])  # a Supabase anon key
    return (
        v.startswith(_PUBLISHABLE_PREFIXES)
        or v.endswith(_PUBLISHABLE_SUFFIXES)
        or _DATADOG_CLIENT_TOKEN.fullmatch(v) is not None
    )


@validator("secret_value_not_publishable")
def secret_value_not_publishable(value: str) -> bool | None:
    """``secret_value`` (randomness and placeholder filters) for rules that find a value by a
    secret-like name (``define('STRIPE_KEY', ...)``), minus keys published by design: a Stripe
    publishable key under ``STRIPE_KEY`` is as random as the secret one and just as harmless
    in a prompt as on a checkout page."""
    if is_publishable_key(value):
        return False
    # Imported here: builtin/entropy.py imports this module at load time.
    from promptguard.recognizers.builtin.entropy import secret_value

    return secret_value(value)


_PERCENT_ESCAPE = lazy(r"%[0-9A-Fa-f]{2}")
_PERCENT_VARIABLE = lazy(r"%[A-Za-z_][A-Za-z0-9_]*%")


@validator("url_password")
def url_password(value: str) -> bool | None:
    """The password of a URL's userinfo (``scheme://user:<password>@host``). RFC 3986 percent-encodes
    it, so ``%23Zc...`` starts with an escaped ``#``, not a ``%VAR%`` reference: the value is judged
    decoded (``%3Cpassword%3E`` is the placeholder ``<password>``), and a sigil that was escaped
    (``%24``, ``%25``, ``%7B``) is a literal character, not the start of a variable."""
    from promptguard.recognizers.builtin.entropy import not_placeholder

    if "%" not in value or _PERCENT_VARIABLE.fullmatch(value) or not _PERCENT_ESCAPE.search(value):
        return not_placeholder(value)
    decoded = unquote(value)
    if _PERCENT_ESCAPE.match(value) and decoded[:1] in "$%{":
        decoded = decoded[1:]
    return not_placeholder(decoded) if decoded else False


# Vendors' documented default logins (the official postgres, mysql, mongo, rabbitmq, elasticsearch
# and oracle images and appliances): user and password are the same word.
VENDOR_DEFAULT_PASSWORDS = frozenset(
    {"postgres", "root", "admin", "guest", "mysql", "elastic", "rabbitmq", "mongo", "oracle"}
)


@validator("vendor_default_password")
def vendor_default_password(value: str) -> bool | None:
    """``url_default_credentials``: the password of a default login in a URL to a remote host. The
    regex already names the words; this keeps the entry to them whatever the regex grows into
    (a stand-in such as ``xxxx`` or ``<password>`` is never one of them)."""
    return None if value in VENDOR_DEFAULT_PASSWORDS else False


_BASIC_CREDENTIALS = lazy(r"[\x21-\x7e][\x20-\x7e]{0,127}:[\x20-\x7e]{1,256}")


@validator("basic_auth_decoded")
def basic_auth_decoded(value: str) -> bool | None:
    """``Basic <credentials>`` found without an ``Authorization`` header name: keeps it only when
    the base64 decodes to printable ``user:password`` text (RFC 7617) whose password is not a
    placeholder. Words after "basic" ("authentication", "usage") are valid base64 too, but decode
    to bytes that are not printable text with a colon."""
    try:
        decoded = base64.b64decode(value + "=" * (-len(value) % 4), validate=True).decode("ascii")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return False
    if _BASIC_CREDENTIALS.fullmatch(decoded) is None:
        return False
    # Imported here: builtin/entropy.py imports this module at load time.
    from promptguard.recognizers.builtin.entropy import basic_auth_credentials

    return basic_auth_credentials(value)


@validator("app_password")
def app_password(value: str) -> bool | None:
    """Google app passwords are shown as four groups of four letters: judged without the spaces, so
    the sequence filter sees ``abcdefghijklmnop`` (Google's help-page stand-in) as the run it is."""
    from promptguard.recognizers.builtin.entropy import not_placeholder

    return not_placeholder(value.replace(" ", ""))


@validator("base64_private_key")
def base64_private_key(value: str) -> bool | None:
    """Base64 text that decodes to PEM armour with a private-key label (``-----BEGIN RSA PRIVATE
    KEY-----``, ``-----BEGIN OPENSSH PRIVATE KEY-----``...); certificates and public keys
    (``-----BEGIN CERTIFICATE-----``) decode to other labels. Only the first 96 characters are
    decoded: the label is in the first 72 bytes."""
    head = value[:96]
    raw = _b64_decode(head[: len(head) - len(head) % 4])
    if raw is None or not raw.startswith(b"-----BEGIN"):
        return False
    label = raw[10:].split(b"-----", 1)[0]
    return True if b"PRIVATE" in label else False


@validator("prose_secret")
def prose_secret(value: str) -> bool | None:
    """A value written after a secret's name in a sentence ("my jwt secret is a30d3e8d..."): prose
    has no quotes or "=" to say a value starts, so besides the randomness and placeholder filters
    (``secret_value``) it needs at least 12 characters, a digit and a letter; words ("expired",
    "Filtering") have no digit, issued tokens almost always do (a 32-character base62 token has
    none with probability 0.4%)."""
    if len(value) < 12 or not any(c.isdigit() for c in value) or not any(c.isalpha() for c in value):
        return False
    if "." in value and _QUALIFIED_TYPE.match(value):
        return False  # "Token      *oauth2.Token": a Go / Java field's type after its name
    if _SETTING_PAIR.match(value):
        return False  # "password minlength=12" in an HTML form: an attribute, not a token
    if "-" in value and technical_name(value):
        return False  # "the wifi key is WPA3-Personal": a standard or mode, not a token
    if _SLUG_SUFFIX.fullmatch(value):
        # "the primary key is order_id_Kx8vQ2mL9pRt", "the token is build-2026-11-30-a8F3kQ": a name of
        # words with a short random tail is a row, build or cache id; issued tokens with a lower-case
        # prefix carry 16+ random characters after it ("sk_live_...", "xoxb-...-...") or one short tag
        return False
    if ("/" in value and value.lower() == value) or _SLUG.fullmatch(value):
        # "our KMS key is alias/prod-payments-2024", "the cache key is build-cache-linux-x64-node20":
        # a path or a slug of lower-case words names where a key is, or which one; issued tokens
        # mix case (base64) or hold no separators (hex)
        return False
    if "_" in value and _MOUNT_ACCESSOR.match(value):
        return False  # "token/    token    auth_token_7b3d4e9f" ("vault auth list"): an accessor
    if "=" in value and _NEXT_ASSIGNMENT.match(value):
        return False  # "SECRET_KEY=process.env.SECRET_KEY\nKEY_ID=kid-...": the next line's assignment
    if value[-1] in "-_" and _BARE_PREFIX.fullmatch(value):
        return False  # "my key is sk-ant-api03-****...Q3xZ": a provider's prefix before a mask, read alone
    return secret_value_not_publishable(value)


# "NAME=value" (a one-case name): an assignment read across a line break after a name that ends a
# line (a token's "=" is base64 padding at its end, never followed by another character).
_NEXT_ASSIGNMENT = lazy(r"(?:[A-Z_][A-Z0-9_]*|[a-z_][a-z0-9_.\-]*)=[^=]")
# A provider's token prefix alone: lower-case parts joined by "-" or "_", ending with the separator
# ("sk-ant-api03-", "sk-proj-", "github_pat_").
_BARE_PREFIX = lazy(r"[a-z]{2,8}(?:[-_][a-z0-9]{1,8}){0,3}[-_]")


# Vault's mount accessors, "<auth_>type_<8 hex>" ("auth_token_7b3d4e9f", "kv_4e9fa5c2"), in the
# Accessor column of "vault auth list" / "vault secrets list": the id of a mount, not a credential.
_MOUNT_ACCESSOR = lazy(r"^[a-z]+(?:_[a-z]+)*_[0-9a-f]{8}$")


# Lower-case words and numbers joined by "-", "_" or ".", three or more ("build-cache-linux-x64-node20").
_SLUG = lazy(r"[a-z]+[0-9]*(?:[-_.](?:[a-z]+[0-9]*|[0-9]+)){2,}")


# A lower-case word of 3+ letters, one or more lower-case / numeric parts, then a random tail of 4-12
# characters, joined by "-", "_", "." or ":" ("order_id_Kx8vQ2mL9pRt", "cache-v2-a8F3kLq92xVb").
_SLUG_SUFFIX = lazy(r"[a-z]{3,}(?:[-_.:][a-z0-9]{1,12})+[-_.:][A-Za-z0-9]{4,12}")


# A package-qualified type name ("*oauth2.Token", "sql.NullString", "jwt.RegisteredClaims").
_QUALIFIED_TYPE = lazy(r"^[*&]?[a-z][a-z0-9_]*\.[A-Z][A-Za-z0-9_]*$")

# A version or release number ("2.3.1-beta.4", "v1.22.0-rc1") mixes digits, letters and dots too.
_VERSION = lazy(r"v?\d+\.\d+")
# A setting and its value after the password's name: an HTML form's attributes ("<input
# type=password name=password minlength=12 required>", "autocomplete=off") or a log's key=value
# field ("password mfa=totp6"). A typed password rarely opens with a lower-case word and "=", nor an
# issued token (base64 has "=" only as closing padding). A setting's value is in one case ("off", "12",
# "totp6", "TRUE"): a value in mixed case after the "=" is a password's own ("marble0pumice=uD",
# blind43s, s40).
_SETTING_PAIR = lazy(r"[a-z][a-z0-9_.\-]{2,}=(?:[^A-Z=]+|[^a-z=]+)$")


# A name and, after its last "-", a version ("KeePassXC-2.7", "node-18.19.0", "papier-v2") or a number with a unit
# ("Wi-Fi-5GHz", "SSD-512GB"): where a product is kept or which network, told after "in" / "na".
_VERSIONED_NAME = lazy(r"-v?\d+(?:\.\d+)+$|^[a-z]+-v\d{1,3}$|-\d+(?:[KMGT]B|[KMG]?Hz|mm|cm|px)$", re.IGNORECASE)


# Hyphen-joined names of standards, modes and algorithms ("WPA3-Personal", "NIST-800-63B", "OTP-123456",
# "pbkdf2-sha512"): every part an acronym, a number or a one-case word, one of them an acronym or an
# algorithm's name with its digits. A typed password mixes case inside a part ("Kx9-mQ2vL7") or has
# another symbol; capitalised words and a number ("Raven-Walnut-41") are a passphrase, kept.
_TECH_PART = r"(?:[A-Z]{2,}[0-9]*[A-Z]?|[a-z]{2,}[0-9]+|[0-9]+[A-Za-z]?|[A-Z][a-z]+|[a-z]+)"
_TECHNICAL_NAME = lazy(rf"{_TECH_PART}(?:-{_TECH_PART})+")
_TECH_MARK = lazy(r"(?:^|-)(?:[A-Z]{2,}[0-9]*[A-Z]?|[a-z]{2,}[0-9]+)(?=-|$)")
# A column type with its size ("VARCHAR(255)", "CHAR(60"): a schema, not a password.
_SIZED_TYPE = lazy(r"[A-Za-z_]\w*\(\d+(?:,\s?\d+)?\)?$")


def technical_name(value: str) -> bool:
    """Whether ``value`` is a hyphen-joined name of a standard or algorithm (:data:`_TECHNICAL_NAME`)."""
    return _TECHNICAL_NAME.fullmatch(value) is not None and _TECH_MARK.search(value) is not None


# A capitalised word running into capitals or digits, with no symbol but "-": how products and
# labels are written in a sentence ("Windows10Pro", "Max-Power2X"). A typed password in prose
# carries a symbol ("Kq7#vRm2Lp") or does not start as a word.
_PRODUCT_NAME = lazy(r"^[A-Z][a-z]+-?[A-Z0-9][A-Za-z0-9\-]*$")
# The capitalised words of such a name ("Windows", "Pro", "Galaxy", "Ultra"): each of 2+ letters has a
# vowel. Random case rarely spells words: "LxwOoqle3CzW" splits into "Lxw", "Ooqle", "Cz", "W".
_CAPITAL_WORD = lazy(r"[A-Z][a-z]*|[a-z]+")
_VOWELS = frozenset("aeiouyAEIOUY")


# Two or more capitalised words of four or more letters and a closing number, joined by "-", "." or
# "_": how passphrase generators and people write a password ("Raven-Walnut-41",
# "Juniper.Timber.2024!"). Product names keep a short or model word ("Surface-Pro-9",
# "Galaxy-S24-Ultra", "Max-Power2X", "Obbligatoria-2024"), which this leaves to _PRODUCT_NAME.
_WORD_PASSPHRASE = lazy(r"^(?:[A-Z][a-z]{3,}[-._]){2,}\d{2,4}[!#$%&*?@]?$")


# One to three capitalised words of four or more letters run together and a closing number
# ("Kvitka2023", "RiverGinger36", "BlueOtter77!"): the camel-case form of the same habit. Told as a
# password ("the password I set is ...", "Passwort lautet ...", "пароль: ...") it is one; product
# names put the number inside, keep a short model word or a dash ("Windows10Pro", "MacBookPro16",
# "Max-Power2X", "Obbligatoria-2024"), and a bare value in prose still needs a symbol.
_CAMEL_PASSPHRASE = lazy(r"^(?:[A-Z][a-z]{3,}){1,3}\d{2,4}[!#$%&*?@]?$")


def word_passphrase(value: str) -> bool:
    """Whether ``value`` is a words-and-number passphrase (:data:`_WORD_PASSPHRASE`)."""
    return _WORD_PASSPHRASE.match(value) is not None


def _spoken_words(value: str) -> bool:
    """Whether every word of two or more letters in ``value`` (split at capitals, digits and
    dashes) has a vowel, as the words of a product or label name do."""
    return all(len(w) < 2 or not _VOWELS.isdisjoint(w) for w in _CAPITAL_WORD.findall(value))


def prose_passphrase(value: str) -> bool:
    """A words passphrase in a sentence ("heslo je spruce_orbit_meadow_nectar"): four lower-case words,
    or three and a number; three words alone are as often a descriptor ("one-time-only")."""
    # Imported here: secret_values imports this module's registry at load time.
    from promptguard.recognizers.secret_values import lower_passphrase

    words = lower_passphrase(value, min_words=4)
    return words or (value[-1].isdigit() and lower_passphrase(value))


_HEX32 = lazy(r"[0-9a-f]{32}")


@validator("url_token_userinfo")
def url_token_userinfo(value: str) -> bool | None:
    """A token alone as a URL's userinfo (``https://<PAT>@dev.azure.com/...``). 32 lower-case hex
    digits there are a Sentry DSN's public key (``https://<key>@o123.ingest.sentry.io/456``), public by
    design (Sentry's docs: a DSN only lets events be sent; every browser SDK ships one), not a
    credential; the rest must pass as a secret value (user names and words do not)."""
    if _HEX32.fullmatch(value):
        return False
    # Imported here: builtin/entropy.py imports this module at load time.
    from promptguard.recognizers.builtin.entropy import secret_value

    return secret_value(value)


# Three or more lower-case words joined by "-" with a number glued to the last ("falcon-delta-quartz40"):
# how passphrase generators write "include a number" (Bitwarden). Architecture and codec tails
# ("ubuntu-focal-amd64", "video-stream-h264") name builds, not passwords.
_GLUED_NUMBER_PASSPHRASE = lazy(r"^[a-z]{3,12}(?:-[a-z]{3,12}){2,8}[0-9]{1,4}$")
_TECH_TAILS = frozenset(
    {"amd64", "arm64", "x64", "x86", "i386", "i686", "sha1", "sha256", "sha512", "md5", "base64", "utf8", "utf16",
     "int8", "int16", "int32", "int64", "float16", "float32", "float64", "ipv4", "ipv6", "http2", "http3", "h264",
     "h265", "mp3", "mp4", "ext4", "fat32", "python3", "win32", "win64", "aarch64", "armv7", "armv8", "s3", "ec2"}
)  # fmt: skip


def _glued_number_passphrase(value: str) -> bool:
    return _GLUED_NUMBER_PASSPHRASE.match(value) is not None and value.rsplit("-", 1)[1] not in _TECH_TAILS


@validator("prose_password")
def prose_password(value: str) -> bool | None:
    """A password written in a sentence ("Passwort lautet ...", "パスワードは ...", "pw ..."): nothing
    marks where it starts but the words before it, so only one token of 8+ characters that mixes 3+
    of lower case, upper case, digits and symbols counts ("is required", "policy", "too short" have
    one class); then the password filters of an assignment (placeholders, e-mail addresses, code)."""
    if len(value) < 8:
        return False
    classes = (
        (value.upper() != value) + (value.lower() != value) + any(c.isdigit() for c in value) + (not value.isalnum())
    )
    if (classes < 3 and not prose_passphrase(value)) or _VERSION.match(value) or "/" in value:
        return False  # ("/": a path or a product line, "Settings/Security-v2", "Kxq-2024/Series")
    if _SETTING_PAIR.match(value) or _SIZED_TYPE.match(value):
        # "minlength=12" after "name=password": a form's attribute; "VARCHAR(255)": the column's type
        return False
    if (
        "-" in value
        and not _glued_number_passphrase(value)
        and (_VERSIONED_NAME.search(value) or technical_name(value))
    ):
        # "KeePassXC-2.7", "Wi-Fi-5GHz": a product and its version or band; "WPA3-Personal", "NIST-800-63B",
        # "OTP-123456": a standard, mode or algorithm; not a password
        return False
    if value[-1] == "!" and value[-2].isalpha() and _PRODUCT_NAME.match(value[:-1]) is not None:
        return False  # "... в систему Windows10Pro!": a product and the sentence's "!"
    if (
        _PRODUCT_NAME.match(value) is not None
        and _spoken_words(value)
        and not word_passphrase(value)
        and _CAMEL_PASSPHRASE.match(value) is None
    ):
        return False  # "Windows10Pro", "Max-Power2X", "Obbligatoria-2024": a name, not a password
    # Imported here: builtin/entropy.py imports this module at load time.
    from promptguard.recognizers.builtin.entropy import password_value

    return password_value(value)


# Cisco IOS "service password-encryption" (type 7): a Vigenere-style XOR with this fixed string,
# starting at the offset the first two decimal digits give (published since Cisco's 1995 advisory;
# every type-7 decoder uses it). Reversible by anyone: a type-7 string is the password.
_CISCO_XLAT = b"dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87"


def cisco_type7_decode(value: str) -> str | None:
    """The password a Cisco type-7 string encodes, or None when ``value`` is not one (an odd
    length, an offset over 15, a non-hex pair, or bytes that are not printable ASCII)."""
    if len(value) < 6 or len(value) % 2 or not value[:2].isdigit():
        return None
    seed = int(value[:2])
    if seed > 15:
        return None
    try:
        raw = bytes.fromhex(value[2:])
    except ValueError:
        return None
    out = bytes(b ^ _CISCO_XLAT[(seed + i) % len(_CISCO_XLAT)] for i, b in enumerate(raw))
    if not all(0x20 < c < 0x7F for c in out):
        return None
    return out.decode("ascii")


@validator("cisco_type7")
def cisco_type7(value: str) -> bool | None:
    """A Cisco IOS type-7 password: it must decode (:func:`cisco_type7_decode`) to printable text,
    which then gets the password filters of an assignment (placeholders, words)."""
    decoded = cisco_type7_decode(value)
    if decoded is None:
        return False
    from promptguard.recognizers.builtin.entropy import password_value

    return password_value(decoded)


# The community strings devices ship with, and the words that document them ("public"/"private" are
# RFC 1157's and every vendor's defaults): a default is a finding for an audit, not a leaked secret.
_SNMP_DEFAULTS = frozenset({"public", "private", "community", "string", "secret", "<community>", "snmp"})


@validator("snmp_community")
def snmp_community(value: str) -> bool | None:
    """An SNMPv1/v2c community string (the password of the protocol): not a vendor default or a
    stand-in, then the password filters of an assignment."""
    if value.lower() in _SNMP_DEFAULTS or is_masked_token(value):
        return False
    from promptguard.recognizers.builtin.entropy import password_value

    return password_value(value)
