"""PASSWORD: the password column of an SQL ``INSERT ... VALUES`` statement.

Seed scripts, fixtures and dumps insert service accounts with their password in clear::

    INSERT INTO service_accounts (name, username, password, created_at)
    VALUES ('ftp-sync', 'sync', 'Walnut_1989$', NOW());

The column list names the value and the ``VALUES`` tuple holds it at the same position, so no
assignment rule sees the two together (``UPDATE ... SET password = '...'`` is ``sql_password``'s).
A column counts when its name is a password name (``password``, ``passwd``, ``pwd``, ``pass``,
``db_password``...) and not a hash's (``password_hash``, ``encrypted_password``,
``password_digest``); the value must be a quoted string literal (not ``crypt(...)``, ``:pw``,
``NULL``) that is not a stored hash (crypt ``$...$``, ``{SSHA}``, ``md5...``, bare hex or a
Django ``algo$iter$salt$hash``) and that the assignment password filters keep (placeholders,
``changeme``, masks). Every row of a multi-row ``VALUES`` list is read.

Cost: :data:`_GATE` (``INSERT INTO``) rides in the RE2 set pass the engine makes anyway; only
texts with an insert statement are parsed, each part of the text at most once (a statement found
inside a list already read is skipped), jumping from one quote, parenthesis or comma to the next. A
dump's statement of thousands of rows is read to its end: every row's password is a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field

from promptguard.config.schema import RecognizerSpec
from promptguard.findings import Finding
from promptguard.recognizers.base import Recognizer
from promptguard.recognizers.registry import recognizer_type

__all__ = ["SqlInsertPasswordOptions", "SqlInsertPasswordRecognizer"]

_GATE = r"(?i)\binsert\s+into\b"
# The statement head up to the column list's "(": INSERT INTO [schema.]table (
_HEAD = re.compile(r"(?i)\binsert\s+into\s+[\w.`\"\[\]]{1,128}\s*\(")
_VALUES = re.compile(r"(?i)\s*values\s*")
_PASSWORD_COLUMN = re.compile(r"(?i)^(?:[a-z0-9]+_)*(?:password|passwd|pwd|pass|passphrase)$")
_HASH_COLUMN = re.compile(r"(?i)hash|digest|encrypted|crypted|salt")
# Stored hashes: crypt ("$2b$12$...", "$6$..."), LDAP ("{SSHA}..."), pgbouncer / Postgres md5,
# SCRAM, Django ("pbkdf2_sha256$600000$..."), bare hex digests.
_STORED_HASH = re.compile(
    r"^(?:\$[0-9a-z]{1,12}\$|\{[A-Z0-9\-]{2,20}\}|md5[0-9a-f]{32}$|SCRAM-SHA-256\$|[a-z0-9_]{3,30}\$\d+\$|[0-9a-fA-F]{32,128}$)"
)
_MAX_LIST = 65536
"""Characters a column list or one row's tuple may span: no real one comes near; past it the list
is not read (a quote or parenthesis left open in other text)."""
_COMMA = re.compile(r"\s*,\s*")
_SPECIAL = re.compile(r"['(),;]")


class SqlInsertPasswordOptions(BaseModel):
    """Options of ``type: sql_insert_password``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    score: float = Field(0.85, ge=0.0, le=1.0)
    """The column name says what the value is, as an assignment's name does."""


class SqlInsertPasswordRecognizer(Recognizer):
    def __init__(self, spec: RecognizerSpec, pack: str | None) -> None:
        self.configure(spec, pack, context=False)
        self.options = SqlInsertPasswordOptions.model_validate(spec.options)
        # Tested in the engine's set pass (see Recognizer.gate): no INSERT INTO, no work.
        self.gate = _GATE

    def analyze(self, text: str) -> Iterable[Finding]:
        findings: list[Finding | None] = []
        read_to = 0  # the text before it has been read as part of a statement (or a failed list)
        n = len(text)
        for head in _HEAD.finditer(text):
            if head.start() < read_to:
                continue
            names, pos = _tuple(text, head.end(), min(n, head.end() + _MAX_LIST), nested=False)
            if names is None:
                continue
            read_to = pos
            wanted = [
                i
                for i, (a, b) in enumerate(names)
                if _PASSWORD_COLUMN.match(_unquote(text[a:b])) and not _HASH_COLUMN.search(text[a:b])
            ]
            if not wanted:
                continue
            v = _VALUES.match(text, pos, n)
            if v is None:
                continue
            pos = v.end()
            while pos < n and text[pos] == "(":
                cells, pos = _tuple(text, pos + 1, min(n, pos + 1 + _MAX_LIST))
                read_to = pos
                if cells is None:
                    break
                if len(cells) == len(names):
                    findings.extend(self._judge(text, cells[i]) for i in wanted)
                m = _COMMA.match(text, pos, n)
                if m is None:
                    break
                pos = m.end()
        return [f for f in findings if f is not None]

    def _judge(self, text: str, cell: tuple[int, int]) -> Finding | None:
        a, b = cell
        if b - a < 3 or text[a] != "'" or text[b - 1] != "'":
            return None  # not a string literal: NULL, :pw, crypt(...), a number
        value = text[a + 1 : b - 1]
        if "''" in value or not value or _STORED_HASH.match(value):
            return None
        # Imported here: the entropy module imports the validators the built-in modules register.
        from promptguard.recognizers.builtin.entropy import password_value

        if password_value(value) is False:
            return None
        return self.finding(a + 1, b - 1, self.options.score, pattern="insert_values")


def _unquote(name: str) -> str:
    return name.strip().strip('`"[]')


def _tuple(text: str, pos: int, limit: int, *, nested: bool = True) -> tuple[list[tuple[int, int]] | None, int]:
    """The items of a parenthesised, comma-separated list whose "(" is just before ``pos``, each
    as (start, end) with spaces trimmed, and the position after its ")"; ``(None, stop)`` when it
    does not close before ``limit`` (``stop``: where reading ended). Quoted strings ('' escapes a
    quote) and nested calls stay whole; a quote still open at a line break 512 characters on is
    not a string but stray text. ``nested=False`` (a column list, which holds names only): a "("
    ends the reading there, so a text of unclosed "INSERT INTO t (" heads is read once, not once
    per head to the list's limit."""
    items: list[tuple[int, int]] = []
    start, depth, i = pos, 0, pos
    search = _SPECIAL.search
    while True:
        m = search(text, i, limit)
        if m is None:
            return None, limit
        i = m.start()
        c = text[i]
        if c == "'":
            j = i + 1
            while True:
                k = text.find("'", j, limit)
                if k < 0:
                    return None, limit
                if k + 1 < limit and text[k + 1] == "'":
                    j = k + 2  # '' inside a string
                    continue
                break
            if text.find("\n", i + 513, k) >= 0:
                return None, text.find("\n", i + 513, k)  # an unclosed quote: not a statement
            i = k + 1
            continue
        if c == "(":
            if not nested:
                return None, i
            depth += 1
        elif c == ")":
            if depth == 0:
                items.append(_trim(text, start, i))
                return items, i + 1
            depth -= 1
        elif c == "," and depth == 0:
            items.append(_trim(text, start, i))
            start = i + 1
        elif c == ";":
            return None, i
        i += 1


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


@recognizer_type("sql_insert_password")
def _build(spec: RecognizerSpec, pack: str | None) -> Recognizer:
    return SqlInsertPasswordRecognizer(spec, pack)
