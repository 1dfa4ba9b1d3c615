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

import re

import re2

__all__ = ["without_sql_tail"]

_READ = 2000
"""Characters before the end searched for the statement's first keyword."""
_TRIES = 4
"""Keywords tried as the statement's start (the first ones: an outer query starts before its
subqueries); each try reads to the end of the text, so this bounds the cost of a text full of
"select"."""
_WORDS = ("select", "insert", "update", "delete", "merge")

# A statement's first keyword, where a query is pasted: at the start of a line, or after a sentence
# ends ("Why is this slow? SELECT ...", "Query: select ..."). "please update the tracker" is prose.
# Found with str.find on the lowered text (a regex over every position cost ~30 us per 2 KB).
_LEADS = {"select": "", "insert": "into", "update": "", "delete": "from", "merge": "into"}
_SECOND_RE = re.compile(r"\s+(\w+)")
# The same leads as one DFA pass over the text: most texts have none, and then nothing else runs.
_LEAD_RE = re2.compile(r"(?im)(?:^|[?:.])[ \t]*(?:select|insert\s+into|update|delete\s+from|merge\s+into)\b")

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
    for start in _starts(body, tail.start())[:_TRIES]:
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


def _starts(body: str, tail: int) -> list[int]:
    """Where a statement may start in ``body`` at or after ``tail``: a leading keyword (and its
    second word, "insert into") at a line's start or after "?", ":" or "." and blanks, in order."""
    low = body[tail:].lower()
    found = []
    for word, second in _LEADS.items():
        i = low.find(word)
        while i >= 0:
            after = i + len(word)
            if not low[after : after + 1].isalnum() and low[after : after + 1] != "_" and _led(body, tail + i):
                m = _SECOND_RE.match(low, after) if second else None
                if not second or (m is not None and m.group(1) == second):
                    found.append(tail + i)
            i = low.find(word, after)
    found.sort()
    return found


def _led(body: str, i: int) -> bool:
    """Whether position ``i`` starts a line (blanks aside) or follows "?", ":" or "." and blanks."""
    j = i
    while j > 0 and body[j - 1] in " \t":
        j -= 1
    if j == 0 or body[j - 1] in "\r\n":
        return True
    return j < i and body[j - 1] in "?:."
