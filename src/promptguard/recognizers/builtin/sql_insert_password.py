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
texts with an insert statement are parsed, each statement once, up to :data:`_MAX_STATEMENT`
characters.
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
_MAX_STATEMENT = 20000
_COMMA = re.compile(r"\s*,\s*")


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
        for head in _HEAD.finditer(text):
            limit = min(len(text), head.end() + _MAX_STATEMENT)
            columns = _tuple(text, head.end(), limit)
            if columns is None:
                continue
            names, pos = columns
            wanted = [
                i
                for i, (a, b) in enumerate(names)
                if _PASSWORD_COLUMN.match(_unquote(text[a:b])) and not _HASH_COLUMN.search(text[a:b])
            ]
            if not wanted:
                continue
            v = _VALUES.match(text, pos, limit)
            if v is None:
                continue
            pos = v.end()
            while pos < limit and text[pos] == "(":
                row = _tuple(text, pos + 1, limit)
                if row is None:
                    break
                cells, pos = row
                if len(cells) == len(names):
                    findings.extend(self._judge(text, cells[i]) for i in wanted)
                m = _COMMA.match(text, pos, limit)
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


def _tuple(text: str, pos: int, limit: int) -> tuple[list[tuple[int, int]], int] | None:
    """The items of a parenthesised, comma-separated list whose "(" is just before ``pos``, each
    as (start, end) with spaces trimmed, and the position after its ")"; ``None`` when it does not
    close before ``limit``. Quoted strings ('' escapes a quote) and nested calls stay whole."""
    items: list[tuple[int, int]] = []
    start, depth, i = pos, 0, pos
    while i < limit:
        c = text[i]
        if c == "'":
            j = i + 1
            while j < limit:
                if text[j] == "'":
                    if j + 1 < limit and text[j + 1] == "'":
                        j += 2
                        continue
                    break
                if text[j] == "\n" and j - i > 512:
                    return None  # an unclosed quote: not a statement
                j += 1
            i = j + 1
            continue
        if c == "(":
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
            return None
        i += 1
    return None


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


@recognizer_type("sql_insert_password")
def _build(spec: RecognizerSpec, pack: str | None) -> Recognizer:
    return SqlInsertPasswordRecognizer(spec, pack)
