"""PHONE_NUMBER: phone-shaped digit runs, judged by shape and Google's libphonenumber port.

A regex finds candidates cheaply (6-20 digits with the single separators people use,
``(area)`` groups, a ``+`` prefix and an extension). Each candidate is then judged, with
at most a handful of ``phonenumbers`` calls so that number-heavy text stays fast:

* ``+CC`` / ``00CC`` numbers: valid for their country scores high, merely possible
  scores medium (fake and newly allocated numbers are common in prompts);
* North American ``(xxx) xxx-xxxx`` / ``xxx-xxx-xxxx`` shapes: medium when valid;
* trunk-prefixed national numbers (``07700 900123``, ``0490 75 40 81``) valid in one of
  the configured regions: medium;
* everything else that only has the shape of a number (``467 3395``) stays below the
  default threshold and needs a context word such as "phone", "call" or "fax";
* unseparated runs (``5403926876``) are IDs as often as phones: kept low, and only when
  a context word is within ``context_window`` (no library call is spent on them).

Dates, times, IPv4 addresses, decimals and fragments of longer tokens (``A-123-4567``,
``1.2.3.4.5``) are rejected before any library call. German numbering has variable
length, so "valid in DE" says nothing about a short digit run: short numbers are never
promoted by national validity.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field

from promptguard.config.schema import RecognizerSpec
from promptguard.findings import Explanation, Finding, make_finding
from promptguard.recognizers.base import Recognizer
from promptguard.recognizers.regex import compile_regex
from promptguard.recognizers.registry import recognizer_type

__all__ = ["PhoneOptions", "PhoneRecognizer", "judge"]

# Optional "+" (or an opening parenthesis), then digits where each digit may be preceded
# by ONE separator: space, dot, dash, slash, or a parenthesis with an optional space
# ("+46 (0)8 928", "(579)888-3058"). 6-20 digits; the digit count is checked in Python.
# An optional extension ("x4587", " ext. 12") ends it.
_SEP = r"(?:[ .\-/]?\([ ]?|\)[ .\-/]?|[ .\-/])"
_CANDIDATE = (
    r"(?:\+[ ]?\(?|\(|\b)\d(?:" + _SEP + r"?\d){5,19}"
    r"(?:[ ]?(?i:x|ext\.?|extension)[ ]?\d{1,6})?\b"
)
_EXT = re.compile(r"[ ]?(?:x|ext\.?|extension)[ ]?\d{1,6}$", re.IGNORECASE)
# ISO dates (2000-04-16), day-month-year (16/04/2000): never phone numbers.
_DATE = re.compile(r"(?:19|20)\d\d[\-./]\d\d?[\-./]\d\d?|\b\d\d?[\-./]\d\d?[\-./](?:19|20)\d\d\b")
_IPV4 = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
# (xxx) xxx-xxxx, xxx-xxx-xxxx, xxx.xxx.xxxx, with an optional 1 / +1 / 001 prefix.
_NANP = re.compile(r"^(?:(?:\+|00)?1[ .\-]?)?(?:\(\d{3}\)[ ]?|\d{3}[ .\-])\d{3}[ .\-]\d{4}$")
# A separator between digits on either side means the candidate is part of a bigger token.
_GLUE = "-./:_"
_WORD = re.compile(r"\w+")


class PhoneOptions(BaseModel):
    """Options of the ``phone`` recognizer type (``options:`` in a pack entry)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    regions: list[str] = Field(
        default_factory=lambda: ["GB", "FR", "AU", "IN", "NL", "BE", "SE", "CH", "IT", "BR", "ZA", "IE", "DE"]
    )
    """Regions tried, in order, for trunk-prefixed national numbers (ISO 3166 alpha-2)."""
    score_international_valid: float = 0.8
    score_international_possible: float = 0.6
    score_national_valid: float = 0.55
    score_shape: float = 0.3
    """A separated digit run that no rule above confirms: needs a context word."""
    score_compact: float = 0.2
    """An unseparated digit run (an ID as often as a phone): needs a context word and validity."""
    min_digits: int = Field(7, ge=4)
    max_digits: int = Field(15, le=20)
    min_national_digits: int = Field(10, ge=4)
    """Shorter national numbers are never promoted by validity alone (see module doc)."""


def _is_fragment(text: str, start: int, end: int) -> bool:
    """True when the candidate is glued to a larger token (``ab-1234567``, ``1.2.3.4.5``)."""
    if start > 0:
        before = text[start - 1]
        if before.isalnum() or before in "@#$€£%":
            return True
        if before in _GLUE and start > 1 and text[start - 2].isalnum():
            return True
    if end < len(text):
        after = text[end]
        if after.isalnum() or after in "@%":
            return True
        if after in _GLUE and end + 1 < len(text) and text[end + 1].isdigit():
            return True
    return False


def judge(value: str, options: PhoneOptions, *, near_context: bool = False) -> tuple[float, str] | None:
    """Score one candidate (the regex match). ``None`` rejects it.

    ``near_context`` says a context word ("call", "phone"...) is close: only then is an
    unseparated run that no numbering plan confirms kept (for the engine to lift).
    """
    import phonenumbers

    core = _EXT.sub("", value)
    digits = "".join(ch for ch in core if ch.isdigit())
    if not options.min_digits <= len(digits) <= options.max_digits or len(set(digits)) <= 1:
        return None
    if _DATE.search(core) or _IPV4.match(core):
        return None
    seps = [ch for ch in core.lstrip("+") if not ch.isdigit()]
    if seps == ["."] or seps == [","]:
        return None  # a decimal number
    # "00" is the international call prefix only when a full number follows it.
    if core.startswith("+") or (core.startswith("00") and len(digits) - 2 >= options.min_digits):
        body = core.lstrip("+")
        if body.startswith("00"):
            body = body[2:]
        try:
            num = phonenumbers.parse("+" + body, None)
        except phonenumbers.NumberParseException:
            return (options.score_shape, "shape") if seps else None
        if phonenumbers.is_valid_number(num):
            return options.score_international_valid, "international"
        if phonenumbers.is_possible_number(num):
            return options.score_international_possible, "international_possible"
        return options.score_shape, "shape"
    if not seps:
        # Unseparated runs: order numbers, IDs and amounts look the same, and their score
        # stays below the threshold until context lifts it, so a library call would decide
        # nothing: keep them only next to a context word (3331234567 IT, 13812345678 CN).
        return (options.score_compact, "compact_context") if near_context else None
    if _NANP.match(core):
        try:
            num = phonenumbers.parse(core, "US")
            if phonenumbers.is_valid_number(num):
                return options.score_national_valid, "nanp"
        except phonenumbers.NumberParseException:
            pass
        return options.score_shape, "shape"
    if digits[0] == "0" and len(digits) >= options.min_national_digits and _valid_national(digits, options):
        return options.score_national_valid, "national"
    return options.score_shape, "shape"


def _valid_national(digits: str, options: PhoneOptions) -> bool:
    """Valid as a trunk-prefixed (0...) number in one of ``options.regions``."""
    import phonenumbers

    if len(digits) < options.min_national_digits:
        return False
    for region in options.regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(digits, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


class PhoneRecognizer(Recognizer):
    """International and national phone numbers (see the module docstring)."""

    def __init__(self, spec: RecognizerSpec, pack: str | None) -> None:
        self.configure(spec, pack)
        # Single words are compared with the window's words, phrases as substrings.
        self._context_words = frozenset(w for w in self.context if " " not in w)
        self._context_phrases = tuple(w for w in self.context if " " in w)
        self.options = PhoneOptions.model_validate(spec.options)
        self._regex = compile_regex(_CANDIDATE)
        # Verdicts per candidate string: the same numbers recur (a chat resends its whole
        # history every turn) and a libphonenumber call costs ~50-100 µs. Bounded; the
        # keys are never logged.
        self._verdicts: dict[tuple[str, bool], tuple[float, str] | None] = {}
        self._explanations: dict[tuple[float, str], Explanation] = {}

    def analyze(self, text: str) -> Iterable[Finding]:
        findings: list[Finding] = []
        verdicts = self._verdicts
        explanations = self._explanations
        entity, rec_id, pack, provider, severity = self.entities[0], self.id, self.pack, self.provider, self.severity
        for start, end in self._regex.spans(text):
            if text[start] == "(" and ")" not in text[start:end]:
                start += 1  # "(555 123 4567": the parenthesis is punctuation, not an area code
            if _is_fragment(text, start, end):
                continue
            value = text[start:end]
            # Only unseparated runs look at their surroundings (see judge()).
            near = value.isdigit() and self._near_context(text, start, end)
            key = (value, near)
            if key in verdicts:
                judged = verdicts[key]
            else:
                judged = judge(value, self.options, near_context=near)
                if len(verdicts) >= 4096:
                    verdicts.clear()
                verdicts[key] = judged
            if judged is None:
                continue
            expl = explanations.get(judged)
            if expl is None:
                # Immutable and determined by the verdict: one per (score, rule), shared.
                score, how = judged
                expl = explanations[judged] = Explanation(
                    recognizer=rec_id, pack=pack, pattern=how, validator="phonenumbers", base_score=score
                )
            findings.append(
                make_finding(entity, start, end, judged[0], rec_id, pack, provider, None, "", severity, expl)
            )
        return findings

    def _near_context(self, text: str, start: int, end: int) -> bool:
        window = self.context_window
        near = text[max(0, start - window) : end + window].lower()
        if not self._context_words.isdisjoint(_WORD.findall(near)):
            return True
        return any(p in near for p in self._context_phrases)


@recognizer_type("phone")
def _build(spec: RecognizerSpec, pack: str | None) -> Recognizer:
    return PhoneRecognizer(spec, pack)
