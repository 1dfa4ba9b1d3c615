"""Other ways of writing a forbidden topic, for the relevance step of ``system_context``.

A user who wants a topic the system prompt forbids does not have to write it the way the
prompt did. Two families of difference are handled here, both generic:

- **hidden**: the topic is encoded or split so that no word of the text is the topic. The
  normaliser decodes long segments (20+ characters of base64, 12+ hex bytes, ROT13 the text
  names); a single encoded word is shorter than that. :func:`hidden_views` decodes short
  base64 and hex words, ROT13 and reversed text when the text says it is ciphered or
  reversed, leetspeak words, and joins pieces the text asks to put together: values of
  variables used in a ``+`` expression (``a = "dino"; b = "saurs"; a + b``), quoted
  fragments next to each other, numbered parts ("part 1: dino, part 2: saurs"), and words
  spelled out letter by letter ("d-i-n-o-s-a-u-r").
- **spelled differently**: a misspelling, another inflection or a Latin transliteration of
  the same word ("dinasaurs", "vaccinnes", "политика"). :func:`neighbours` lists the keys
  of a stem one deletion away, the symmetric-deletion scheme of SymSpell: two six-letter
  stems equal after at most one deletion each are candidates, confirmed on the whole word
  bases by :func:`close_words` (six-letter prefixes of different words are often one
  letter apart: "positi"onal, "politi"que). Shorter words have too many real neighbours
  ("polite" and "politics") and are never compared this way.

Each view is bounded (a few dozen words) and computed only when its cheap cue is present.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import itertools
import re
from typing import Any

import re2

from promptguard.recognizers.injection.normalize import _LEET_TABLE
from promptguard.recognizers.regex import re2_options

__all__ = ["FUZZY_LEN", "close_words", "hidden_views", "neighbours", "transliterate"]

FUZZY_LEN = 6
"""Stem length compared by deletion neighbourhoods (``system_context`` cuts stems at six)."""

_MAX_VIEW_WORDS = 64
"""Words a hidden view contributes at most (a text of encoded junk must not cost more)."""
_MAX_FRAGMENTS = 24
_MAX_RUNS = 64
"""Candidate encoded words read per text (a page of long words or hex-like numbers has many)."""

# Latin forms of Cyrillic and Greek letters as transliterations write them (BGN/PCGN-like,
# simplified): "динозавр" -> "dinozavr", "πολιτική" -> "politiki". Matching is fuzzy anyway.
_TRANSLIT = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфыэ", "abvgdeziyklmnoprstufye", strict=True)),
        "ё": "yo",
        "ж": "zh",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ъ": "",
        "ь": "",
        "ю": "yu",
        "я": "ya",
        "є": "ye",
        "і": "i",
        "ї": "yi",
        "ґ": "g",
        **dict(zip("αβγδεζηικλμνξοπρσςτυφχω", "avgdeziiklmnxoprsstyfho", strict=True)),
        "θ": "th",
        "ψ": "ps",
    }
)
_CYR_GREEK_RE = re.compile("[\u0370-\u03ff\u0400-\u04ff]")


def transliterate(folded: str) -> str | None:
    """The Latin transliteration of a folded text's Cyrillic and Greek letters, or None when it has none."""
    if folded.isascii() or _CYR_GREEK_RE.search(folded) is None:
        return None
    return folded.translate(_TRANSLIT)


def neighbours(stem: str) -> list[str]:
    """The one-deletion variants of a stem (none for stems shorter than ``FUZZY_LEN``)."""
    if len(stem) < FUZZY_LEN:
        return []
    return [stem[:i] + stem[i + 1 :] for i in range(len(stem))]


def close_words(a: str, b: str) -> bool:
    """Two word bases (a word without its ending, not cut) one edit apart, the longer of
    seven letters or more, or two edits apart, both of ten or more: "politcs" and
    "politics", "astrolgy" and "astrology"; not "biking" and "baking", "import" and
    "riportate", "positional" and "politique" (six-letter stems alone match those)."""
    short, long_ = sorted((len(a), len(b)))
    limit = 2 if short >= 10 else 1 if long_ >= 7 else 0
    if not limit or long_ - short > limit:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return False
        prev = cur
    return prev[-1] <= limit


# ------------------------------------------------------------------ hidden views
# Base64 and hex words shorter than the normaliser's segments (it decodes 20+ and 24+).
# Every pattern of this module runs in RE2 (linear, no lookaround): in Python's engine the
# same patterns cost 0.3-1.5 ms each on a 2 KB text with digits. A maximal run of the base64
# alphabet is found whole (leftmost, greedy); one of 8-21 characters may be a word.
_B64_RUN_RE = re2.compile(r"[A-Za-z0-9+/]{8,}={0,2}", re2_options())
# Hex of printable text: every byte is 0x20-0x7e, so each pair starts with a digit 2-7.
_HEX_WORD_RE = re2.compile(r"(?:(?:0x|\\x)?[2-7][0-9A-Fa-f][ :,]?){4,12}", re2_options())
# The text says it is encoded, ciphered, reversed or interleaved ("decode this ROT13", "read it
# backwards", "interlace part 1 and part 2"). Searched with RE2 on the folded text (lower case,
# accents removed): Python's alternations cost ~0.5 ms per 2 KB each, RE2 a few microseconds.
_CIPHER_CUE = (
    r"rot[ -]?13|caesar|c[iy]pher|chiffr|cifrad|verschlussel|encod|decod|entschlussel|decrypt|encrypt|base ?64|hex"
    r"|шифр|расшифр"
)
_REVERSE_CUE = (
    r"revers|backwards?|right[ -]to[ -]left|ruckwarts|umgekehrt|a l'envers|al reves|invertid|al contrario"
    r"|наоборот|задом"
)
_INTERLEAVE_CUE = r"interlac|interleav|intercal|entrelaz|entrelac|verschrank|чередов"
# A digit between letters or letters between digits ("h0r0sc0pe"), not "Q3" or "v2.1".
_LEET_HINT_RE = re2.compile(r"[a-z][013457@$][a-z]|[013457@$][a-z][013457@$]", re2_options())
_LEET_WORD_RE = re2.compile(r"[a-z]*(?:[a-z][013457@$]|[013457@$][a-z])[a-z013457@$]*", re2_options())
# Pieces to put together. Quoted fragments are short (a word or part of one); assignments are
# code-like (``a = "dino"``, ``x := 'saurs'``); numbered parts are "part 1: dino" in a few languages.
_QUOTES = "\"'`“”‘’«»"
_FRAGMENT_RE = re.compile(r"[\"'`“‘«]([^\"'`”’»\n]{1,30})[\"'`”’»]")
_ASSIGN_RE = re2.compile(
    r"(?:^|[^\w.])([A-Za-z_]\w{0,15})\s*(?::=|=|<-)\s*[\"'`“‘]([^\"'`”’\n]{1,30})[\"'`”’]", re2_options()
)
_EXPR_RE = re2.compile(r"(?:^|[^\w.\"'])([A-Za-z_]\w{0,15}(?:\s*\+\s*[A-Za-z_]\w{0,15}){1,7})", re2_options())
# On the folded text (lower case, accents removed).
_PART_RE = re2.compile(
    r"(?:^|[^\pL])(?:part|piece|fragment|segment|chunk|string|word|teil|parte|partie|trozo|parca|часть)\s*"
    r"#?(\d{1,2})\s*(?:[:=)\-]|is)\s*[\"'`“‘]?([^\s\"'`”’,;.:!?]{1,30})",
    re2_options(),
)
# Letters spelled one by one with a separator: "d-i-n-o-s-a-u-r", "d i n o", "d.i.n.o" (RE2: the
# lookaround form cost 250 us per 2 KB in Python's engine).
_SPELLED_RE = re2.compile(r"(?:^|[^\pL])((?:\pL[ .\-_*|/]{1,2}){3,}\pL)(?:[^\pL]|$)", re2_options())
_SEPARATORS_RE = re.compile(r"[ .\-_*|/]")


def _printable_word_text(raw: bytes) -> str | None:
    """Decoded bytes that read as a word or two: mostly letters, nothing unprintable."""
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if len(s) < 4 or not s.isprintable():
        return None
    letters = sum(c.isalpha() for c in s)
    return s if letters >= max(4, 0.8 * len(s.replace(" ", ""))) else None


def _short_encoded(text: str, out: list[str]) -> None:
    for m in itertools.islice(_B64_RUN_RE.finditer(text), _MAX_RUNS):
        body = m.group().rstrip("=")
        # Real base64 of a word mixes cases or digits; a plain word or a name does not.
        if (
            len(body) > 19
            or len(body) % 4 == 1
            or (body.isalpha() and (body.islower() or body.isupper() or body.istitle()))
        ):
            continue
        try:
            raw = base64.b64decode(body + "=" * (-len(body) % 4), validate=True)
        except (binascii.Error, ValueError):
            continue
        dec = _printable_word_text(raw)
        if dec:
            out.append(dec)
    for m in itertools.islice(_HEX_WORD_RE.finditer(text), _MAX_RUNS):
        digits = re.sub(r"0x|\\x|[^0-9A-Fa-f]", "", m.group())
        if len(digits) % 2 or digits.isdigit():
            continue
        dec = _printable_word_text(bytes.fromhex(digits))
        if dec:
            out.append(dec)


def _joined(folded: str, shapes: frozenset[int], out: list[str]) -> None:
    values: dict[str, str] = {}
    if _ASSIGN in shapes:
        for m in itertools.islice(_ASSIGN_RE.finditer(folded), _MAX_FRAGMENTS):
            values[m.group(1)] = m.group(2)
    if len(values) >= 2:
        used = False
        for m in itertools.islice(_EXPR_RE.finditer(folded), _MAX_FRAGMENTS):
            names = [n.strip() for n in m.group(1).split("+")]
            if all(n in values for n in names):
                out.append("".join(values[n] for n in names))
                used = True
        if not used:
            out.append("".join(values.values()))
    if any(q in folded for q in _QUOTES):
        frags = list(itertools.islice(_FRAGMENT_RE.finditer(folded), _MAX_FRAGMENTS))
        if len(frags) >= 2:
            # Neighbouring fragments with only a joiner between them ("dino" + "saurs", "dino" "saurs").
            for a, b in itertools.pairwise(frags):
                if len(folded[a.end() : b.start()].strip(" +,&.\t")) <= 3:
                    out.append(a.group(1) + b.group(1))
            out.append("".join(m.group(1) for m in frags))
    if _PARTS in shapes:
        found = itertools.islice(_PART_RE.finditer(folded), _MAX_FRAGMENTS)
        parts = sorted((int(m.group(1)), m.group(2)) for m in found)
        if len(parts) >= 2:
            out.append("".join(p for _, p in parts))
    if _SPELLED in shapes:
        for m in itertools.islice(_SPELLED_RE.finditer(folded), _MAX_FRAGMENTS):
            out.append(_SEPARATORS_RE.sub("", m.group(1)))


_SHIFT_RE = re.compile(r"(?:shift|offset|key|rotat\w*|desplazamiento|decalage|verschiebung|сдвиг\w*)\D{0,12}(\d{1,2})")
_MORSE = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h", "..": "i",
    ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p", "--.-": "q", ".-.": "r",
    "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z",
    "-----": "0", ".----": "1", "..---": "2", "...--": "3", "....-": "4", ".....": "5", "-....": "6",
    "--...": "7", "---..": "8", "----.": "9",
}  # fmt: skip
# International Morse (ITU-R M.1677): letters of dots and dashes separated by spaces, words by "/" or wider gaps.
_MORSE_RUN_RE = re2.compile(r"(?:[.\-]{1,6}(?: {1,3}| ?/ ?)){7,}[.\-]{1,6}", re2_options())


def _caesar(k: int) -> dict[int, int]:
    low = "abcdefghijklmnopqrstuvwxyz"
    return str.maketrans(low, low[k % 26 :] + low[: k % 26])


def _morse(text: str) -> list[str]:
    out = []
    for m in itertools.islice(_MORSE_RUN_RE.finditer(text), _MAX_FRAGMENTS):
        words = re.split(r" ?/ ?| {2,}", m.group())
        out.append(" ".join("".join(_MORSE.get(c, "") for c in w.split()) for w in words))
    return out


def _shape_set() -> Any:
    rset = re2.Set.SearchSet(re2_options())
    for pattern in _SHAPES:
        rset.Add(pattern)
    rset.Compile()
    return rset


# One RE2 pass over the folded text tells which shapes occur at all (as the normaliser's
# precheck does): each RE2 call encodes the text again, ~30 us for 2 KB, so the regexes of
# the shapes found run only on the texts that have them.
_SHAPES = (
    _CIPHER_CUE,
    _REVERSE_CUE,
    _INTERLEAVE_CUE,
    _SPELLED_RE.pattern,
    _PART_RE.pattern,
    _LEET_HINT_RE.pattern,
    _MORSE_RUN_RE.pattern,
    _ASSIGN_RE.pattern,
)
_CIPHER, _REVERSE, _INTERLEAVE, _SPELLED, _PARTS, _LEET, _MORSE_SHAPE, _ASSIGN = range(len(_SHAPES))
_SHAPE_SET = _shape_set()


def hidden_views(text: str, folded: str) -> str:
    """Words the text hides from a plain reading (see the module docstring), space-separated; "" when none.

    ``text`` is the raw text (base64 is case-sensitive), ``folded`` the same folded (lower
    case, accents removed), which every other shape is read on."""
    shapes = frozenset(_SHAPE_SET.Match(folded) or ())
    out: list[str] = []
    if _CIPHER in shapes:
        # Short base64 and hex words only in a text that says it is encoded: a page has many
        # words of that alphabet, and reading each costs (the normaliser decodes long ones anyway).
        _short_encoded(text, out)
        out.append(codecs.decode(folded, "rot_13"))
        shift = _SHIFT_RE.search(folded)
        if shift is not None and 0 < int(shift.group(1)) % 26 != 13:
            # A Caesar cipher with its shift stated ("a shift of 3"): both directions.
            k = int(shift.group(1)) % 26
            out += [folded.translate(_caesar(-k)), folded.translate(_caesar(k))]
    _joined(folded, shapes, out)
    if _LEET in shapes:
        words = itertools.islice(_LEET_WORD_RE.finditer(folded), _MAX_VIEW_WORDS)
        out += [m.group().translate(_LEET_TABLE) for m in words]
    if _MORSE_SHAPE in shapes:
        out += _morse(folded)
    if _REVERSE in shapes:
        out.append(" ".join(w[::-1] for w in folded.split()))
        out.append(folded[::-1])
    if _INTERLEAVE in shapes:
        frags = [m.group(1) for m in itertools.islice(_FRAGMENT_RE.finditer(folded), _MAX_FRAGMENTS)]
        for a, b in itertools.pairwise(frags):
            if abs(len(a) - len(b)) <= 1:
                out.append("".join(x + y for x, y in itertools.zip_longest(a, b, fillvalue="")))
    if not out:
        return ""
    return " ".join(out)
