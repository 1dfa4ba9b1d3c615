"""Normalisation of text before injection detection, with offsets back to the original.

Attackers hide instructions from humans and from naive filters: zero-width and bidi
characters between letters, Unicode "tag" characters that carry invisible ASCII,
full-width or Cyrillic look-alike letters, leetspeak, and payloads wrapped in base64,
hex, ROT13 or percent-encoding. This module undoes those tricks and keeps, for every
character of the normalised text, the index of the original character it came from, so
that findings point into the text the caller passed in.

Everything here is bounded (segment count, decoded size, one level of nesting) so a
crafted input cannot make normalisation expensive.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import codecs
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

import re2

from promptguard.recognizers.injection import deobfuscate

__all__ = [
    "DecodedSegment",
    "InvisibleRun",
    "NormalizedText",
    "normalize",
]

# Zero-width and formatting characters that render as nothing (ZWSP, ZWNJ, ZWJ, word
# joiner, invisible operators, BOM, Mongolian vowel separator, soft hyphen).
_ZERO_WIDTH = frozenset([0x00AD, 0x180E, 0x200B, 0x200C, 0x200D, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF])
# Bidi controls reorder what a human sees against what a model reads ("Trojan Source").
_BIDI = frozenset([0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])
# Unicode tag block: each tag char mirrors an ASCII char and is invisible ("ASCII smuggling").
_TAG_FIRST, _TAG_LAST = 0xE0000, 0xE007F
# Variation selectors can carry hidden bytes one per character.
_VARIATION = frozenset([*range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)])

_INVISIBLE_RE = re.compile(
    "[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff\u061c\u202a-\u202e\u2066-\u2069"
    "\ufe00-\ufe0f\U000e0000-\U000e007f\U000e0100-\U000e01ef]+"
)

# Combining diacritics glued to ASCII letters ("ig\u0301nore", "i\u0335g\u0335n\u0335o\u0335r\u0335e\u0335"):
# they split a word for every regex and n-gram while it still reads as the word. Ordinary
# accented text arrives precomposed (NFC: "é" is one character) and never has them; only
# decomposed input (NFD, rare) loses its accents on ASCII base letters, which the detector can
# afford. In all shared and own data, one text has such a mark: a PyRIT strike-through attack.
_ASCII_MARK_RE = re.compile("[A-Za-z][\u0300-\u036f]")
# The marks alone: a scan for them skips the try at every letter that the pattern above
# makes (~40 us per 2 KB); without a mark it cannot match.
_MARK_RE = re.compile("[\u0300-\u036f]")

# Look-alike letters folded to their Latin skeleton (subset of Unicode confusables.txt
# covering Cyrillic, Greek and Armenian letters that render like ASCII). Only applied to
# words that already mix Latin with these letters, so genuine Russian or Greek text is
# left alone for the model.
_CONFUSABLES = {
    "а": "a", "в": "b", "с": "c", "е": "e", "һ": "h", "і": "i", "ј": "j", "к": "k",
    "м": "m", "н": "h", "о": "o", "р": "p", "ѕ": "s", "т": "t", "у": "y", "х": "x",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "ɡ": "g", "ү": "y", "А": "A", "В": "B", "С": "C",
    "Е": "E", "Н": "H", "І": "I", "Ј": "J", "К": "K", "М": "M", "О": "O", "Р": "P",
    "Ѕ": "S", "Т": "T", "Х": "X", "Υ": "Y", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z",
    "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T",
    "Χ": "X", "ο": "o", "ν": "v", "ι": "i", "α": "a", "ρ": "p", "κ": "k", "τ": "t",
    "օ": "o", "ս": "u", "ց": "g", "ո": "n", "ℓ": "l",
}  # fmt: skip
# Latin small capitals, which "fancy text" generators substitute for whole words
# ("ɪɢɴᴏʀᴇ ᴘʀᴇᴠɪᴏᴜs ɪɴsᴛʀᴜᴄᴛɪᴏɴs", s16 blind set); NFKC keeps them. Prose uses them
# only in phonetic transcription, where folding "ɪ" to "i" loses nothing a rule needs.
_SMALL_CAPS = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ"
_CONFUSABLES.update(zip(_SMALL_CAPS, "abcdefghijklmnoprstuvwyz", strict=True))
_CONFUSABLE_TABLE = str.maketrans(_CONFUSABLES)
_CONFUSABLE_CHARS = "".join(_CONFUSABLES)
# Most non-ASCII text (accents, punctuation, CJK, genuine Cyrillic prose) has no word that
# mixes Latin with these letters; one character-class scan (~3 us per 2 KB) proves that a text
# has none of them at all before the word-by-word pass (~200 us on English with an em dash).
_CONFUSABLE_RE = re.compile("[" + re.escape(_CONFUSABLE_CHARS) + "]")
# Anchored at a word start: unanchored, a long run of word characters with no Latin letter
# (20 KB of unspaced Chinese or Thai) was retried at every position (quadratic: 3 s).
# A word written in small capitals alone counts as mixed: it has no Latin letter to anchor on.
_MIXED_WORD_RE = re.compile(r"\b\w*[A-Za-z" + _SMALL_CAPS + r"]\w*")

# The three character classes above are looked for first in one RE2 pass over a text that is
# not ASCII; only a class it reports is searched with ``re`` (for the spans). Python's ``re`` tests
# such a class at every character: on the new 2 KB prompts of the latency benchmark (most hold a
# "€" and are stored two bytes a character) the invisible-run scan alone read ~30 us, the mark and
# look-alike scans ~11 us each; the RE2 pass, whose DFA for three classes is a few states, ~9 us
# (s29, issue 8). A text RE2 cannot read (lone surrogates) gets every class searched.
_CHAR_CUES = ("invisible", "mark", "confusable")
_ALL_CHAR_CUES = frozenset(_CHAR_CUES)


class _LabelledSet:
    """One RE2 pass that says which labelled patterns occur in a text: a prefilter, so when RE2
    cannot build the set or read the text (a lone surrogate, a DFA out of memory) every label is
    reported and the caller searches them all."""

    __slots__ = ("_all", "_labels", "_set")

    def __init__(self, labels: tuple[str, ...], patterns: tuple[str, ...]) -> None:
        self._labels = labels
        self._all = frozenset(labels)
        try:
            rset = re2.Set.SearchSet(re2.Options())
            for pattern in patterns:
                rset.Add(pattern)
            rset.Compile()
        except Exception:  # noqa: BLE001 - an optimisation only
            rset = None
        self._set: Any = rset

    def present(self, text: str) -> frozenset[str]:
        if self._set is None:
            return self._all
        try:
            return frozenset(self._labels[i] for i in self._set.Match(text) or ())
        except Exception:  # noqa: BLE001 - unreadable for RE2: search every label
            return self._all


_CHAR_CUE_SET = _LabelledSet(_CHAR_CUES, (_INVISIBLE_RE.pattern, _MARK_RE.pattern, _CONFUSABLE_RE.pattern))


def _char_cues(text: str) -> frozenset[str]:
    """Which of ``_CHAR_CUES`` occur in ``text`` (all of them when unsure)."""
    return _CHAR_CUE_SET.present(text)


# Leetspeak digits and symbols inside words that also contain letters ("1gn0r3").
_LEET_TABLE = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"})
_LEET_WORD_RE = re.compile(r"[A-Za-z0-9@$!]*(?:[A-Za-z][0-9@$!]|[0-9@$!][A-Za-z])[A-Za-z0-9@$!]*")
_LEET_HINT_RE = re.compile(r"[A-Za-z][0-9@$!]|[0-9@$][A-Za-z]")
# The same shapes on a one-byte-per-character class map of the text (letter "a", digit or
# @/$ "1", "!" itself, anything else a space): finding the words above with ``bytes.find``
# instead of the regex costs ~10 us instead of ~300 us per 2 KB (Python's ``re`` retries
# the leading ``*`` at every position of every word).


def _leet_class(b: int) -> int:
    c = chr(b)
    if c.isascii() and c.isalpha():
        return ord("a")
    if c in "0123456789@$":
        return ord("1")
    return b if c == "!" else ord(" ")


_LEET_CLASSES = bytes(_leet_class(b) for b in range(256))
_LEET_HINT_PAIRS = (b"a1", b"a!", b"1a")  # exactly _LEET_HINT_RE
_LEET_WORD_PAIRS = (b"a1", b"a!", b"1a", b"!a")  # the pair inside _LEET_WORD_RE
_LEET_MARKS = tuple((p, p.replace(b"a", b"A")) for p in _LEET_WORD_PAIRS)
_MARKED_RUN_RE = re.compile(rb"A[^ ]*")

# Encoded segments. Shapes: base64 runs of 20+ symbols (shorter ones are mostly words
# or identifiers), hex as 12+ byte pairs with optional separators, percent-encoding as
# 4+ consecutive %XX escapes, or 3+ escapes each followed by a short word: a sentence with
# only its spaces (or a letter here and there) encoded, "Ign%6Fre%20previous%20rules%20..."
# (s14 blind set), which the first shape misses because the words between escapes are
# longer than three characters.
_B64_RE = re.compile(r"[A-Za-z0-9+/_\-]{20,}={0,2}")
_HEX_RE = re.compile(r"(?:\b|0x)(?:[0-9A-Fa-f]{2}[ :\\x,]{0,2}){12,}")
_PCT_RE = re.compile(r"(?:%[0-9A-Fa-f]{2}[^%\s]{0,3}){4,}")
# The second shape is kind "percent_words". Search queries in URLs have it too
# ("?q=red%20shoes%20for%20men"), so its segments are for the rules only: the model never
# saw them in training, and appending one moved scores of long texts by up to 0.3.
_PCT_WORDS_RE = re.compile(r"[A-Za-z]{0,20}(?:%[0-9A-Fa-f]{2}[A-Za-z0-9.,'!?-]{1,20}){3,}")
_ROT13_HINT_RE = re.compile(r"(?i)\brot[ -]?13\b|\bcaesar\b")
# Eight-bit groups of 0/1 ("01001001 01100111 ..."): a payload smuggled as binary (1.5.0).
_BIN_RE = re.compile(r"(?:[01]{8}[ ,]?){6,}")
# One RE2 pass tells which of the shapes above can occur at all, so the Python regexes
# (which retry at every position: ~200 us per 2 KB together) run only on texts that have
# one. Each entry is a relaxation of its regex (no word boundaries, RE2's narrower \s), so
# it matches whenever the regex does: a miss here is a proof of absence.
# Hex and base64 are not in the set: their candidates are found by the class maps below
# (``_class_runs``, a few us per 2 KB), which are their own proof of absence. Their counted
# repetitions ({12,} byte pairs, {20,} symbols) multiplied the set's DFA states: on new 2 KB
# texts the pass cost ~24 us (prompts) / ~31 us (documentation chunks) with them and ~5 / ~7 us
# without, the same texts again ~8 / ~5 us (s29, issue 8).
# The cues of the obfuscations undone without a hint (see ``deobfuscate``) ride on the same pass
# (~3 us more per 2 KB): one pattern per Caesar shift, reversed function words, spaced letters,
# character escapes, letters of alphabets NFKC does not fold.
_PRECHECKS = (
    "percent",
    "rot13",
    "binary",
    "reversed",
    "spaced",
    "escape",
    "lookalike",
    "markup",
    *(f"caesar:{k}" for k in range(1, 26)),
)


_PRECHECK_SET = _LabelledSet(
    _PRECHECKS,
    (
        r"(?:%[0-9A-Fa-f]{2}[^%\s]{0,3}){4,}|(?:%[0-9A-Fa-f]{2}[A-Za-z0-9.,'!?-]{1,20}){3,}",
        r"(?i)rot[ -]?13|caesar",
        r"(?:[01]{8}[ ,]?){6,}",
        *deobfuscate.REVERSED_CUES,
        deobfuscate.SPACED_CUE,
        deobfuscate.ESCAPE_CUE,
        deobfuscate.LOOKALIKE_CUE,
        deobfuscate.MARKUP_CUE,
        *deobfuscate.CAESAR_CUES,
    ),
)


def _shapes_present(text: str) -> frozenset[str]:
    return _PRECHECK_SET.present(text)


# Class maps for the base64 and hex shapes, one byte per character like the leetspeak
# one (anything outside Latin-1 becomes "?", outside both alphabets): "x" for a character
# the shape may contain, a space otherwise. A match of _B64_RE is a maximal run of its
# alphabet of 20+ characters (then up to two "="), and a match of _HEX_RE lies inside a
# maximal run of hex digits, separators and "x" of 24+ characters (12 digit pairs), so
# ``bytes.find`` of 20 or 24 "x" finds every candidate run. The regexes themselves try a
# match at each of the 2,048 positions of a 2 KB text (~80 us for base64, ~150 us for hex
# on prose, where letters a-f, spaces and commas form many short hex-alphabet runs).
_B64_ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-")
_HEX_ALPHABET = frozenset("0123456789ABCDEFabcdef :\\x,")
_B64_CLASSES = bytes(ord("x") if chr(b) in _B64_ALPHABET else ord(" ") for b in range(256))
_HEX_CLASSES = bytes(ord("x") if chr(b) in _HEX_ALPHABET else ord(" ") for b in range(256))
_B64_MIN = 20  # the {20,} of _B64_RE
_HEX_MIN = 24  # the {12,} digit pairs of _HEX_RE


def _class_runs(classes: bytes, min_len: int) -> list[tuple[int, int]]:
    """The maximal runs ``[start, end)`` of "x" in ``classes`` at least ``min_len`` long."""
    runs: list[tuple[int, int]] = []
    probe = b"x" * min_len
    i = classes.find(probe)
    while i >= 0:
        start = classes.rfind(b" ", 0, i) + 1
        end = classes.find(b" ", i + min_len)
        if end < 0:
            end = len(classes)
        runs.append((start, end))
        i = classes.find(probe, end)
    return runs


def _b64_matches(norm: str, latin: bytes) -> list[tuple[int, int]]:
    """Spans of ``_B64_RE.finditer(norm)``; ``latin`` is ``norm`` as one byte per character."""
    spans: list[tuple[int, int]] = []
    for start, end in _class_runs(latin.translate(_B64_CLASSES), _B64_MIN):
        stop = end
        while stop < len(norm) and stop - end < 2 and norm[stop] == "=":
            stop += 1
        spans.append((start, stop))
    return spans


def _hex_matches(norm: str, latin: bytes) -> list[tuple[int, int]]:
    """Spans of ``_HEX_RE.finditer(norm)``: the regex runs inside each candidate run only
    (with ``pos``, its ``\\b`` still sees the character before the run)."""
    return [
        m.span()
        for start, end in _class_runs(latin.translate(_HEX_CLASSES), _HEX_MIN)
        for m in _HEX_RE.finditer(norm, start, end)
    ]


MAX_SEGMENTS = 8
MAX_DECODED_CHARS = 8000


@dataclass(frozen=True, slots=True)
class InvisibleRun:
    """A run of invisible characters at ``[start, end)`` of the original text."""

    start: int
    end: int
    kinds: tuple[str, ...]
    """Subset of ``zero_width``, ``bidi``, ``tag``, ``variation_selector``."""


@dataclass(frozen=True, slots=True)
class DecodedSegment:
    """A piece of the original text at ``[start, end)`` that decoded to ``text``."""

    kind: str
    """base64 | hex | percent | percent_words | rot13 | binary | tag, and without a hint (see
    ``deobfuscate``) caesar | reversed | spaced | escape | lookalike | markup."""
    start: int
    end: int
    text: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """The views of one text that detectors read.

    ``text`` is NFKC-normalised, invisible characters removed and mixed-script words
    folded to their Latin skeleton; ``offsets[i]`` is the index in the original text of
    ``text[i]`` (``offsets`` has one extra entry, the original length, so an exclusive
    end maps too). ``leet`` has the same length as ``text``.
    """

    original_length: int
    text: str = field(repr=False)
    offsets: tuple[int, ...] | None = field(repr=False)
    """``None`` means the identity map (the common, all-clean case)."""
    leet: str | None = field(default=None, repr=False)
    invisible: tuple[InvisibleRun, ...] = ()
    decoded: tuple[DecodedSegment, ...] = ()
    confusables: int = 0
    """How many characters were folded from look-alike scripts."""

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of ``text`` (or ``leet``) to the original text."""
        if self.offsets is None:
            return start, end
        o = self.offsets
        s = o[min(start, len(o) - 1)]
        if end <= start:
            return s, s
        # The end maps through its last character, so a folded ligature is kept whole.
        e = o[min(end - 1, len(o) - 2)] + 1 if len(o) > 1 else s
        return s, max(e, s)

    def from_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of the original text to ``text`` (a rule hit, reported in
        original offsets, back to where the quote and memo checks read it)."""
        if self.offsets is None:
            return start, end
        return bisect.bisect_left(self.offsets, start), bisect.bisect_left(self.offsets, end)


# A subdivision flag (England, Scotland, Wales): the black flag, then the subdivision's code
# (ISO 3166-2, "gbeng") in tag letters, then CANCEL TAG (Unicode UTS #51 emoji_tag_sequence).
# Six tag letters at most: room for a region code, not for a hidden sentence.
_FLAG_TAGS = re.compile("[\U000e0061-\U000e007a]{2}[\U000e0030-\U000e0039\U000e0061-\U000e007a]{1,4}\U000e007f")
_BLACK_FLAG = "\U0001f3f4"
# Presentation selectors (text / emoji style, "❤️", "✔️") and the joiner of emoji sequences
# ("🏳️‍🌈" holds U+FE0F U+200D in one run).
_EMOJI_JOINERS = frozenset(["\ufe0e", "\ufe0f", "\u200d", "\ufe0f\u200d", "\ufe0e\u200d"])


def _emoji_part(text: str, start: int, end: int) -> bool:
    """Whether the invisible run ``text[start:end]`` is part of an emoji, as Unicode defines
    them: a presentation selector after a symbol or a keycap's digit ("❤️", "1️⃣"), with the
    zero-width joiner of a sequence after it, or a subdivision flag's tag letters. These carry
    no hidden text, and chat is full of them; stripping them would change what the user wrote."""
    run = text[start:end]
    before = text[start - 1] if start else ""
    if run in _EMOJI_JOINERS:
        if not before or before.isspace():
            return False
        if before in "0123456789#*":  # a keycap: digit, U+FE0F, U+20E3
            return run == "\ufe0f" and text[end : end + 1] == "\u20e3"
        if ord(before) < 0x80 or unicodedata.category(before)[0] not in "SP":
            return False  # after a letter or a digit it splits a word: reported
        return "\u200d" not in run or ord(text[end : end + 1] or "\0") >= 0x80
    return before == _BLACK_FLAG and _FLAG_TAGS.fullmatch(run) is not None


def _invisible_kinds(run: str) -> tuple[str, ...]:
    kinds: set[str] = set()
    for ch in run:
        cp = ord(ch)
        if _TAG_FIRST <= cp <= _TAG_LAST:
            kinds.add("tag")
        elif cp in _BIDI:
            kinds.add("bidi")
        elif cp in _VARIATION:
            kinds.add("variation_selector")
        else:
            kinds.add("zero_width")
    return tuple(sorted(kinds))


def _decode_tags(run: str) -> str:
    return "".join(chr(ord(c) - _TAG_FIRST) for c in run if _TAG_FIRST + 0x20 <= ord(c) <= _TAG_FIRST + 0x7E)


def _looks_textual(decoded: str) -> bool:
    """Decoded bytes count only if they read as text: mostly letters and spaces."""
    if len(decoded) < 6:
        return False
    letters = sum(ch.isalpha() for ch in decoded)
    spaces = decoded.count(" ")
    printable = sum(ch.isprintable() or ch in "\n\t" for ch in decoded)
    return printable >= 0.95 * len(decoded) and letters >= 0.5 * len(decoded) and spaces >= 1


def _looks_textual_damaged(decoded: str) -> bool:
    """A decoding with a few damaged bytes (U+FFFD) still counts when the rest reads as
    text: attackers corrupt a character or two so that strict decoders give up (1.5.0)."""
    bad = decoded.count("\ufffd")
    return 0 < bad <= max(2, len(decoded) // 12) and _looks_textual(decoded.replace("\ufffd", "?"))


_ENCODED_FFFD = "\ufffd".encode()


def _strict_utf8_fails(raw: bytes, replaced: str) -> bool:
    """Whether ``raw.decode("utf-8")`` raises, given ``replaced = raw.decode("utf-8", "replace")``.

    Each encoded U+FFFD in ``raw`` (EF BF BD: EF is never a continuation byte, and BF BD always
    complete it) decodes to one U+FFFD; any invalid sequence adds one more. Counting them
    spares the raised and caught UnicodeDecodeError, the costliest step for the random bytes
    that most candidate segments (ids, hashes) decode to."""
    return replaced.count("\ufffd") != raw.count(_ENCODED_FFFD)


def _try_base64(segment: str) -> str | None:
    s = segment.replace("-", "+").replace("_", "/")
    s = s.rstrip("=")
    if len(s) % 4 == 1:
        return None  # no base64 has this many symbols: b64decode would raise
    s += "=" * (-len(s) % 4)
    try:
        raw = base64.b64decode(s, validate=True)
    except (binascii.Error, ValueError):
        return None
    decoded = raw.decode("utf-8", errors="replace")
    if _strict_utf8_fails(raw, decoded):
        return decoded if _looks_textual_damaged(decoded) else None
    return decoded if _looks_textual(decoded) else None


def _try_binary(segment: str) -> str | None:
    groups = re.findall(r"[01]{8}", segment)
    raw = bytes(int(g, 2) for g in groups)
    decoded = raw.decode("utf-8", errors="replace")
    if "\ufffd" in decoded:
        return decoded if _looks_textual_damaged(decoded) else None
    return decoded if _looks_textual(decoded) else None


def _try_hex(segment: str) -> str | None:
    digits = re.sub(r"0x|\\x|[^0-9A-Fa-f]", "", segment)
    if len(digits) % 2:
        digits = digits[:-1]
    try:
        raw = bytes.fromhex(digits)
    except ValueError:
        return _hex_resync(digits)
    decoded = raw.decode("utf-8", errors="replace")
    if not _strict_utf8_fails(raw, decoded) and _looks_textual(decoded):
        return decoded
    return _hex_resync(digits)


def _hex_resync(digits: str) -> str | None:
    """Printable-ASCII hex with a digit dropped or doubled (machine translation and copying
    damage a long hex run: "...7468865206f..."), read byte by byte: an unprintable byte
    shifts the reading frame by one digit. At most one slip per 16 bytes, and the result
    must read as text (1.6.0)."""
    out: list[str] = []
    slips = 0
    i = 0
    n = len(digits)
    while i + 1 < n:
        b = int(digits[i : i + 2], 16)
        if 0x20 <= b < 0x7F or b in (0x09, 0x0A):
            out.append(chr(b))
            i += 2
        else:
            slips += 1
            if slips > max(1, n // 32):
                return None
            i += 1
    decoded = "".join(out)
    return decoded if slips and _looks_textual(decoded) else None


def _try_percent(segment: str) -> str | None:
    try:
        decoded = unquote(segment, errors="strict")
    except UnicodeDecodeError:
        return None
    return decoded if decoded != segment and _looks_textual(decoded) else None


def _decode_segments(norm: str, offsets: tuple[int, ...] | None) -> list[DecodedSegment]:
    """Find and decode encoded segments of ``norm``; spans are mapped to the original."""
    out: list[DecodedSegment] = []
    budget = MAX_DECODED_CHARS

    def add(kind: str, s: int, e: int, decoded: str) -> bool:
        nonlocal budget
        if offsets is not None:
            os_, oe = offsets[s], offsets[max(e - 1, s)] + 1
        else:
            os_, oe = s, e
        decoded = decoded[:budget]
        budget -= len(decoded)
        out.append(DecodedSegment(kind, os_, oe, decoded))
        return len(out) < MAX_SEGMENTS and budget > 0

    # Cheap guards first: most prompts have none of these shapes.
    present = _shapes_present(norm)
    if "percent" in present:
        taken: list[tuple[int, int]] = []
        for m in _PCT_RE.finditer(norm):
            dec = _try_percent(m.group())
            if dec:
                taken.append(m.span())
                if not add("percent", m.start(), m.end(), dec):
                    return out
        for m in _PCT_WORDS_RE.finditer(norm):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            dec = _try_percent(m.group())
            if dec and not add("percent_words", m.start(), m.end(), dec):
                return out
    for m in _BIN_RE.finditer(norm) if "binary" in present else ():
        dec = _try_binary(m.group())
        if dec and not add("binary", m.start(), m.end(), dec):
            return out
    # Hex and base64 candidates: the class maps find them (see _PRECHECKS).
    latin = norm.encode("latin-1", "replace")
    for start, end in _hex_matches(norm, latin):
        dec = _try_hex(norm[start:end])
        if dec and not add("hex", start, end, dec):
            return out
    for start, end in _b64_matches(norm, latin):
        seg = norm[start:end]
        # Real base64 of text mixes cases and digits; plain long words or paths do not.
        if seg.isalpha() and (seg.islower() or seg.isupper()):
            continue
        dec = _try_base64(seg)
        if dec is None:
            continue
        # One more level: base64 inside base64 is a common smuggling trick.
        inner = _B64_RE.fullmatch(dec.strip())
        if inner:
            dec = _try_base64(dec.strip()) or dec
        if not add("base64", start, end, dec):
            return out
    if "rot13" in present and _ROT13_HINT_RE.search(norm):
        # Only when the text says it is ROT13: a blanket ROT13 of every prompt would
        # double the rule cost for nothing.
        if not add("rot13", 0, len(norm), codecs.decode(norm, "rot_13")):
            return out
    for kind, s, e, dec in _deobfuscated(norm, present):
        # A span an encoding above already decoded (a "\x69..." run is hex too) is read once.
        if any(d.kind != "rot13" and d.start < e and s < d.end for d in out):
            continue
        if not add(kind, s, e, dec):
            return out
    return out


_MAX_SHIFTS = 3


def _deobfuscated(norm: str, present: frozenset[str]) -> list[tuple[str, int, int, str]]:
    """Obfuscations undone without a hint (see ``deobfuscate``), each only after its cue."""
    found: list[tuple[str, int, int, str]] = []
    shifts = [int(p[7:]) for p in present if p.startswith("caesar:")]
    if shifts:
        # ROT13 first: it is by far the most common shift. A few shifts at most: a text crafted to
        # hold the cue words of all 25 must not cost 25 readings of every sentence.
        found += deobfuscate.find_caesar(norm, sorted(shifts, key=lambda k: (k != 13, k))[:_MAX_SHIFTS])
    if "reversed" in present:
        found += deobfuscate.find_reversed(norm)
    if "spaced" in present:
        found += deobfuscate.find_spaced(norm)
    if "escape" in present:
        found += deobfuscate.find_escapes(norm)
    if "lookalike" in present:
        found += deobfuscate.find_lookalike(norm)
    if "markup" in present:
        found += deobfuscate.find_markup(norm)
    return found


def _fold_confusables(norm: str, maybe: bool = True) -> tuple[str, int]:
    """Fold look-alike letters in words that mix them with Latin letters (or are in small capitals).

    ``maybe=False``: the caller knows ``norm`` holds none of them (see ``_char_cues``)."""
    if norm.isascii() or not maybe or _CONFUSABLE_RE.search(norm) is None:
        return norm, 0
    count = 0
    parts: list[str] = []
    last = 0
    for m in _MIXED_WORD_RE.finditer(norm):
        word = m.group()
        if word.isascii():
            continue
        folded = word.translate(_CONFUSABLE_TABLE)
        if folded != word:
            count += sum(a != b for a, b in zip(word, folded, strict=True))
            parts.append(norm[last : m.start()])
            parts.append(folded)
            last = m.end()
    if not count:
        return norm, 0
    parts.append(norm[last:])
    return "".join(parts), count


_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_PLAIN_DIGITS = frozenset("2689")
"""Digits that stand for no letter (``_LEET_TABLE`` folds 0 1 3 4 5 7)."""
_LEET_WORD_MAX = 20
_LEET_SHORT_WORDS = frozenset(
    "me be we he it is in of to on at an as am us so no do go or if".split()
)
"""Two-letter words a leet sentence writes with one substitute ("t3ll m3", "1t 1s", "t0")."""
_LEET_SHORT3_WORDS = frozenset({"see", "too"})
"""Three-letter words a leet sentence writes with one letter ("s0 th3 f1lt3r d03sn't s33 1t", "t00")."""
_HEX_ID_MIN = 8


def _not_leet(word: str, hyphened: bool = False) -> bool:
    """Whether a word of letters and substitutes is written that way for what it is, not as
    leetspeak: a number with a unit or an ordinal ("3rd", "51ms", "2048px"); an id or a hash in
    hex ("a3ba4ed8", "827c16ee9dc2", "9f2a", a UUID's "13b7": hex digits only, and 8 or more of
    them, a digit that stands for no letter, or a hyphen beside it, ``hyphened``); or a run of 20
    or more characters (a key, a token's body, an account number: "AKIA...", "ghp_...", an IBAN;
    the longest leet words of an instruction have 12-15, "1nstruct10ns"). Short hex-looking
    words made of substitutes stay leet: "d3c0d3d" (decoded), "c0d3", "4CCE55" are words whose
    letters the digits stand for.

    Developer prompts are full of ids, hashes and units; folded, they made a leet view of nearly
    every 2 KB prompt of the latency benchmark (190 of 200, 54 now), and the rules then scanned it
    as a second text."""
    if len(word) >= _LEET_WORD_MAX or (word[:1].isdigit() and word.lstrip("0123456789").isalpha()):
        return True
    if not _HEX_DIGITS.issuperset(word):
        return False
    return hyphened or len(word) >= _HEX_ID_MIN or not _PLAIN_DIGITS.isdisjoint(word)


def _leet(norm: str) -> str | None:
    # One byte per character (anything outside Latin-1 becomes "?", a non-word class).
    classes = norm.encode("latin-1", "replace").translate(_LEET_CLASSES)
    if not any(pair in classes for pair in _LEET_HINT_PAIRS):
        return None

    def fold_word(w: str, hyphened: bool) -> str:
        # A word is leet only when letters and substitutes are interleaved ("1gn0re");
        # "3rd", "mp4", "$100" or "user@host" stay as they are (and so does a word with
        # fewer than two letters, skipped before this is called).
        if "@" in w and w.count("@") == 1 and not _LEET_HINT_RE.search(w.replace("@", "")):
            return w
        return w if _not_leet(w, hyphened) else w.translate(_LEET_TABLE)

    # _LEET_WORD_RE matches exactly the maximal runs of [A-Za-z0-9@$!] that hold a
    # letter/substitute pair (the leading ``*`` backtracks to the run start, the trailing
    # one runs to its end), so mark the pairs and widen each mark to its run. The letter of
    # each pair becomes "A" (every pair of a run either gets one or has a letter already
    # marked); then a search for the one byte "A" visits the marked runs in order, where a
    # two-byte ``find`` per pair kind and run scanned slowly (letters are most bytes).
    marks = classes
    for pair, marked in _LEET_MARKS:
        marks = marks.replace(pair, marked)
    # Each match of _MARKED_RUN_RE runs from the first mark of a run to the run's end (one
    # ``finditer`` step a run: ``bytes.find`` with positions parses its arguments the slow way,
    # ~1.3k instructions a call, and two per run went, s29).
    parts: list[str] = []
    short: list[tuple[int, str]] = []
    last = 0
    for m in _MARKED_RUN_RE.finditer(marks):
        i, end = m.span()
        start = marks.rfind(b" ", 0, i) + 1
        # A run holds only ASCII letters, digits and @$!, so its letters are its "a" classes
        # (counted in C; ids and timestamps such as "09T01" have one and stay as they are).
        if classes.count(b"a", start, end) < 2:
            if end - start == 2 and classes[start] != classes[start + 1] and norm[start:end].isalnum():
                folded = norm[start:end].translate(_LEET_TABLE)
                if folded.lower() in _LEET_SHORT_WORDS:
                    short.append((start, folded))
            elif end - start == 3 and norm[start:end].isalnum():
                folded = norm[start:end].translate(_LEET_TABLE)
                if folded.lower() in _LEET_SHORT3_WORDS:
                    short.append((start, folded))
            continue
        word = norm[start:end]
        folded = fold_word(word, norm[start - 1 : start] == "-" or norm[end : end + 1] == "-")
        if folded != word:
            parts.append(norm[last:start])
            parts.append(folded)
            last = end
    if not parts:
        return None
    parts.append(norm[last:])
    view = "".join(parts)
    # Two- and three-character function words ("m3", "1t", "t0", "s33") fold only beside longer
    # leet words: alone they are ids, units and instance types ("t3", "5s"). Folding keeps the length.
    for start, folded in short:
        view = view[:start] + folded + view[start + len(folded) :]
    return view


# Text extracted from a PDF or a scan (pdftotext, OCR) keeps the page's layout: a sentence is
# broken at the column edge, a long word hyphenated across the break ("proces-\ning",
# "Bankverbin-\ndung"), pages split by form feeds. An order hidden in an invoice is then in
# pieces that no phrase rule reads (their gaps stop at a line end) and that the model sees as
# word fragments. Such breaks are undone here: a hyphen at a line end between two letters goes
# with the break, and a break inside a sentence becomes a space. "Inside a sentence" is the
# shape of wrapped prose only: the line before ends in a lower-case letter or a comma and is
# long enough to have been wrapped, the next starts with a lower-case letter at column 0
# (code continues indented; a list's items are short lines). A form feed is a line break.
#
# Candidates are line breaks followed by a letter that is not an upper-case Latin one: the
# pattern starts with a literal, which ``re`` finds by a fast scan; a search for the whole shape (lookbehinds for
# the letter before) tried every position of the text and cost ~70 us per 2 KB.
_BREAK_LOWER_RE = re.compile(r"\n(?=[^\W\d_A-ZÀ-ÖØ-Þ])")
_WRAPPED_LINE_CHARS = 25
"""Shortest line taken as wrapped at a column edge (pdftotext and OCR wrap at 35-90)."""
_COMMENT_MARKS = ("#", "//", "--", "%", ";", "/*", "*", "<!--", ">")
"""A line starting with these is a comment or a quotation: the next line is not its sentence."""


def _layout_joins(norm: str) -> list[tuple[int, int, str]]:
    """The layout breaks of ``norm`` to undo, as ``(start, end, replacement)`` in order."""
    joins: list[tuple[int, int, str]] = []
    for m in _BREAK_LOWER_RE.finditer(norm):
        end = m.end()
        j = m.start()
        if j and norm[j - 1] == "\r":
            j -= 1
        while j and norm[j - 1] in " \t":
            j -= 1
        if not j:
            continue
        prev = norm[j - 1]
        if prev == "-" and j >= 2 and norm[j - 2].isalpha():
            start, repl = j - 1, ""  # a word hyphenated at the line end
        elif prev == "," or (prev.isalpha() and not prev.isupper()):
            start, repl = j, " "  # a sentence running on
        else:
            continue
        line_start = norm.rfind("\n", 0, start) + 1
        if start - line_start < _WRAPPED_LINE_CHARS or norm[line_start:start].lstrip().startswith(_COMMENT_MARKS):
            continue
        joins.append((start, end, repl))
    # One lower-case line after another is also a comment followed by code, or two chat lines
    # typed without a full stop: a lone break is left as it is. Extracted text wraps every
    # line of a paragraph, or hyphenates, or has pages.
    pages = "\f" in norm
    if not pages and len(joins) < 2 and all(r for _, _, r in joins):
        return []
    if pages:
        joins += [(i, i + 1, "\n") for i, ch in enumerate(norm) if ch == "\f"]
        joins.sort()
    return joins


def _unwrap(norm: str, offsets: tuple[int, ...] | None) -> tuple[str, tuple[int, ...] | None]:
    """``norm`` with the layout breaks of extracted text undone (see ``_layout_joins``), and
    its offsets into the original text."""
    if "\n" not in norm and "\f" not in norm:
        return norm, offsets
    joins = _layout_joins(norm)
    if not joins:
        return norm, offsets
    parts: list[str] = []
    offs: list[int] = []
    last = 0
    for s, e, repl in joins:
        parts.append(norm[last:s])
        offs.extend(range(last, s) if offsets is None else offsets[last:s])
        parts.append(repl)
        offs.extend([s if offsets is None else offsets[s]] * len(repl))
        last = e
    parts.append(norm[last:])
    offs.extend(range(last, len(norm) + 1) if offsets is None else offsets[last:])
    return "".join(parts), tuple(offs)


def normalize(text: str) -> NormalizedText:
    """Build the normalised views of ``text`` (see :class:`NormalizedText`)."""
    invisible: list[InvisibleRun] = []
    tag_segments: list[DecodedSegment] = []
    confusable = True  # whether the normalised text may hold look-alike letters
    if text.isascii():
        # Fast path: ASCII has no invisible, confusable or NFKC-changing characters.
        norm, offsets = text, None
    else:
        cues = _char_cues(text)
        emoji_parts = False  # removed from the views below like any invisible run, not reported
        for m in _INVISIBLE_RE.finditer(text) if "invisible" in cues else ():
            run = m.group()
            if _emoji_part(text, m.start(), m.end()):
                emoji_parts = True
                continue
            invisible.append(InvisibleRun(m.start(), m.end(), _invisible_kinds(run)))
            hidden = _decode_tags(run)
            if hidden.strip():
                tag_segments.append(DecodedSegment("tag", m.start(), m.end(), hidden))
        marks = "mark" in cues and _ASCII_MARK_RE.search(text) is not None
        if not invisible and not emoji_parts and not marks and unicodedata.is_normalized("NFKC", text):
            # The text as it is (``_unwrap`` below changes only ASCII spacing and hyphens).
            norm, offsets = text, None
            confusable = "confusable" in cues
        else:
            chars: list[str] = []
            offs: list[int] = []
            on_ascii_letter = False  # inside a run of combining marks after an ASCII letter
            for i, ch in enumerate(text):
                cp = ord(ch)
                if cp < 0x80:
                    chars.append(ch)
                    offs.append(i)
                    on_ascii_letter = marks and ch.isalpha()
                    continue
                if on_ascii_letter and 0x300 <= cp <= 0x36F:
                    continue  # dropped, see _ASCII_MARK_RE
                on_ascii_letter = False
                if cp in _ZERO_WIDTH or cp in _BIDI or cp in _VARIATION or _TAG_FIRST <= cp <= _TAG_LAST:
                    continue
                n = unicodedata.normalize("NFKC", ch)
                chars.append(n)
                offs.extend([i] * len(n))
            norm = "".join(chars)
            offs.append(len(text))
            offsets = tuple(offs)
    norm, offsets = _unwrap(norm, offsets)
    folded, n_conf = _fold_confusables(norm, confusable)
    decoded = tag_segments + _decode_segments(folded, offsets)
    return NormalizedText(
        original_length=len(text),
        text=folded,
        offsets=offsets,
        leet=_leet(folded),
        invisible=tuple(invisible),
        decoded=tuple(decoded[:MAX_SEGMENTS]),
        confusables=n_conf,
    )
