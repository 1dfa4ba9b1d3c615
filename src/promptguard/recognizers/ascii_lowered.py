"""RE2 set entries that read ASCII-lowered text instead of folding case.

A set only says which patterns may match (each flagged pattern then runs as written to find its
spans), so its entries may match more than their patterns, never less. Under ``(?i)`` RE2 turns
each letter into a class of its case variants, and the variants of ``k`` and ``s`` include the
Kelvin sign and the long s (3- and 2-byte UTF-8 sequences): a case-insensitive word becomes a
chain of branches. The injection pack's 299 entries took 170-240 ms to parse and compile that way
(most of the detector's load), 100-115 ms as the same entries without ``(?i)``.

So a set can instead read the text with its ASCII capitals lowered (:func:`lowered_text`, one
``bytes.lower`` of the UTF-8 the set reads anyway) through entries from :func:`lowered_entry`:
ASCII letters in lower case in case-insensitive and case-sensitive parts alike (``AKIA`` becomes
``akia``: it matches wherever ``AKIA`` did, and more), characters outside ASCII as written, or
with their case variants where the pattern folds case. Texts holding the Kelvin sign or the long
s, the two characters outside ASCII whose case variants are ASCII letters, get None from
:func:`lowered_text`; the caller then uses the entries as written.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

__all__ = ["lowered_entry", "lowered_text"]

_FOLD_TO_ASCII = (b"\xe2\x84\xaa", b"\xc5\xbf")
"""U+212A KELVIN SIGN and U+017F LATIN SMALL LETTER LONG S in UTF-8: RE2's ``(?i)k`` and
``(?i)s`` match them (no other character outside ASCII folds to an ASCII letter)."""


def lowered_text(data: bytes) -> bytes | None:
    """``data`` (UTF-8) with ``A``-``Z`` lowered, for entries from :func:`lowered_entry`; None
    when it holds a character whose case variant is an ASCII letter (match the entries as
    written then)."""
    for seq in _FOLD_TO_ASCII:
        if seq in data:
            return None
    return data.lower()  # bytes.lower: ASCII only


class _Unsupported(Exception):
    """A construct :func:`lowered_entry` does not rewrite (the caller keeps the entry as written)."""


_ESCAPE = re.compile(r"\\(?:[xpP]\{[^}]*\}|x[0-9A-Fa-f]{2}|[pP][A-Za-z]|.)", re.DOTALL)
_POSIX = re.compile(r"\[:(\^?)([a-z]+):\]")
_CLASS_ESCAPES = frozenset("dDsSwW")
"""Class escapes RE2 reads in ASCII (``\\d``, ``\\s``, ``\\w`` and their complements): each holds
both cases of a letter or neither, so lowering the text cannot move a character in or out."""
_ASSERTIONS = frozenset("bBAzC")
_CONTROL_ESCAPES = {"n": 10, "t": 9, "r": 13, "f": 12, "v": 11, "a": 7}

_POSIX_SETS: dict[str, frozenset[int]] = {
    "alnum": frozenset(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"),
    "alpha": frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"),
    "ascii": frozenset(range(128)),
    "blank": frozenset(b" \t"),
    "cntrl": frozenset([*range(32), 127]),
    "digit": frozenset(b"0123456789"),
    "graph": frozenset(range(33, 127)),
    "lower": frozenset(b"abcdefghijklmnopqrstuvwxyz"),
    "print": frozenset(range(32, 127)),
    "punct": frozenset(c for c in range(33, 127) if not chr(c).isalnum()),
    "space": frozenset(b" \t\n\r\f\v"),
    "upper": frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    "word": frozenset(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_"),
    "xdigit": frozenset(b"0123456789ABCDEFabcdef"),
}

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_LOWER = {c: c + 32 for c in range(65, 91)}

_CASED_RANGE_CHECK = 4096
"""Ranges outside ASCII up to this many characters are checked for cased characters one by one;
longer ones are assumed to hold some (they are read with RE2's own case folding)."""


def lowered_entry(pattern: str) -> str | None:
    """``pattern`` rewritten to match :func:`lowered_text` of every text it matches (and maybe
    more: it is a set entry), with no ``(?i)`` left to fold ASCII letters; None for constructs
    this rewriter does not know (``\\Q...\\E``, octal escapes, a negated POSIX class or Unicode
    class inside a negated class), which the caller keeps as written."""
    try:
        return _rewrite(pattern)
    except _Unsupported:
        return None


@functools.lru_cache(maxsize=4096)
def _has_case(ch: str) -> bool:
    return ch.lower() != ch or ch.upper() != ch or ch.casefold() != ch or ch.title() != ch


def _folded_char(m: re.Match[str]) -> str:
    ch = m.group(0)
    return f"(?i:{ch})" if _has_case(ch) else ch


def _escape_char(token: str) -> str | None:
    """The one character an escape denotes, or None for a class, an assertion or a property."""
    body = token[1:]
    if body[0] in "xX" and len(body) > 1:
        return chr(int(body[2:-1] if body[1] == "{" else body[1:], 16))
    if body[0] in "pP" or body in _CLASS_ESCAPES or body in _ASSERTIONS:
        return None
    if body in _CONTROL_ESCAPES:
        return chr(_CONTROL_ESCAPES[body])
    if body.isdigit():
        raise _Unsupported("octal escape")
    if body.isascii() and body.isalpha():
        raise _Unsupported(f"escape {token!r}")  # not RE2 syntax we know: leave it to RE2 as written
    return body  # an escaped punctuation or non-ASCII character: itself


def _literal(ch: str, token: str, folds: bool) -> str:
    """A literal character's entry: ``token`` is how the pattern wrote it."""
    if "A" <= ch <= "Z" or "a" <= ch <= "z":
        return ch.lower()
    if ch.isascii() or not (folds and _has_case(ch)):
        return token
    return f"(?i:{token})"


_ESC = r"\\(?:[xpP]\{[^}]*\}|x[0-9A-Fa-f]{2}|[pP][A-Za-z]|.)"
_TOKEN = re.compile(
    rf"(?P<esc>{_ESC})"
    rf"|(?P<cls>\[\^?\]?(?:{_ESC}|\[:\^?[a-z]+:\]|[^\]\\])*\])"
    r"|(?P<flags>\(\?([a-zA-Z]*)(?:-([a-zA-Z]*))?([:)]))"
    r"|(?P<named>\(\?P?<[A-Za-z_][A-Za-z0-9_]*>)"
    r"|(?P<open>\((?!\?))"
    r"|(?P<close>\))"
    r"|(?P<run>[^\\\[()]+)",
    re.DOTALL,
)
"""One token of a regex: an escape, a class, a group's opening (flags, named, plain), a closing
parenthesis, or a run of characters read as literals (quantifiers, ``|``, ``.`` and anchors among
them: lowering and folding leave those alone)."""


def _rewrite(pattern: str) -> str:
    if "\\Q" in pattern:
        raise _Unsupported("\\Q...\\E")
    out: list[str] = []
    folds = [False]  # per open group: whether its current flags fold case
    i, n = 0, len(pattern)
    match = _TOKEN.match
    while i < n:
        m = match(pattern, i)
        if m is None:
            raise _Unsupported(f"syntax at {i}")
        i = m.end()
        kind = m.lastgroup
        if kind == "run":
            run = m.group(0)
            if run.isascii():
                out.append(run.lower())
            elif folds[-1]:
                out.append(_NON_ASCII.sub(_folded_char, run.translate(_ASCII_LOWER)))
            else:
                out.append(run.translate(_ASCII_LOWER))
        elif kind == "esc":
            out.append(_escape(m.group(0), folds[-1]))
        elif kind == "cls":
            out.append(_class(m.group(0), folds[-1]))
        elif kind == "flags":
            on, off, end = m.group(4), m.group(5) or "", m.group(6)
            fold = ("i" in on or folds[-1]) and "i" not in off
            on, off = on.replace("i", ""), off.replace("i", "")
            flags = on + (f"-{off}" if off else "")
            if end == ")":
                folds[-1] = fold
                if flags:
                    out.append(f"(?{flags})")
            else:
                folds.append(fold)
                out.append(f"(?{flags}:")
        elif kind == "close":
            if len(folds) == 1:
                raise _Unsupported("unbalanced parenthesis")
            folds.pop()
            out.append(")")
        else:  # named or plain group
            folds.append(folds[-1])
            out.append(m.group(0))
    if len(folds) != 1:
        raise _Unsupported("unbalanced parenthesis")
    return "".join(out)


@functools.lru_cache(maxsize=1024)
def _escape(token: str, folds: bool) -> str:
    lit = _escape_char(token)
    if lit is not None:
        return _literal(lit, token, folds)
    if token[1] in "pP":
        return f"(?i:{token})"  # case-closed: holds each member's variants
    return token


@functools.lru_cache(maxsize=1024)
def _class(token: str, folds: bool) -> str:
    """A class's entry (see :func:`lowered_entry`)."""
    body = token[1:-1]
    negated = body.startswith("^")
    if negated:
        body = body[1:]
    ascii_set: set[int] = set()
    other: list[tuple[int, int]] = []  # ranges of code points outside ASCII
    escapes: list[str] = []  # \d \s \w and complements
    props: list[str] = []  # \p / \P
    members: list[tuple[str, str]] = []  # (token, the character it stands for)
    j, n = 0, len(body)
    while j < n:
        if body[j] == "\\":
            m = _ESCAPE.match(body, j)
            if m is None:
                raise _Unsupported("trailing backslash")
            tok = m.group(0)
            j = m.end()
            lit = _escape_char(tok)
            if lit is None and tok[1] in "pP":
                props.append(tok)
            elif lit is None:
                if tok[1:] not in _CLASS_ESCAPES:
                    raise _Unsupported(f"{tok!r} in a class")
                escapes.append(tok)
            else:
                members.append((tok, lit))
            continue
        posix = _POSIX.match(body, j) if body.startswith("[:", j) else None
        if posix is not None:
            if posix.group(1) or posix.group(2) not in _POSIX_SETS:
                raise _Unsupported("negated or unknown POSIX class")
            ascii_set |= _POSIX_SETS[posix.group(2)]
            j = posix.end()
            continue
        members.append((body[j], body[j]))
        j += 1
    # ranges: member "-" member
    k = 0
    while k < len(members):
        first = members[k][1]
        if k + 2 < len(members) and members[k + 1][0] == "-":
            _add_range(ord(first), ord(members[k + 2][1]), ascii_set, other)
            k += 3
        else:
            _add_range(ord(first), ord(first), ascii_set, other)
            k += 1
    if negated:
        return _negated(ascii_set, other, escapes, props, folds)
    lowered = {c + 32 if 65 <= c <= 90 else c for c in ascii_set}
    plain_other: list[tuple[int, int]] = []
    folded_other: list[tuple[int, int]] = []
    for lo, hi in other:
        if folds and _range_has_case(lo, hi):
            folded_other.append((lo, hi))
        else:
            plain_other.append((lo, hi))
    main = _render_ascii(lowered) + _render_ranges(plain_other) + "".join(escapes)
    folded = _render_ranges(folded_other) + "".join(props)
    if not folded:
        return f"[{main}]"
    if not main:
        return f"(?i:[{folded}])"
    return f"(?:[{main}]|(?i:[{folded}]))"


def _negated(
    ascii_set: set[int], other: list[tuple[int, int]], escapes: list[str], props: list[str], folds: bool
) -> str:
    """A negated class: its entry excludes a subset of what the class excludes, chosen so that
    a character the class admits still passes once lowered."""
    if props:
        raise _Unsupported("Unicode class in a negated class")
    if folds:  # the class excludes both cases of each letter it names
        kept = {c + 32 if 65 <= c <= 90 else c for c in ascii_set} | {c - 32 for c in ascii_set if 97 <= c <= 122}
    else:  # a lowercase letter stays excluded only if its capital is, as the text's capitals become it
        kept = {c for c in ascii_set if not 97 <= c <= 122 or c - 32 in ascii_set}
    kept = {c for c in kept if not 65 <= c <= 90}  # capitals never reach the set: no byte class for them
    body = _render_ascii(kept) + _render_ranges(other) + "".join(escapes)
    if not body:
        return r"[\x00-\x{10FFFF}]"
    return f"[^{body}]"


def _add_range(lo: int, hi: int, ascii_set: set[int], other: list[tuple[int, int]]) -> None:
    if lo > hi:
        raise _Unsupported("inverted range")
    if lo < 128:
        ascii_set.update(range(lo, min(hi, 127) + 1))
    if hi >= 128:
        other.append((max(lo, 128), hi))


def _range_has_case(lo: int, hi: int) -> bool:
    if hi - lo >= _CASED_RANGE_CHECK:
        return True
    return any(_has_case(chr(c)) for c in range(lo, hi + 1) if not 0xD800 <= c <= 0xDFFF)


def _render_ascii(codes: Iterable[int]) -> str:
    return _render_ranges(_runs(sorted(codes)))


def _runs(codes: list[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for c in codes:
        if runs and runs[-1][1] == c - 1:
            runs[-1] = (runs[-1][0], c)
        else:
            runs.append((c, c))
    return runs


def _char(c: int) -> str:
    ch = chr(c)
    return ch if ch.isascii() and ch.isalnum() else f"\\x{{{c:X}}}"


def _render_ranges(ranges: Iterable[tuple[int, int]]) -> str:
    return "".join(_char(lo) if lo == hi else f"{_char(lo)}-{_char(hi)}" for lo, hi in ranges)
