"""RE2 gates for long Python regular expressions: run the expensive pattern only where it can match.

Python's ``re`` tries every alternative of a long multilingual list at every position of a text
(milliseconds over 2 KB). RE2 runs such a list as one automaton in microseconds but lacks some of
``re``'s constructs. :func:`loosened` rewrites a pattern into RE2 syntax whose language contains the
original's: zero-width assertions (lookarounds, ``\\b``, ``^``, ``$``...) are dropped, and ``\\w`` /
``\\s`` / ``\\d`` are widened to their ASCII members plus every non-ASCII character (shrunk to their
ASCII members inside a negated class). So wherever the Python pattern matches a substring, the gate
matches that substring too, and :func:`gated_matches` can try the Python pattern only at positions
inside the gate's matches and still return exactly what ``pattern.finditer`` returns.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import re2

from promptguard.recognizers.regex import TextBuffer, group_end, re2_options, re2_spans

__all__ = ["char_spans", "compile_gate", "gated_matches", "loosened"]

GATE_MAX_MEM = 64 << 20
"""DFA budget of a gate: the multilingual lists' automata outgrow RE2's default."""

_NON_ASCII = "\\x{80}-\\x{10FFFF}"
# Python's Unicode \w, \s and \d: their ASCII members (a subset, what a negated class may leave out)
# and those plus every non-ASCII character (a superset, cheap for RE2 to compile: Unicode property
# classes under case folding took ~190 ms for the cue list).
_ASCII = {"w": "0-9A-Za-z_", "s": "\\t-\\r ", "d": "0-9"}
_WIDE = {key: members + _NON_ASCII for key, members in _ASCII.items()}
# The complements \W, \S, \D: RE2's own (ASCII-based) ones are supersets of Python's; inside a negated
# class, ASCII-only subsets of Python's.
_ASCII_COMPLEMENT = {"W": "\\x00-/:-@\\[-^`{-\\x7f", "S": "!-~", "D": "\\x00-/:-\\x7f"}
# Python folds these with "i" under IGNORECASE; RE2 does not.
_DOTTED_I = "İı"
_ASSERTIONS = frozenset("bBAZz")
_QUANTIFIER_RE = re.compile(r"[?*+]\??|\{\d*,?\d*\}\??")
_UNSUPPORTED_FLAGS = re.VERBOSE
_GROUP_HEADER_RE = re.compile(r"\(\?(?::|P<\w+>|[aiLmsux]+(?:-[imsx]+)?[:)])")


def compile_gate(pattern: re.Pattern[str]) -> Any:
    """The RE2 gate of a compiled Python pattern (over UTF-8 bytes). Raises ``ValueError`` for a
    pattern the rewrite cannot carry over (verbose syntax) and ``re2.error`` for one RE2 refuses."""
    if pattern.flags & _UNSUPPORTED_FLAGS:
        raise ValueError(f"verbose patterns have no RE2 gate: {pattern.pattern[:60]!r}")
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    source = loosened(pattern.pattern, ignore_case=ignore_case)
    flags = ("i" if ignore_case else "") + ("s" if pattern.flags & re.DOTALL else "")
    if flags:
        source = f"(?{flags}){source}"  # flags given to re.compile, not written in the pattern
    options = re2_options()
    options.max_mem = GATE_MAX_MEM
    return re2.compile(source.encode("utf-8"), options)


def loosened(pattern: str, *, ignore_case: bool = False) -> str:
    """``pattern`` (Python ``re`` syntax) as an RE2 pattern whose language contains it (see the module
    docstring). ``ignore_case``: the pattern is matched case-insensitively (``İ`` / ``ı`` are then
    spelled out next to ``i``, which RE2 does not fold them with)."""
    out: list[str] = []
    i, n, in_class, negated = 0, len(pattern), False, False
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            e = pattern[i + 1]
            i += 2
            if e in _ASSERTIONS and not in_class:
                i = _skip_quantifier(pattern, i)
                continue
            if e in "wsd":
                member = _ASCII[e] if negated else _WIDE[e]
                out.append(member if in_class else "[" + member + "]")
            elif e in "WSD":
                if in_class and negated:
                    out.append(_ASCII_COMPLEMENT[e])
                else:
                    out.append("\\" + e)
            elif e in "uU":
                width = 4 if e == "u" else 8
                out.append("\\x{" + pattern[i : i + width] + "}")
                i += width
            else:
                out.append("\\" + e)
            continue
        if in_class:
            if c == "]":
                in_class = negated = False
            elif ignore_case and c in "iI":
                out.append(_DOTTED_I)
            out.append(c)
            i += 1
            continue
        if c == "[":
            in_class = True
            negated = pattern.startswith("^", i + 1)
            out.append(c)
            i += 1
            if negated:
                out.append("^")
                i += 1
            if pattern.startswith("]", i):  # "[]a]": that first "]" is a member
                out.append("\\]")
                i += 1
            continue
        if pattern.startswith(("(?<!", "(?<=", "(?!", "(?="), i):
            end = group_end(pattern, i)
            if end < 0:
                raise ValueError(f"unbalanced group in {pattern[:60]!r}")
            i = _skip_quantifier(pattern, end)
            continue
        if pattern.startswith("(?", i):
            # A group's header, copied as written: "(?:", "(?P<name>", inline flags "(?i)", "(?i:".
            m = _GROUP_HEADER_RE.match(pattern, i)
            if m is None:
                raise ValueError(f"unsupported group at {i} in {pattern[:60]!r}")
            out.append(m.group())
            i = m.end()
            continue
        if c in "^$":
            i = _skip_quantifier(pattern, i + 1)
            continue
        if ignore_case and c in "iI":
            out.append("[iI" + _DOTTED_I + "]")
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _skip_quantifier(pattern: str, i: int) -> int:
    """Past a quantifier at ``i`` (one left behind by a dropped assertion would quantify nothing)."""
    m = _QUANTIFIER_RE.match(pattern, i)
    return m.end() if m is not None else i


def gated_matches(
    gate: Any, pattern: re.Pattern[str], text: str, buf: TextBuffer | None = None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, exactly, with the Python pattern tried only at positions inside
    ``gate``'s matches (its :func:`compile_gate`): no match of the pattern can start anywhere else.
    ``buf``: the text's UTF-8 buffer when the caller has one (several gates over one text)."""
    if buf is None:
        buf = TextBuffer.of(text)
    spans = [span for span in re2_spans(gate, buf.data) if span[1] > span[0]]
    if not spans:
        return
    pos = 0  # where finditer would look next
    for start, end in char_spans(buf, spans):
        p = max(start, pos)
        while p < end:
            m = pattern.match(text, p)
            if m is None:
                p += 1
                continue
            yield m
            pos = p = m.end() if m.end() > m.start() else m.start() + 1


_FEW_SPANS = 16


def char_spans(buf: TextBuffer, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Byte spans of ``buf.data`` (on character boundaries) as character spans. A few spans in a long
    non-ASCII text are mapped by decoding the bytes between them (the offset tables cost ~14 ms on
    20 KB of Chinese)."""
    if buf.ascii or len(spans) > _FEW_SPANS:
        return buf.char_spans(spans)
    data = buf.data
    chars: dict[int, int] = {}
    prev_byte = prev_char = 0
    for b in sorted({b for span in spans for b in span}):
        prev_char += len(data[prev_byte:b].decode("utf-8", "surrogatepass"))
        prev_byte = b
        chars[b] = prev_char
    return [(chars[s], chars[e]) for s, e in spans]
