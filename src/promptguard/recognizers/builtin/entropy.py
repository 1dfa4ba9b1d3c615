"""GENERIC_SECRET / PASSWORD: high-entropy values assigned to secret-like names.

Provider rules in ``secrets.yaml`` catch keys with a recognisable prefix (``sk-ant-``,
``ghp_``...). Most leaked credentials have none: ``DB_PASSWORD=Tr0ub4dor&3``,
``"client_secret": "9c1f..."``, ``token: 4fZq...``. This recognizer finds values
*assigned to a secret-like name* (``.env``, YAML, JSON, code, CLI flags,
``Authorization`` headers) and keeps the ones :func:`~promptguard.recognizers.secret_values.secret_filter`
judges random enough for their alphabet, after its named false-positive filters
(placeholders, code references, lock-file hashes, UUIDs, git SHAs, sequences...: see
:mod:`promptguard.recognizers.secret_values`). The filter names appear in ``explain``
output, also on suppressed candidates (``ScanResult.suppressed`` with ``explain=True``).
"""

from __future__ import annotations

import base64
import binascii
import functools
import math
import re
import threading
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from typing import Literal

import re2
from pydantic import BaseModel, ConfigDict, Field

# Imported for its side effect: registers the credential checksum validators.
import promptguard.recognizers.secret_validators as _secret_validators  # noqa: F401
from promptguard._lazyre import lazy
from promptguard.config.schema import RecognizerSpec
from promptguard.findings import Finding, Suppression
from promptguard.recognizers.base import Recognizer
from promptguard.recognizers.pattern import sentence_goes_on
from promptguard.recognizers.regex import TextBuffer, re2_options, re2_spans
from promptguard.recognizers.registry import recognizer_type
from promptguard.recognizers.secret_validators import (
    DOCUMENTED_EXAMPLES,
    is_masked_token,
    prose_passphrase,
    technical_name,
)
from promptguard.recognizers.secret_values import (
    _MASK_RUN,
    _PASSPHRASE_MAX,
    _PASSPHRASE_WORDS,
    _TEMPLATE,
    _TEMPLATE_LEADS,
    FilterVerdict,
    _bar,
    _interleaved_sequence,
    _is_pathlike,
    _is_placeholder,
    _prefixed_hex,
    _sequential_at_least,
    alphabet_of,
    assignment_in_config,
    assignment_in_table,
    decoded_token,
    in_table_column,
    is_placeholder,
    secret_filter,
    table_value_cells,
    typed_letters,
)
from promptguard.recognizers.validators import validator

__all__ = [
    "EntropyOptions",
    "EntropyRecognizer",
    "basic_auth_credentials",
    "not_placeholder",
    "password_value",
    "secret_value",
]

# ------------------------------------------------------------------ recognizer
# Secret-like names, as they appear in .env, YAML, JSON, code and CLI flags. ``pass`` and
# ``pw`` are short, so they only count as a whole name segment (DB_PASS, -pw).
_PASSWORD_NAME = (
    r"(?:pa?s{1,2}wo?r?d|passphrase|passcode|pwd|pass|pw|senha|passwort|contrase[nñ]a|mot_de_passe|"  # noqa: S105
    r"kennwort|wachtwoord|parole|haslo|"
    # Wi-Fi / VPN pre-shared keys are passwords people type (wpa_supplicant psk=, hostapd
    # wpa_passphrase=, IPsec / Windows VPN PreSharedKey); "psk" only as a whole name segment.
    r"psk|pre[_\-]?shared[_\-]?key)"
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
_NAME_CHARS = "".join(sorted(_NAME_SET))
# A type between the name and "=": Bicep "param adminPassword string = '...'", Go "var apiKey
# string = ...", VB "Const ApiKey As String = ...".
_TYPED = r"[ \t]+(?:[Aa]s[ \t]+)?(?:[Ss]ecure)?[Ss]tring[ \t]*=(?!=)"
# After the name: an optional closing quote, the separator (= : := => == != "is '" a Python
# annotation ": str =" or plain whitespace for CLI flags), an optional opening quote, the value.
# Anchored at the name's end, so Python's engine never scans: bounded and fast.
_SEP_VALUE = lazy(
    # JSON logged inside a string escapes its quotes: {\"password\":\"...\"}.
    # A subscript's closing quote and bracket: os.environ["DB_PASSWORD"] = ..., ENV['API_TOKEN'] = ...
    # {"key": "x-api-key", "value": ...}; CloudFormation's {"ParameterKey": ..., "ParameterValue": ...}
    # and the AWS CLI's shorthand of it, "ParameterKey=DBPassword,ParameterValue=...".
    r"\\?(?:[\"']\]?|\])?[ \t]*(?:,[ \t]*\"(?:ParameterV|v)alue\"[ \t]*:|,ParameterValue=|"
    # Rust's borrowed types: const API_TOKEN: &str = "...", static KEY: &'static str = "...".
    r":[ \t]*&?(?:'static[ \t]+)?[A-Za-z_][A-Za-z0-9_.|\[\] ]{0,24}?[ \t]*=(?!=)|"
    + _TYPED  # a typed declaration
    + r"|:=|=>|!==|===|!=|==|=|:|"
    # A table cell in docs ("| DB_PASSWORD | value |", "`API_KEY` | `value`"; _judge checks the
    # row), an escaped tab of code kept in a JSON string (a notebook's "#define\\tPASS\\t\\"...\\"").
    r"`?[ \t]*\|[ \t]*|\\t|"
    r"[ \t]+is:?[ \t]+|[ \t])[ \t]*(?:&quot;|&#34;|&#39;|&apos;)?"  # HTML-escaped quotes
    # A literal decoded in place is the secret written out: Go jwtKey = []byte("..."), Python
    # bytes.fromhex("...") / base64.b64decode("..."), Node Buffer.from("...", "base64").
    # C# Convert.FromHexString / FromBase64String, Java Hex.decodeHex / Base64.getDecoder().decode,
    # PHP hex2bin / base64_decode: the same in other languages.
    r"(?:\[\]byte\(|(?:bytes\.fromhex|(?:base64\.)?(?:urlsafe_|standard_)?b64decode|(?:binascii\.)?unhexlify|"
    r"Buffer\.from|atob|hex\.DecodeString|base64\.StdEncoding\.DecodeString|Convert\.From(?:Hex|Base64)String|"
    r"Hex\.decodeHex|Base64\.getDecoder\(\)\.decode|hex2bin|base64_decode)\()?"
    # A quoted value runs to its closing quote (Django keys hold "(", passphrases spaces);
    # an unquoted one stops at spaces, quotes and brackets. A Python triple quote opens a value
    # like one quote (the unquoted form below reads it up to the closing quotes).
    r"(?:'''|\"\"\")?"
    r"(?:\x1b\[[0-9;]{0,16}m)?"  # a value printed in colour by a logger ("token=\x1b[33m...")
    r"(?:[br]?\\?\"([^\"\n\\]{3,256})\\?\"|[br]?'([^'\n\\]{3,256})'|`([^`\n]{3,256})`|"
    # ODBC / ADO.NET quote a value holding ";" or "=" in braces: "Pwd={a;b=c};" (the driver docs'
    # connection-string syntax). Only a braced value that ends the element: "{bcrypt}$2a$..." is a hash.
    r"\{([^{}\n]{3,256})\}(?=[;\"'\s]|$)|"
    # Tried only when the above fail: a backslash inside a quoted value is one of its characters
    # ("7`D'}/vYR)T;W\\5]E..."), except before the closing quote (escaped quotes in logged JSON).
    r"\"((?:[^\"\n\\]|\\[^\"\n\\]){3,256})\"|'((?:[^'\n\\]|\\[^'\n\\]){3,256})'|"
    r"[\"'`]?([^\s\"'`,;<>()\[\]{}\x1b]{3,256}))"
)
# Fast paths of _SEP_VALUE for the commonest shapes: "NAME=value" (.env, query strings, logs) and a
# quoted value after "=" or ":" ('API_KEY = "..."', '"token": "..."'). Each matches only where
# _SEP_VALUE's first successful path is its own, with the same value group: the alternatives
# _SEP_VALUE tries before it ("==", "=>", ":=", a Rust "'static" type, an HTML-escaped quote, a
# decoding call "atob(", a triple quote, b"..." / r"...", an escaped quote) are ruled out by the
# lookaheads and classes below, and on anything else these fail and _SEP_VALUE decides. Why: the
# big regex was ~2% of a new 2 KB prompt's scan with the secrets pack (a lockstep A/B with it
# stubbed out), its code cold in cache on every text; these two are small.
_PLAIN_AFTER_EQUALS = lazy(r"=(?![=>&\\]|[br][\"'\\])([^\s\"'`,;<>()\[\]{}\x1b]{3,256}+)(?!\()")
_QUOTED_AFTER_SEP = lazy(r"[\"']?[ \t]*[=:][ \t]*(?!'static[ \t])(?:\"([^\"\n\\]{3,256})\"|'([^'\n\\]{3,256})')")


def _sep_value_fast(text: str, at: int) -> re.Match[str] | None:
    """``_SEP_VALUE.match(text, at)`` for the shapes of :data:`_PLAIN_AFTER_EQUALS` and
    :data:`_QUOTED_AFTER_SEP` (the value is the last group, as there), else None: ask
    ``_SEP_VALUE`` then."""
    if text[at : at + 1] == "=":
        plain = _PLAIN_AFTER_EQUALS.match(text, at)
        if plain is not None:
            return plain
    return _QUOTED_AFTER_SEP.match(text, at)


_XML_KV_RE = lazy(_XML_KV)
# Attribute pairs that name the setting in "name" (JNDI / Tomcat <Property name="password" value="..."/>,
# Spring <property name="password" value="..."/>, Ant/NAnt <param>): password names only, since
# HTML forms use the same pair for CSRF tokens and other non-secrets (<input name="csrf_token" value=...>).
_XML_NV = (
    r"(?i)\bname\s*=\s*\"(?P<name>[^\"]{0,40}" + _PASSWORD_NAME + r"[^\"]{0,20})\"\s+value\s*=\s*\""
    r"(?P<value>[^\"\s]{3,256})\""
)
_XML_NV_RE = lazy(_XML_NV)
# Maven settings.xml, Tomcat users, Spring XML: <password>value</password>, <ns:apiToken>v</ns:apiToken>.
_XML_ELEM_RE = lazy(r"<(?P<name>[A-Za-z_][A-Za-z0-9_.:\-]{0,60})>(?P<value>[^<>\s]{3,256})</")
# Property lists (Info.plist, launchd, .mobileconfig): "<key>NAME</key>" then the value's element.
# The key's text is the setting's name, not a value of an element named "key"; a "<string>" value
# is read under that name ("<key>RevenueCatSecretKey</key><string>sk_...</string>").
_PLIST_PAIR_RE = lazy(r"<key>(?P<name>[^<>\n]{1,80})</key>\s*<string>(?P<value>[^<>\s]{3,256})</string>")
_PLIST_VALUE_NEXT = lazy(r"</key>\s*<(?:string|integer|real|true|false|date|data|dict|array)\b")
# Prose: "the password for the user "ci-bot" is "...", "password for master: ...", "password for the
# shared finance mailbox is ...": the words (up to three) between the name and the separator are skipped.
_PROSE_FOR = lazy(
    r"[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?(?:[\w.@\-]{1,40}|\"[^\"\n]{1,40}\"|'[^'\n]{1,40}')"
    r"(?:[ \t]+(?:[\w.@\-]{1,40}|\"[^\"\n]{1,40}\"|'[^'\n]{1,40}')){0,2}?(?=[ \t]*:[ \t]*\S|[ \t]+is[ \t])"
)
# Stage one of the search (no captures, so RE2 stays on its DFA): a secret-like word followed
# by a separator: "=", ":", "!=", "is '", a quoted value after a space, or, for CLI flags
# (--password x) and #define / %global / set / export lines, a bare value after a space.
_NAMES = "(?:" + _PASSWORD_NAME + "|" + _SECRET_NAME + ")"
_HINT_LEAD = lazy(r"[ \t]+|(?:define|global|set(?:env)?|export)(?:[ \t]|\\t)+", re.IGNORECASE)
# The characters _HINT_LEAD can start with (IGNORECASE folds the long s "ſ" to "s"): most
# hints start at the name itself, and a set test spares them the regex call.
_HINT_LEAD_FIRST = frozenset(" \tdDgGsSeE\u017f")
# The name's cell border, then an empty cell ("| DB_PASSWORD |  | <value> |").
_EMPTY_CELL = lazy(r"`?[ \t]*\|[ \t]*\|")
_NAME_RUN = lazy(r"[A-Za-z0-9_.\-]{1,64}")
# The runs around the name are unbounded (``*``): this pass only says where to look; the
# name, its separator and its value are then read by hand with their own bounds (_NAME_RUN's
# 64 characters, _SEP_VALUE). A counted run ({0,24}) made RE2 build a DFA state per count on
# every text it had not seen: measured with callgrind on new 2 KB prompts, 130k -> 74k
# instructions per text for this pass, with the same assignments found over 17,000 texts of the
# shared corpora and benchmark prompts (a name more than 24 characters past its keyword,
# DB_PASSWORD_PRIMARY_REPLICATION_USER_EU_WEST=..., is now read too).
_HINT = (
    r"(?i)" + _NAMES + r"[A-Za-z0-9_.\-]*(?:\\?(?:[\"']\]?|\])?[ \t]*[:=!]|[ \t]+is[ \t]+[\"']|[ \t]+[\"']"
    r"|[ \t]+(?:as[ \t]+)?(?:secure)?string[ \t]*="
    # A name / value object (Postman and Insomnia exports, HAR headers, Kubernetes env as JSON):
    # {"key": "x-api-key", "value": "..."}; _judge checks the "key" / "name" field before it.
    r"|\"[ \t]*,[ \t]*\"(?:parameter)?value\"|,parametervalue="
    # A table row in docs ("| DB_PASSWORD | value |", "`API_KEY` | `value`") or aligned columns
    # ("DB_PASSWORD      value", a tab in a TSV row); assignment_in_table checks the row. In this
    # group, not as an alternative of its own anchored at a line start: sharing the name's states
    # keeps the set pass as cheap as before (measured with callgrind on new 2 KB texts).
    # Empty cells may stand between ("| DB_PASSWORD |  | <value> |": a description column left blank).
    r"|`?[ \t]*\|[ \t|]*`?[^\s|`]|(?:\t|[ \t]{2,})[^\s|])"
    r"|(?:^|[ \t])--?[A-Za-z0-9_.\-]*" + _NAMES + r"[A-Za-z0-9_.\-]*[ \t]+[^\s\-]"
    # "\\t": code kept in a JSON string (notebook cells, logged source) escapes its tabs.
    # Apache SetEnv and csh setenv: "SetEnv DB_PASS value" (the space is the assignment).
    r"|(?:define|global|\bset(?:env)?|export)(?:[ \t]|\\t)+[A-Za-z0-9_.\-]*"
    + _NAMES
    # Prose, password names only: "the password is Tr0ub4dor&3", "Your temporary password is: ...",
    # "password for admin: ...".
    + r"|(?:pa?s{1,2}wo?r?d|passphrase|passcode)[A-Za-z0-9_.\-]*[ \t]+(?:is:?|for|of)[ \t]+\S"
)
# Gates for the XML forms below, one per regex: an element whose name is secret-like
# (<password>, <ns:apiToken>) and a .NET <add key="...Password..." setting.
_XML_HINT = (
    r"(?i)<[A-Za-z0-9_.:\-]*" + _NAMES + r"[A-Za-z0-9_.:\-]*>"
    r"|key[ \t]*=[ \t]*\"[^\"\n]*" + _NAMES + r"|name[ \t]*=[ \t]*\"[^\"\n]*" + _PASSWORD_NAME
)
_XML_KEY_HINT = re.compile(rb"(?i)(?:key|name)[ \t]*=[ \t]*\"")
_PW_SEGMENT = lazy(r"(?:^|[^a-z])" + _PASSWORD_NAME + r"(?:$|[^a-z])")
_PW_ANYWHERE = lazy(r"passw|passphrase|passcode")
# "pass" glued to what it unlocks: mysqlpass, dbpass, smtppass, rootpass (not bypass, compass...);
# "pw" / "pwd" the same (rootpw is kickstart's and slapd's, dbpwd, adminpw).
_PW_COMPOUND = lazy(
    r"(?:^|[^a-z])(?:my|pg|postgres|db|sql|mysql|mssql|mongo|redis|rabbit|amqp|smtp|mail|imap|pop3?|s?ftp|ldap|"
    r"admin|root|user|super|master|proxy|wifi|vnc|ssh|bind|keystore|store)(?:pass(?:wd)?|pwd?)(?:$|[^a-z])"
)
# One-word compounds ending in a secret word: "jwtsecret", "authtoken", "stripeapikey".
# Only the unambiguous words: "-key" compounds are often not secrets (hotkey, monkey).
# The leading word has 3+ characters ("jwt", "auth", "csrf"): "sstoken" is an opaque URL parameter.
_SECRET_SUFFIX = lazy(r"(?:^|[^a-z0-9])[a-z0-9]{3,}(?:secret|token|apikey|secretkey|accesskey|privatekey)s?$")
_SECRET_SEGMENT = lazy(r"(?:^|[^a-z])" + _SECRET_NAME + r"s?(?:$|[^a-z])")
# Names that contain a secret word but name something public or structural.
_NOT_SECRET_NAME = lazy(
    r"(?i)(?:^|[_\-.])(?:public|pub|id|ids|name|names|type|types|length|len|size|url|uri|path|file|dir|"
    r"endpoint|host|field|label|policy|hint|prompt|count|max|min|timeout|ttl|expiry|expires|"
    r"format|header|prefix|mode|enabled|required|id_token_hint|domain|callback|issuer|audience|scope|realm|"
    r"region|user|username|email|login|account|version|hash|hashed|digest|change|changed|fail|failed|identity|"
    # A digest of the secret ("--sse-customer-key-md5", "secret_sha256") and Vault's token accessor
    # ("token_accessor": it looks a token up or revokes it, it does not authenticate).
    r"md5|sha1|sha256|sha512|crc32c?|accessor|"
    # An AWS resource name ("secret_arn", "SecretArn", "token_arn"): where the secret lives, not the secret.
    r"arn|"
    r"expired|update|updated|event|events|reset|length|policy|strength|confirm|confirmation|"
    # An exception class in a stack trace ("AuthenticationException: Authenticate on every send",
    # "InvalidTokenError: token expired"): the colon starts its message, not a value.
    r"exception|error|errors|warning|"
    # UI code: what finds or styles the password box ("passwordSelector: 'login-form-input'").
    r"selector|locator|class|classname|css|xpath|element|input|widget|testid|test_id)$|keyboard|keyword|keyspace|monkey|donkey|"
    r"turkey|hockey|jockey|tokeniz|token_type|tokens_|max_tokens|primary_?key|foreign_?key|sort_?key|"
    r"partition_?key|cache_?key|idempotency|key_?id$|keyid|passenger|passport(?![a-z_]*(?:token|secret))|bypass|compass|"
    r"passive|passthrough|pass_?through|password_?(?:reset|confirm|policy|hash|field|label|length|strength)|"
    # A command that prints the password (msmtp "passwordeval", offlineimap "remotepasseval",
    # "password_command", "pass_cmd"): its value is the command, not the password (s18 blind20).
    r"pass(?:wor)?d?_?(?:eval|cmd|command)$|"
    # A checksum of a secret is a hash of it (secret_checksum, config-checksum): only as the last
    # part; "PAYTM_CHECKSUM_KEY", "checksum_secret_key" are keys. ("checksum/secret" pod
    # annotations: the "/" path test of the scan.)
    r"checksum$|"
    r"(?:^|[_\-.])authors?(?:_info|_name)?$|"
    # Keys published on purpose: Stripe / Supabase publishable keys, VAPID and other public keys.
    r"publishable|(?:^|[_\-.])pub(?:lic)?[_\-.]?key|"
    # Pagination cursors (searchToken, nextPageToken, continuation_token): position, not access.
    r"(?:search|page|next|continuation|sync|cursor|resume|pagination)_?token"
)
_MEMO = threading.local()
_MEMO_KEYS = {False: ("buf", "matches"), True: ("every_buf", "every")}  # EntropyRecognizer._matches
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
# Two more words after the value: a sentence goes on ("mindestens 12 Zeichen"), where a note
# ("password: keep empty") or a comment does not.
_WORD_AFTER = lazy(r"[ \t]+[^\W_]+[ \t,]+[^\W_]")
# The label of a password's rules, not of a password ("Passwort-Richtlinie", "password policy").
_POLICY_LABEL = lazy(
    r"(?i)richtlinie|polic(?:y|ies)|regeln|requirement|rules?\b|length|l\u00e4nge|anforderung|complexity|"
    r"strength|politique|pol\u00edtica|politica|r\u00e8gles|reglas|regole|requisit|exigence|minimum|mindest|"
    r"maximum|m\u00ednimo|minimo|m\u00e1ximo|massimo|maximal|minimal"
)
_INNER_KEY = lazy(r"^[A-Za-z_]{1,12}[ \t]*[:=][ \t]*(?=\S)")
# The prose separator: "the password is ...".
_PROSE_IS = lazy(r"[ \t]+is:?[ \t]+")
_KEYED = lazy(r"^\\?(?:[\"']\]?|\])?\s*(?::=|=>|=|:|!=|==|>|\s+is:?\s+)")
_SPACE_QUOTE = lazy(r"[ \t]+[\"']")
_TYPED_SEP = lazy(_TYPED)
# A name / value object: '"x-api-key", "value": "..."' after '"key": ' or '"name": ' (CloudFormation
# parameter files: '"DBPassword", "ParameterValue": "..."' after '"ParameterKey": ').
_NAME_VALUE_SEP = lazy(r"\"[ \t]*,[ \t]*\"(?:ParameterV|v)alue\"[ \t]*:")
_NAME_VALUE_KEY = lazy(r"\"(?:key|name|ParameterKey)\"[ \t]*:[ \t]*\"$")
_SHORT_NAME_BEFORE = frozenset(" \t\n\r\"'`(,{[-_./$:;|?&#<>*+")
_CAMEL = lazy(r"([a-z0-9])([A-Z])")
# "#define PASSWORD "x"", "%global token x", "set PASSWORD x": a space is the assignment.
_DEFINE = lazy(r"(?:#\s*define|%define|%global|\bset(?:env)?|\bSetEnv|\bexport|\bSET)(?:\s|\\t)+$")
_KEYWORDS = (
    "pass", "pwd", "pw", "psw", "pssw", "pasw", "secret", "token", "key", "auth", "cred", "bearer", "senha", "contrase",
    "psk",
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
        # No gate (Recognizer.gate) although "no hint, no assignment" holds: this regex is its
        # own gate. In the secrets pack's set it cost more than the pass it saved. Measured on
        # 2 KB PII-dense prompts: it opens on 72% of them (cache keys, API_BASE = "https://...",
        # Authorization headers), where the pass above runs anyway, and it made the set's pass
        # over a text it had not seen 6 us dearer (its keyword alternation multiplied the DFA
        # states of the other entries), where the pass alone costs ~5 us.

    def analyze(self, text: str) -> Iterable[Finding]:
        # Only kept values become findings, and nearly every assignment is dropped (cache keys,
        # URLs, "Bearer <token>" headers, variables): a few value-only tests that every kept
        # value passes (:func:`_may_keep`) settle most before the full judgement, which then
        # runs as in :meth:`candidates` (same findings; `explain` still names every filter).
        out: list[Finding] = []
        opts = self.options
        kind = opts.kind
        for name, name_start, start, end in self._matches(text)[kind]:
            value = text[start:end]
            if _as_read(text, name_start, name_start + len(name), start, end, value):
                # Nothing for _trim to cut or extend (most values: a quoted string, "key=<hex>"):
                # the value-only tests run on it as read, and _trim only where they keep it.
                if not _may_keep(kind, value, opts):
                    continue
                read: tuple[int, int, str, bool] = (start, end, value, False)
            else:
                trimmed = _trim(text, name, name_start, start, end)
                if trimmed is None or not _may_keep(kind, trimmed[2], opts):
                    continue
                read = trimmed
            if _not_a_name_here(text, name, name_start):
                continue
            found = self._judged(kind, name, name_start, text, *read)
            if found is not None and found[0] is not None:
                out.append(found[0])
        return out

    def _matches(self, text: str, *, urls: bool = False) -> dict[str, list[tuple[str, int, int, int]]]:
        """(name, name start, value start, value end) of every assignment :meth:`analyze` judges,
        per kind of name (``password``, ``secret``: each entry reads its own list, in text order);
        the password and the secret entries run on the same text one after the other, so the
        matches are kept per thread for the current scan and the search and name classification
        run once. Left out unless ``urls`` (:meth:`candidates`, which names every filter): the
        assignments whose value is a URL where the hint alone shows it (:data:`_URL_NEXT`),
        dropped whatever the options (:func:`_may_keep`).

        The memo is keyed by the scan's shared buffer (a new object per scan, see
        ``TextBuffer.of``), not by the text: scanning the same text again searches again, so a
        benchmark that rescans its prompts measures the real cost."""
        buf = TextBuffer.of(text)  # the scan's shared buffer: encoding and offset tables done once
        memo = _MEMO.__dict__
        buf_key, key = _MEMO_KEYS[urls]
        if memo.get(buf_key) is buf:
            return memo[key]  # type: ignore[no-any-return]
        matches = self._search(text, buf, urls=urls)
        memo[buf_key], memo[key] = buf, matches
        return matches

    def _search(self, text: str, buf: TextBuffer, *, urls: bool) -> dict[str, list[tuple[str, int, int, int]]]:
        found: list[tuple[str, int, int, int]] = []  # XML forms, classified below
        matches: dict[str, list[tuple[str, int, int, int]]] = {"password": [], "secret": []}
        # A capture-free RE2 pass finds secret-like words (microseconds); the name around
        # each is then widened by hand and the separator and value parsed with an anchored
        # match. One regex with the name, separator and value as groups costs ~100x more:
        # RE2 has to leave its DFA to extract submatches.
        spans = re2_spans(self._hint, buf.data)
        xml = _parse_hints(text, buf, spans, matches, urls=urls) if spans else False
        # XML forms only when the text has XML: one DFA pass over the shared bytes, where
        # three ``in`` tests on a 2 KB non-ASCII str cost ~7 us per text.
        if xml:
            for m in _XML_KV_RE.finditer(text):
                found.append((m.group("name"), m.start("name"), m.start("value"), m.end("value")))
            for m in _XML_NV_RE.finditer(text):
                found.append((m.group("name"), m.start("name"), m.start("value"), m.end("value")))
            for m in _XML_ELEM_RE.finditer(text):
                if m.group("name") == "key" and _PLIST_VALUE_NEXT.match(text, m.end("value")):
                    continue  # a property list's key names the next element's value
                found.append((m.group("name"), m.start("name"), m.start("value"), m.end("value")))
            if "<key>" in text:
                for m in _PLIST_PAIR_RE.finditer(text):
                    found.append((m.group("name"), m.start("name"), m.start("value"), m.end("value")))
        for name, name_start, start, end in found:
            kind = _name_kind(name, text, name_start)
            if kind is not None:
                matches[kind].append((name, name_start, start, end))
        return matches

    def suppressed(self, text: str) -> list[Suppression]:
        """Assignments of this kind that a false-positive filter dropped, and its name."""
        entity = self.entities[0]
        return [
            Suppression(entity, start, end, self.id, self.pack, f"filter {why or 'dropped'}")
            for finding, why, start, end in self.candidates(text)
            if finding is None
        ]

    def candidates(self, text: str) -> list[tuple[Finding | None, str | None, int, int]]:
        """Every assignment of this kind: kept (finding) or dropped (``None`` and the filter
        name), with the value's offsets."""
        out: list[tuple[Finding | None, str | None, int, int]] = []
        kind = self.options.kind
        for name, name_start, start, end in self._matches(text, urls=True)[kind]:
            if _not_a_name_here(text, name, name_start):
                continue
            trimmed = _trim(text, name, name_start, start, end)
            if trimmed is None:
                continue
            found = self._judged(kind, name, name_start, text, *trimmed)
            if found is not None:
                out.append(found)
        return out

    def _judged(
        self, kind: str, name: str, name_start: int, text: str, start: int, end: int, value: str, inner: bool
    ) -> tuple[Finding | None, str | None, int, int] | None:
        """One assignment's value (trimmed by :func:`_trim`): kept (a finding), dropped (``None``
        and the filter's name) or not an assignment at all (``None``)."""
        opts = self.options
        if value.startswith("arn:") or (text[name_start - 1 : name_start] == ":" and _in_arn(text, name_start)):
            # An ARN ("arn:aws:secretsmanager:<region>:<account>:secret:prod/db-Kx7Qp2", Terraform's
            # "[id=arn:...:secret:<name>|terraform-<version>]"): "secret" is the resource type of the
            # name that follows, and an ARN names where a secret lives, not the secret.
            return (None, "code_reference", start, end)
        if (name == "Key" and _S3_OBJECT_FIELDS.search(text, max(0, name_start - 300), end + 300) is not None) or (
            name == "--key" and "s3api " in text[text.rfind("\n", 0, name_start) + 1 : name_start]
        ):
            # An S3 object's key ("Key": "exports/_SUCCESS" beside its "ETag", "VersionId",
            # "StorageClass"; "aws s3api put-object ... --key exports/_SUCCESS"): it names the object,
            # a path (blind43s, s40).
            return (None, "code_reference", start, end)
        if value.startswith(("ENC[", "{AQAAABAAAAA")) or (
            len(value) >= 100 and "ncryptedData" in text[max(0, start - 4000) : start]
        ):
            # Ciphertext meant to be committed: SOPS ENC[AES256_GCM,...] values, Bitnami
            # SealedSecrets' spec.encryptedData (only the cluster's key decrypts them), Jenkins'
            # hudson.util.Secret "{AQAAABAAAAAQ...}" in credentials.xml and job configs (format
            # version 1, a 16-byte IV: only the controller's secrets/ keys decrypt it).
            return (None, "encrypted", start, end)
        if kind == "secret" and (" " in value or value.startswith(("http://", "https://"))):
            # Cheap, common drops before the parsing in _judge: a quoted phrase
            # ("Bearer <token>" is the header rules' job) or a URL (its credentials are
            # url_credentials'), as secret_filter and _PATHLIKE would decide.
            return (None, "prose" if " " in value else "code_reference", start, end)
        after = text[end : end + 1]
        if (
            kind == "secret"
            and after == " "
            and value.isalpha()
            and value[0].isupper()
            and value[1:].islower()
            and text[end + 1 : end + 2].islower()
        ):
            # A capitalised word and the sentence going on: Terraform's progress lines, where the
            # resource address looks like a name ("aws_lambda_function.token_rotator: Modifications
            # complete after 9s"), log messages ("auth: Authenticating user ...").
            return (None, "prose", start, end)
        if after == "(" or after == "[":
            # "token = hashlib.sha256(...)", "secret = settings[...]": code, not a value.
            return (None, "code_reference", start, end)
        if after == "<" and value.isalpha() and value[0].isupper() and text[end + 1 : end + 2].isalpha():
            # A generic type in a declaration ("password: Option<String>", "token: Box<str>",
            # "secret: Promise<string>"): the unquoted value stops at "<", leaving the type's name.
            return (None, "code_reference", start, end)
        # Values with a provider prefix (sk-ant-, ghp_, hf_...) are judged too: when the
        # provider rule matches, its finding outranks this one in overlap resolution (higher
        # score, specific entity); when a hand-edited or truncated token misses the rule's
        # exact length, this one still reports it under its secret-like name.
        verdict = self._judge(kind, name, value, text, name_start, start, inner)
        if verdict is None:
            return None
        kind, fv = verdict
        if not fv.keep:
            return (None, fv.filter, start, end)
        score = opts.score_password if kind == "password" else opts.score_secret
        finding = self.finding(
            start, end, score, pattern=f"assignment:{kind}:{fv.alphabet}", filters=(f"entropy={fv.entropy:.2f}",)
        )
        return (finding, None, start, end)

    def _judge(
        self, kind: str, name: str, value: str, text: str, name_start: int, value_start: int, inner_key: bool = False
    ) -> tuple[str, FilterVerdict] | None:
        # "pass"/"pw" as English words ("pass the test", "PW: high") only count in key=value shape.
        separator = text[name_start + len(name) : name_start + len(name) + 8]
        if (
            separator[:2] in ("= ", "=\t")
            and _ENV_FLAG_BEFORE.search(text, max(0, name_start - 16), name_start) is not None
        ):
            # "docker run -e PASSWORD= acme/cli:2.3": an empty value; the next argument is no value.
            return None
        if separator[:2] in (":?", ":+") and text[max(0, name_start - 2) : name_start] == "${":
            # "${DB_PASSWORD:?is not set}": a shell expansion's error message (":+" its alternate
            # word), not a value ("${DB_PASSWORD:-value}", a default, is env_fallback_password's).
            return None
        if separator.startswith('" '):  # <add key="..." value="...">
            separator = "="
        elif separator.startswith(("  ", "\t")):
            # Aligned columns (Terraform, .ini, YAML written by hand: "password          = ..."):
            # the run of blanks counts as one, so the separator is seen past it.
            window = text[name_start + len(name) : name_start + len(name) + 64]
            separator = " " + window.lstrip(" \t")[:8]
        line_before = text[max(0, name_start - 12) : name_start]
        keyed = (
            inner_key
            or bool(_KEYED.match(separator))
            or name.startswith("-")
            or bool(_DEFINE.search(line_before))
            or (kind == "password" and bool(_SPACE_QUOTE.match(text, name_start + len(name))))
            # A declaration with its type before "=" (Bicep "param x string = ...", VB "As String =").
            or _TYPED_SEP.match(text, name_start + len(name)) is not None
            # A property list's "<key>NAME</key>" and its "<string>" value (_PLIST_PAIR_RE).
            or text.startswith(("</key>", ",ParameterValue="), name_start + len(name))
            # {"key": "x-api-key", "value": "..."}: the value of the object that the name is the key of.
            or (
                _NAME_VALUE_SEP.match(text, name_start + len(name)) is not None
                and _NAME_VALUE_KEY.search(text, max(0, name_start - 20), name_start) is not None
            )
            # "| DB_PASSWORD | value |", "DB_PASSWORD      value": a table row or aligned columns
            # of a doc (the separator has a "|" or two spaces or a tab; the row shape is checked).
            or (
                text[value_start - 1 : value_start] in " \t`"
                and assignment_in_table(text, name_start, name_start + len(name), value_start, value_start + len(value))
            )
            # The value column a table's header names, further right ("| apiKey | secret | | <value> |").
            or in_table_column(text, name_start, name_start + len(name), value_start)
        )
        before_value = text[value_start - 1] if value_start > 0 else ""
        if before_value in _TYPOGRAPHIC_OPEN:
            before_value = '"'  # «...», „...“, 「...」: a quoted value (_trim dropped the quote)
        # A string literal, or an .env / YAML / CLI value (NAME=value, name: value).
        literal = (
            before_value in "\"'`"
            or before_value in "=:>"
            or (before_value in " \t" and text[max(0, value_start - 2)] in ":" and kind == "password")
            or name.startswith("-")
            # "the password is orbit.sierra.ginger.maple", "config set dbPassword harbor-sage-marble-kettle":
            # words joined like a generated passphrase are typed, where a bare word would be a variable.
            or (kind == "password" and before_value in " \t" and prose_passphrase(value))
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
        # A .env value, or a typed one (_typed_run), is a literal up to the next space, brackets
        # included (see _trim): judged as quoted, where an unquoted "(" would make it a call
        # ("SECRET_KEY=to6!wm-)i(^z*...", "password: Kq7#vRm2(Lp)x9").
        quoted = before_value in "\"'`" or (
            not _BRACKETS.isdisjoint(value)
            and (
                _env_line(text, name_start, value_start)
                or _typed_run(value, _after_colon(text, name_start + len(name), value_start))
            )
        )
        if (
            kind == "password"
            and not quoted
            and value.isalpha()
            and text[name_start + len(name) : value_start].strip() == ":"
            and _WORD_AFTER.match(text, value_end) is not None
            and _POLICY_LABEL.search(text, max(0, name_start - 24), value_end) is not None
        ):
            # "Passwort-Richtlinie: mindestens 12 Zeichen", "Password policy: minimum eight ...": a
            # label and a sentence, not a password (a typed one ends its line or has a digit or symbol).
            # Only after a label of rules or when the value is the rule's own word ("Passwords: minimum
            # 14 characters", a line of a policy list): "ssh password: Montreal and the user is root" is one.
            return kind, FilterVerdict(False, "prose", "", 0.0)
        if (
            kind == "password"
            and not quoted
            and "-" in value
            and _PROSE_IS.match(text, name_start + len(name)) is not None
            and technical_name(value)
        ):
            # "the wifi password is WPA3-Personal", "the password is OTP-123456 style": a sentence
            # names a standard or mode; "password: WPA3-Personal" in a config file stays judged.
            return kind, FilterVerdict(False, "prose", "", 0.0)
        fv = self._check(value, kind, name, literal=literal, connection=connection, quoted=quoted)
        if (
            kind == "password"
            and not quoted
            and fv.filter in ("identifier", "low_entropy")
            and assignment_in_config(text, name_start, name_start + len(name), value_start, value_end)
        ):
            # A word dropped as a variable name: in an .ini / .env / YAML block or a PHP bareword
            # it is the password someone typed. Judged again only for these few drops.
            min_len = self.options.password_min_length
            fv = secret_filter(value, kind=kind, name=name, password_min_length=min_len, literal=True, config=True)
        return kind, fv

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
    if not v or v in DOCUMENTED_EXAMPLES or "EXAMPLE" in v or v[0] in "${":
        return False
    if v[0] == "%" and _PERCENT_TEMPLATE.match(v):
        # "%(password)s", "%s", "%DB_PASS%", "%1": a template or a batch variable. Any other
        # leading "%" ("%FsY...=i") is the first character of a typed or generated password.
        return False
    # Three distinct leading characters already make three distinct ones: no set built.
    few = (len(v) < 3 or v[0] == v[1] or v[0] == v[2] or v[1] == v[2]) and len(set(v)) < 3
    if (v[0] in _TEMPLATE_LEADS and _TEMPLATE.match(v)) or (_may_hold_mask_run(v) and _MASK_RUN.search(v)) or few:
        return False
    if len(v) >= 6 and (_sequential_at_least(v, 0.75) or _interleaved_sequence(v)):
        return False
    if _is_placeholder(v, masks=False):
        return False
    return None


# Every byte but the ASCII characters _MASK_RUN is made of ("xX*.#_-"), for a translate that keeps those.
_NOT_MASK_BYTES = bytes(b for b in range(256) if b not in b"xX*.#_-")


def _may_hold_mask_run(v: str) -> bool:
    """False when ``_MASK_RUN`` cannot match ``v``: an ASCII value (no "•", no "…") with fewer
    than three of its characters, which its shortest form ("...") needs. One translate, where the
    regex tries every start (~1 us on a 40-character token, the common value here)."""
    return not v.isascii() or len(v.encode("ascii").translate(None, _NOT_MASK_BYTES)) >= 3


# The "%" forms that stand for a value: printf-style "%(name)s" / "%s" / "%d", Windows "%NAME%", batch
# arguments "%1" and "%~1".
_PERCENT_TEMPLATE = lazy(r"%(?:\([^)]*\)[sdr]?|[sdr]$|[A-Za-z_][A-Za-z0-9_]*%|~?[0-9*]$|~[a-z]*[0-9])")


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
    if value in DOCUMENTED_EXAMPLES or is_masked_token(value, runs=False):
        return False
    try:
        decoded = base64.b64decode(value + "=" * (-len(value) % 4), validate=True).decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None  # not text: a token sent as Basic credentials, judged by its shape alone
    _, colon, password = decoded.partition(":")
    if colon and (not password or is_placeholder(password) or _VARIABLE_REF.match(password) is not None):
        return False
    return None


# A shell or Windows variable where the password would be ("$DB_PASS", "${PASS}", "$(cat f)",
# "%DB_PASS%"); a generated password may start with "%" or "$" too ("%5eT6iKboQ6", "$3cr3t!x9").
_VARIABLE_REF = lazy(r"\$(?:[{(]|[A-Za-z_][A-Za-z0-9_]*$)|%[A-Za-z_][A-Za-z0-9_]*%")


def _parse_hints(
    text: str,
    buf: TextBuffer,
    spans: list[tuple[int, int]],
    matches: dict[str, list[tuple[str, int, int, int]]],
    *,
    urls: bool = True,
) -> bool:
    """Appends ``(name, name start, value start, value end)`` to ``matches[kind]`` for each hint
    span that is an assignment to a secret-like name; True when a hint is one of the XML forms' gates.
    ``urls=False``: not the assignments of a URL that the hint shows (:data:`_URL_NEXT`).

    Runs on every text with a hint, once per hint (1-2 per 2 KB prompt): the module's
    regexes and sets are bound to locals, and the name is classified on its own (cached) before
    the tests that read its surroundings, since most rejected names (``AWS_ACCESS_KEY_ID``,
    ``primary_key``) are rejected by the name alone."""
    xml = False
    data = buf.data
    ascii_text = buf.ascii  # byte and character offsets are the same
    if not ascii_text:  # TextBuffer.char_offset's lookup, without a method call per hint
        ends, extra = buf.tables()
    seen: set[int] = set()
    name_chars, lead_first = _NAME_CHARS, _HINT_LEAD_FIRST
    url_next, name_and_sep = _URL_NEXT.match, _NAME_AND_SEP.fullmatch
    name_run, prose_for, sep_value, classify = _NAME_RUN.match, _PROSE_FOR.match, _SEP_VALUE.match, _classify_name
    for hint_start, hint_end in spans:
        first = data[hint_start]
        if first == 60:  # "<": an element named like a secret, only a gate
            xml = True
            continue
        if (
            not urls
            and data[hint_end - 1] in b":="
            and url_next(data, hint_end)
            and name_and_sep(data, hint_start, hint_end)
        ):
            continue  # a URL assigned to the name: dropped whatever the options (_URL_NEXT)
        if (
            first in (75, 107, 78, 110)  # "K"/"k", "N"/"n": <add key="...Password" ...>, name="password" value=...
            and hint_end - hint_start > 4
            and data[hint_end - 1] != 61
            and _XML_KEY_HINT.match(data, hint_start)
        ):
            xml = True  # <add key="...Password" ...>: a gate, then parsed like any "key=" hint
        s0 = hint_start if ascii_text else hint_start - extra[bisect_right(ends, hint_start) - 1]
        if text[s0] in lead_first:
            lead = _HINT_LEAD.match(text, s0)  # CLI / #define alternatives start before the name
            if lead is not None:
                s0 = lead.end()
        # The name's start: up to 40 name characters back (str.rstrip walks them in C).
        window = text[s0 - 40 if s0 > 40 else 0 : s0]
        a = s0 - len(window) + len(window.rstrip(name_chars))
        if a < s0 and a > 0 and text[a - 1] == "\\" and text[a] in "nrt":
            a += 1  # "...\\ntoken=..." in an escaped JSON string: the n belongs to the escape
        if a in seen:
            continue
        run = name_run(text, s0)
        b = run.end() if run is not None else s0
        if text[b : b + 1] in " \t":
            prose = prose_for(text, b)
            if prose is not None:
                b = prose.end()
        name = text[a:b]
        if text[b : b + 2] in ("= ", "=\t") and _random_run(name):
            continue  # "secret-live-<base64>= acme/cli": a token's padding before a space, no "name = value"
        # _name_kind's three tests, the name-only one first (all three only reject).
        kind = classify(name)
        if kind is None:
            continue
        # What stands before the name ("]PW:" in junk, "cache key: ...") is read later, only for
        # the values that pass the value-only tests (_not_a_name_here): most are dropped by them.
        sep = _sep_value_fast(text, b) or sep_value(text, b)
        if sep is None:
            if _EMPTY_CELL.match(text, b) is not None:
                # "| DB_PASSWORD |  | <value> |": the cell after the name's is empty; the header may
                # name a value column further right (table_value_cells), else there is no value.
                cells = table_value_cells(text, a)
                if cells:
                    seen.add(a)
                    matches[kind].extend((name, a, start, end) for start, end in cells)
            continue
        seen.add(a)
        # The value forms are alternatives: the one that matched is the last group.
        group = sep.lastindex
        if group is None:  # pragma: no cover - every value form is a group
            continue
        value_start, value_end = sep.span(group)
        if "|" in text[b:value_start]:
            # A row of a table with more columns: its header may say the value is further right
            # ("| apiKey | secret | | <value> |": Postman's Type, Initial and Current value).
            cells = table_value_cells(text, a)
            if cells is not None:
                matches[kind].extend((name, a, start, end) for start, end in cells)
                continue
        matches[kind].append((name, a, value_start, value_end))
    return xml


# A command's environment flag right before a name ("docker run -e NAME=", "--build-arg NAME=").
_ENV_FLAG_BEFORE = lazy(r"(?:^|\s)(?:-e|--env|--build-arg)[ \t=]+$")
_ALNUM_RUN = lazy(r"[A-Za-z0-9]{16,}")


def _random_run(name: str) -> bool:
    """Whether ``name`` holds 16+ letters and digits mixing upper case, lower case and digits: a
    token's body, which no variable name is made of."""
    for m in _ALNUM_RUN.finditer(name):
        run = m.group()
        if not run.isalpha() and not run.isdigit() and not run.islower() and not run.isupper():
            return True
    return False


# What analyze leaves unparsed (_parse_hints with urls=False): a hint that is a name and "=" or
# ":" (after a quote or bracket that closes the name, and blanks), then a URL, maybe quoted
# ("API_BASE = \"https://...", "url: https://..."; common in code: ~0.4k bytecodes each to parse
# and judge). The parse would read the URL as the value: the name is the hint's run of name
# characters (no lead, at most 64, no prose after it), and every separator form _SEP_VALUE tries
# before "=" and ":" ("==", "=>", ":=", a Rust type, a decoding call, a triple quote) needs what
# a URL does not start with. A value starting with "http://" or "https://" is a code reference to
# _may_keep whatever the options and whatever _trim cuts (which never moves the start of a value
# after "=", ":" or a quote). A later hint never shares this name's start (its separator is not
# a name character), so leaving it out leaves the other hints' parse as it was.
_NAME_AND_SEP = re.compile(rb"[A-Za-z0-9_.\-]{1,64}(?:\\?(?:[\"']\]?|\]))?[ \t]*[:=]")
_URL_NEXT = re.compile(rb"[ \t]*[\"'`]?https?://")


def _not_a_name_here(text: str, name: str, name_start: int) -> bool:
    """Whether what stands before a secret-like name says it is no secret's name here: a short one
    glued to other characters ("PW:" inside uuencoded or minified junk, "]PW:2Z.Q?"), or a one-word
    name whose word before says what it names ("cache key: build-...", "primary key = ...";
    "checksum/secret: <sha256>", a Helm annotation, names a hash of the secret).

    The tests of :func:`_name_kind` that read the text, run on every assignment found from a hint
    after the cheaper value-only tests of :meth:`EntropyRecognizer.analyze` (most values are
    dropped there). The XML forms' names passed :func:`_name_kind` already (they follow a quote or
    a bracket, never a space or "/")."""
    before = text[name_start - 1] if name_start > 0 else ""
    if before and before not in _SHORT_NAME_BEFORE and len(name.strip("\"'.-_")) <= 4:
        return True
    if (before == " " or before == "/") and name_start > 1 and name.isalpha():
        word = _word_before(text, name_start - 24 if name_start > 24 else 0, name_start - 1)
        return bool(word) and (_not_secret_compound(word, name) or (before == "/" and word.lower() == "checksum"))
    return False


def _as_read(text: str, name_start: int, name_end: int, start: int, end: int, value: str) -> bool:
    """True when :func:`_trim` returns ``(start, end, value, False)`` for this value as read: each
    of its cuts and extensions has its trigger ruled out here, with a few character tests. The
    analyzer runs the value-only rejections (:func:`_may_keep`) straight on such a value; nearly
    every assignment is dropped there, so most never reach :func:`_trim`."""
    if not value or not value.isascii() or "\\" in value or value[-1] in ".:!?\\":
        return False  # a non-ASCII or escaped cut, trailing punctuation stripped
    if name_start > 0 and text[name_start - 1] in "?&" and "&" in value:
        return False  # a URL query parameter cut at the next "&"
    if text[start - 1 : start] in ('"', "'", "`"):
        return end - start > 8  # a short quoted value may be a concatenation (_concatenated)
    stop = text[end : end + 1]
    if stop and stop in _RUN_STOPS:
        return False  # an unquoted value that may run on over brackets and separators
    # Blanks alone between the name and the value: an inner key may be cut off (_INNER_KEY).
    return not (text[name_end : name_end + 1] == " " and not text[name_end:start].strip(" \t"))


def _trim(text: str, name: str, name_start: int, start: int, end: int) -> tuple[int, int, str, bool] | None:
    """The value of an assignment as judged: ``(start, end, value, inner key)``, or ``None``
    when nothing is left of it."""
    value = text[start:end]
    # "SECRET KEY: abc": the name had a space, the value starts after the inner colon.
    # Only when the name was followed by a space: "key=session:<sha>" is a cache key.
    # Not inside quotes ('admin_pwd = "F=v!sK7^Zk-y"', '#define PASS "l=AjAm..."'): a quoted value
    # runs to the closing quote and an inner "=" is one of its characters.
    quoted = text[start - 1 : start] in ('"', "'", "`")
    if quoted and end - start <= 8:
        joined = _concatenated(text, start, end)
        if joined is not None:
            start, end = joined
            value = text[start:end]
    stop = text[end : end + 1]
    if not quoted and stop and stop in _RUN_STOPS:
        # A .env line ("SECRET_KEY=to6!wm-)i(^z*..."): the unquoted value runs to the next space,
        # brackets included (Django's key alphabet has them). Elsewhere an unquoted value stops
        # at a bracket ("token = get_token()" is code), which left the rest of a typed value in the
        # text ("password: Kq7#vRm2(Lp)x9", "my password is ..."): there it runs on too when what
        # comes before the bracket is no name of code (_typed_run), up to a closing bracket that
        # closes nothing ("(my password is ...)"). On a config line (.env, YAML, "NAME = value")
        # it also runs over ",", ";", "<", ">" ("DB_PASSWORD=Kq7;vRm2Lpx9"), unless what follows
        # is a list of settings ("min:8;max:64", "Password=...;Database=shop"). A "," or ";" that
        # ends the run ends the statement ("export PW=...; npm start"). Not over a template glued
        # to the value ("API_KEY=<key>${SUFFIX}"): the whole would be judged a template and the
        # key dropped.
        run = _NON_SPACE_RUN.match(text, end)  # `{0,N}`: it always matches, maybe empty
        run_end = run.end() if run is not None else end
        # A run as long as the bound is no typed value (a minified line, a blob): the value stays as
        # read. Bounded, so a long line of hints ("k=v,k=v,..." 200 KB without a space) costs each
        # hint at most the bound, not the rest of the line (quadratic before).
        tail = text[end:run_end] if run_end - end < _RUN_BOUND else ""
        if tail and not any(marker in text[end - 1 : run_end] for marker in _TEMPLATE_MARKERS):
            whole = value + tail
            if stop in _BRACKETS:
                if _env_line(text, name_start, start):
                    if not _code_run(whole):
                        end += len(tail)
                elif _typed_run(whole, _after_colon(text, name_start + len(name), start)):
                    end += _unclosed(whole, len(value)) - len(value)
            elif (
                "=" not in tail
                and ":" not in tail
                and _config_line(text, name_start, start)
                and not all(_LIST_WORD.match(part) for part in _LIST_SPLIT.split(whole.rstrip(",;")))
            ):
                end += len(tail)
            value = text[start:end].rstrip(",;")
            end = start + len(value)
    # Only when blanks alone separate the name from the value: after "=" or ":" an inner "=" is one of
    # the value's characters (xcconfig "API_CLIENT_SECRET = L=bBkd%jhp...").
    name_end = name_start + len(name)
    spaced = not quoted and text[name_end : name_end + 1] == " " and not text[name_end:start].strip(" \t")
    inner = _INNER_KEY.match(value) if spaced else None
    if inner is not None:
        start += inner.end()
        value = text[start:end]
        if not value:
            return None
    if name_start > 0 and text[name_start - 1] in "?&" and "&" in value:
        # A URL query parameter ("?api_key=...&limit=10") ends at the next "&".
        end = start + value.index("&")
        value = text[start:end]
        if not value:
            return None
    if "\\" in value and text[start - 1 : start] not in "\"'`":
        # An unquoted value inside an escaped string ("line1\\npassword: x\\nline3") ends
        # at the escaped newline or tab.
        cut = min((i for i in (value.find("\\n"), value.find("\\r"), value.find("\\t")) if i >= 0), default=-1)
        if cut >= 0:
            end = start + cut
            value = value[:cut]
            if not value:
                return None
    if not value.isascii():
        if value[0] in _TYPOGRAPHIC_OPEN and len(value) > 1:
            # 'password: «Kq7#vRm2Lp»', 'Passwort: „..."', 'password: 「...」': the opening quote
            # of the language's quotation marks, glued to the value (its closing one ends it below).
            start += 1
            value = value[1:]
        # A key ends at the first non-ASCII punctuation, symbol or space glued to it: an emoji
        # ("api_key=<key>🙏") or a full-width comma in Chinese or Japanese text ("<key>，谢谢").
        # Letters stay (a password may hold "ä"; "API8:2023安全配置错误" is judged whole).
        for i, ch in enumerate(value):
            if ch > "\x7f":
                if i and unicodedata.category(ch)[0] in "PSZ":
                    if ch == "\u2026" and value[i - 1] in "-_" and _elided_prefix(value[:i]):
                        return None  # "sk-ant-api03-…": a vendor prefix, the key elided
                    end = start + i
                    value = value[:i]
                break
    # Trailing punctuation that closes the statement, not part of the value; inside quotes that
    # close right after it, it is the value's ('password: "C0b4lt2025."': a typed password often
    # ends in a full stop).
    stripped = value.rstrip(".:!?\\")
    if stripped[-1:] in ("-", "_") and "..." in value[len(stripped) :] and _elided_prefix(stripped):
        return None  # "sk-ant-api03-...", "ghp_...": a vendor prefix, the key elided (a placeholder)
    enclosed = quoted and text[end : end + 1] == text[start - 1]
    # A "." the sentence goes on after is the value's too ("password: Summit*3318maple., user ubuntu").
    continued = value[len(stripped) :] == "." and sentence_goes_on(text, end)
    if (
        len(stripped) != len(value)
        and stripped
        and not enclosed
        and not continued
        and not any(c in value[len(stripped) :] for c in "!?")
    ):
        end -= len(value) - len(stripped)
        value = stripped
    return start, end, value, inner is not None


_BRACKETS = frozenset("()[]{}")
# Opening quotation marks of other languages and typography (French and Russian guillemets, German
# and Polish low quotes, curly quotes, Japanese and Chinese corner brackets): a value after one is
# quoted as after '"'.
_TYPOGRAPHIC_OPEN = frozenset("«»„‚“”‘’「『‹›")
# Where an unquoted value stops (_SEP_VALUE) and may run on (see _trim): brackets, ",", ";", "<", ">".
_RUN_STOPS = frozenset("()[]{},;<>")
# Printable ASCII but quotes: a value runs on to a space, a quote or a non-ASCII character (a
# full-width comma and the sentence after it in Chinese or Japanese text).
_RUN_BOUND = 512
_NON_SPACE_RUN = lazy(rf"[\x21\x23-\x26\x28-\x5f\x61-\x7e]{{0,{_RUN_BOUND}}}")
_TEMPLATE_MARKERS = ("${", "{{", "$(", "%(", "#{", "<%")
# What comes before a .env-style value on its line: a name, "=" with no spaces, and before the
# name at most "export" (dotenv, shell profiles, systemd EnvironmentFile), "ENV" (Dockerfile),
# "-" (a compose environment list item) or "-e" / "--env" (docker run).
_ENV_LEAD = lazy(r"[ \t]*(?:(?:export|ENV|-|-e|--env)[ \t]+)?[A-Za-z_][A-Za-z0-9_]*=")
# The same after a flag in the middle of a command line: "docker run -d -e NAME=value postgres",
# "--env NAME=value", "docker build --build-arg NAME=value".
_ENV_FLAG = lazy(r" (?:-e|--env|--build-arg)[ \t=]+[A-Za-z_][A-Za-z0-9_]*=")


def _env_line(text: str, name_start: int, value_start: int) -> bool:
    """Whether the assignment whose name starts at ``name_start`` is a .env line: the line holds
    nothing before the name but blanks (or ``export``), and the value follows ``NAME=`` at once;
    or ``NAME=value`` follows a command's environment flag (``docker run -e``)."""
    line_start = text.rfind("\n", 0, name_start) + 1
    if _ENV_LEAD.fullmatch(text, line_start, value_start) is not None:
        return True
    flag = text.rfind(" -", line_start, name_start)
    return flag >= 0 and _ENV_FLAG.fullmatch(text, flag, value_start) is not None


# A name of code right before a bracket: a call or an index ("get_token()", "os.environ['X']",
# "cfg->keys[0]", "Foo::bar()", PHP "\App\Key::get()"), maybe after a unary operator ("!", "&",
# "*", "-") or the rest of a "::" ("ShopifyAPI::Auth::Session.new(": ":Session.new" after "Auth:").
_CODE_HEAD = lazy(r"[!&*~+\-@:\\]{0,2}[A-Za-z_$][\w$]*(?:(?:\.|::|->|\\)[A-Za-z_$][\w$]*)*")
# A bracket pair with something in it, run into a letter or digit ("Summer(2024)x"): no call or
# index is written so, where a type may be ("map[string]string": hence the digit _typed_run asks too).
_CLOSED_THEN_ALNUM = lazy(r"[(\[{][^\s()\[\]{}]+[)\]}][A-Za-z0-9]")


def _typed_run(run: str, colon: bool) -> bool:
    """Whether an unquoted value that runs over brackets to the next space (``run``) was typed as
    it is, not code: before its first bracket there is no name of code ("Kq7#vRm2(Lp)x9",
    "to6!wm-)i(^z*"). After a colon (YAML, "password: Summer(2024)x") also a name whose bracket
    pair runs into a letter or digit, which calls and indexes never do ("get_token()",
    "Optional[str]"); after "=" that is still code ("password = Tr0ub(4)dor!" in a script)."""
    first = next(i for i, ch in enumerate(run) if ch in _BRACKETS)
    if _CODE_HEAD.fullmatch(run, 0, first) is None:
        return True
    return colon and _CLOSED_THEN_ALNUM.search(run) is not None and any(ch.isdigit() for ch in run)


def _code_run(run: str) -> bool:
    """Whether a .env-looking value that runs over brackets is code after all: a keyword argument on
    its own line ("    password=getpass.getpass(prompt=", "token=tokens[idx+1]"). A dotted name
    before the bracket (no generated key has a "." there: Django's alphabet has none), or one bracket
    pair right after the name that the value ends with."""
    first = next(i for i, ch in enumerate(run) if ch in _BRACKETS)
    if run[first] not in "([" or _CODE_HEAD.fullmatch(run, 0, first) is None:
        return False
    head = run[:first]
    if "." in head or "->" in head or "::" in head:
        return True
    body = run.rstrip(",;")
    closer = ")" if run[first] == "(" else "]"
    return body.endswith(closer) and body.count(closer) == 1


# A list in a config value ("google,github", "Map<String,String>", "old1;old2"): words or numbers
# between the separators, where a typed value mixes them ("Kq7;vRm2Lpx9").
_LIST_SPLIT = lazy(r"[,;<>]+")
_LIST_WORD = lazy(r"(?:[A-Z]?[a-z]+|[A-Z]+|[a-z]+(?:[_\-.][a-z]+)+)[0-9]*$|[0-9]+$|$")
# A config line up to its value: a name at the line start (maybe a YAML list item) and ":" or "=",
# spaces around allowed ("  password: ...", "DB_PASSWORD = ...").
_CONFIG_LEAD = lazy(r"[ \t]*(?:-[ \t]+)?[A-Za-z_][A-Za-z0-9_.\-]*[ \t]*[:=][ \t]*")


def _config_line(text: str, name_start: int, value_start: int) -> bool:
    """Whether the value follows a name at the start of its line (.env, YAML, .ini, "NAME = value")
    or a command's environment flag (:func:`_env_line`)."""
    line_start = text.rfind("\n", 0, name_start) + 1
    return _CONFIG_LEAD.fullmatch(text, line_start, value_start) is not None or _env_line(text, name_start, value_start)


def _after_colon(text: str, name_end: int, value_start: int) -> bool:
    """Whether the separator between a name and its value is a colon ("password: ...")."""
    return text[name_end:value_start].strip(" \t\"'") == ":"


def _unclosed(run: str, at: int) -> int:
    """Where ``run`` ends before a closing bracket that closes nothing opened in it and ends the
    run or is followed by punctuation ("...)" of "(my password is ...)", "...}," of an object);
    ``len(run)`` when there is none. Searched from ``at`` (the run before it has no bracket)."""
    depth = 0
    for i in range(at, len(run)):
        ch = run[i]
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            if depth:
                depth -= 1
            elif not run[i + 1 : i + 2].isalnum():
                return i
    return len(run)


# String concatenation between two literals: PHP / Perl ".", Lua "..", JS / Java / Python "+",
# VB "&"; then the next literal's opening quote.
_CONCAT_OP = lazy(r"[ \t]*(?:\.\.?|\+|&)[ \t]*")
_CONCAT_NEXT = lazy(r"[\"'`][ \t]*(?:\.\.?|\+|&)[ \t]*([\"'`])")
# An authorization scheme written in its own literal before the credentials ("'Token ' . '...'").
_SCHEME_LITERAL = lazy(r"(?i)(?:bearer|token|basic)[ \t]+")


def _concatenated(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the literal concatenated after a short quoted value, when that value is only
    the concatenation ("'X-Api-Key: ' . '<key>'": the quoted value read is "' . '", the name's
    literal closing and the key's opening) or a scheme word ("'Authorization' => 'Token ' . '<key>'");
    None otherwise (the value is judged as it is)."""
    value = text[start:end]
    if _CONCAT_OP.fullmatch(value) is not None:
        open_at = end  # the value sat between the two literals' quotes
    elif _SCHEME_LITERAL.fullmatch(value) is not None:
        link = _CONCAT_NEXT.match(text, end)
        if link is None:
            return None
        open_at = link.start(1)
    else:
        return None
    quote = text[open_at : open_at + 1]
    if quote not in ('"', "'", "`"):
        return None
    close = text.find(quote, open_at + 1, open_at + 258)
    if close < open_at + 4 or "\n" in text[open_at + 1 : close]:
        return None
    return open_at + 1, close


# A vendor prefix before an elision ("sk-ant-api03-", "ghp_", "xoxb-"): letters, then short
# segments. "<30 random>-..." or "Kq7#vRm2Lp-..." is a value cut short, still a credential.
_ELIDED_PREFIX = lazy(r"^[A-Za-z]+(?:[-_][A-Za-z0-9]{1,8})*[-_]$")


# The fields beside an object's "Key" in S3's API output (list-objects, list-object-versions, head-object).
_S3_OBJECT_FIELDS = lazy(r'"(?:ETag|VersionId|StorageClass|LastModified|IsLatest)"\s*:')
# The head of an ARN up to its resource part: "arn:<partition>:<service>:<region>:<account>:".
_ARN_HEAD = lazy(r"arn:aws[a-z\-]*:[a-z0-9\-]+:[a-z0-9\-]*:(?:\d{12}|aws)?:$")


def _in_arn(text: str, name_start: int) -> bool:
    """True when the name starting at ``name_start`` (after a ":") is the resource type of an ARN."""
    head = text.rfind("arn:", max(0, name_start - 80), name_start)
    return head >= 0 and _ARN_HEAD.match(text, head, name_start) is not None


def _elided_prefix(head: str) -> bool:
    return len(head) <= 16 and _ELIDED_PREFIX.match(head) is not None


def _may_keep(kind: str, value: str, o: EntropyOptions) -> bool:
    """False when :func:`secret_filter` drops ``value`` whatever the context (keyed or not,
    quoted, a connection string or config block): some of its value-only tests, cheapest
    first. True settles nothing (the full judgement follows)."""
    n = len(value)
    if kind == "password":
        if n < o.password_min_length or value[0] in ",;":
            return False
        if " " in value and (n > _PASSPHRASE_MAX or value.count(" ") > _PASSPHRASE_WORDS - 1):
            return False
        if not value.isascii() and not typed_letters(value):
            return False
    elif n < o.min_length or " " in value or not value.isascii():
        return False
    elif n != 36:  # passwords have no entropy bar; a 36-character UUID may be kept
        # Shannon entropy never exceeds log2(distinct characters): below the alphabet's bar, dropped.
        # First of the tests below: the common drop ("session:<sha>" after "key="; all are drops,
        # so their order changes no answer).
        alphabet = alphabet_of(value)
        needed = _distinct_needed(
            alphabet, n, o.hex_threshold, o.base36_threshold, o.base64_threshold, o.length_fraction
        )
        # Below the bar, only a base64 encoding of text may still be kept (judged decoded). An
        # ASCII value of the "other" alphabet has a character outside base64: no decoding
        # ("session:<sha>" after "key=", the common drop).
        # Or a provider-style token whose hex part is judged as hex ("lsv2_pt_<hex>_<hex>").
        if not (
            len(set(value)) >= needed
            or (alphabet != "other" and not n % 4 and decoded_token(value) is not None)
            or (alphabet == "base64" and n >= 32 and _prefixed_hex(value) is not None)
        ):
            return False
    if value in DOCUMENTED_EXAMPLES or "EXAMPLE" in value:
        return False
    # Paths and URLs ("//api.acme.io/v1" after "API_BASE = https:") are code references whatever
    # else they are (the earlier keeps never look like one: a UUID, and a base64 encoding of text,
    # as base64 starting with "/" decodes to a first byte >= 0xFC, not text). The first test only
    # skips values _PATHLIKE cannot match: each of its forms starts with "/", ".", "~", "h" or a
    # drive letter and colon, or holds a ".".
    return not ((value[0] in "/.~h" or value[1:2] == ":" or "." in value) and _is_pathlike(value))


@functools.lru_cache(maxsize=2048)
def _distinct_needed(alphabet: str, n: int, hex_t: float, b36_t: float, b64_t: float, fraction: float) -> int:
    """The fewest distinct characters whose log2 reaches :func:`_bar` for an ``n``-character value
    (``n + 1``: none does). ``log2`` only grows, so ``len(set(value)) >= needed`` is
    ``log2(len(set(value))) >= bar``: the same test, with no float work per value (a cached
    call in place of ``_bar``'s frame and a ``log2``; the lengths and alphabets repeat)."""
    bar = _bar(alphabet, n, hex_t, b36_t, b64_t, fraction)
    return next((k for k in range(1, n + 1) if math.log2(k) >= bar), n + 1)


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
