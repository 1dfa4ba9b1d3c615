"""All pattern recognizers run together: RE2 ``Set`` passes over the text say which patterns
match at all, and only those then run to find their spans.

The sets are a prefilter, never a judge: each set entry matches wherever its pattern does
(relaxed bounds, literal heads and declared ``set_entry`` stand-ins only ever widen it), so a
pattern the sets pass over finds nothing. Keyword prefilters skip recognizers whose keywords
are absent; built-in recognizers may put one ``gate`` regex into the same pass.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from operator import itemgetter

import re2

from promptguard.findings import Finding
from promptguard.recognizers import hyperscan_set
from promptguard.recognizers.base import Recognizer
from promptguard.recognizers.pattern import PatternRecognizer
from promptguard.recognizers.regex import _BOUNDARY_LEAD, TextBuffer, group_end, re2_options

__all__ = ["SET_MAX_MEM", "PatternSet", "any_substring", "relaxed", "wider_letters"]

log = logging.getLogger("promptguard")

_first = itemgetter(0)

_Entry = tuple[str, tuple[PatternRecognizer, int]]
"""A pattern's source (with its case flag) and its (recognizer, pattern index) slot."""

_GATE = -2
"""Pattern index of a gate slot (see :class:`_Gate`); -1 is a pattern recognizer's deny list."""


class _Gate:
    """The built-in recognizers that declared one :attr:`Recognizer.gate` pattern (recognizers
    with the same gate share a slot). Stands in a set slot as ``(gate, _GATE)``."""

    __slots__ = ("ids", "recognizers")

    def __init__(self, recognizers: list[Recognizer]) -> None:
        self.recognizers = recognizers
        self.ids: frozenset[int] = frozenset()
        """``id`` of each recognizer: what an open gate adds to the scan's opened set."""


SET_MAX_MEM = 32 << 20
"""RE2's memory budget for a set (program and DFA states; states are built as a text needs
them, so a budget is a ceiling, not an allocation). At RE2's default (8 MiB) the secrets pack's
set of assignments, headers and command lines ran out of DFA states on secret-dense text (2 KB
chunks of the shared secret-scanner corpora, config files and logs full of keys) and rebuilt
them over and over: 610 us a chunk, 15 us at 32 MiB, with the same matches. On 2 KB prompts
and documentation text the budget makes no difference (measured both)."""


class _SharedEntries:
    """An RE2 set compiled from distinct patterns that answers like one holding every entry:
    :meth:`Match` gives the position of each entry whose pattern matched.

    Why: two patterns of one rule often share a set entry (``pw is ...`` and ``pw <value>``
    both start at ``pw``), and RE2 keeps a thread for each copy in every DFA state. Measured
    with callgrind on the secrets pack's set over new 2 KB prompts: one ``(?:^|\\s)pw[ \\t]+\\S``
    entry in place of two cost ~6k instructions less per prompt; two copies of it, nothing less."""

    __slots__ = ("_fan", "_set")

    def __init__(self, rset: re2.Set | hyperscan_set.AcceleratedSet, fan: list[tuple[int, ...]]) -> None:
        self._set = rset
        self._fan = fan

    def Match(self, data: bytes) -> list[int] | None:  # noqa: N802 - re2.Set's interface
        hits = self._set.Match(data)
        if not hits:
            return None
        fan = self._fan
        return [entry for hit in hits for entry in fan[hit]]


def _compile_set(
    patterns: Sequence[str], *, accelerate: bool = False, probes: Callable[[], list[str]] = list
) -> re2.Set | _SharedEntries | None:
    """An RE2 search set of ``patterns`` (index = position), or None if RE2 refuses it. A
    pattern listed more than once is compiled once (see :class:`_SharedEntries`). ``accelerate``:
    a big pack's set, answered by Hyperscan once its database is built (see
    :mod:`~promptguard.recognizers.hyperscan_set`), which is checked on ``probes`` first."""
    options = re2_options()
    options.max_mem = SET_MAX_MEM
    rset = re2.Set.SearchSet(options)
    distinct: dict[str, list[int]] = {}
    for position, pattern in enumerate(patterns):
        distinct.setdefault(pattern, []).append(position)
    try:
        for index, pattern in enumerate(distinct):
            if rset.Add(pattern) != index:  # pragma: no cover - RE2 numbers patterns in order
                return None
        rset.Compile()
    except Exception:  # noqa: BLE001 - RE2 out of memory on a huge pattern or pack
        return None
    if accelerate and hyperscan_set.available():
        rset = hyperscan_set.AcceleratedSet(rset, list(distinct), probes)
    if len(distinct) == len(patterns):
        return rset
    return _SharedEntries(rset, [tuple(positions) for positions in distinct.values()])


_MERGE_UP_TO = 40
"""Packs with few patterns share one RE2 set up to this many patterns: each set is one
more pass over the text. Measured: the four PII packs (24 patterns) as one set match
2 KB in 13 µs and 1 MB in 3.2 ms, as three sets in 21 µs and 6.7 ms. Big packs (the
secrets pack) keep a set of their own (see :class:`PatternSet`)."""


_RELAX_TO = 8
"""Counted repetitions longer than this become ``{min(n, 8),}`` in a big pack's set (see
:func:`relaxed`). Measured on the secrets pack (178 entries): on 2 KB texts the set meets for
the first time, its pass costs 70 µs instead of 120 (RE2 builds fewer DFA states); over the
40 benchmark prompts no pattern is flagged that then finds nothing, over the 11,500 texts of
the secrets, benign and PII corpora 39 are (one pattern run each, ~5 µs). With 4, 33 of the
40 prompts are; with 16 a first meeting costs 83 µs."""
_RELAX_REST_TO = 4
"""The same for the entries of a big pack that are not provider tokens (assignments, headers,
command lines: see :func:`_split_big`). Measured on the secrets pack's set of those over 2 KB
PII-dense prompts it has not seen: 18.6 -> 16.5 us per text (the same prompts again: 6.2 either
way); flags per text: the speed prompts 0.384 either way, the benign corpora 0.017 -> 0.030, the
injection corpora 0.052 -> 0.071, the secrets corpora 0.235 -> 0.241. The token rules keep 8:
with 4 their set flags 1.2 patterns per speed prompt that then find nothing, instead of 0.38."""
_QUANTIFIER = re.compile(r"\{(\d+)(?:(,)(\d*))?\}")


def relaxed(pattern: str, up_to: int = _RELAX_TO) -> str:
    """``pattern`` with each counted repetition ``{n,m}`` / ``{n,}`` / ``{n}`` whose bound exceeds
    ``up_to`` written ``{min(n, up_to),}``: for the set pass only, which decides which patterns
    run (each then finds its own spans).

    Sound: ``X{k,}`` with k <= n matches wherever ``X{n,m}`` does, and a regex in which a part is
    replaced by a superset matches a superset, so every text the pattern matches still flags it.
    Why: a counter such as ``[A-Za-z0-9]{36,251}`` is hundreds of NFA states, which a set of many
    patterns multiplies into many DFA states, each built the first time a text reaches it.

    One ``re.sub`` over the tokens that matter (escapes, character classes, counters): the
    character-by-character loop it replaced cost ~40 ms of every injection detector load (228
    patterns, ~180,000 characters); the output is the same (tested against that loop)."""
    if "\\Q" in pattern:  # \Q...\E quotes braces: left as written
        return pattern
    if "{" not in pattern:
        return pattern

    def counter(m: re.Match[str]) -> str:
        if m.group(1) is None:
            return m.group(0)  # an escape or a class: as written
        low = int(m.group(1))
        high = low if m.group(2) is None else (None if m.group(3) == "" else int(m.group(3)))
        return f"{{{min(low, up_to)},}}" if high is None or high > up_to else m.group(0)

    return _RELAX_TOKEN.sub(counter, pattern)


_RELAX_TOKEN = re.compile(
    # an escape (\x{263a} and \p{Greek} with their braces), a class ("[]a]", "[^]a]": that first
    # "]" is a member; escapes inside), or a counter
    r"\\(?:[xpP]\{[^}]*\}?|.?)"
    r"|\[\^?\]?(?:\\(?:[xpP]\{[^}]*\}?|.?)|[^\]\\])*\]?"
    r"|" + _QUANTIFIER.pattern,
    re.DOTALL,
)


_LETTER = r"[^\x00-@\[-`{-\x7f]"
_WIDER_LETTER_CLASSES = {
    # A letter: an ASCII letter or any character outside ASCII.
    r"\pL": _LETTER,
    r"\p{L}": _LETTER,
    r"[\pL]": _LETTER,
    # A letter or "-".
    r"[\pL-]": r"[^\x00-,.-@\[-`{-\x7f]",
    # Not a letter: anything but an ASCII letter.
    r"[^\pL]": "[^A-Za-z]",
    r"[^\p{L}]": "[^A-Za-z]",
    # A combining mark: never ASCII. A letter or a mark, or neither: as for a letter.
    r"\pM": r"[^\x00-\x7f]",
    r"\p{M}": r"[^\x00-\x7f]",
    r"[\pL\pM]": _LETTER,
    r"[^\pL\pM]": "[^A-Za-z]",
}
_LETTER_TOKEN = re.compile(
    # an escape (\pL and \p{L} whole), or a class with its escapes (as in _RELAX_TOKEN)
    r"\\(?:[xpP]\{[^}]*\}?|[pP][A-Za-z]|.?)"
    r"|\[\^?\]?(?:\\(?:[xpP]\{[^}]*\}?|.?)|[^\]\\])*\]?",
    re.DOTALL,
)


_POSIX_CLASS = re.compile(r"\[:\^?[a-z]+:\]")


def wider_letters(pattern: str) -> str:
    """For a set entry only: ``pattern`` with each Unicode letter class (``\\pL``, ``[\\pL]``,
    ``[\\pL-]``, ``[^\\pL]``; with marks ``\\pM``, ``[\\pL\\pM]``, ``[^\\pL\\pM]``) written as a
    class of ASCII ranges that holds it: a letter is any character outside ASCII or an ASCII
    letter, a non-letter anything but an ASCII letter.

    Sound: each replacement holds every character of the class it replaces (under ``(?i)``
    too: case folding adds only letters to ``[A-Za-z]``, so its complement still holds every
    non-letter), so the entry matches wherever the pattern does. Why: RE2 compiles ``\\pL``
    into the UTF-8 automaton of ~650 code point ranges, once per occurrence; the injection
    pack's sets were 270,000 instructions, 184,000 with these, and compiled in 64 ms instead
    of 96 (the same patterns flagged on 2 KB documentation chunks and prompts). A combining
    mark (``\\pM``) is any character outside ASCII, and ``[^\\pL\\pM]``, the border of the
    multilingual families' words, anything but an ASCII letter: 17 such borders in the injection
    pack's sets (one each in a rule's branches) were 20% of the sets' compile time (callgrind:
    the detector's load 1.53G -> 1.43G instructions), one Georgian/Armenian entry 10 ms alone."""
    if "\\p" not in pattern or "\\Q" in pattern or _POSIX_CLASS.search(pattern):
        # \Q...\E quotes, and a POSIX class ("[[:alpha:]\\pM]") would end the class token early
        return pattern
    return _LETTER_TOKEN.sub(lambda m: _WIDER_LETTER_CLASSES.get(m.group(0), m.group(0)), pattern)


_FLAGS_PREFIX = re.compile(r"(?:\(\?[imsU]+\))+")
_FLAG_GROUP = re.compile(r"\(\?[imsU\-]+\)")
_QUANTIFIER_AT = re.compile(r"(?:[*+?]|\{\d+(?:,\d*)?\})\??")
_COSTLY_ATOM = re.compile(r"(?:\[.*\]|\\[wWdDsS]|\.)(?:[*+]|\{\d+(?:,\d*)?\})\??$", re.DOTALL)
_Item = tuple[str, str, "str | None"]
"""A top-level item of a regex: (kind, source, inner source of a group); kind is ``lit`` (one
literal character), ``atom`` (a class, an assertion, a quantified character), ``group`` (a plain
or capturing group, no quantifier) or ``opaque`` (a group that cannot be flattened)."""


def _regex_items(pattern: str) -> list[_Item] | None:
    """The top-level items of ``pattern``, or None when it has a top-level ``|`` or a construct
    this small reader does not know (the caller then leaves the pattern as written)."""
    items: list[_Item] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        inner: str | None = None
        if c == "|":
            return None
        if c == "\\":
            nxt = pattern[i + 1 : i + 2]
            if nxt in ("x", "p", "P") and pattern[i + 2 : i + 3] == "{":
                j = pattern.find("}", i) + 1
            elif nxt == "x":
                j = i + 4
            elif nxt in ("p", "P"):
                j = i + 3
            else:
                j = i + 2
            if j <= i or j > n:
                return None
            # \. \- \x1b \n: one literal character; \d \w \b \pL: a class or an assertion.
            kind = "lit" if not nxt.isalnum() or nxt in "xnrtf" else "atom"
            if nxt == "x" and pattern[i + 2 : i + 3] == "{":
                kind = "atom"  # a code point above ASCII: kept out of literal runs
        elif c == "[":
            j = i + 1
            if pattern.startswith("^", j):
                j += 1
            if pattern.startswith("]", j):
                j += 1
            while j < n and pattern[j] != "]":
                if pattern.startswith("[:", j):  # a POSIX class inside: "[[:alpha:]_]"
                    close = pattern.find(":]", j + 2)
                    if close < 0:
                        return None
                    j = close + 2
                    continue
                j += 2 if pattern[j] == "\\" else 1
            if j >= n:
                return None
            j += 1
            kind = "atom"
        elif c == "(":
            j = group_end(pattern, i)
            if j < 0:
                return None
            src = pattern[i:j]
            if src.startswith("(?:"):
                inner = src[3:-1]
            elif src.startswith("(?P<"):
                inner = src[src.index(">") + 1 : -1]
            elif not src.startswith("(?"):
                inner = src[1:-1]
            kind = "group" if inner is not None else "opaque"  # (?i:...), lookarounds: as a whole
        elif c in "^$.":
            kind, j = "atom", i + 1
        elif c in ")*+?" or (c == "{" and _QUANTIFIER_AT.match(pattern, i)):
            return None
        else:
            kind, j = "lit", i + 1
        quantifier = _QUANTIFIER_AT.match(pattern, j)
        if quantifier is not None:
            j = quantifier.end()
            kind = "opaque" if kind in ("group", "opaque") else "atom"
            inner = None
        items.append((kind, pattern[i:j], inner))
        i = j
    return items


def _split_flags_items(pattern: str) -> tuple[str, list[_Item]] | None:
    """``pattern``'s leading flag groups and the items after them, or None when it cannot be
    rewritten item by item (a ``\\Q`` quote, a shape :func:`_regex_items` does not parse)."""
    if "\\Q" in pattern:
        return None
    flags = _FLAGS_PREFIX.match(pattern)
    prefix, body = (flags.group(0), pattern[flags.end() :]) if flags else ("", pattern)
    items = _regex_items(body)
    return None if items is None else (prefix, items)


def from_literal(pattern: str, min_run: int = 2) -> str:
    """For a big pack's set only: ``pattern`` from its first run of ``min_run`` literal characters
    on, when what comes before is shapeless (classes and counted runs, an optional leading
    alternation of boundaries), e.g. ``(?:^|[^A-Za-z0-9_~.\\-])([A-Za-z0-9_~.\\-]{3}\\dQ~...)``
    -> ``Q~...``; else ``pattern`` as written.

    Sound: the pattern is a concatenation (groups without alternation or quantifier flattened),
    and wherever it matches, the concatenation's tail matches inside that match (with the same
    surroundings for its assertions), so every text that flags the pattern still flags it; the
    pattern itself then finds its own spans. Why: a leading class such as ``[A-Za-z0-9]{14}``
    (before ``.atlasv1.``) keeps a DFA position alive inside every word of the text, and in a
    set of ~100 patterns each such position multiplies the states RE2 builds on text it has not
    seen; a literal keeps a pattern asleep until it occurs."""
    split = _split_flags_items(pattern)
    if split is None:
        return pattern
    prefix, pending = split
    seen: list[_Item] = []
    while pending:
        item = pending.pop(0)
        if item[0] == "group" and item[2] is not None:
            inner = _regex_items(item[2])
            if inner is not None:
                pending[:0] = inner  # the group's items in its place (no capture needed here)
                continue
            item = ("opaque", item[1], None)
        seen.append(item)
        run = 0
        for kind, _, _ in reversed(seen):
            if kind != "lit":
                break
            run += 1
        if run < min_run:
            continue
        start = len(seen) - run
        dropped = seen[:start]
        if (
            not dropped
            or not any(kind == "atom" and _COSTLY_ATOM.match(src) for kind, src, _ in dropped)
            or any(kind == "opaque" for kind, _, _ in dropped[1:])  # only a leading boundary group
            or any(kind == "lit" and src.isalnum() for kind, src, _ in dropped)  # no word dropped
            # "(?i)" mid-pattern sets a flag for what follows: dropped, the rest would match less.
            or any(_FLAG_GROUP.fullmatch(src) for _, src, _ in dropped)
        ):
            return pattern
        # A word boundary right before the run is kept ("^[ \\t]*\\buser" -> "\\buser"): it asks
        # nothing of the dropped items, and it keeps the entry from starting inside every word.
        if seen[start - 1][1] == "\\b":
            start -= 1
        return prefix + "".join(src for _, src, _ in seen[start:]) + "".join(src for _, src, _ in pending)
    return pattern


_INLINE_FLAGS = re.compile(r"\(\?[A-Za-z-]+[:)]")
_HEAD_LITERALS = 3
"""Literal characters :func:`literal_head` wants before it cuts a token entry."""


def literal_head(pattern: str, min_literals: int = _HEAD_LITERALS) -> str:
    """For a big pack's provider-token set only: ``pattern`` up to its first shapeless run (a
    class, ``\\w`` or ``.`` under ``*``, ``+`` or a counter), when ``min_literals`` literal
    characters come before it (an alternation group after the lead counts as a literal: ``AKIA``,
    ``ASIA``...), e.g. ``<lead>(gh[pousr]_[A-Za-z0-9]{8,}\\b)`` -> ``<lead>gh[pousr]_``; else
    ``pattern`` as written.

    Sound: the pattern is a concatenation (groups without alternation or quantifier flattened),
    and wherever it matches, its head matches at the same start, so every text that flags the
    pattern still flags its entry; the pattern itself then finds its own spans. Why: after its
    prefix each token rule counts its body (``{8,}`` once relaxed), and in one DFA the counts
    of the rules whose prefix a word of the text starts with ("sk-", "pat", "EAA", "key-")
    multiply into states RE2 builds the first time it meets them. Measured on the secrets
    pack's token set over 2 KB PII-dense prompts it has not seen: 12.9 -> 9.4 us per text (the
    same prompts again: 4.6 -> 4.5); flags per text: the speed prompts 0.382 either way, the
    benign corpora 0 -> 0.06, the secrets corpora 0.17 -> 0.20 (each one pattern run that finds
    nothing). Cut with 4 literals or more only, it gains nothing: the short prefixes are the
    costly ones."""
    split = _split_flags_items(pattern)
    if split is None:
        return pattern
    prefix, pending = split
    kept: list[str] = []
    literals = 0
    while pending:
        kind, src, inner = pending.pop(0)
        if kind == "group" and inner is not None:
            # A group setting flags ("(?-i)sk") is kept whole: spliced in, its flag would reach
            # past it and change what the rest of the head matches.
            items = None if _INLINE_FLAGS.search(inner) else _regex_items(inner)
            if items is not None:
                pending[:0] = items  # the group's items in its place (no capture needed here)
                continue
            kind = "opaque"
        if kind == "atom" and _COSTLY_ATOM.match(src):
            return prefix + "".join(kept) if literals >= min_literals else pattern
        if kind == "lit":
            literals += 1
        elif kind == "opaque" and kept and src.endswith(")"):
            # An alternation after the leading boundary group ("(?:AKIA|ASIA)"); not a quantified
            # group, which may match nothing ("(?:dev-)?").
            literals += min_literals
        kept.append(src)
    return pattern


def _relax_big(entries: list[_Entry]) -> list[_Entry]:
    """A big pack's set entries relaxed (see :func:`relaxed`). The small packs' merged set is
    left as written: their bounds are what makes their patterns selective (relaxed to 8, the
    PII set flags ~2 patterns per 2 KB prompt that then find nothing)."""
    if len(entries) <= _MERGE_UP_TO:
        return entries
    return [(relaxed(src), slot) for src, slot in entries]


def _split_big(entries: list[_Entry]) -> list[list[_Entry]]:
    """A big pack's entries as two sets: the provider-token rules (a pattern that starts with
    the boundary lead of :mod:`~promptguard.recognizers.regex`, then the token's literal
    prefix: ``ghp_``, ``AKIA``, ``xoxb-``) and the rest (assignments, headers, command lines,
    hashes, the built-ins' gates). A small pack's entries stay one set.

    Why: RE2 builds a DFA state for each set of pattern positions a text reaches, the first
    time it reaches it. A token rule only starts at its prefix; most of the rest start almost
    anywhere (a class, a keyword alternation, a line start), and in one DFA their positions
    multiply with the token rules' (a state per combination). Two passes over the text cost a
    little more on a text whose states are all built already, much less on one that needs new
    states: every new prompt, and above all secret-dense text (code, config files, logs).
    Measured on the secrets pack (205 entries): 2 KB prompts never seen before (after 200
    others) 86 -> 44 us per text; the same prompts again 10 -> 15 us; 2 KB chunks of the
    secrets corpora 8.3 ms -> 3.3 ms per text, 256 KB of the benign corpora scanned twice
    113 -> 5 ms the second time (the one-set DFA outgrew RE2's memory budget and rebuilt its
    states over and over). Which patterns match is the same either way: each set entry says
    whether its own pattern matches."""
    if len(entries) <= _MERGE_UP_TO:
        return [entries]
    tokens = [e for e in entries if e[0].startswith(_LEADS)]
    others = [e for e in entries if not e[0].startswith(_LEADS)]
    return [tokens, others] if tokens and others else [entries]


_LEADS = (_BOUNDARY_LEAD, relaxed(_BOUNDARY_LEAD))
"""The boundary lead as written and as :func:`relaxed` writes it (its ``{0,16}``): entries
are split after they are relaxed."""
_ESCAPED_LEAD = relaxed(_BOUNDARY_LEAD.replace(r"\b|", "", 1))
"""The boundary lead without its ``\\b``: the colour-code and backslash-escape forms."""


def _escape_leads(entries: list[_Entry]) -> tuple[list[_Entry], list[_Entry]]:
    """The provider-token set's entries with the boundary lead ``(?:\\b|<colour code>|\\[nrt])``
    cut to ``\\b``, and the entries' other lead forms (for a set of their own).

    Exact: ``(?:\\b|E)R`` matches where ``\\bR`` or ``ER`` does, and ``E`` needs an ESC byte or a
    backslash, so the second set only runs on a text that has one. Why: in one DFA the escape
    forms keep a position alive at every backslash or ESC *and* make RE2 track word boundaries
    and those positions together, so a new text builds twice the states. Measured on the
    secrets pack's token set over 2 KB prompts it had not seen (after 40 others): 9.6 -> 4.9 us
    per text (the same prompts again: 4.6 -> 4.3), the same patterns flagged."""
    plain: list[_Entry] = []
    escaped: list[_Entry] = []
    for src, slot in entries:
        lead = next((lead for lead in _LEADS if src.startswith(lead)), None)
        if lead is None:
            plain.append((src, slot))
            continue
        rest = src[len(lead) :]
        plain.append((r"\b" + rest, slot))
        escaped.append((_ESCAPED_LEAD + rest, slot))
    return plain, escaped


_COMPANION = re.compile(r"\(\?-i:(?:[A-Za-z0-9_]|\[[A-Za-z0-9-]+\]|\.\?|_\?|\(\?:|\)|\|)+\)")
"""A case-sensitive group of names: ``(?-i:Token|TOKEN)``, ``(?-i:[a-z0-9](?:Key|Secret))``."""


def _companions(entries: list[_Entry]) -> tuple[list[_Entry], list[_Entry]]:
    """``entries`` with each in-word companion cut out, and the companions (for the token set).

    A companion starts the last branch of an entry's leading group: a case-sensitive group of
    names that may start inside a word. ``(?i)(?:(?:\\b|_)twilio|(?-i:Twilio|TWILIO))<rest>`` is
    cut to ``(?i)(?:(?:\\b|_)twilio)<rest>`` here and ``(?-i:Twilio|TWILIO)`` goes there. Sound: a
    match of ``(A|CT)R`` is a match of ``(A)R`` or holds a match of ``C`` (so does a match of
    ``(A|CT)?R`` or ``(A|CT)+R`` that takes the branch), so every text that flags the entry flags
    one of its two parts; the pattern then finds its own spans.

    Why: the rest's entries start at a word start, after "_" or at punctuation, so inside a word
    its DFA tracks only the word's first letters. A name that may start anywhere in a word adds a
    thread at every letter of every word, which the other entries' states multiply; the token
    set's entries start at literal prefixes, where such a name costs far less. Measured with
    callgrind over 100 new 2 KB prompts (after 40), instructions per prompt of the rest's set +
    the token set, with the companions of 28 patterns and 2 gates: 299.1k + 47.0k in the rest,
    190.5k + 71.3k in the token set (the same prompts again: 41.5k + 41.0k either way)."""
    kept: list[_Entry] = []
    out: list[_Entry] = []
    for src, slot in entries:
        flags = _FLAGS_PREFIX.match(src)
        head = flags.end() if flags else 0
        if not src.startswith("(?:", head):
            kept.append((src, slot))
            continue
        end = group_end(src, head)
        inner = src[head + 3 : end - 1]
        cut = _last_bar(inner) if end > 0 else -1
        group = inner[cut + 1 : group_end(inner, cut + 1)] if cut >= 0 else ""
        if not _COMPANION.fullmatch(group):
            kept.append((src, slot))
            continue
        kept.append((src[: head + 3] + inner[:cut] + src[end - 1 :], slot))
        # The branch is the companion alone and the group is not quantified: what follows the group
        # follows the companion in every match that takes the branch, so its leading items may ride
        # along (see _cheap_head).
        tail = _cheap_head(src[end:]) if inner[cut + 1 :] == group and not _QUANTIFIER_AT.match(src, end) else ""
        out.append((src[:head] + group + tail if tail else group, slot))
    return kept, out


_RUN = re.compile(r"(\[(?:\\.|[^\]\\])*\]|\\[wWdDsS]|\\[pP](?:\{[^}]*\}|[A-Za-z])|\.)(?:[*+]|\{\d+(?:,\d*)?\})")
"""A repeated class, ``\\w``-like escape, Unicode class or ``.`` (a run)."""
_WHITESPACE_RUNS = frozenset((r"\s", r"[ \t]"))


def _cheap_head(tail: str) -> str:
    """The leading items of ``tail`` (a concatenation; "" when it is not one) up to the first that
    holds a run other than of whitespace: ``:\\s*token\\s+`` of ``:\\s*token\\s+([A-Za-z0-9]{16,})``.

    Sound for a companion (see :func:`_companions`): wherever the pattern matches through the
    companion's branch, the tail matches right after the companion, and so does each run of the
    tail's leading items (a concatenation's prefix), with the same surroundings for its assertions.
    Why: a bare companion flags its pattern at each occurrence of the name ("Authorization: Bearer"
    flagged http_token_header, whose pattern then searched the text for "Authorization: Token" and
    found nothing: 0.185 searches per 2 KB speed prompt); a run of letters or digits after the
    name would keep a DFA thread alive through the next word, where a whitespace run ends at the
    first other character."""
    split = _split_flags_items(tail)
    if split is None or split[0]:
        return ""
    kept: list[str] = []
    for _, src, _ in split[1]:
        if any(m.group(1) not in _WHITESPACE_RUNS for m in _RUN.finditer(src)):
            break
        kept.append(src)
    return "".join(kept)


_TOKEN_RUN = re.compile(r"\[[^\]]+\]\{(\d+)\}")
"""A bracket class with a fixed count: ``[0-9a-f]{8}``."""


def _run_led(entries: list[_Entry]) -> tuple[list[_Entry], list[_Entry]]:
    """``entries`` without the token-shaped ones, and those (for the token set): an entry that opens
    with a fixed run of 8 or more of one class, then a literal separator (a rule's declared
    ``set_entry`` such as ``[0-9a-f]{8}-[0-9a-f]{8}-`` for Mailgun's ``<32 hex>-<8 hex>-<8 hex>``,
    whose token has no literal prefix to start from).

    Exact: an entry moved whole matches the same texts in either set. Why: in the rest's set such an
    entry is relaxed to its shortest form (``[0-9a-f]{4,}-...``, see :data:`_RELAX_REST_TO`), which
    every UUID and date matches; in the token set its counts stay, and Hyperscan then passes a 2 KB
    prompt in ~1 us less than with the entry as the rule's regex writes it (measured on the speed
    benchmark's prompts, Mailgun and Discord bot tokens)."""
    kept: list[_Entry] = []
    led: list[_Entry] = []
    for src, slot in entries:
        items = _regex_items(src)
        run = _TOKEN_RUN.fullmatch(items[0][1]) if items and len(items) > 1 and items[0][0] == "atom" else None
        if run is not None and int(run.group(1)) >= _RELAX_TO and items is not None and items[1][0] == "lit":
            led.append((src, slot))
        else:
            kept.append((src, slot))
    return kept, led


def _literal_led(entries: list[_Entry]) -> tuple[list[_Entry], list[_Entry]]:
    """``entries`` without the case-sensitive ones that start with two literal characters, and
    those (for the token set): ``Q~...``, ``_authToken...``, ``NTLM\\s+...``, ``PRIVATE KEY``,
    ``パスワード...``, ``-----BEGIN``, ``\\$2a\\$...``.

    Exact: an entry moved whole matches the same texts in either set. Why: the rest's entries start
    at a word start, after "_" or at punctuation (see :func:`_companions`); a literal that may
    start inside any word ("NTLM", "_session", "random_password") keeps a thread at every letter
    of every word, which the other entries' states multiply, where the token set's entries all
    start at literal prefixes. Measured with callgrind over 100 new 2 KB prompts (after 40),
    instructions per prompt of the rest's set + the token set: 190.7k + 71.5k with the 44 entries
    in the rest, 150.1k + 87.1k in the token set; the 8 in-word ones alone (``Q~``, ``_authToken``,
    ``_session``, ``NTLM``, ``Negotiate``, ``Password>``, ``PRIVATE KEY``, ``random_password``)
    162.3k + 77.4k."""
    kept: list[_Entry] = []
    led: list[_Entry] = []
    for src, slot in entries:
        split = _split_flags_items(src)
        items = split[1] if split is not None and not split[0] else []
        if len(items) > 1 and items[0][0] == "lit" and items[1][0] == "lit":
            led.append((src, slot))
        else:
            kept.append((src, slot))
    return kept, led


def _last_bar(inner: str) -> int:
    """Index of the last top-level ``|`` of ``inner`` (a group's body), or -1."""
    last, j, n = -1, 0, len(inner)
    while j < n:
        if inner[j] == "(":
            j = group_end(inner, j)
            if j < 0:
                return -1
            continue
        if inner[j] == "|":
            last = j
        token = _LETTER_TOKEN.match(inner, j)  # an escape or a class, whole
        j = token.end() if token is not None and token.end() > j else j + 1
    return last


def _merge_small(groups: list[list[_Entry]]) -> list[list[_Entry]]:
    merged: list[list[_Entry]] = []
    for entries in groups:
        if merged and len(merged[-1]) + len(entries) <= _MERGE_UP_TO:
            merged[-1] = merged[-1] + entries
        else:
            merged.append(list(entries))
    return merged


def _slot_name(rec: PatternRecognizer | _Gate, index: int) -> str:
    if isinstance(rec, _Gate):
        return "gate of " + "/".join(r.id for r in rec.recognizers)
    return f"{rec.id}/{rec.patterns[index].name}"


def _keyword_set(recognizers: Sequence[PatternRecognizer]) -> re2.Set | _SharedEntries | None:
    """One case-insensitive RE2 set entry per recognizer: the alternation of its keywords."""
    if not recognizers:
        return None
    return _compile_set(["(?i)(?:" + "|".join(re.escape(k) for k in rec.keywords) + ")" for rec in recognizers])


_NEAR_BEFORE = 48
_NEAR_AFTER = 8


def _keyword_near(keywords: tuple[str, ...], text: str, found: Sequence[Finding]) -> bool:
    """True if one of ``keywords`` (lowercase ASCII) occurs, in any case, in an all-ASCII window
    around one of the findings: then it occurs in the text, as the keyword set would say (on
    ASCII text, RE2's case folding of an ASCII keyword and ``str.lower`` agree). False settles
    nothing: the caller asks the keyword set."""
    for f in found:
        window = text[f.start - _NEAR_BEFORE if f.start > _NEAR_BEFORE else 0 : f.end + _NEAR_AFTER]
        if window.isascii():
            low = window.lower()
            for k in keywords:
                if k in low:
                    return True
    return False


def _caseless(keywords: Sequence[str]) -> bool:
    """Keywords made of ASCII characters that are not letters: case folding changes nothing."""
    return bool(keywords) and all(k.isascii() and not any(ch.isalpha() for ch in k) for k in keywords)


_Slots = list[tuple[PatternRecognizer, int]]
_Step = tuple["re2.Set | _SharedEntries | None", _Slots]


class _Split:
    """A big pack's sets (see :func:`_split_big`), passed by :meth:`PatternSet.scan_gated`: their
    candidates put back in the entries' own order (``keys``: each slot's place in it), the findings
    then come out in the same order as from one set (overlap resolution keeps the first of
    equal-ranked findings with the same span, so the order is part of the result).

    Why a step of its own: the small packs' sets (one set per group, already in that order) then
    skip the keyed merge; their 4-6 candidates per PII-dense prompt were each made a (key, slot)
    pair, deduplicated and sorted whenever the secrets pack was on."""

    __slots__ = ("escapes", "sets", "twice")

    def __init__(
        self,
        sets: list[tuple[re2.Set | _SharedEntries | None, _Slots, list[int]]],
        escapes: list[tuple[re2.Set | _SharedEntries, _Slots, list[int]]],
        twice: bool,
    ) -> None:
        self.sets = sets
        self.escapes = escapes
        """The token rules' escaped-lead forms (see :func:`_escape_leads`)."""
        self.twice = twice
        """Whether a slot has an entry in two of the sets (see :func:`_companions`)."""

    def candidates(self, data: bytes, out: _Slots) -> None:
        """Append to ``out`` the slots whose entries match ``data``, in key order."""
        keyed: list[tuple[int, tuple[PatternRecognizer, int]]] = []
        for rset, slots, keys in self.sets:
            if rset is None:
                keyed.extend(zip(keys, slots, strict=True))
                continue
            hits = rset.Match(data)
            if hits:
                keyed.extend([(keys[i], slots[i]) for i in hits])
        if self.escapes and (b"\\" in data or b"\x1b" in data):
            # A token right after an escape ("\\nghp_...", a colour code): the escaped-lead
            # forms, for the slots the plain sets did not flag already.
            flagged = {key for key, _ in keyed}
            for rset, slots, keys in self.escapes:
                for i in rset.Match(data) or ():
                    if keys[i] not in flagged:
                        flagged.add(keys[i])
                        keyed.append((keys[i], slots[i]))
        if not keyed:
            return
        if len(keyed) > 1:
            if self.twice:
                # A slot with an in-word companion (see _companions) may be flagged by both sets.
                keyed = list(dict(keyed).items())
            keyed.sort(key=_first)  # the keys are distinct: the slots are never compared
        out.extend([slot for _, slot in keyed])


class PatternSet:
    """All pattern regexes of all pattern recognizers in RE2 sets (a one-pass prefilter).

    One set per pack rather than one for everything: RE2's DFA has a fixed memory
    budget, and the union of several packs can exhaust it, after which RE2 keeps
    flushing its DFA cache. Measured on 256 KB of prompts: PII + secrets packs in one
    set took 240 ms to match, one set per pack 3.3 ms in total (and raising
    ``max_mem`` instead costs ~25 MiB of RSS). A big pack gets two sets, for the same reason
    (see :func:`_split_big`).
    """

    def __init__(
        self, recognizers: Sequence[PatternRecognizer], gated: Sequence[Recognizer] = (), *, pattern_first: bool = True
    ) -> None:
        """``gated``: built-in recognizers whose :attr:`~Recognizer.gate` rides in the set pass;
        ``pattern_first=False`` keeps every keyword test before its pattern (the plain path the
        equivalence tests compare with)."""
        self.recognizers = list(recognizers)
        # (recognizer, pattern index); in `always`, index -1 means the deny list
        self.always: list[tuple[PatternRecognizer, int]] = []
        groups: dict[str | None, list[tuple[str, tuple[PatternRecognizer, int]]]] = {}
        for rec in self.recognizers:
            for i, pat in enumerate(rec.patterns):
                # A declared set entry matches wherever the regex does (the schema checks it on
                # the examples): it decides as well which regexes run, at a smaller DFA.
                src = pat.regex.pattern if pat.set_entry is None else pat.set_entry
                if type(pat.regex).__name__ != "_Re2Regex":
                    self.always.append((rec, i))
                    continue
                groups.setdefault(rec.pack, []).append((("(?i)" if rec.spec.ignore_case else "") + src, (rec, i)))
            if rec.spec.deny_list:
                self.always.append((rec, -1))
        # Keywords without letters ("@" for emails, ":" for IPv6) match the same with and
        # without case folding: a substring test (a C search) answers for those (see below).
        self._kw_caseless = {id(rec): rec.keywords for rec in self.recognizers if _caseless(rec.keywords)}
        # A big pack's recognizers (the secrets pack: a set of its own) run their pattern before
        # their keyword test: their keywords are mostly part of what the pattern matches ("ghp_",
        # "AKIA", "bearer"), so a match near its keyword settles the test without a keyword pass
        # over the text, and a pattern the set flagged rarely finds nothing. The keyword pass of
        # the small packs (the one that runs on most texts) then stays as small as without them.
        # Only ASCII keywords are looked for near a match (see _keyword_near).
        big = {pack for pack, entries in groups.items() if len(entries) > _MERGE_UP_TO}
        self._pattern_first: dict[int, tuple[str, ...]] = {
            id(rec): tuple(k for k in rec.keywords if k.isascii())
            for rec in self.recognizers
            if pattern_first and rec.pack in big and rec.keywords and id(rec) not in self._kw_caseless
        }
        # Gates of built-in recognizers ride in their pack's set: the pass over the text that
        # runs anyway says whether each recognizer's own prefilter regex would match at all,
        # where each built-in used to make a pass of its own (~5 us per 2 KB text each).
        gates: dict[tuple[str | None, str], _Gate] = {}
        for other in gated:
            if other.gate is None:
                continue
            gate = gates.get((other.pack, other.gate))
            if gate is None:
                gate = gates[(other.pack, other.gate)] = _Gate([])
                groups.setdefault(other.pack, []).append((other.gate, (gate, _GATE)))  # type: ignore[arg-type]
            gate.recognizers.append(other)
        for gate in gates.values():
            gate.ids = frozenset(id(r) for r in gate.recognizers)
        # (set or None = run every slot, slots in set order); a big pack's entries are split
        # over two sets (see _split_big). ``_keys`` gives each slot its place in the entries'
        # own order, in which the candidates of a split pack are put back: the findings then
        # come out in the same order as from one set (overlap resolution keeps the first of
        # equal-ranked findings with the same span, so the order is part of the result).
        self.sets: list[tuple[re2.Set | _SharedEntries | None, list[tuple[PatternRecognizer, int]]]] = []
        self._keys: list[list[int]] = []
        # The token rules' escaped-lead forms (see _escape_leads): (set, slots, keys), passed only
        # over a text with a backslash or an ESC byte.
        self._escapes: list[tuple[re2.Set | _SharedEntries, list[tuple[PatternRecognizer, int]], list[int]]] = []
        self._twice: set[int] = set()
        """Keys of the slots with an entry in two sets (see :func:`_companions`)."""
        self._plan: list[_Step | _Split] = []
        """What :meth:`scan_gated` passes, group by group in key order (see :class:`_Split`)."""
        base = 0
        merged = _merge_small(list(groups.values()))
        for entries in merged:
            first_set, first_escape = len(self.sets), len(self._escapes)
            place = {slot: base + k for k, (_, slot) in enumerate(entries)}
            base += len(entries)
            parts = _split_big(_relax_big(entries))
            companions: list[_Entry] = []
            if len(parts) > 1:  # the rest's in-word companions ride in the token set: see _companions
                parts[1], companions = _companions(parts[1])
                self._twice.update(place[slot] for _, slot in companions)
            if len(entries) > _MERGE_UP_TO:  # a big pack's sets: see from_literal
                parts = [[(from_literal(src), slot) for src, slot in part] for part in parts]
            if len(parts) > 1:
                # The provider-token set (see literal_head, _escape_leads), then the rest (see
                # _RELAX_REST_TO); the rest's case-sensitive literal starts join the token set
                # (see _literal_led) after its companions.
                tokens = [(literal_head(src), slot) for src, slot in parts[0]]
                kept, run_led = _run_led(parts[1])
                rest = [(from_literal(relaxed(src, _RELAX_REST_TO)), slot) for src, slot in kept]
                parts[1], led = _literal_led(rest)
                parts[0] = self._split_escapes(tokens, place) + companions + led + run_led
            for part in parts:
                built = self._build(part)
                self.sets.append(built)
                self._keys.append([place[slot] for slot in built[1]])
            if len(self.sets) - first_set == 1 and len(self._escapes) == first_escape:
                self._plan.append(self.sets[-1])
            else:
                own = range(first_set, len(self.sets))
                self._plan.append(
                    _Split(
                        [(*self.sets[i], self._keys[i]) for i in own],
                        self._escapes[first_escape:],
                        bool(companions),
                    )
                )
        self._split = len(self.sets) > len(merged)
        placed = sorted(
            (
                (key, slot)
                for (_, slots), keys in zip(self.sets, self._keys, strict=True)
                for key, slot in zip(keys, slots, strict=True)
            ),
            key=_first,
        )
        self.slots: list[tuple[PatternRecognizer, int]] = [
            slot for i, (key, slot) in enumerate(placed) if slot[1] != _GATE and (i == 0 or placed[i - 1][0] != key)
        ]
        # Patterns outside any set (backtracking ones, or too big for RE2's set) run on every
        # text: they keep their keyword test first, or they would run where no keyword is.
        for rec, index in self.always:
            if index >= 0:
                self._pattern_first.pop(id(rec), None)
        # Keyword prefilters of all recognizers in one more RE2 set (case-insensitive):
        # one DFA pass says which recognizers' keywords occur, where ``text.lower()``
        # plus a substring test per keyword copied the whole text first. The recognizers
        # that test their pattern first have a set of their own, passed only when a match
        # has no keyword near it.
        keyworded = [rec for rec in self.recognizers if rec.keywords and id(rec) not in self._kw_caseless]
        early = [rec for rec in keyworded if id(rec) not in self._pattern_first]
        late = [rec for rec in keyworded if id(rec) in self._pattern_first]
        self._kw_slot = {id(rec): i for i, rec in enumerate(early)} | {id(rec): i for i, rec in enumerate(late)}
        self._kw_set = _keyword_set(early)
        self._kw_set_late = _keyword_set(late)

    def _split_escapes(self, part: list[_Entry], place: dict[tuple[PatternRecognizer, int], int]) -> list[_Entry]:
        """``part`` with each lead-led entry cut to its ``\\b`` form; the escaped forms go to a set
        of their own (:attr:`_escapes`). ``part`` as it was when that set does not compile."""
        plain, escaped = _escape_leads(part)
        if not escaped:
            return part
        rset = _compile_set([src for src, _ in escaped])
        if rset is None:  # pragma: no cover - the escaped forms are smaller than the entries
            return part
        slots = [slot for _, slot in escaped]
        self._escapes.append((rset, slots, [place[slot] for slot in slots]))
        return plain

    def _example_texts(self) -> list[str]:
        """Every example text of the pattern recognizers (what a Hyperscan database is checked on)."""
        texts: list[str] = []
        for rec in self.recognizers:
            texts += [ex if isinstance(ex, str) else ex.text for ex in rec.spec.examples.match]
            texts += list(rec.spec.examples.no_match)
        return texts

    def accelerated(self) -> list[hyperscan_set.AcceleratedSet]:
        """The sets Hyperscan answers for once built (a big pack's; none without Hyperscan)."""
        out = []
        for rset, *_ in [*self.sets, *self._escapes]:
            inner = rset._set if isinstance(rset, _SharedEntries) else rset
            if isinstance(inner, hyperscan_set.AcceleratedSet):
                out.append(inner)
        return out

    @property
    def _set(self) -> re2.Set | _SharedEntries | None:
        """A compiled set if any group has one (for introspection and tests)."""
        return next((rset for rset, _ in self.sets if rset is not None), None)

    def _build(
        self, entries: list[tuple[str, tuple[PatternRecognizer, int]]]
    ) -> tuple[re2.Set | _SharedEntries | None, list[tuple[PatternRecognizer, int]]]:
        rset = _compile_set(
            [src for src, _ in entries], accelerate=len(entries) > _MERGE_UP_TO, probes=self._example_texts
        )
        if rset is None:
            # One pattern whose automaton exceeds RE2's memory budget (e.g. Unicode classes
            # under a large counted repetition) makes the whole set fail to compile. Run
            # just those patterns on their own and keep the one-pass prefilter for the rest.
            fits = [e for e in entries if _compile_set([e[0]]) is not None]
            oversized = [slot for src, slot in entries if (src, slot) not in fits]
            self.always.extend(oversized)
            entries = fits
            rset = _compile_set([src for src, _ in fits]) if fits else None
            log.warning(
                "pattern(s) too large for the RE2 set run on their own (slower): %s",
                ", ".join(sorted({_slot_name(rec, i) for rec, i in oversized})) or "(all)",
            )
        return rset, [slot for _, slot in entries]

    def scan(self, text: str) -> list[Finding]:
        return self.scan_gated(text)[0]

    def scan_gated(self, text: str) -> tuple[list[Finding], set[int]]:
        """The pattern findings, and the ``id`` of every gated recognizer whose gate matched
        (or could not be tested: a gate RE2 refused in a set opens on every text)."""
        buf = TextBuffer.of(text)
        data = buf.data
        candidates: list[tuple[PatternRecognizer, int]] = []
        for step in self._plan:
            if isinstance(step, _Split):
                step.candidates(data, candidates)
                continue
            rset, slots = step
            if rset is None:
                candidates.extend(slots)
                continue
            hits = rset.Match(data)
            if hits:
                candidates.extend([slots[i] for i in sorted(hits)])
        candidates.extend(self.always)
        opened: set[int] = set()
        if not candidates:
            return [], opened
        present: set[int] | None = None  # keyword slots found, computed on first need
        present_late: set[int] | None = None
        lowered: str | None = None
        findings: list[Finding] = []
        caseless = self._kw_caseless
        pattern_first = self._pattern_first
        for rec, index in candidates:
            if index == _GATE:
                opened.update(rec.ids)  # type: ignore[attr-defined]
                continue
            if rec.keywords:
                literal = caseless.get(id(rec))
                late = pattern_first.get(id(rec))
                found: list[Finding] | None = None
                if literal is not None:
                    if not any_substring(literal, text):
                        continue
                elif late is not None:
                    if index >= 0:
                        found = rec.analyze_pattern(text, index, buf)
                        if not found:
                            continue  # nothing to report, whatever the keywords say
                    if found is None or not _keyword_near(late, text, found):
                        if self._kw_set_late is not None:
                            if present_late is None:
                                present_late = set(self._kw_set_late.Match(buf.data) or ())
                            if self._kw_slot[id(rec)] not in present_late:
                                continue
                        else:
                            if lowered is None:
                                lowered = text.lower()
                            if not rec.keywords_present(lowered):
                                continue
                elif self._kw_set is not None:
                    if present is None:
                        present = set(self._kw_set.Match(buf.data) or ())
                    if self._kw_slot[id(rec)] not in present:
                        continue
                else:
                    if lowered is None:
                        lowered = text.lower()
                    if not rec.keywords_present(lowered):
                        continue
                if found is not None:
                    findings.extend(found)
                    continue
            if index < 0:
                findings.extend(rec.analyze_deny_list(text, buf))
            else:
                findings.extend(rec.analyze_pattern(text, index, buf))
        return findings, opened


def any_substring(words: tuple[str, ...], text: str) -> bool:
    """Whether any of ``words`` occurs in ``text``, even inside a longer word.

    A word the tokeniser finds in a window is also a substring of it, so False here
    means no context hit: a few substring tests (C loops) turn most windows away before
    the tokenising regex runs (measured: 0.8 µs against 3.3 µs for ten words)."""
    for word in words:
        if word in text:
            return True
    return False
