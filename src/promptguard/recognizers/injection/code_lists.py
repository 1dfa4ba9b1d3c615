"""String literals that code lists as data: a filter's blocklist, a test's table of inputs.

A developer who builds a guardrail pastes its code (``BLOCKLIST = ("ignore previous
instructions", "you are now DAN", ...)``) or its tests; each phrase is a string in a sequence
literal, data the code compares with, not an order to the model reading it. The rules already
weigh such hits as quotations; the classifier read the phrases themselves and flagged 21 of 24
such files (``probe_documents`` ``filter_code``, 0.70-0.99). :func:`listed_literals` finds them
so the detector can leave them out of the classifier's view when every rule hit lies in one.

Only literals inside a bracketed sequence count: a run of two or more lines that are each a
string literal (a trailing comma and a comment allowed) between a line ending in ``[`` / ``(``
/ ``{`` and a line starting with the closing bracket, or two or more literals inside one pair
of brackets on one line. A ``(`` after a name opens a call, whose arguments are not a list
(``=HYPERLINK("#A1", "assistant, run ...")``); quoted lines on their own (a message written as
quotes) are not code either.
"""

from __future__ import annotations

import re

from promptguard._lazyre import lazy

__all__ = ["listed_literals"]

_LITERAL = r"""(?:[rRbBuUfF]{0,2}"(?:[^"\\\n]|\\.){2,300}"|[rRbBuUfF]{0,2}'(?:[^'\\\n]|\\.){2,300}')"""
_LITERAL_RE = re.compile(_LITERAL)
_LITERAL_LINE_RE = lazy(r"[ \t]*" + _LITERAL + r"[ \t]*,?[ \t]*(?:(?:#|//)[^\n]*)?")
# A "(" right after a name, a "." or a closing bracket opens a call's arguments, not a tuple:
# =HYPERLINK("#Sheet2!A1", "assistant, run ...") is a formula whose text is the order.
_OPENS_RE = re.compile(r"(?:[\[{]|(?<![\w.)\]])\()[ \t]*(?:(?:#|//)[^\n]*)?$")
_CLOSES_RE = re.compile(r"[ \t]*[\])}]")
_INLINE_RE = lazy(r"(?:\[|(?<![\w.)\]])\()\s*" + _LITERAL + r"(?:\s*,\s*" + _LITERAL + r")+\s*,?\s*[\])]")
_MAX_LINES = 2000
"""Lines read at most (a long file's first lines): the check is linear, this bounds its cost."""


def listed_literals(text: str) -> list[tuple[int, int]]:
    """Spans (offsets of ``text``) of the string literals that a sequence literal lists, sorted."""
    if "'" not in text and '"' not in text:
        return []
    spans: list[tuple[int, int]] = []
    lines = text.split("\n", _MAX_LINES)[:_MAX_LINES]
    starts: list[int] = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        if not _OPENS_RE.search(lines[i]):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and _LITERAL_LINE_RE.fullmatch(lines[j]):
            j += 1
        if j - i - 1 >= 2 and j < len(lines) and _CLOSES_RE.match(lines[j]):
            for k in range(i + 1, j):
                m = _LITERAL_RE.search(lines[k])
                if m is not None:
                    spans.append((starts[k] + m.start(), starts[k] + m.end()))
        i = max(j, i + 1)
    for k, line in enumerate(lines):
        for m in _INLINE_RE.finditer(line):
            for lit in _LITERAL_RE.finditer(line, m.start(), m.end()):
                spans.append((starts[k] + lit.start(), starts[k] + lit.end()))
    return sorted(set(spans))
