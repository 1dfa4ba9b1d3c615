"""PASSWORD: the cells of a Markdown table's password column.

Teams keep logins in wiki pages and handover notes as tables::

    | Service | URL                 | User  | Password   |
    |---------|---------------------|-------|------------|
    | Grafana | https://grafana.io  | admin | Lantern88!x |

The name ("Password") is in the header and the value two or more lines below it, so the
assignment rules (``generic_password_assignment``, which reads ``| DB_PASSWORD | value |`` rows
of key / value tables) never see them together. A header cell that is a password name (English,
German, Spanish, Portuguese, French; optionally after one word: "Root Password", "DB pass"), a
Markdown separator row right below it, then each row's cell in that column is judged like a
login pair's password (:func:`_cell_password`): one token of 6+ characters with a digit or a
symbol, not a word ("KeePass", "vault"), a note ("see 1Password", "(vault)"), an e-mail address,
a file name or version, and kept by the assignment password filters (placeholders, masks,
``changeme``).

CSV and TSV exports of the same sheets (an onboarding list, service accounts) are read the same
way: a header line whose cells are column names, one of them a password name, split on ``,``,
``;`` or a tab (double quotes honoured), then each following line with the same number of cells
(:meth:`TablePasswordRecognizer._csv`); there is no separator row, so the header has to look like
one (short names, no sentence) and the rows like a table (the same cell count).

Cost: :data:`_GATE` (a password name then ``|``, a CSV delimiter or a line end) rides in the RE2
set pass the engine makes anyway; only texts with such a cell end are searched for a header cell
and parsed.

GENERIC_SECRET (``type: table_secret``): the same CSV / TSV exports with an API key, token or
secret column ("service,owner,api_key", "user<TAB>access_token", "Access key ID,Secret access
key"), read the same way (:func:`_csv_table`: a header of column names, rows of the same cell
count). A cell counts when the pack's secret value test keeps it (``secret_value_not_publishable``:
the entropy bar, hashes, UUIDs, placeholders, masks and publishable keys dropped), so no account
column is needed. Its own gate (:data:`_SECRET_GATE`, a secret name then a delimiter
or a line end) keeps the password reader asleep where only a token column is.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator

import re2
from pydantic import BaseModel, ConfigDict, Field

from promptguard._lazyre import lazy
from promptguard.config.schema import RecognizerSpec
from promptguard.findings import Finding
from promptguard.recognizers.base import Recognizer
from promptguard.recognizers.regex import TextBuffer, re2_options, re2_spans
from promptguard.recognizers.registry import recognizer_type

__all__ = ["TablePasswordOptions", "TablePasswordRecognizer", "TableSecretRecognizer"]

_NAMES = r"(?:pass(?:wor[dt]|wd)?|pwd|pw|kennwort|contrase(?:n|ñ)a|senha|mot de passe)"
# A header cell holding a password name: where analyze starts reading a table.
_HEADER_RE = lazy(
    r"\|[ \t]*[`*_]{0,2}(?:[a-z]{2,10}[ \t_\-])?" + _NAMES + r"[`*_]{0,2}[ \t]*(?:\||\r?\n|$)", re.IGNORECASE
)
# The engine's gate (Recognizer.gate, an entry of the secrets pack's RE2 set): the end of such a
# cell, a password name then the cell's border. Necessary for every header match above, and it
# starts at the name: in a set of a hundred patterns, ``\|`` then an optional word (the header
# regex's start) kept DFA states alive after every pipe of a text (~+8% of the pack's cost on
# 2 KB prompts with no table at all); a name keeps the entry asleep until one occurs.
# At a word start or after "_": every header form above has the name there (after "|", a blank,
# "`", "*", a CSV delimiter or a "[a-z]{2,10}[ \t_\-]" prefix); unanchored, the entry kept a DFA
# thread alive inside every word with "pw" or "pass" in it.
_GATE = r"(?i)(?:\b|_)" + _NAMES + r"(?:[`*_\"]{0,2}[ \t]*(?:\||\r?\n|$)|\"?[ \t]*[,;\t])"
# A CSV / TSV header cell holding a password name, delimited by "," ";" or a tab (or the line's
# ends); where analyze starts reading a CSV table. Every match also matches the gate.
# Two blanks also delimit: the aligned columns of a CLI's listing ("kubectl get secret -o
# custom-columns=NAME:...,USER:...,PASS:...", whose header ends with the password's column).
_CSV_HEADER = r"(?:^|[,;\t]|[ \t]{2})[ \t]*\"?(?:[a-z]{2,10}[ \t_\-])?" + _NAMES + r"\"?[ \t]*(?:[,;\t]|\r?$)"
_CSV_HEADER_RE = lazy(_CSV_HEADER, re.IGNORECASE | re.MULTILINE)
# The same search on RE2, over the scan's shared UTF-8 buffer: the gate also opens on any
# "password" at a line end, and Python's engine, with no literal to skip ahead to, took ~50 us
# on such a 2 KB text with no table; RE2 takes ~4 us.
_CSV_HEADER_RE2 = re2.compile(("(?im)" + _CSV_HEADER).encode(), re2_options())
# A cell of aligned columns: words with single blanks between them.
_ALIGNED_CELL = lazy(r"[^ \t\r\n](?:[ \t]?[^ \t\r\n])*")
# A CSV header's cells are column names ("temp_password", "Full name", "e-mail"), not sentences.
_COLUMN_NAME = lazy(r"^[\w .\-/()#]{1,40}$")
# The column a password belongs to: its account, user, login or the host / service it opens.
_ACCOUNT_COLUMN = lazy(
    r"(?i)user|login|account|e-?mail|name|host|service|system|server|\bid\b|benutzer|konto|usuario|"
    r"utilisateur|compte|cuenta|conta|site|url|app"
)
_HEADER_CELL = lazy(r"(?i)^(?:[a-z]{2,10}[ \t_\-])?" + _NAMES + r"$")
# Secret column names: the cell ends with the secret's word ("api_key", "X-API-Key", "access_token",
# "Client Secret", "Secret access key"); "token_hash", "api_key_id", "token_type" name something else.
_SECRET_NAMES = (
    r"(?:secret|token|api[ _\-]?key|apikey|access[ _\-]?key|private[ _\-]?key|signing[ _\-]?key|auth[ _\-]?key)"  # noqa: S105
)
# The gate of table_secret, like _GATE: it starts at the name, so the set's DFA sleeps until one occurs.
_SECRET_GATE = r"(?i)(?:\b|_)" + _SECRET_NAMES + r"\"?[ \t]*(?:[,;\t]|\r?\n|$)"
_CSV_SECRET_HEADER_RE2 = re2.compile(
    (
        r"(?im)(?:^|[,;\t]|[ \t]{2})[ \t]*\"?(?:[a-z]{1,12}[ \t_\-]){0,2}" + _SECRET_NAMES + r"\"?[ \t]*(?:[,;\t]|\r?$)"
    ).encode(),
    re2_options(),
)
_SECRET_HEADER_CELL = lazy(r"(?i)^(?:[a-z]{1,12}[ \t_\-]){0,2}" + _SECRET_NAMES + r"$")
# Secret-word columns that hold no secret: publishable and public keys, CSRF tokens (bound to a
# session cookie, not a credential alone), pagination cursors, token counts of an LLM usage export.
_NOT_SECRET_COLUMN = lazy(
    r"(?i)public|publishable|\bpub\b|csrf|xsrf|(?:search|page|next|continuation|sync|cursor|resume|pagination)"
    r"[ _\-]?token|prompt|completion|total|max|input|output|cache"
)
# "|---|:---:|", "--- | ---": the row under a Markdown table's header.
# GFM needs one hyphen a cell ("|-|-|", "|:--|"), as secret_values._BORDER_LINE reads it.
_SEPARATOR_CELL = lazy(r"^[ \t]*:?-+:?[ \t]*$")
_EMAIL = lazy(r"^[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+$")
# "index.html", "v1.2.3", "12:30", "10GB": a file, version, time or amount, not a password.
_FILE_OR_VERSION = lazy(
    r"^(?:[\w\-]+\.[a-z]{1,4}|v?\d+(?:\.\d+)+[\w\-.]*|\d{1,2}:\d{2}(?::\d{2})?|\d+[a-z]{1,3})$"
)


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Offsets of the cells of the table row ``text[start:end]`` (outer pipes dropped)."""
    bounds = [i for i in range(start, end) if text[i] == "|" and text[i - 1 : i] != "\\"]
    edges = [start - 1, *bounds, end]
    cells = [(a + 1, b) for a, b in itertools.pairwise(edges)]
    if cells and not text[cells[0][0] : cells[0][1]].strip():
        cells = cells[1:]  # "| a | b |": nothing before the first pipe
    if cells and not text[cells[-1][0] : cells[-1][1]].strip():
        cells = cells[:-1]
    return cells


def _cell_password(value: str) -> bool:
    """A password cell: one token, 6+ characters, a digit or a symbol, kept by the assignment
    password filters. Words, notes and references ("vault", "see 1Password", "(in KeePass)")
    are what password columns hold where the password is not written down."""
    if len(value) < 6 or len(value) > 128 or value[0] in "([{<" or any(c.isspace() for c in value):
        return False
    if value.isalpha() or value.isdigit() or _EMAIL.match(value) or _FILE_OR_VERSION.match(value):
        return False
    # Imported here: the entropy module imports the validators the built-in modules register.
    from promptguard.recognizers.builtin.entropy import password_value

    return password_value(value) is not False


class TablePasswordOptions(BaseModel):
    """Options of ``type: table_password``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    score: float = Field(0.8, ge=0.0, le=1.0)
    """A cell kept by :func:`_cell_password`: the login pair rules' score."""


class TablePasswordRecognizer(Recognizer):
    def __init__(self, spec: RecognizerSpec, pack: str | None) -> None:
        self.configure(spec, pack, context=False)
        self.options = TablePasswordOptions.model_validate(spec.options)
        # Tested in the engine's set pass (see Recognizer.gate): no password header cell, no work.
        self.gate = _GATE

    def analyze(self, text: str) -> Iterable[Finding]:
        findings: list[Finding] = []
        read_to = 0  # the end of the last table read: its rows are not headers of new tables
        for line_start in _line_starts(text, (m.start() for m in _HEADER_RE.finditer(text))):
            if line_start < read_to:
                continue  # a row of a table already read (or a second cell of the same header)
            found, read_to = self._table(text, line_start)
            findings.extend(found)
        read_to = 0
        for line_start in _name_lines(text):
            if line_start < read_to:
                continue  # a row of a CSV table already read
            line_end, _ = _line(text, line_start)
            if "|" in text[line_start:line_end]:
                continue  # a Markdown row (read above)
            found, read_to = self._csv(text, line_start)
            findings.extend(found)
        return findings

    def _csv(self, text: str, line_start: int) -> tuple[list[Finding], int]:
        """The findings of the CSV / TSV table whose header line starts at ``line_start``, and
        where reading stopped (each line read once, as in :meth:`_table`)."""
        cells, row_start = _csv_table(text, line_start, _HEADER_CELL.match, _ACCOUNT_COLUMN, _cell_password)
        return [self._cell_finding(text, value, a) for value, a in cells], row_start

    def _table(self, text: str, line_start: int) -> tuple[list[Finding], int]:
        """The findings of the table whose header line starts at ``line_start``, and where
        reading stopped (each line is read once: a text of header-like rows stays linear)."""
        line_end, sep_start = _line(text, line_start)
        header = _cells(text, line_start, line_end)
        columns = [i for i, (a, b) in enumerate(header) if _HEADER_CELL.match(text[a:b].strip(" \t`*_"))]
        if not columns or sep_start >= len(text):
            return [], sep_start
        sep_end, row_start = _line(text, sep_start)
        separator = _cells(text, sep_start, sep_end)
        if not separator or not all(_SEPARATOR_CELL.match(text[a:b]) for a, b in separator):
            return [], sep_start
        out: list[Finding] = []
        header_piped = text[line_start:line_end].lstrip(" \t")[:1] == "|"
        while row_start < len(text):
            row_end, next_start = _line(text, row_start)
            if "|" not in text[row_start:row_end]:
                break  # the table ends at the first line that is not a row
            row = _cells(text, row_start, row_end)
            if not header_piped and len(row) == len(header) - 1 and text[row_start:row_end].lstrip(" \t")[:1] == "|":
                # "host | user | password" over " | root | <value>": in a table written without outer
                # pipes, a row's leading pipe closes its first cell, left empty (the columns stay put).
                row = [(row_start, row_start), *row]
            for col in columns:
                if col >= len(row):
                    continue
                a, b = row[col]
                raw = text[a:b]
                value = raw.strip(" \t")
                if value[:1] == "`" and value[-1:] == "`" and len(value) > 2:
                    value = value[1:-1]  # "| `Lantern88!x` |": code formatting, not part of it
                if _cell_password(value):
                    out.append(self._cell_finding(text, value, a))
            row_start = next_start
        return out, row_start

    def _cell_finding(self, text: str, value: str, cell_start: int) -> Finding:
        start = text.index(value, cell_start)
        return self.finding(start, start + len(value), self.options.score, pattern="password_column")


class TableSecretRecognizer(Recognizer):
    """``type: table_secret``: the API key, token and secret columns of CSV / TSV exports."""

    def __init__(self, spec: RecognizerSpec, pack: str | None) -> None:
        self.configure(spec, pack, context=False)
        self.options = TablePasswordOptions.model_validate(spec.options)
        self.gate = _SECRET_GATE

    def analyze(self, text: str) -> Iterable[Finding]:
        findings: list[Finding] = []
        read_to = 0
        for line_start in _name_lines(text, _CSV_SECRET_HEADER_RE2):
            if line_start < read_to:
                continue  # a row of a CSV table already read
            line_end, _ = _line(text, line_start)
            if "|" in text[line_start:line_end]:
                continue  # a Markdown row, not a CSV header
            # No account column needed: where a password column's words ("Submit2", "Lantern88") need
            # one to be read as logins, a key column's values must clear the entropy bar. Two spaces:
            # AWS's credentials.csv has "Secret access key" and "Console login link".
            cells, read_to = _csv_table(text, line_start, _secret_header_cell, None, _cell_secret, spaces=2)
            for value, a in cells:
                start = text.index(value, a)
                findings.append(self.finding(start, start + len(value), self.options.score, pattern="secret_column"))
        return findings


def _secret_header_cell(name: str) -> bool:
    return _SECRET_HEADER_CELL.match(name) is not None and _NOT_SECRET_COLUMN.search(name) is None


def _cell_secret(value: str) -> bool:
    """A secret cell: one token the pack's secret value test keeps (randomness for its alphabet;
    hashes, UUIDs, placeholders, masks, publishable keys dropped)."""
    if len(value) < 12 or len(value) > 512 or any(c.isspace() for c in value):
        return False
    from promptguard.recognizers.secret_validators import secret_value_not_publishable

    return secret_value_not_publishable(value) is not False


def _csv_table(
    text: str,
    line_start: int,
    is_column: Callable[[str], object],
    account: re.Pattern[str] | None,
    keep: Callable[[str], bool],
    spaces: int = 1,
) -> tuple[list[tuple[str, int]], int]:
    """The kept cells (value, cell start) of the CSV / TSV table whose header line starts at
    ``line_start``, and where reading stopped. ``is_column`` says which header cells name the
    columns read, ``account`` which ones name what those unlock (``None``: not needed), ``keep``
    which cells count; a
    column name has at most ``spaces`` spaces, two when every name is capitalised (a sentence
    split on its commas has more, or lower-case parts)."""
    line_end, row_start = _line(text, line_start)
    line = text[line_start:line_end]
    for delim in (",", ";", "\t", "  "):
        if delim not in line or (delim == "  " and any(d in line for d in ",;\t")):
            continue
        header = _split(text, line_start, line_end, delim)
        names = [text[a:b].strip() for a, b in header]
        # A header whose every name is capitalised may have names of three words: AWS's own
        # credentials.csv ("User name,Password,Access key ID,Secret access key,..."). A sentence
        # split on its commas has lower-case parts ("Enter your username, password, and email").
        limit = max(spaces, 2) if all(n[:1].isupper() for n in names) else spaces
        if len(header) < 2 or not all(_COLUMN_NAME.match(n) and n.count(" ") <= limit for n in names):
            continue
        columns = [i for i, n in enumerate(names) if is_column(n)]
        if not columns or (
            account is not None and not any(account.search(n) for i, n in enumerate(names) if i not in columns)
        ):
            continue  # a password column sits next to what it unlocks: a user, account, host...
        out: list[tuple[str, int]] = []
        while row_start < len(text):
            row_end, next_start = _line(text, row_start)
            row = _split(text, row_start, row_end, delim)
            if len(row) != len(header):
                break  # the table ends at the first line that is not a row of it
            for col in columns:
                a, b = row[col]
                value = text[a:b].strip(" \t")
                if keep(value):
                    out.append((value, a))
            row_start = next_start
        return out, row_start
    return [], row_start


def _name_lines(text: str, header: re2._Regexp = _CSV_HEADER_RE2) -> list[int]:
    """The starts of the lines that hold a CSV header cell found by ``header``, in order."""
    buf = TextBuffer.of(text)
    spans = re2_spans(header, buf.data)
    return list(dict.fromkeys(_line_starts(text, (buf.char_offset(a) for a, _ in spans))))


def _line_starts(text: str, positions: Iterable[int]) -> Iterator[int]:
    """The start of the line holding each of ``positions`` (ascending). Each stretch of text is
    searched for a newline once, so many matches on one long line stay linear (a search back to
    the line start per match was quadratic: 6.4 MB of "| password " cells took 31 s)."""
    line_start, searched = 0, 0
    for pos in positions:
        newline = text.rfind("\n", searched, pos)
        if newline >= 0:
            line_start = newline + 1
        searched = pos
        yield line_start


def _split(text: str, start: int, end: int, delim: str) -> list[tuple[int, int]]:
    """Offsets of the cells of the CSV line ``text[start:end]`` split on ``delim``; a cell in
    double quotes is its content (RFC 4180: a doubled quote inside is one character of it).
    ``"  "``: aligned columns, split on each run of two or more blanks."""
    if delim == "  ":
        return [(m.start(), m.end()) for m in _ALIGNED_CELL.finditer(text, start, end)]
    cells: list[tuple[int, int]] = []
    i = start
    while True:
        j = i
        while j < end and text[j] in " \t" and text[j] != delim:
            j += 1
        if j < end and text[j] == '"':
            k = j + 1
            while k < end:
                if text[k] == '"':
                    if text[k + 1 : k + 2] == '"':
                        k += 2
                        continue
                    break
                k += 1
            cells.append((j + 1, k))
            nxt = text.find(delim, k, end)
        else:
            nxt = text.find(delim, i, end)
            cells.append((i, end if nxt < 0 else nxt))
        if nxt < 0:
            return cells
        i = nxt + 1


def _line(text: str, start: int) -> tuple[int, int]:
    """The end of the line starting at ``start`` (before "\\r\\n" or "\\n") and the next line's start."""
    end = text.find("\n", start)
    if end < 0:
        return len(text), len(text)
    return (end - 1 if end > start and text[end - 1] == "\r" else end), end + 1


@recognizer_type("table_password")
def _build(spec: RecognizerSpec, pack: str | None) -> Recognizer:
    return TablePasswordRecognizer(spec, pack)


@recognizer_type("table_secret")
def _build_secret(spec: RecognizerSpec, pack: str | None) -> Recognizer:
    return TableSecretRecognizer(spec, pack)
