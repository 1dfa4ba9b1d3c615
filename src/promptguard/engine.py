"""The scan pipeline, one step per function so it reads top to bottom:

    normalise → recognizers → context enhancement → thresholds and allow lists
    → policy actions → overlap resolution → offsets back to the original text

Pattern recognizers are run together: one RE2 ``Set`` pass over the text tells which
patterns match at all, and only those run to find their spans. Keyword prefilters
skip recognizers whose keywords are absent. spaCy is never touched unless a
recognizer that needs it is configured.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from operator import itemgetter
from typing import get_args

import re2

from promptguard.config.schema import Severity
from promptguard.findings import Action, Direction, Finding, Suppression, make_finding, rescored
from promptguard.normalize import NormalizedText, normalize, normalize_utf8
from promptguard.policy import Policy
from promptguard.recognizers.base import Recognizer
from promptguard.recognizers.pattern import PatternRecognizer
from promptguard.recognizers.regex import _BOUNDARY_LEAD, TextBuffer, re2_options, sharing

__all__ = ["DetectionOutput", "Engine"]

log = logging.getLogger("promptguard")

_WORD = re.compile(r"\w+")
_first = itemgetter(0)
_BUILTIN_MODULES = "promptguard.recognizers.builtin."  # Unicode words: context such as "fødselsnummer" or "sécurité"


@dataclass(frozen=True, slots=True)
class DetectionOutput:
    findings: tuple[Finding, ...]
    errors: tuple[str, ...]
    normalized: NormalizedText
    suppressed: tuple[Suppression, ...] = ()


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


def _compile_set(patterns: Sequence[str]) -> re2.Set | None:
    """An RE2 search set of ``patterns`` (index = position), or None if RE2 refuses it."""
    rset = re2.Set.SearchSet(re2_options())
    try:
        for index, pattern in enumerate(patterns):
            if rset.Add(pattern) != index:  # pragma: no cover - RE2 numbers patterns in order
                return None
        rset.Compile()
    except Exception:  # noqa: BLE001 - RE2 out of memory on a huge pattern or pack
        return None
    return rset


_MERGE_UP_TO = 40
"""Packs with few patterns share one RE2 set up to this many patterns: each set is one
more pass over the text. Measured: the four PII packs (24 patterns) as one set match
2 KB in 13 µs and 1 MB in 3.2 ms, as three sets in 21 µs and 6.7 ms. Big packs (the
secrets pack) keep a set of their own (see :class:`_PatternSet`)."""


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
    patterns multiplies into many DFA states, each built the first time a text reaches it."""
    if "\\Q" in pattern:  # \Q...\E quotes braces: left as written
        return pattern
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class = False
    while i < n:
        c = pattern[i]
        if c == "\\":
            if pattern[i + 1 : i + 2] in ("x", "p", "P") and pattern[i + 2 : i + 3] == "{":
                close = pattern.find("}", i)  # \x{263a}, \p{Greek}: the escape's own braces
                j = n if close < 0 else close + 1
            else:
                j = i + 2
            out.append(pattern[i:j])
            i = j
            continue
        if in_class:
            in_class = c != "]"
            out.append(c)
            i += 1
            continue
        if c == "[":
            in_class = True
            j = i + 1
            if pattern.startswith("^", j):
                j += 1
            if pattern.startswith("]", j):  # "[]a]", "[^]a]": that first "]" is a member
                j += 1
            out.append(pattern[i:j])
            i = j
            continue
        if c == "{":
            m = _QUANTIFIER.match(pattern, i)
            if m is not None:
                low = int(m.group(1))
                high = low if m.group(2) is None else (None if m.group(3) == "" else int(m.group(3)))
                out.append(f"{{{min(low, up_to)},}}" if high is None or high > up_to else m.group(0))
                i = m.end()
                continue
        out.append(c)
        i += 1
    return "".join(out)


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
            j = _group_end(pattern, i)
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


def _group_end(pattern: str, i: int) -> int:
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


def _keyword_set(recognizers: Sequence[PatternRecognizer]) -> re2.Set | None:
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


class _PatternSet:
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
        self.sets: list[tuple[re2.Set | None, list[tuple[PatternRecognizer, int]]]] = []
        self._keys: list[list[int]] = []
        base = 0
        merged = _merge_small(list(groups.values()))
        for entries in merged:
            place = {slot: base + k for k, (_, slot) in enumerate(entries)}
            base += len(entries)
            parts = _split_big(_relax_big(entries))
            for k, part in enumerate(parts):
                if len(entries) > _MERGE_UP_TO:  # a big pack's set: see from_literal
                    part = [(from_literal(src), slot) for src, slot in part]
                    if len(parts) > 1 and k == 0:  # its provider-token set: see literal_head
                        part = [(literal_head(src), slot) for src, slot in part]
                    elif len(parts) > 1:  # the rest: see _RELAX_REST_TO
                        part = [(from_literal(relaxed(src, _RELAX_REST_TO)), slot) for src, slot in part]
                built = self._build(part)
                self.sets.append(built)
                self._keys.append([place[slot] for slot in built[1]])
        self._split = len(self.sets) > len(merged)
        placed = sorted(
            (
                (key, slot)
                for (_, slots), keys in zip(self.sets, self._keys, strict=True)
                for key, slot in zip(keys, slots, strict=True)
            ),
            key=_first,
        )
        self.slots: list[tuple[PatternRecognizer, int]] = [slot for _, slot in placed if slot[1] != _GATE]
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

    @property
    def _set(self) -> re2.Set | None:
        """A compiled set if any group has one (for introspection and tests)."""
        return next((rset for rset, _ in self.sets if rset is not None), None)

    def _build(
        self, entries: list[tuple[str, tuple[PatternRecognizer, int]]]
    ) -> tuple[re2.Set | None, list[tuple[PatternRecognizer, int]]]:
        rset = _compile_set([src for src, _ in entries])
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
        candidates: list[tuple[PatternRecognizer, int]]
        if self._split:
            keyed: list[tuple[int, tuple[PatternRecognizer, int]]] = []
            for (rset, slots), keys in zip(self.sets, self._keys, strict=True):
                if rset is None:
                    keyed.extend(zip(keys, slots, strict=True))
                    continue
                hits = rset.Match(buf.data)
                if hits:
                    keyed.extend([(keys[i], slots[i]) for i in hits])
            keyed.sort(key=_first)  # the keys are distinct: the slots are never compared
            candidates = [slot for _, slot in keyed]
        else:
            candidates = []
            for rset, slots in self.sets:
                if rset is None:
                    candidates.extend(slots)
                    continue
                hits = rset.Match(buf.data)
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
                    if not _any_substring(literal, text):
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


class Engine:
    """Detection only: text in, resolved findings (with actions) out."""

    def __init__(self, recognizers: Sequence[Recognizer], policy: Policy) -> None:
        self.policy = policy
        self.recognizers = [r for r in recognizers if policy.recognizer_enabled(r.id, r.pack)]
        self.by_id = {r.id: r for r in self.recognizers}
        patterns = [r for r in self.recognizers if isinstance(r, PatternRecognizer)]
        self.others = [r for r in self.recognizers if not isinstance(r, PatternRecognizer)]
        self._patterns = _PatternSet(patterns, [r for r in self.others if r.gate is not None and not r.requires_nlp])
        # Decoded base64/hex/percent segments get the pattern pass plus the built-in
        # recognizers that need no model (a base64-wrapped PEM key is one PRIVATE_KEY
        # block, found by a built-in, not a pattern). Third-party plugins are left out:
        # their cost is unknown, and decoded segments are scanned once per layer.
        self._decoded_others = [
            r for r in self.others if not r.requires_nlp and type(r).__module__.startswith(_BUILTIN_MODULES)
        ]
        try:
            from promptguard.recognizers.encoded import scan_encoded
        except ImportError:
            scan_encoded = None  # type: ignore[assignment]
        self._scan_encoded = scan_encoded

    @property
    def entities(self) -> tuple[str, ...]:
        return tuple(sorted({e for r in self.recognizers for e in r.entities}))

    # ------------------------------------------------------------------ pipeline
    def detect(
        self,
        text: str,
        direction: Direction = "prompt",
        *,
        entities: frozenset[str] | None = None,
        nlp_findings: Sequence[Finding] | None = None,
        hasher: Callable[[str], str] | None = None,
        explain: bool = True,
    ) -> DetectionOutput:
        spec = self.policy.spec.normalize
        norm, utf8 = normalize_utf8(text, nfkc=spec.nfkc, strip_invisible=spec.strip_invisible)
        # One UTF-8 copy of the text for normalisation and every regex of this scan.
        raw, errors = self._recognize_in(TextBuffer(norm.text, utf8), nlp_findings)
        enhanced = self.enhance_context(norm.text, raw, explain=explain)
        kept = self.filter(norm.text, enhanced, entities)
        policy = self.policy
        # Per (entity, severity, pack): the policy's lookup plus an enum conversion per
        # finding adds up at thousands of findings per megabyte.
        memo: dict[tuple[str, str, str | None], Action] = {}
        actions = []
        for f in kept:
            key = (f.entity_type, f.severity, f.pack)
            act = memo.get(key)
            if act is None:
                act = memo[key] = policy.action(f.entity_type, direction, f.severity, f.pack)
            actions.append(act)
        # Ranks (a tuple per finding) only for findings that compete: most have no overlap.
        chosen = _resolve(kept, _LazyRanks(kept, actions))
        final = self.finalize(text, norm, [(kept[i], actions[i]) for i in chosen], hasher, explain)
        suppressed = self.suppressed(norm, enhanced, kept, chosen, entities) if explain else ()
        return DetectionOutput(tuple(final), tuple(errors), norm, suppressed)

    def suppressed(
        self,
        norm: NormalizedText,
        enhanced: list[Finding],
        kept: list[Finding],
        chosen: list[int],
        entities: frozenset[str] | None,
    ) -> tuple[Suppression, ...]:
        """What was matched and then dropped, and by which step (``explain=True`` only, so the
        recognizers' own drops are found again the slow way): their filters and validators, the
        policy's thresholds and allow lists, overlap resolution. Offsets in the original text."""
        policy = self.policy

        def wanted(entity: str) -> bool:
            return (entities is None or entity in entities) and policy.wants(entity)

        out: list[Suppression] = []
        for rec in self.recognizers:
            try:
                dropped = rec.suppressed(norm.text)
            except Exception:  # noqa: BLE001, S112 - its failure is already in the result's errors
                continue
            out.extend(x for x in dropped if wanted(x.entity_type))
        passed = {id(f) for f in kept}
        for f in enhanced:
            if id(f) not in passed and wanted(f.entity_type):
                threshold = policy.threshold(f.entity_type)
                reason = "below_threshold" if threshold is not None and f.score < threshold else "allow_list"
                out.append(Suppression(f.entity_type, f.start, f.end, f.recognizer, f.pack, reason))
        won = set(chosen)
        out.extend(
            Suppression(f.entity_type, f.start, f.end, f.recognizer, f.pack, "overlap")
            for i, f in enumerate(kept)
            if i not in won
        )
        if not norm.offsets.identity:
            mapped = []
            for x in out:
                start, end = norm.to_original(x.start, x.end)
                mapped.append(replace(x, start=start, end=end))
            out = mapped
        return tuple(sorted(out, key=lambda x: (x.start, x.end, x.recognizer)))

    @staticmethod
    def finalize(
        text: str,
        norm: NormalizedText,
        resolved: list[tuple[Finding, Action]],
        hasher: Callable[[str], str] | None,
        explain: bool,
    ) -> list[Finding]:
        """One copy per surviving finding: original offsets, action, keyed hash."""
        out = []
        to_original = None if norm.offsets.identity else norm.to_original
        # The same value recurs (a chat resends its history; a log repeats an address):
        # hash each distinct value once per text.
        hashes: dict[str, str] = {}
        for f, action in resolved:
            start, end = (f.start, f.end) if to_original is None else to_original(f.start, f.end)
            if hasher is not None:
                value = text[start:end]
                value_hash = hashes.get(value)
                if value_hash is None:
                    value_hash = hashes[value] = hasher(value)
            else:
                value_hash = f.value_hash
            out.append(
                make_finding(
                    f.entity_type, start, end, f.score, f.recognizer, f.pack, f.provider, action,
                    value_hash, f.severity, f.explanation if explain else None,
                )
            )
        return out

    def normalise(self, text: str) -> NormalizedText:
        spec = self.policy.spec.normalize
        return normalize(text, nfkc=spec.nfkc, strip_invisible=spec.strip_invisible)

    def recognize(
        self, text: str, *, nlp_findings: Sequence[Finding] | None = None
    ) -> tuple[list[Finding], list[str]]:
        return self._recognize_in(TextBuffer(text), nlp_findings)

    def _recognize_in(self, buf: TextBuffer, nlp_findings: Sequence[Finding] | None) -> tuple[list[Finding], list[str]]:
        # One UTF-8 copy and offset table of the text for every regex of this scan,
        # the built-in recognizers' included (they reach it through TextBuffer.of).
        with sharing(buf):
            return self._recognize(buf.text, nlp_findings)

    def _recognize(self, text: str, nlp_findings: Sequence[Finding] | None) -> tuple[list[Finding], list[str]]:
        findings, opened = self._patterns.scan_gated(text)
        errors: list[str] = []
        depth = self.policy.spec.normalize.decode_depth
        if depth and self._scan_encoded is not None:
            try:
                findings.extend(self._scan_encoded(text, self._scan_decoded, max_depth=depth))
            except Exception as exc:  # noqa: BLE001 - decoding trouble is indeterminate, never clean
                errors.append(f"encoded-content decoder failed ({type(exc).__name__})")
        for rec in self.others:
            if rec.requires_nlp:
                continue  # batched by the guard, passed in as nlp_findings
            if rec.gate is not None and id(rec) not in opened:
                continue  # its gate did not match: analyze would find nothing here
            try:
                findings.extend(rec.analyze(text))
            except Exception as exc:  # noqa: BLE001 - a failing recognizer makes the scan indeterminate
                errors.append(f"recognizer {rec.id!r} failed ({type(exc).__name__})")
                log.warning("recognizer %s failed with %s", rec.id, type(exc).__name__)
        if nlp_findings:
            findings.extend(nlp_findings)
        return findings, errors

    def _scan_decoded(self, text: str) -> list[Finding]:
        """The recognizers run on a decoded segment (see ``__init__``). An exception
        propagates: the caller reports the scan as indeterminate."""
        with sharing(TextBuffer(text)):
            findings, opened = self._patterns.scan_gated(text)
            for rec in self._decoded_others:
                if rec.gate is None or id(rec) in opened:
                    findings.extend(rec.analyze(text))
        return findings

    def enhance_context(self, text: str, findings: list[Finding], *, explain: bool = True) -> list[Finding]:
        """Presidio semantics: a context word near a match adds ``context_boost``; a
        negative context word just before it (``order``, ``version``) scales it down.

        Only the windows around a finding are lowered (never the whole text: at 1 MB that
        alone is milliseconds, and ``str.lower`` can change lengths, which would shift a
        window cut from a lowered copy).

        ``explain=False``: a boosted finding keeps its explanation as it was (the words
        found are not recorded); :meth:`detect` drops explanations then anyway, and
        overlap resolution reads only the validator's verdict from it.
        """
        out: list[Finding] = []
        by_id = self.by_id
        findall = _WORD.findall
        append = out.append
        for f in findings:
            rec = by_id.get(f.recognizer)
            if rec is None:
                append(f)
                continue
            ctx = rec.__dict__.get("_context_sets") or _context_sets(rec)
            if ctx is _NO_CONTEXT:
                append(f)
                continue
            words_ctx, phrases_ctx, negative, positive_all, negative_all, words_b, negative_b = ctx
            score = f.score
            if score >= 1.0 and not negative:
                append(f)  # nothing to add, nothing to take away
                continue
            start = f.start
            if negative:
                near = text[start - 25 if start > 25 else 0 : start].lower()
                if near.isascii():
                    # The exact word test costs less than the substring prefilter here.
                    damp = not negative_b.isdisjoint(near.encode("ascii").translate(_ASCII_WORDS_ONLY).split())
                else:
                    maybe = negative_all is None or _any_substring(negative_all, near)
                    damp = maybe and _has_word(negative, negative_b, near)
                if damp:
                    append(rescored(f, score * rec.negative_factor, f.explanation))
                    continue
                if score >= 1.0 or not (words_ctx or phrases_ctx):
                    append(f)
                    continue
            window = rec.context_window
            end = f.end
            # Both windows in one string (one lower, one findall); NUL keeps a word or a
            # phrase from running across the finding itself.
            around = (text[start - window if start > window else 0 : start] + "\x00" + text[end : end + window]).lower()
            if not explain and around.isascii():
                # Whether there is a hit is all that counts here: on an ASCII window the exact
                # word test (see _has_word) costs less than the substring prefilter, which only
                # ever settles a miss (~1.2 µs for fifteen words against ~0.6 µs).
                if (
                    words_b and not words_b.isdisjoint(around.encode("ascii").translate(_ASCII_WORDS_ONLY).split())
                ) or _any_substring(phrases_ctx, around):
                    f = rescored(f, min(1.0, max(score + rec.context_boost, 0.4)), f.explanation)
                append(f)
                continue
            if positive_all is not None and not _any_substring(positive_all, around):
                append(f)  # no context word or phrase, not even inside another word
                continue
            if not explain:
                # Whether there is a hit is all that counts here (not which words).
                if (words_ctx and _has_word(words_ctx, words_b, around)) or _any_substring(phrases_ctx, around):
                    f = rescored(f, min(1.0, max(score + rec.context_boost, 0.4)), f.explanation)
                append(f)
                continue
            found = words_ctx.intersection(findall(around)) if words_ctx else ()
            hits: tuple[str, ...] = tuple(w for w in rec.context if w in found) if found else ()
            if phrases_ctx:
                hits += tuple(p for p in phrases_ctx if p in around)
            if hits:
                boosted = min(1.0, max(score + rec.context_boost, 0.4))
                expl = f.explanation
                if expl is not None:
                    expl = replace(expl, context_words=hits, context_boost=boosted - score)
                f = rescored(f, boosted, expl)
            append(f)
        return out

    def filter(self, text: str, findings: list[Finding], entities: frozenset[str] | None) -> list[Finding]:
        policy = self.policy
        out = []
        # Per-entity verdicts memoised for this call: the policy's answers do not change
        # within one text, and there are few entities but many findings.
        thresholds: dict[str, float | None] = {}
        check_allowed = _has_allow_lists(policy)
        for f in findings:
            entity = f.entity_type
            threshold = thresholds.get(entity, -1.0)
            if threshold == -1.0:
                wanted = (entities is None or entity in entities) and policy.wants(entity)
                threshold = thresholds[entity] = policy.threshold(entity) if wanted else None
            if threshold is None or f.score < threshold:
                continue
            if check_allowed and policy.allowed(entity, text[f.start : f.end]):
                continue
            out.append(f)
        return out

    @staticmethod
    def to_original(norm: NormalizedText, findings: list[Finding]) -> list[Finding]:
        if norm.offsets.identity:
            return findings
        out = []
        for f in findings:
            start, end = norm.to_original(f.start, f.end)
            out.append(f.with_(start=start, end=end))
        return out


def _has_allow_lists(policy: Policy) -> bool:
    """False only when the policy certainly has no allow list (then no value is sliced)."""
    try:
        return bool(policy._allow or policy._allow_re or policy._entity_allow)
    except AttributeError:  # pragma: no cover - a policy of another shape: always check
        return True


def _any_substring(words: tuple[str, ...], text: str) -> bool:
    """Whether any of ``words`` occurs in ``text``, even inside a longer word.

    A word the tokeniser finds in a window is also a substring of it, so False here
    means no context hit: a few substring tests (C loops) turn most windows away before
    the tokenising regex runs (measured: 0.8 µs against 3.3 µs for ten words)."""
    for word in words:
        if word in text:
            return True
    return False


_PREFILTER_UP_TO = 16
"""Substring tests cost ~65 ns a word on a 120-character window; the tokenising regex
~2.5 µs. A recognizer with more context words (phone numbers have 45) goes straight to it."""


def _prefilter(words: Sequence[str]) -> tuple[str, ...] | None:
    """The words for :func:`_any_substring`, or None: no prefilter, tokenise at once."""
    unique = tuple(dict.fromkeys(words))
    return unique if len(unique) <= _PREFILTER_UP_TO else None


_ContextSets = tuple[
    frozenset[str],
    tuple[str, ...],
    frozenset[str],
    tuple[str, ...] | None,
    tuple[str, ...] | None,
    frozenset[bytes],
    frozenset[bytes],
]


_NO_CONTEXT: _ContextSets = (frozenset(), (), frozenset(), None, None, frozenset(), frozenset())

# Every byte that is not an ASCII word character ([A-Za-z0-9_]) to a space: an ASCII window's
# tokens are then one translate and one split away (see _has_word).
_ASCII_WORDS_ONLY = bytes(
    b if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122 or b == 95) else 32 for b in range(256)
)


def _has_word(words: frozenset[str], ascii_words: frozenset[bytes], window: str) -> bool:
    """Whether one of ``words`` is a whole token of ``window``: ``not
    words.isdisjoint(_WORD.findall(window))``.

    On an ASCII window (almost every window) ``\\w`` is ``[A-Za-z0-9_]``, so its tokens are
    the runs left between the other bytes, found by C calls (``bytes.translate`` and
    ``split``) and compared with ``ascii_words`` (the ASCII ones of ``words``, as bytes; no
    other word can be a token there). Measured on 120-character windows: 0.5 µs, where the
    tokenising regex took 2.5 µs (the phone recognizer tests two windows per candidate)."""
    if window.isascii():
        return not ascii_words.isdisjoint(window.encode("ascii").translate(_ASCII_WORDS_ONLY).split())
    return not words.isdisjoint(_WORD.findall(window))


def _context_sets(rec: Recognizer) -> _ContextSets:
    """Single context words as a set, multi-word phrases as a tuple, negative words as a set,
    then the positive and the negative prefilters (see :func:`_prefilter`); computed once
    per recognizer and kept on it."""
    cached = rec.__dict__.get("_context_sets")
    if cached is None:
        if not (rec.context or rec.negative_context):
            cached = _NO_CONTEXT
        else:
            words = frozenset(w for w in rec.context if _WORD.fullmatch(w))
            phrases = tuple(w for w in rec.context if not _WORD.fullmatch(w))
            negative = frozenset(rec.negative_context)
            cached = (
                words,
                phrases,
                negative,
                _prefilter(rec.context),
                _prefilter(sorted(negative)),
                frozenset(w.encode("ascii") for w in words if w.isascii()),
                frozenset(w.encode("ascii") for w in negative if w.isascii()),
            )
        rec.__dict__["_context_sets"] = cached
    return cached


# A credential beats the PII it overlaps at equal action: in "https://ghp_...@github.com" or
# "postgres://app:Tr0ub4dor&3@db.internal" an e-mail look-alike spans or cuts into the token or
# password, and if the e-mail won, part of the secret would reach the model and a policy that
# blocks secrets would not fire.
_SEVERITY_RANK = {name: rank for rank, name in enumerate(get_args(Severity))}


def _rank(f: Finding, action: Action | None = None) -> tuple[int, int, float, int, int, int]:
    act = action if action is not None else f.action
    action_rank = act.severity_rank if act is not None else 1
    validated = 1 if f.explanation is not None and f.explanation.validator_result else 0
    severity = _SEVERITY_RANK.get(f.severity, 1)
    return (action_rank, severity, round(f.score, 6), validated, f.length, -f.start)


def _disjoint(findings: Sequence[Finding], by_start: list[int]) -> bool:
    """True if every finding is a cluster of its own (see :func:`_resolve`): each starts
    after the previous one ends, so the greedy would keep them all, in this order."""
    prev_end = -1
    for i in by_start:
        f = findings[i]
        if f.start <= prev_end:
            return False
        prev_end = f.end
    return True


_Rank = tuple[int, int, float, int, int, int]


class _LazyRanks:
    """``ranks[i]`` is ``_rank(findings[i], actions[i])``, computed on first use: overlap
    resolution only ranks findings whose spans share a cluster."""

    __slots__ = ("_actions", "_findings", "_ranks")

    def __init__(self, findings: Sequence[Finding], actions: Sequence[Action]) -> None:
        self._findings = findings
        self._actions = actions
        self._ranks: dict[int, _Rank] = {}

    def __getitem__(self, i: int) -> _Rank:
        rank = self._ranks.get(i)
        if rank is None:
            rank = self._ranks[i] = _rank(self._findings[i], self._actions[i])
        return rank

    def __len__(self) -> int:
        return len(self._findings)


def _resolve(findings: Sequence[Finding], ranks: Sequence[_Rank] | _LazyRanks) -> list[int]:
    """Indices of the findings kept, in text order (see :func:`resolve_overlaps`).

    Greedy by rank: a finding is kept unless it overlaps one kept before it. Only
    findings linked by overlaps can compete, so the text is cut into clusters of
    chained overlaps (one sweep in start order) and the greedy runs per cluster: a lone
    finding, the common case, is kept at once, and a 10 MB text with 50,000 findings
    does not pay for inserting into one long sorted list (quadratic).
    """
    n = len(findings)
    if n < 2:
        return list(range(n))
    # The sort keys built once, looked up by a C call (not a lambda per comparison key).
    spans = [(f.start, f.end) for f in findings]
    by_start = sorted(range(n), key=spans.__getitem__)
    if _disjoint(findings, by_start):
        return by_start
    accepted: list[int] = []
    cluster: list[int] = []
    cluster_end = -1
    for i in by_start:
        f = findings[i]
        # ">" and not ">=": spans that only touch share a cluster. Harmless (the greedy
        # still tests real overlaps) and it keeps equal empty spans in one cluster.
        if cluster and f.start > cluster_end:
            if len(cluster) == 1:
                accepted.append(cluster[0])  # a lone finding (most): kept, no call
            else:
                _resolve_cluster(findings, ranks, cluster, accepted)
            cluster = []
        cluster.append(i)
        if f.end > cluster_end or len(cluster) == 1:
            cluster_end = f.end
    _resolve_cluster(findings, ranks, cluster, accepted)
    accepted.sort(key=spans.__getitem__)
    return accepted


def _resolve_cluster(
    findings: Sequence[Finding],
    ranks: Sequence[_Rank] | _LazyRanks,
    cluster: list[int],
    accepted: list[int],
) -> None:
    if len(cluster) == 1:
        accepted.append(cluster[0])
        return
    starts: list[int] = []
    ends: list[int] = []
    # Ties keep index order, as one global sort of all findings would.
    cluster.sort()
    # Accepted spans never overlap, so checking the two neighbours of the insertion point suffices.
    for i in sorted(cluster, key=ranks.__getitem__, reverse=True):
        f = findings[i]
        j = bisect.bisect_left(starts, f.start)
        if (j > 0 and ends[j - 1] > f.start) or (j < len(starts) and starts[j] < f.end):
            continue
        starts.insert(j, f.start)
        ends.insert(j, f.end)
        accepted.append(i)


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """One span per region: the finding the policy acts on most strongly, then the
    most severe, then the best score, then a validated (checksummed) one, then the longest, wins."""
    return [findings[i] for i in _resolve(findings, [_rank(f) for f in findings])]
