"""Safe regular expressions: RE2 (linear time) for everything that comes from config.

Regexes in packs are untrusted input: a pattern like ``(a+)+$`` hangs a backtracking
engine on a few dozen characters. RE2 guarantees time linear in the text, so a
compliance team's typo cannot take the service down. The only backtracking escape
hatch is for imported Presidio YAML files, which often use lookarounds; those run on
the ``regex`` module with a per-call timeout.
"""

from __future__ import annotations

import bisect
import contextvars
import functools
import re
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

import re2

from promptguard.errors import ConfigError

__all__ = [
    "CompiledRegex", "TextBuffer", "assume_valid", "check_regex", "compile_regex", "group_end", "re2_options", "sharing"
]  # fmt: skip

BACKTRACKING_TIMEOUT_S = 0.5


def re2_options(*, ignore_case: bool = False) -> re2.Options:
    options = re2.Options()
    options.log_errors = False  # RE2 prints parse errors to stderr otherwise
    options.case_sensitive = not ignore_case
    # Leave max_mem at RE2's default for the packs' single patterns: setting it through these
    # bindings was once measured to make searches ~10x slower (the DFA cache ends up starved and
    # RE2 falls back to the NFA). The big RE2 sets get a larger budget (pattern_set.SET_MAX_MEM), and
    # so do the injection pack's patterns (injection.rules.PATTERN_MAX_MEM: at the default, its long
    # multilingual ones ran out of DFA states; with the larger budget they searched faster).
    return options


try:
    _UNANCHORED = re2._re2.RE2.Anchor.UNANCHORED
except AttributeError:  # pragma: no cover - other re2 bindings
    _UNANCHORED = None


class TextBuffer:
    """A text encoded to UTF-8 once, shared by every regex of a scan.

    The RE2 bindings re-encode a ``str`` and translate offsets on every call; running
    all patterns on one ``bytes`` buffer and mapping offsets back here is several times
    faster. For ASCII text (the common case) byte and character offsets are the same.
    """

    __slots__ = ("_tables", "ascii", "data", "text")

    def __init__(self, text: str, data: bytes | None = None) -> None:
        """``data``: the UTF-8 (``surrogatepass``) of ``text`` when the caller has it already
        (the engine's normalisation step encodes non-ASCII text to check it)."""
        self.text = text
        self.data = text.encode("utf-8", "surrogatepass") if data is None else data
        self.ascii = len(self.data) == len(text)
        self._tables: tuple[list[int], list[int]] | None = None

    @classmethod
    def of(cls, text: str) -> TextBuffer:
        """The buffer the engine shares for ``text`` during a scan, else a new one.

        Built-in recognizers get a ``str`` (the :class:`Recognizer` API); this lets them
        reuse the encoding and offset tables of the pattern pass instead of redoing them.
        The share lives in a context variable set by :func:`sharing`, so it is per thread
        and never outlives the scan (no prompt is kept alive by a cache)."""
        shared = _SHARED.get()
        if shared is not None and shared.text is text:
            return shared
        return cls(text)

    def tables(self) -> tuple[list[int], list[int]]:
        """``(ends, extra)``: byte offset ``b`` is character ``b - extra[bisect_right(ends, b) - 1]``.

        ``ends[k]`` is the byte offset just after the k-th non-ASCII character, ``extra[k]``
        the bytes beyond one per character up to there. A sentinel first entry saves a
        branch per lookup. Built on first need: ASCII texts never build it."""
        tables = self._tables
        if tables is None:
            tables = self._tables = _offset_tables_utf8(self.data)
        return tables

    def char_offset(self, byte_offset: int) -> int:
        if self.ascii:
            return byte_offset
        ends, extra = self._tables or self.tables()
        return byte_offset - extra[bisect.bisect_right(ends, byte_offset) - 1]

    def char_spans(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Byte spans to character spans, in one call (no per-offset method calls)."""
        if self.ascii:
            return spans
        ends, extra = self.tables()
        bisect_right = bisect.bisect_right
        return [(s - extra[bisect_right(ends, s) - 1], e - extra[bisect_right(ends, e) - 1]) for s, e in spans]


# UTF-8 lead bytes (the first byte of a non-ASCII character) to 1, every other byte to 0.
_LEADS = bytes(1 if b >= 0xC0 else 0 for b in range(256))


def _offset_tables_utf8(data: bytes) -> tuple[list[int], list[int]]:
    """The tables of :meth:`TextBuffer.tables`, read off the UTF-8 bytes: each non-ASCII
    character is one lead byte, and ``bytes.find`` (a C search) jumps from one to the
    next. Measured on 2 KB prompts: 2.5 µs, where walking the text's non-ASCII runs
    character by character took 4.2 µs."""
    ends = [-1]
    extra_list = [0]
    extra = 0
    find = data.translate(_LEADS).find
    b = find(1)
    while b >= 0:
        lead = data[b]
        length = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
        extra += length - 1
        ends.append(b + length)
        extra_list.append(extra)
        b = find(1, b + length)
    return ends, extra_list


_SHARED: contextvars.ContextVar[TextBuffer | None] = contextvars.ContextVar("promptguard_text_buffer", default=None)


class sharing:  # noqa: N801 - used as a function: ``with sharing(buf):``
    """Within the block, ``TextBuffer.of(buf.text)`` returns ``buf``.

    A class rather than ``contextlib.contextmanager``: entered once per scan and once per
    decoded segment, and a generator-based manager costs ~1 µs more each time."""

    __slots__ = ("_buf", "_token")

    def __init__(self, buf: TextBuffer) -> None:
        self._buf = buf
        self._token: contextvars.Token[TextBuffer | None] | None = None

    def __enter__(self) -> TextBuffer:
        self._token = _SHARED.set(self._buf)
        return self._buf

    def __exit__(self, *exc: object) -> None:
        if self._token is not None:
            _SHARED.reset(self._token)
            self._token = None


TextLike = str | TextBuffer


class CompiledRegex(Protocol):
    pattern: str

    def spans(self, text: TextLike, group: int | str = 0) -> Iterator[tuple[int, int]]: ...


# Patterns that check_regex has already compiled once: their RE2 program is built on
# first use instead of at load (a pack's validation compiles every pattern, and the
# engine's pattern sets decide which patterns ever run, so most programs of a 400-pattern
# load would otherwise be built twice and many never used).
_VALIDATED: set[str] = set()


# The boundary the secrets pack puts before a provider token: a word boundary, an ANSI colour
# code ("token=\x1b[33mghp_..."), or an escaped newline / tab in logged JSON ("\\nghp_...").
_BOUNDARY_LEAD = r"(?:\b|\x1b\[[0-9;]{0,16}m|\\[nrt])"
# Bytes the lead's colour-code or escape forms are made of: a token matched right at one of
# them may have a longer lead that starts earlier (see _lead_match), settled by the
# plain regex.
_LEAD_BYTES = frozenset(b"\x1b[0123456789;m\\nrt")
_WORD_BYTES = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")


def _lead_rest(pattern: str) -> str | None:
    """What follows :data:`_BOUNDARY_LEAD` in ``pattern`` when the lead applies to all of it
    (no top-level ``|`` after it, no quantifier on it), else None."""
    if not pattern.startswith(_BOUNDARY_LEAD) or "\\Q" in pattern:
        return None
    rest = pattern[len(_BOUNDARY_LEAD) :]
    if not rest or rest[0] in "?*+{|)":
        return None
    depth, i, n = 0, 0, len(rest)
    while i < n:
        c = rest[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: "]" right after "[" or "[^" is a member
            j = i + 1
            if rest.startswith("^", j):
                j += 1
            if rest.startswith("]", j):
                j += 1
            while j < n and rest[j] != "]":
                j += 2 if rest[j] == "\\" else 1
            if j >= n:
                return None
            i = j + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return None
        elif c == "|" and depth == 0:
            return None
        i += 1
    return rest if depth == 0 else None


class _Re2Regex:
    __slots__ = ("_compiled", "_ignore_case", "_lead", "_match", "_named", "_rest", "pattern")

    def __init__(self, pattern: str, ignore_case: bool, *, lazy: bool = False) -> None:
        self.pattern = pattern
        self._ignore_case = ignore_case
        self._compiled: Any = None
        if not lazy:
            self._compile()

    def _compile(self) -> None:
        compiled = re2.compile(self.pattern.encode("utf-8"), re2_options(ignore_case=self._ignore_case))
        self._named = {k.decode() if isinstance(k, bytes) else k: v for k, v in compiled.groupindex.items()}
        regexp = getattr(compiled, "_regexp", None)
        self._match = regexp.Match if regexp is not None and _UNANCHORED is not None else None
        # A provider rule "<boundary lead>(ghp_...)": RE2 cannot skip ahead to the token's
        # literal start past the lead's alternatives, so the plain search walks its DFA over the
        # whole text (~5 us per 2 KB, more when its states are out of cache). The rest alone
        # starts with a literal RE2 jumps to; the lead is then checked by hand (same matches).
        self._rest: Any = None
        self._lead: Any = _lead_match
        rest = _lead_rest(self.pattern) if self._match is not None and not self._ignore_case else None
        if rest is None and self._match is not None:
            # "(?i)\bbearer\s+(...)": the same for a word boundary before a literal word (RE2
            # skips ahead to a literal prefix, even a case-folded one, but not past the "\b").
            rest = _boundary_rest(self.pattern)
            self._lead = _boundary_match
        if rest is not None:
            try:
                bare = re2.compile(rest.encode("utf-8"), re2_options(ignore_case=self._ignore_case))
            except re2.error:  # pragma: no cover - the rest of a valid pattern is valid
                bare = None
            # The lead is non-capturing: the rest has the same groups, numbered the same.
            if bare is not None and bare.groups == compiled.groups and bare.groupindex == compiled.groupindex:
                self._rest = bare._regexp.Match
        # Assigned last: another thread that sees it set also sees _named and _match.
        self._compiled = compiled

    def spans(self, text: TextLike, group: int | str = 0) -> Iterator[tuple[int, int]]:
        buf = text if isinstance(text, TextBuffer) else TextBuffer.of(text)
        return iter(buf.char_spans(self.byte_spans(buf, group)))

    def byte_spans(self, buf: TextBuffer, group: int | str = 0) -> list[tuple[int, int]]:
        """:meth:`spans` in bytes of ``buf.data`` (for callers that look at the bytes first)."""
        if self._compiled is None:
            self._compile()
        data = buf.data
        found: list[tuple[int, int]] = []
        match = self._match
        if match is None:  # pragma: no cover - other re2 bindings
            for m in self._compiled.finditer(data):
                start, end = m.span(group)
                if start >= 0 and end > start:
                    found.append((start, end))
            return found
        # The bindings' finditer builds a Match object per hit; calling the RE2 object
        # directly on the shared bytes buffer halves the per-match cost. Spans are
        # collected as bytes and mapped to characters in one batch (a list iterator,
        # not a generator: no frame switch per span).
        index = group if isinstance(group, int) else self._named[group]
        pos, endpos = 0, len(data)
        rest = self._rest
        if rest is None and index == 0:
            # The common case (a plain pattern, the whole match): the loop below without its
            # per-match branches. A span is (start, end) bytes; an empty one is not reported.
            append = found.append
            while pos <= endpos:
                whole = match(_UNANCHORED, data, pos, endpos)[0]
                start, end = whole
                if start < 0:
                    break
                if end > start:
                    append(whole)
                pos = end if end > pos else pos + 1
            return found
        while pos <= endpos:
            spans = (
                match(_UNANCHORED, data, pos, endpos) if rest is None else self._lead(match, rest, data, pos, endpos)
            )
            whole = spans[0]
            if whole[0] < 0:
                break
            span = spans[index]
            if span[0] >= 0 and span[1] > span[0]:
                found.append(span)
            pos = whole[1] if whole[1] > pos else pos + 1
        return found


def _lead_match(match: Any, rest: Any, data: bytes, pos: int, endpos: int) -> Any:
    """``match(_UNANCHORED, data, pos, endpos)`` for a pattern ``_BOUNDARY_LEAD + rest``, from
    ``rest``'s own (literal-led, fast) search: the same spans.

    The pattern matches at the smallest ``p >= pos`` where the lead matches and ``rest`` then
    matches. ``rest``'s leftmost match at ``q`` (the highest-priority one there, as inside the
    pattern) is the only candidate: a later start ``q' > q`` with a lead starting before ``q``
    would need the lead's bytes (ESC [ digits ; m, or backslash n r t) to cover ``data[q]``; when
    ``data[q]`` is one of those, the plain search answers. At ``q`` the lead forms end at ``q``
    and differ in length, so the longest valid one gives the smallest start; the forms are
    tried in the lead's order at each start, and at most one fits each start."""
    while True:
        spans = rest(_UNANCHORED, data, pos, endpos)
        q = spans[0][0]
        if q < 0:
            return spans
        if q >= endpos or data[q] in _LEAD_BYTES:
            return match(_UNANCHORED, data, pos, endpos)
        # Colour code "\x1b[" [0-9;]{0,16} "m" ending at q.
        if q - pos >= 3 and data[q - 1] == 0x6D:  # "m"
            k = q - 2
            while k >= pos and q - 2 - k < 16 and data[k] in _ANSI_PARAMS:
                k -= 1
            if k - 1 >= pos and data[k] == 0x5B and data[k - 1] == 0x1B:  # "\x1b["
                return [(k - 1, spans[0][1]), *spans[1:]]
        if q - pos >= 2 and data[q - 2] == 0x5C and data[q - 1] in _ESCAPE_LETTERS:  # "\\n", "\\r", "\\t"
            return [(q - 2, spans[0][1]), *spans[1:]]
        # \b (ASCII word characters; before the text and after it count as non-word).
        if (q > 0 and data[q - 1] in _WORD_BYTES) != (data[q] in _WORD_BYTES):
            return spans
        pos = q + 1  # no lead before this start: the next start of rest


# "\b" then a literal word of at least three characters, after optional leading flags: "(?i)\bbearer",
# "\bSSWS". The word's first character is an ASCII word character, so RE2 finds the rest by its
# literal prefix.
_BOUNDARY_WORD = re.compile(r"((?:\(\?[imsU]+\))*)\\b(?=[A-Za-z0-9_]{3})")


def _boundary_rest(pattern: str) -> str | None:
    """``pattern`` without its leading ``\\b`` (flags kept) when the boundary applies to all of
    it and a literal word follows (see :data:`_BOUNDARY_WORD`), else None."""
    m = _BOUNDARY_WORD.match(pattern)
    if m is None or "\\Q" in pattern:
        return None
    # _lead_rest's checks (no top-level "|", balanced groups) on what follows the boundary.
    rest = _lead_rest(_BOUNDARY_LEAD + pattern[m.end() :])
    return None if rest is None else m.group(1) + rest


def _boundary_match(match: Any, rest: Any, data: bytes, pos: int, endpos: int) -> Any:
    """``match(_UNANCHORED, data, pos, endpos)`` for a pattern ``\\b + rest`` (flags aside), from
    ``rest``'s own search: the same spans. ``rest`` starts with a word character, so its
    leftmost match at ``q`` is the pattern's when ``\\b`` holds at ``q`` (RE2's ``\\b`` is ASCII,
    and the text around the searched range counts, as here); else the next start of ``rest``
    is the next candidate."""
    while True:
        spans = rest(_UNANCHORED, data, pos, endpos)
        q = spans[0][0]
        if q < 0:
            return spans
        if (q > 0 and data[q - 1] in _WORD_BYTES) != (q < len(data) and data[q] in _WORD_BYTES):
            return spans
        pos = q + 1


_ANSI_PARAMS = frozenset(b"0123456789;")
_ESCAPE_LETTERS = frozenset(b"nrt")


class _BacktrackingRegex:
    """Presidio-compatible regex with a timeout (only for imported Presidio files)."""

    __slots__ = ("_compiled", "pattern")

    def __init__(self, pattern: str, ignore_case: bool) -> None:
        import regex

        self.pattern = pattern
        flags = regex.IGNORECASE if ignore_case else 0
        self._compiled = regex.compile(pattern, flags | regex.MULTILINE | regex.DOTALL)

    def spans(self, text: TextLike, group: int | str = 0) -> Iterator[tuple[int, int]]:
        if isinstance(text, TextBuffer):
            text = text.text
        for match in self._compiled.finditer(text, timeout=BACKTRACKING_TIMEOUT_S):
            start, end = match.span(group)
            if start >= 0 and end > start:
                yield start, end


def assume_valid(patterns: Iterable[str]) -> None:
    """Take ``patterns`` as validated without compiling them: the pack cache
    (promptguard.config.packcache) lists the regexes it compiled at build time, under the
    same google-re2 version and options. Like validated ones, their programs are built on
    first use."""
    _VALIDATED.update(patterns)


def check_regex(pattern: str) -> None:
    """Raise ``ValueError`` (with a hint) if ``pattern`` is not valid RE2 syntax."""
    if pattern in _VALIDATED:
        return  # compiled once already (or vouched for by the pack cache)
    try:
        re2.compile(pattern, re2_options())
        _VALIDATED.add(pattern)
    except re2.error as exc:
        detail = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        hint = ""
        if re.search(r"\(\?<?[=!]|\\[1-9]", pattern):
            hint = " (lookarounds and backreferences are not supported: RE2 runs in linear time)"
        raise ValueError(f"invalid RE2 regex: {detail}{hint}") from None


@functools.lru_cache(maxsize=4096)
def compile_regex(
    pattern: str, *, ignore_case: bool = False, allow_backtracking: bool = False
) -> CompiledRegex:
    """Compile with RE2; fall back to ``regex`` with a timeout only when allowed."""
    try:
        return _Re2Regex(pattern, ignore_case, lazy=pattern in _VALIDATED)
    except re2.error:
        if not allow_backtracking:
            try:
                check_regex(pattern)
            except ValueError as exc:
                raise ConfigError(str(exc)) from None
            raise
        return _BacktrackingRegex(pattern, ignore_case)


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


def group_end(pattern: str, i: int) -> int:
    """Index just after the group that opens at ``pattern[i]`` ("("), or -1."""
    depth, j, n, in_class = 0, i, len(pattern), False
    while j < n:
        ch = pattern[j]
        if ch == "\\":
            j += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            k = j + 1 + (pattern[j + 1 : j + 2] == "^")
            if pattern[k : k + 1] == "]":  # "[]a]", "[^]a]": that first "]" is a member
                j = k
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return -1
