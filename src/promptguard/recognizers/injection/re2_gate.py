"""RE2 gates for long Python regular expressions: run the expensive pattern only where it can match.

Python's ``re`` tries every alternative of a long multilingual list at every position of a text
(milliseconds over 2 KB). RE2 runs such a list as one automaton in microseconds but lacks some of
``re``'s constructs. :func:`loosened` rewrites a pattern into RE2 syntax that matches at least wherever
the original does (lookarounds and ``\\b`` dropped, ``\\w`` / ``\\s`` / ``\\d`` widened to their Unicode
classes); :func:`gated_matches` then runs the original pattern only at the gate's hits, so the results
are the original's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import re2

from promptguard.recognizers.regex import TextBuffer, group_end, re2_options, re2_spans

__all__ = ["char_spans", "compile_gate", "gated_matches", "loosened"]

GATE_MAX_MEM = 64 << 20
# Supersets of Python's Unicode \w, \s and \d: their ASCII members plus every non-ASCII character. Cheap
# for RE2 to compile (Unicode property classes under case folding took ~190 ms for the cue list), and
# loose only where a gate may be loose.
_NON_ASCII = "\\x{80}-\\x{10FFFF}"
_ASCII = {"w": "0-9A-Za-z_", "s": "\\t-\\r ", "d": "0-9"}
"""Subsets of \\w, \\s and \\d (what a negated class may leave out)."""
_WIDE = {key: members + _NON_ASCII for key, members in _ASCII.items()}
"""DFA budget of a gate: the multilingual lists' automata outgrow RE2's default."""


def compile_gate(pattern: re.Pattern[str] | Any) -> Any:
    """The RE2 gate of a compiled Python pattern (bytes, UTF-8)."""
    options = re2_options()
    options.max_mem = GATE_MAX_MEM
    source = loosened(pattern.pattern)
    if pattern.flags & re.IGNORECASE:
        source = "(?i)" + source  # a flag given to re.compile, not written in the pattern
    return re2.compile(source.encode("utf-8"), options)


def loosened(pattern: str) -> str:
    """``pattern`` (Python ``re`` syntax) as an RE2 pattern that matches at least wherever it does:
    lookaround groups and ``\\b`` removed, ``\\w`` / ``\\s`` / ``\\d`` widened to their ASCII members plus
    every non-ASCII character."""
    out: list[str] = []
    i, n, in_class, negated = 0, len(pattern), False, False
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            e = pattern[i + 1]
            i += 2
            if e == "b" and not in_class:
                continue
            if e in "wsd":
                # In a negated class the members must shrink, not grow, for the class to grow.
                member = _ASCII[e] if negated else _WIDE[e]
                out.append(member if in_class else "[" + member + "]")
            else:
                out.append("\\" + e)
            continue
        if in_class:
            if c == "]":
                in_class = False
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
            if pattern.startswith("]", i):
                out.append("]")
                i += 1
            continue
        if pattern.startswith(("(?<!", "(?<=", "(?!", "(?="), i):
            i = group_end(pattern, i)
            if i < 0:
                raise ValueError(f"unbalanced group in {pattern[:60]!r}")
            continue
        out.append(c)
        i += 1
    return "".join(out)


def gated_matches(
    gate: Any, pattern: Any, text: str, pad: int, buf: TextBuffer | None = None
) -> Iterator[re.Match[str]]:
    """``pattern``'s matches in ``text`` where ``gate`` (its loosened RE2 form) matched: the Python
    pattern is tried at each gate hit (and up to ``pad`` characters on), never over the whole text.
    ``buf``: the text's UTF-8 buffer when the caller has one (several gates over one text)."""
    if buf is None:
        buf = TextBuffer.of(text)
    spans = re2_spans(gate, buf.data)
    if not spans:
        return
    last = -1
    for start, end in char_spans(buf, spans):
        m = pattern.match(text, start)
        if m is None:
            m = pattern.search(text, start, min(len(text), end + pad))
        if m is not None and m.start() > last:
            last = m.start()
            yield m


_FEW_SPANS = 16


def char_spans(buf: TextBuffer, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Byte spans of ``buf.data`` as character spans. A few spans in a long non-ASCII text are mapped
    by decoding the bytes between them (the offset tables cost ~14 ms on 20 KB of Chinese)."""
    if buf.ascii or len(spans) > _FEW_SPANS:
        return buf.char_spans(spans)
    data = buf.data
    offsets = sorted({b for span in spans for b in span})
    chars: dict[int, int] = {}
    prev_byte = prev_char = 0
    for b in offsets:
        prev_char += len(data[prev_byte:b].decode("utf-8", "surrogatepass"))
        prev_byte = b
        chars[b] = prev_char
    return [(chars[s], chars[e]) for s, e in spans]
