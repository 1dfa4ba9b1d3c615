"""Text normalisation with an offset map back to the original text.

Recognizers run on a normalised copy: NFKC folds full-width digits and look-alike
compatibility characters (``４１１１`` → ``4111``), and invisible characters
(zero-width, bidi controls, Unicode tags, soft hyphens) are removed so that
``jane\u200b.doe@acme.io`` is still an email. Every finding is mapped back through
:class:`OffsetMap` so that operators act on the text the caller gave us.

ASCII text — the common case — is returned as is with an identity map, at no cost.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

__all__ = ["INVISIBLE_RE", "NormalizedText", "OffsetMap", "non_ascii_runs", "normalize", "normalize_utf8"]

# Zero-width and formatting characters, bidi controls, Unicode tag characters, soft
# hyphen, word joiner, BOM: all render as nothing and are used to split tokens.
INVISIBLE_CHARS = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e007f"
)
INVISIBLE_RE = re.compile(f"[{INVISIBLE_CHARS}]")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Piecewise-linear map from normalised offsets to original offsets.

    ``breaks`` holds ``(normalised_start, original_start)`` pairs; between two breaks
    the mapping is a shift. Only changed regions create breaks, so memory stays small.
    """

    norm_starts: tuple[int, ...] = ()
    orig_starts: tuple[int, ...] = ()
    exact: tuple[bool, ...] = ()
    norm_len: int = 0
    orig_len: int = 0

    @property
    def identity(self) -> bool:
        return not self.norm_starts

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if self.identity:
            return start, end
        if end <= start:
            pos = self._map(start, left=True)
            return pos, pos
        return self._map(start, left=True), self._map_end(end)

    def _map_end(self, pos: int) -> int:
        """Original offset just after the character at normalised ``pos - 1``."""
        i = bisect.bisect_right(self.norm_starts, pos - 1) - 1
        if i < 0:
            return pos
        n0, o0 = self.norm_starts[i], self.orig_starts[i]
        if self.exact[i]:
            return o0 + (pos - 1 - n0) + 1
        return self.orig_starts[i + 1] if i + 1 < len(self.orig_starts) else self.orig_len

    def _map(self, pos: int, *, left: bool) -> int:
        i = bisect.bisect_right(self.norm_starts, pos) - 1
        if i < 0:
            return pos
        n0, o0 = self.norm_starts[i], self.orig_starts[i]
        if self.exact[i]:
            return o0 + (pos - n0)
        # Inside a rewritten segment: snap outwards to the whole original segment.
        if pos == n0:
            return o0
        n1 = self.norm_starts[i + 1] if i + 1 < len(self.norm_starts) else self.norm_len
        o1 = self.orig_starts[i + 1] if i + 1 < len(self.orig_starts) else self.orig_len
        return o0 if left and pos < n1 else o1


@dataclass(frozen=True, slots=True)
class NormalizedText:
    text: str
    offsets: OffsetMap
    invisible_count: int = 0

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets.to_original(start, end)


_new = object.__new__
(_s_norm_starts, _s_orig_starts, _s_exact, _s_norm_len, _s_orig_len) = (
    getattr(OffsetMap, name).__set__ for name in ("norm_starts", "orig_starts", "exact", "norm_len", "orig_len")
)
(_s_text, _s_offsets, _s_invisible) = (
    getattr(NormalizedText, name).__set__ for name in ("text", "offsets", "invisible_count")
)


def _unchanged_text(text: str) -> NormalizedText:
    """``NormalizedText(text, OffsetMap(norm_len=len(text), orig_len=len(text)))``, built
    through the slots' own descriptors: the frozen dataclasses' generated ``__init__`` cost
    ~1.5 µs for the two, on every scan (most texts need no normalising)."""
    size = len(text)
    offsets = _new(OffsetMap)
    _s_norm_starts(offsets, ())
    _s_orig_starts(offsets, ())
    _s_exact(offsets, ())
    _s_norm_len(offsets, size)
    _s_orig_len(offsets, size)
    out = _new(NormalizedText)
    _s_text(out, text)
    _s_offsets(out, offsets)
    _s_invisible(out, 0)
    return out


def non_ascii_runs(text: str) -> list[tuple[int, int]]:
    """Spans of the runs of non-ASCII characters, in order.

    Python's ``re`` steps through a character class one position at a time (~11 ns per
    character, measured: 23 µs for 2 KB). Encoding to ASCII with ``replace`` is a C
    loop that turns each non-ASCII character into one ``?``, so ``bytes.find`` jumps
    from one to the next (a ``?`` the text really has is skipped): ~4 µs."""
    if text.isascii():
        return []
    encoded = text.encode("ascii", "replace")
    find = encoded.find
    runs: list[tuple[int, int]] = []
    start = end = -1
    i = find(b"?")
    while i >= 0:
        if text[i] != "?":
            if i == end:
                end += 1
            else:
                if start >= 0:
                    runs.append((start, end))
                start, end = i, i + 1
        i = find(b"?", i + 1)
    if start >= 0:
        runs.append((start, end))
    return runs


def _unchanged(text: str, runs: list[tuple[int, int]], *, nfkc: bool, strip_invisible: bool) -> bool:
    """True if :func:`normalize` would return ``text`` as it is: no non-ASCII character
    is invisible or folded by NFKC (judged one character at a time, as normalize does;
    each distinct character once). The reference :func:`_unchanged_utf8` is tested against."""
    seen: set[str] = set()
    for rs, re_ in runs:
        for ch in text[rs:re_]:
            if ch in seen:
                continue
            seen.add(ch)
            if strip_invisible and INVISIBLE_RE.match(ch):
                return False
            if nfkc and unicodedata.normalize("NFKC", ch) != ch:
                return False
    return True


# Every ASCII byte, for bytes.translate(None, delete): what is left of UTF-8 is its non-ASCII
# characters, whole (their bytes are all >= 0x80).
_ASCII_BYTES = bytes(range(128))


def _unchanged_utf8(data: bytes, *, nfkc: bool, strip_invisible: bool) -> bool:
    """:func:`_unchanged` for the text whose UTF-8 (``surrogatepass``) is ``data``: its
    non-ASCII characters come out of two C calls (delete the ASCII bytes, decode the rest)
    and each distinct one is judged once, where walking the runs character by character
    cost ~4 µs per 2 KB prompt with a dozen "€" signs."""
    rest = data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    for ch in set(rest):
        if strip_invisible and INVISIBLE_RE.match(ch):
            return False
        if nfkc and unicodedata.normalize("NFKC", ch) != ch:
            return False
    return True


def normalize(text: str, *, nfkc: bool = True, strip_invisible: bool = True) -> NormalizedText:
    """Return the normalised text and the map back to ``text``."""
    return normalize_utf8(text, nfkc=nfkc, strip_invisible=strip_invisible)[0]


def normalize_utf8(
    text: str, *, nfkc: bool = True, strip_invisible: bool = True
) -> tuple[NormalizedText, bytes | None]:
    """:func:`normalize`, plus the UTF-8 (``surrogatepass``) of the normalised text when
    finding it unchanged took that encoding anyway (else None): the engine's pattern pass
    needs those bytes too (:class:`~promptguard.recognizers.regex.TextBuffer`)."""
    if text.isascii() or not (nfkc or strip_invisible):
        return _unchanged_text(text), None
    data = text.encode("utf-8", "surrogatepass")
    if _unchanged_utf8(data, nfkc=nfkc, strip_invisible=strip_invisible):
        # The common non-ASCII text ("€", accented names, curly quotes): nothing to fold or
        # strip, so no copy is built just to find it equal to the input.
        return _unchanged_text(text), data
    return _normalize_runs(text, nfkc=nfkc, strip_invisible=strip_invisible), None


def _normalize_runs(text: str, *, nfkc: bool, strip_invisible: bool) -> NormalizedText:
    """:func:`normalize` of a non-ASCII text, run by run of non-ASCII characters."""
    runs = non_ascii_runs(text)
    out: list[str] = []
    norm_starts: list[int] = []
    orig_starts: list[int] = []
    exact: list[bool] = []
    npos = 0
    last = 0
    invisible = 0

    def mark(norm: int, orig: int, is_exact: bool) -> None:
        if norm_starts and norm_starts[-1] == norm:
            orig_starts[-1], exact[-1] = orig, is_exact
        else:
            norm_starts.append(norm)
            orig_starts.append(orig)
            exact.append(is_exact)

    for rs, re_ in runs:
        if rs > last:  # unchanged ASCII stretch
            mark(npos, last, True)
            out.append(text[last:rs])
            npos += rs - last
        for offset, ch in enumerate(text[rs:re_]):
            opos = rs + offset
            if strip_invisible and INVISIBLE_RE.match(ch):
                invisible += 1
                continue
            folded = unicodedata.normalize("NFKC", ch) if nfkc else ch
            if folded == ch:
                mark(npos, opos, True)
            else:
                mark(npos, opos, len(folded) == 1)
                if not folded:
                    continue
            out.append(folded)
            npos += len(folded)
        last = re_
    if last < len(text):
        mark(npos, last, True)
        out.append(text[last:])
        npos += len(text) - last
    normalized = "".join(out)
    if normalized == text:
        # Nothing folded or stripped (accented letters, "€", curly quotes): every offset
        # maps to itself, and an identity map lets later steps skip the mapping entirely.
        return NormalizedText(text, OffsetMap(norm_len=len(text), orig_len=len(text)))
    offsets = OffsetMap(tuple(norm_starts), tuple(orig_starts), tuple(exact), len(normalized), len(text))
    return NormalizedText(normalized, offsets, invisible)
