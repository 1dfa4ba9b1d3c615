"""A SQL statement a text ends with is code, not an optimised adversarial suffix.

The suffix head (:mod:`suffix`) judges how a text ends: glued tokens, symbols and case flips in
its last characters after a plainly worded head. A one-line query pasted after a question ("Why
is this query slow on Postgres 16? SELECT u.id, COUNT(o.id) AS orders FROM users u LEFT JOIN
orders o ON o.user_id=u.id WHERE u.created_at>'2026-01-01' ...") has exactly that shape: such
texts scored 0.96-0.98 on the head and were flagged as injection (``test_injection_devtext.py``).

:func:`without_sql_tail` cuts such a statement off the text the head reads (the linear model still
reads all of it). Only a statement that runs to the end of the text and whose every token is SQL's
(identifiers, numbers, quoted strings and names, operators, brackets, parameters) is cut, and only
with SQL's own evidence: two clause keywords (FROM, WHERE, JOIN, GROUP BY, SET, VALUES...) and a
symbol a sentence does not use that way ("=", a qualified name, a quoted string, a bracket). An
optimised suffix appended after a query brings backslashes, "**", "](", "!" or "?", so the
statement no longer reaches the end and the text is measured as before; "Select the best option
from the list" is prose (one keyword, no symbol).
"""

from __future__ import annotations

import itertools
import re

import re2

__all__ = ["without_sql_tail"]

_READ = 2000
"""Characters before the end searched for the statement's first keyword."""
_TRIES = 4
"""Keywords tried as the statement's start (the first ones: an outer query starts before its
subqueries); each try reads to the end of the text, so this bounds the cost of a text full of
"select"."""

# A statement's first keyword, where a query is pasted: at the start of a line, or after "?", ":"
# or "." and blanks ("Why is this slow? SELECT ...", "Query: select ..."). "please update the
# tracker" is prose.
_LEAD = r"(?:select|insert\s+into|update|delete\s+from|merge\s+into)\b"
# One DFA pass over the text: most texts have none, and then nothing else runs.
_LEAD_RE = re2.compile(rf"(?im)(?:^|[?:.])[ \t]*{_LEAD}")
# Where each lead starts, searched only from the SQL tail on (a few characters; the lookbehinds see
# the character before it). Case-insensitive on the text itself: a lowered copy can differ in
# length ("İ"), and its offsets would not be the text's.
_START_RE = re.compile(rf"(?im)(?:(?:^|(?<=\r))[ \t]*|(?<=[?:.])[ \t]+)({_LEAD})")

# One token of SQL, or the blanks between tokens: quoted strings ('it''s') and names ("Order",
# `order`, [dbo]), parameters (@from, :id, $1), qualified names (u.id, Sales.Invoice, o.*),
# numbers and operators. No "?", "!" alone, backslash, "**" or "](" (an optimised suffix's marks),
# and no "." or ":" alone: sentences and log lines end and separate with them, SQL does not.
_LEXEME = (
    r"\s+"
    r"|'(?:[^'\n]|'')*'"
    r'|"[^"\n]{1,64}"|`[^`\n]{1,64}`|\[[^\]\n]{1,64}\]'
    r"|[@:][A-Za-z_][A-Za-z0-9_]*|\$\d+"
    r"|[A-Za-z_][A-Za-z0-9_$]*(?:\.(?:[A-Za-z_][A-Za-z0-9_$]*|\*|\[[^\]\n]{1,64}\]))*"
    r"|\d+(?:\.\d+)?"
    r"|<>|<=|>=|!=|::|\|\||[-=<>+*/%,();]"
)
# RE2: linear time (in a backtracking engine the nested repeats made a failed try exponential).
_TOKENS_RE = re2.compile(f"(?:{_LEXEME})*")
# The earliest place from which the text is SQL tokens to its end: one DFA pass, after which only
# the few characters from there on are lowered and searched for a leading keyword.
_TAIL_RE = re2.compile(f"(?:{_LEXEME})*$")
_CLAUSE_RE = re.compile(
    r"(?i)\b(?:from|where|join|group\s+by|order\s+by|having|limit|values|set|into|on|returning|union)\b"
)
# What a sentence does not use as SQL does: a comparison or assignment, a qualified name, a quoted
# string, a bracket, a star (SELECT *), a cast.
_SQL_SYMBOL_RE = re.compile(r"[=<>()*]|'|::|\w\.\w")


def without_sql_tail(text: str) -> str:
    """``text`` without the SQL statement it ends with (see the module docstring), else as it is."""
    end = len(text.rstrip().rstrip(";").rstrip())
    if end == 0 or not _ends_like_sql(text[end - 1]):
        return text  # most texts: a sentence ends with ".", "?" or "!", a statement never does
    body_start = max(0, end - _READ)
    body = text[body_start:end]
    if _LEAD_RE.search(body) is None:
        return text
    tail = _TAIL_RE.search(body)
    if tail is None:  # pragma: no cover - the empty match at the end always exists
        return text
    for m in itertools.islice(_START_RE.finditer(body, tail.start()), _TRIES):
        start = m.start(1)
        statement = body[start:]
        if (
            _TOKENS_RE.fullmatch(statement)
            and len(_CLAUSE_RE.findall(statement)) >= 2
            and _SQL_SYMBOL_RE.search(statement)
        ):
            return text[: body_start + start].rstrip()
    return text


def _ends_like_sql(ch: str) -> bool:
    """Whether a statement can end with ``ch``: a name, a number, a closing quote or bracket, "*"."""
    return ch.isalnum() or ch in "_)'\"`]*"
