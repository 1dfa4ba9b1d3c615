"""Obfuscations undone without a hint: Caesar shifts (ROT13 among them), reversed sentences,
letters spaced out or dotted, character escapes and references, and letter alphabets that NFKC
does not fold (regional indicators, negative circled or squared letters, upside-down text).

Each finder returns ``(kind, start, end, decoded)`` spans of the normalised text. A decoding is
kept only when it reads as language: it has clearly more common words (English and a few major
European languages) than the text it came from, or, for escapes and spaced letters, it is letters
that no ordinary encoder escapes or spaces. A ROT13 spoiler in a puzzle post still decodes (it is
language): what it says is then judged by the rules and the model like any other text, so a
harmless spoiler stays harmless.

Every finder runs only after its cue (a pattern of the RE2 set pass the normaliser runs on every
text anyway, see ``normalize._PRECHECK_SET``: ~3 us more per 2 KB for all of them) and reads a
bounded number of sentences or runs; on a 2 KB text written wholly in one encoding a finder costs
~0.1-0.4 ms.
"""

from __future__ import annotations

import binascii
import html
import re

__all__ = [
    "CAESAR_CUES",
    "ESCAPE_CUE",
    "LOOKALIKE_CUE",
    "MARKUP_CUE",
    "REVERSED_CUES",
    "SPACED_CUE",
    "common_words",
    "find_caesar",
    "find_escapes",
    "find_lookalike",
    "find_markup",
    "find_reversed",
    "find_spaced",
]

MAX_LINES = 96
"""Sentences read per text by the sentence-wise finders (Caesar, reversed)."""
MAX_RUNS = 16
"""Runs read per text by the run-wise finders (escapes, spaced letters, look-alike alphabets)."""

# Frequent function words of English, German, French, Spanish, Italian, Portuguese and Dutch,
# two letters or more (single letters are noise in shifted gibberish).
_COMMON = frozenset(
    """the and you your to of is are all in for with this that it be not me my what from on
    as by now or at do an no we our will can was have has must any tell please
    der die das und ist nicht ich sie mit ein eine zu den von auf du dich mir
    le la les des et est vous pas une un du que pour dans qui ce sur tu
    el los las es por para una con lo se su al del como pero
    il di che non per sono gli della questo tutte
    os de não um uma com mais você
    het een en van niet je dat ik""".split()
)
_WORD_RE = re.compile(r"[^\W\d_]+")


def common_words(text: str) -> tuple[int, int, int]:
    """(common function words, distinct ones among them, words) of ``text``."""
    words = _WORD_RE.findall(text.lower())
    hits = [w for w in words if w in _COMMON]
    return len(hits), len(set(hits)), len(words)


def _reads_better(decoded: str, original: str, distinct: int = 2) -> bool:
    """Whether ``decoded`` reads as language clearly more than ``original`` does: common words
    of at least ``distinct`` kinds (code that calls ``max`` three times shifts to "the the the").
    """
    hits, kinds, n = common_words(decoded)
    if kinds < distinct or hits < 0.15 * n:
        return False
    before, _, _ = common_words(original)
    return hits >= 2 * before + 2


def _shift_table(k: int) -> dict[int, int]:
    low = "abcdefghijklmnopqrstuvwxyz"
    up = low.upper()
    return str.maketrans(low + up, low[k:] + low[:k] + up[k:] + up[:k])


_SHIFTS = {k: _shift_table(k) for k in range(1, 26)}


# Shifted cue words that are tokens of their own in English text ("max" is "the" shifted by 19,
# "rfc" by 24, "xii" is "all" by 23): a cue made of them would send ordinary text to the check.
_TOKENS = frozenset({"max", "rfc", "esp", "lzw", "pda", "aol", "tee", "xii", "cnn", "pcs", "uff", "sio", "doo", "grr"})


def _cue_words(k: int) -> str:
    """The words "the", "and", "you", "your", "all", "ignore" shifted by ``k`` (as encoded)."""
    table = _SHIFTS[k]
    shifted = (w.translate(table) for w in ("the", "and", "you", "your", "all", "ignore"))
    return "|".join(w for w in shifted if w not in _TOKENS)


# One RE2 set pattern per shift that decodes to English function words: a match of shift ``k``
# says the text may be written with it. ROT13 also gets German, French and Spanish words.
CAESAR_CUES = tuple(
    rf"(?i)\b(?:{_cue_words(k)}{'|qre|qvr|haq|vfg|yrf|qrf|rfg|dhr|ybf|cbe' if k == 13 else ''})\b" for k in range(1, 26)
)
# Reversed English function words: no language writes them.
REVERSED_CUES = (r"(?i)\b(?:eht|dna|lla|uoy|ruoy|siht|taht|rof)\b",)
# Six or more single letters joined by one separator ("i.g.n.o.r.e", "I G N O R E").
SPACED_CUE = r"(?:[A-Za-z](?:[ .\-*_|/+]|  +| / )){5,}[A-Za-z]"
# Four or more character escapes: C / JSON / JavaScript (\x69, \u0069, \u{69}, octal \151),
# HTML numeric references (&#105; &#x69;) and quoted-printable (=69).
ESCAPE_CUE = (
    r"(?:(?:\\x[0-9A-Fa-f]{2}|\\u\{?[0-9A-Fa-f]{4}\}?|\\[0-7]{3}|&#[0-9]{2,5};|&#[xX][0-9A-Fa-f]{2,4};"
    r"|=[0-9A-F]{2})[^\\&=\n]{0,3}){4,}"
)


# Sentences (a Caesar shift and a reversal keep the punctuation, so an encoded sentence ends
# where its plain wrapper does: "Decode this: Vtaber nyy ...").
_CHUNK_END_RE = re.compile(r"[.!?:;]+\s+|\n+")


def _chunks(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _CHUNK_END_RE.finditer(text):
        if m.start() - start >= 8:
            spans.append((start, m.start() + (text[m.start()] != "\n")))
            if len(spans) >= MAX_LINES:
                return spans
        start = m.end()
    if len(text) - start >= 8:
        spans.append((start, len(text)))
    return spans


def _mostly_letters(s: str) -> bool:
    body = s.replace(" ", "")
    return len(body) >= 8 and sum(c.isalpha() for c in body) >= 0.7 * len(body)


def find_caesar(text: str, shifts: list[int]) -> list[tuple[str, int, int, str]]:
    """Sentences of ``text`` written in a Caesar shift (one of ``shifts``: the shifts whose cue words
    occur), decoded. Kind ``caesar``."""
    out: list[tuple[str, int, int, str]] = []
    for s, e in _chunks(text):
        line = text[s:e]
        if not line.isascii() or not _mostly_letters(line):
            continue
        for k in shifts:
            dec = line.translate(_SHIFTS[(26 - k) % 26])
            # 24 other shifts give 24 chances to read a word by accident: three kinds of them.
            if _reads_better(dec, line, 2 if k == 13 else 3):
                out.append(("caesar", s, e, dec))
                break
    return _merged(out, text)


def find_reversed(text: str) -> list[tuple[str, int, int, str]]:
    """Sentences of ``text`` written backwards ("snoitcurtsni suoiverp lla erongi"). Kind ``reversed``."""
    out: list[tuple[str, int, int, str]] = []
    for s, e in _chunks(text):
        line = text[s:e]
        dec = line[::-1]
        if _mostly_letters(line) and _reads_better(dec, line):
            out.append(("reversed", s, e, dec))
    return _merged(out, text)


def _merged(found: list[tuple[str, int, int, str]], text: str) -> list[tuple[str, int, int, str]]:
    """Neighbouring sentences of one kind as one segment (a paragraph read as a whole)."""
    out: list[tuple[str, int, int, str]] = []
    for kind, s, e, dec in found:
        if out and out[-1][0] == kind and not text[out[-1][2] : s].strip():
            k, s0, _e0, d0 = out[-1]
            out[-1] = (k, s0, e, d0 + text[out[-1][2] : s] + dec)
        else:
            out.append((kind, s, e, dec))
    return out


_SPACED_RE = re.compile(r"(?<![A-Za-z0-9])" + SPACED_CUE + r"(?![A-Za-z0-9])")
_WORD_GAP_RE = re.compile(r" {2,}| / |\t")


def _unspaced(run: str) -> str:
    """The letters of a spaced run, words split where the gap is wider or differs."""
    if _WORD_GAP_RE.search(run):
        words = _WORD_GAP_RE.split(run)
    elif " " in run and any(c in run for c in ".-*_|/+"):
        words = run.split(" ")  # "i.g.n.o.r.e a.l.l"
    else:
        words = [run]
    return " ".join("".join(c for c in w if c.isalpha()) for w in words if w.strip())


def find_spaced(text: str) -> list[tuple[str, int, int, str]]:
    """Runs of single letters with a separator between each, joined into words. Kind ``spaced``."""
    out: list[tuple[str, int, int, str]] = []
    for m in _SPACED_RE.finditer(text):
        dec = _unspaced(m.group())
        if sum(c.isalpha() for c in dec) >= 6:
            out.append(("spaced", m.start(), m.end(), dec))
            if len(out) >= MAX_RUNS:
                break
    return out


_ESCAPE_RE = re.compile(ESCAPE_CUE)
_ONE_ESCAPE_RE = re.compile(
    r"\\x([0-9A-Fa-f]{2})|\\u\{?([0-9A-Fa-f]{4})\}?|\\([0-7]{3})|&#([0-9]{2,5});|&#[xX]([0-9A-Fa-f]{2,4});"
    r"|=([0-9A-F]{2})"
)


def _escaped_char(m: re.Match[str]) -> str:
    hx, uni, octal, dec, hx2, qp = m.groups()
    if octal is not None:
        cp = int(octal, 8)
    elif dec is not None:
        cp = int(dec)
    else:
        cp = int(hx or uni or hx2 or qp, 16)
    return chr(cp) if cp < 0x110000 else "\ufffd"


def _unescaped(run: str) -> str:
    """``run`` with its escapes decoded, in C where the standard library can: Python string
    escapes (``\\x``, ``\\u``, octal) and quoted-printable (its bytes as UTF-8)."""
    try:
        if run[0] == "\\" and "\\u{" not in run:
            return run.encode("latin-1", "backslashreplace").decode("unicode_escape")
        if run[0] == "=":
            return binascii.a2b_qp(run.encode("utf-8")).decode("utf-8", "replace")
    except (UnicodeError, ValueError, binascii.Error):
        pass
    if run[0] == "&":
        return html.unescape(run)
    return _ONE_ESCAPE_RE.sub(_escaped_char, run)


# Bytes that are not ASCII letters or a space: deleted to count those in C.
_NOT_LETTER = bytes(b for b in range(256) if not (chr(b).isascii() and (chr(b).isalpha() or b == 32)))


def _ascii_letters(s: str) -> int:
    return len(s.encode("ascii", "ignore").translate(None, _NOT_LETTER))


def find_escapes(text: str) -> list[tuple[str, int, int, str]]:
    """Runs of character escapes that spell letters, decoded. Encoders escape what they must
    (quotes, control characters, non-ASCII: "Caf=C3=A9", "\\u00e9", "&#169;"); letters written
    as escapes are written to be unreadable. Kind ``escape``."""
    out: list[tuple[str, int, int, str]] = []
    for m in _ESCAPE_RE.finditer(text):
        run = m.group()
        plain, n = _ONE_ESCAPE_RE.subn("", run)
        dec = _unescaped(run)
        # The letters (and spaces) the escapes spelled, whatever wrote the rest of the run.
        if _ascii_letters(dec) - _ascii_letters(plain) < max(4, 0.6 * n):
            continue
        # Words, not one token: an address hidden from spam bots ("&#105;&#110;&#102;&#111;&#64;...")
        # is one.
        if len(_WORD_RE.findall(dec)) >= 3 and " " in dec.strip():
            out.append(("escape", m.start(), m.end(), dec))
            if len(out) >= MAX_RUNS:
                break
    return out


# A tag written with HTML's named references ("&lt;system&gt;"): how a page shows markup as text,
# and how a chat-template tag reaches a model that reads the page source.
MARKUP_CUE = r"&(?:lt|#0*60|#[xX]0*3[cC]);/?[A-Za-z|]"
_MARKUP_LINE_CHARS = 2000


def find_markup(text: str) -> list[tuple[str, int, int, str]]:
    """Lines holding an escaped tag, unescaped. Kind ``markup``: for the rules only (escaping is
    how HTML writes "<", not a disguise; the model reads the page as written)."""
    out: list[tuple[str, int, int, str]] = []
    start = 0
    while len(out) < MAX_RUNS:
        i = text.find("&", start)
        if i < 0:
            break
        s = text.rfind("\n", 0, i) + 1
        e = text.find("\n", i)
        e = len(text) if e < 0 else e
        line = text[s : min(e, s + _MARKUP_LINE_CHARS)]
        dec = html.unescape(line)
        if "<" in dec and dec.count("<") > line.count("<"):
            out.append(("markup", s, s + len(line), dec))
        start = e + 1
    return out


# Letter alphabets NFKC keeps: regional indicators (flags are pairs of them), negative circled and
# negative squared letters, and the letters of upside-down text.
_REGIONAL = {0x1F1E6 + i: chr(0x61 + i) for i in range(26)}
_NEG_CIRCLED = {0x1F150 + i: chr(0x61 + i) for i in range(26)}
_NEG_SQUARED = {0x1F170 + i: chr(0x61 + i) for i in range(26)}
_FLIPPED = {
    "ɐ": "a", "ɔ": "c", "ǝ": "e", "ɟ": "f", "ƃ": "g", "ɥ": "h", "ᴉ": "i", "ı": "i", "ɾ": "j",
    "ʞ": "k", "ן": "l", "ɯ": "m", "ɹ": "r", "ʇ": "t", "ʌ": "v", "ʍ": "w", "ʎ": "y", "∀": "A",
    "Ɔ": "C", "Ǝ": "E", "Ⅎ": "F", "⅁": "G", "Ԁ": "P", "⊥": "T", "∩": "U", "Λ": "V", "⅄": "Y",
    "˙": ".", "¿": "?", "¡": "!", "‾": "_",
}  # fmt: skip
# The ASCII letters of upside-down text stand for their rotation ("u" is "n", "d" is "p").
_FLIP_TABLE = str.maketrans({**_FLIPPED, "u": "n", "n": "u", "d": "p", "p": "d", "b": "q", "q": "b"})
_BOX_TABLE = str.maketrans({**_REGIONAL, **_NEG_CIRCLED, **_NEG_SQUARED})
_BOX_CHARS = "\U0001f1e6-\U0001f1ff\U0001f150-\U0001f169\U0001f170-\U0001f189"
# Cues: the turned letters no alphabet uses as its own ("ı" is Turkish, "ן" Hebrew).
_FLIP_CHARS = re.escape("".join(k for k in _FLIPPED if (k.isalpha() or k in "∀⅁⊥∩⅄") and k not in "ıן"))
LOOKALIKE_CUE = f"[{_BOX_CHARS}{_FLIP_CHARS}]"
_BOX_RUN_RE = re.compile(f"[{_BOX_CHARS}](?:[{_BOX_CHARS} .,!?'-]*[{_BOX_CHARS}])?")
_FLIP_RUN_RE = re.compile(f"[{_FLIP_CHARS}A-Za-z'˙¿¡.,!? ]{{8,}}")


def find_lookalike(text: str) -> list[tuple[str, int, int, str]]:
    """Runs of letters from alphabets NFKC does not fold, as Latin letters. Kind ``lookalike``.

    A run of box letters counts when it reads as words (flags are two-letter pairs: "🇩🇪 🇫🇷"
    is "de fr"); upside-down text counts when, rotated back (read backwards or not), it has
    clearly more common words than as written (IPA transcriptions use some of its letters)."""
    out: list[tuple[str, int, int, str]] = []
    for m in _BOX_RUN_RE.finditer(text):
        dec = m.group().translate(_BOX_TABLE)
        words = _WORD_RE.findall(dec)
        letters = sum(len(w) for w in words)
        if letters >= 6 and (len(words) == 1 or letters >= 3 * len(words)):
            out.append(("lookalike", m.start(), m.end(), dec))
            if len(out) >= MAX_RUNS:
                return out
    for m in _FLIP_RUN_RE.finditer(text):
        run = m.group()
        if sum(c in _FLIPPED for c in run) < 3:
            continue
        turned = run.translate(_FLIP_TABLE)
        for dec in (turned[::-1], turned):
            if _reads_better(dec, run):
                out.append(("lookalike", m.start(), m.end(), dec.strip()))
                break
        if len(out) >= MAX_RUNS:
            break
    return out
