"""PHONE_NUMBER: phone-shaped digit runs, judged by shape and Google's libphonenumber port.

A regex finds candidates cheaply (6-20 digits with the single separators people use,
``(area)`` groups, a ``+`` prefix and an extension). Each candidate is then judged by
libphonenumber's numbering plans, replayed on its digits with ``phonenumbers``' metadata
(a few µs, no ``parse``: see "numbering plans" below) so that number-heavy text stays
fast without remembering verdicts between scans:

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
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from promptguard.config.schema import RecognizerSpec
from promptguard.findings import Explanation, Finding, make_finding
from promptguard.recognizers.base import Recognizer
from promptguard.recognizers.regex import TextBuffer, compile_regex
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
# The same tests as bytes of the UTF-8 (ASCII characters only: see PhoneRecognizer._candidates).
_ASCII_ALNUM = frozenset(b for b in range(128) if chr(b).isalnum())
_ASCII_DIGITS = frozenset(b"0123456789")
_ASCII_GLUE = frozenset(_GLUE.encode("ascii"))
_ASCII_GLUED_BEFORE = _ASCII_ALNUM | frozenset(b"@#$%")
_ASCII_GLUED_AFTER = _ASCII_ALNUM | frozenset(b"@%")
_WORD = re.compile(r"\w+")
# What a candidate is made of (after the extension): the fast paths only take these.
_PLAIN = re.compile(r"\+?[0-9 ().\-/]*")
_DIGITS_ONLY = {c: None for c in range(128) if not 48 <= c <= 57}
_PLAIN_CHARS = "0123456789 ().-/"
_DROP_DIGITS = {c: None for c in range(48, 58)}
# libphonenumber's bounds on a national significant number (_MIN/_MAX_LENGTH_FOR_NSN).
_MIN_NSN = 2
_MAX_NSN = 17


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
    # Every extension spelling has an "x" ("x12", "ext. 12", "extension 12").
    core = _EXT.sub("", value) if "x" in value or "X" in value else value
    if "." in core and _IPV4.match(core):  # (a dotted quad needs a dot: skip the regex without one)
        return None
    # Every regex match is plain ASCII (RE2's \d is [0-9]): digits are then one translate()
    # away, and the numbering-plan checks can skip phonenumbers' text handling (_fast_*).
    # Plain is what _PLAIN.fullmatch says: an optional "+", then only _PLAIN_CHARS (a C strip
    # leaves nothing exactly then), ~0.4 µs less per candidate than the regex.
    rest = core[1:] if core[:1] == "+" else core
    plain = not rest.strip(_PLAIN_CHARS)
    digits = core.translate(_DIGITS_ONLY) if plain else "".join(ch for ch in core if ch.isdigit())
    if not options.min_digits <= len(digits) <= options.max_digits or len(set(digits)) <= 1:
        return None
    if ("-" in core or "." in core or "/" in core) and _DATE.search(core):
        return None  # (a date needs one of these separators: skip the regex without one)
    # The separators, in order, as one string (a plain core holds one "+" at most, at its
    # start, and ASCII digits only: deleting those leaves what the character test keeps).
    seps = (
        rest.translate(_DROP_DIGITS) if plain else "".join(ch for ch in core.lstrip("+") if not ch.isdigit())
    )
    if seps == "." or seps == ",":
        return None  # a decimal number
    # "00" is the international call prefix only when a full number follows it.
    if core.startswith("+") or (core.startswith("00") and len(digits) - 2 >= options.min_digits):
        body = core.lstrip("+")
        if body.startswith("00"):
            body = body[2:]
            full = digits[2:]  # the two zeros were the first digits
        else:
            full = digits
        tier = _fast_international(full) if plain else None
        if tier is None:
            tier = _library_international(body)
        if tier == "valid":
            return options.score_international_valid, "international"
        if tier == "possible":
            return options.score_international_possible, "international_possible"
        if tier == "error" and not seps:
            return None
        return options.score_shape, "shape"
    if not seps:
        # Unseparated runs: order numbers, IDs and amounts look the same, and their score
        # stays below the threshold until context lifts it, so a library call would decide
        # nothing: keep them only next to a context word (3331234567 IT, 13812345678 CN).
        return (options.score_compact, "compact_context") if near_context else None
    if _NANP.match(core):
        if _valid_in_region(core, digits if plain else None, "US"):
            return options.score_national_valid, "nanp"
        return options.score_shape, "shape"
    if digits[0] == "0" and len(digits) >= options.min_national_digits and _valid_national(digits, options):
        return options.score_national_valid, "national"
    return options.score_shape, "shape"


def _valid_national(digits: str, options: PhoneOptions) -> bool:
    """Valid as a trunk-prefixed (0...) number in one of ``options.regions``."""
    if len(digits) < options.min_national_digits:
        return False
    plain = digits if digits.isascii() else None
    return any(_valid_in_region(digits, plain, region) for region in options.regions)


# --------------------------------------------------------------------------- numbering plans
# libphonenumber's verdicts, computed without its text handling. ``phonenumbers.parse``
# spends most of its ~17 µs finding a number in free text (viability and extension
# regexes, normalisation, a PhoneNumber object) and ``is_valid_number`` another 10-15 µs
# recompiling-by-lookup every pattern it tries. A regex candidate is already a plain
# ASCII digit string with separators, so the functions below replay the same steps
# (country code, national prefix, length and type patterns) on the digits alone, using
# phonenumbers' own metadata and helpers. Anything they cannot replay exactly (a region's
# international dialling prefix at the start of a national number) goes to the library.
# tests/recognizers/test_phone_equivalence.py checks them against the library on thousands
# of generated numbers, so a phonenumbers upgrade that changes the steps is caught.

_Tier = str  # "valid" | "possible" | "neither" | "error" (the library raised)


def _library_international(body: str) -> _Tier:
    import phonenumbers

    try:
        num = phonenumbers.parse("+" + body, None)
    except phonenumbers.NumberParseException:
        return "error"
    if phonenumbers.is_valid_number(num):
        return "valid"
    if phonenumbers.is_possible_number(num):
        return "possible"
    return "neither"


def _fast_international(full: str) -> _Tier | None:
    """``_library_international`` for ``+`` followed by the ASCII digits ``full``
    (``None``: this phonenumbers release lacks a helper the fast path needs)."""
    pu = _phonenumberutil()
    if not _FAST_OK:
        return None

    if len(full) <= _MIN_NSN:
        return "error"  # TOO_SHORT_AFTER_IDD
    cc, national = pu._extract_country_code(full)
    if cc == 0:
        return "error"  # INVALID_COUNTRY_CODE (retrying without the "+" cannot find one either)
    metadata = pu.PhoneMetadata.metadata_for_region_or_calling_code(cc, pu.region_code_for_country_code(cc))
    nsn = _national_significant_number(national, metadata)
    if nsn is None:
        return "error"
    if _is_valid(cc, nsn):
        return "valid"
    if pu._test_number_length(nsn, metadata) in (
        pu.ValidationResult.IS_POSSIBLE,
        pu.ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
    ):
        return "possible"
    return "neither"


def _valid_in_region(text: str, plain_digits: str | None, region: str) -> bool:
    """``is_valid_number(parse(text, region))``, False when parsing fails."""
    if plain_digits is not None:
        fast = _fast_valid_in_region(plain_digits, region)
        if fast is not None:
            return fast
    import phonenumbers

    try:
        return bool(phonenumbers.is_valid_number(phonenumbers.parse(text, region)))
    except phonenumbers.NumberParseException:
        return False


def _fast_valid_in_region(digits: str, region: str) -> bool | None:
    """``_valid_in_region`` for ASCII digits (separators dropped); ``None``: ask the library."""
    pu = _phonenumberutil()
    if not _FAST_OK:
        return None

    metadata = pu.PhoneMetadata.metadata_for_region(region, None)
    if metadata is None:
        return None
    idd = metadata.international_prefix
    if idd is not None and _compiled(idd).match(digits):
        return None  # "011 44 ..." dialled from the US: the library strips the prefix
    cc = metadata.country_code
    national = digits
    cc_str = str(cc)
    if digits.startswith(cc_str):
        # A national number that starts with the region's own country code ("1 415 ...").
        general = metadata.general_desc
        _, potential, _ = pu._maybe_strip_national_prefix_carrier_code(digits[len(cc_str) :], metadata)
        if (
            not pu._match_national_number(digits, general, False)
            and pu._match_national_number(potential, general, False)
        ) or pu._test_number_length(digits, metadata) == pu.ValidationResult.TOO_LONG:
            national = potential
            number_region = pu.region_code_for_country_code(cc)
            if number_region != region:
                metadata = pu.PhoneMetadata.metadata_for_region_or_calling_code(cc, number_region)
    nsn = _national_significant_number(national, metadata)
    return nsn is not None and _is_valid(cc, nsn)


def _national_significant_number(national: str, metadata: object) -> str | None:
    """The NSN ``parse`` would store (national prefix stripped when what remains is a
    possible length); ``None`` where ``parse`` raises. Leading zeros survive, as
    ``national_significant_number`` rebuilds them from ``italian_leading_zero``."""
    pu = _phonenumberutil()

    if len(national) < _MIN_NSN:
        return None
    if metadata is not None:
        _, potential, _ = pu._maybe_strip_national_prefix_carrier_code(national, metadata)
        vr = pu.ValidationResult
        if pu._test_number_length(potential, metadata) not in (
            vr.TOO_SHORT,
            vr.IS_POSSIBLE_LOCAL_ONLY,
            vr.INVALID_LENGTH,
        ):
            national = potential
    if not _MIN_NSN <= len(national) <= _MAX_NSN:
        return None
    return national


def _is_valid(cc: int, nsn: str) -> bool:
    """``is_valid_number`` for a parsed (country code, national significant number)."""
    if cc in _CHOOSERS:
        chooser = _CHOOSERS[cc]
    else:
        chooser = _CHOOSERS[cc] = _Chooser.build(cc)
    return chooser is not None and chooser.is_valid(nsn)


class _Chooser:
    """``is_valid_number``'s steps for one country code, prepared once (keyed by the country
    code, never by input): ``region_code_for_number`` walks the code's regions in order, the
    first whose leading digits match (or, for a region without them, whose number types
    accept the number) is the number's region, then that region's types must accept it.

    Country code 1 has 25 regions, 24 of them told apart by leading digits: looking each
    region's plan up and matching its pattern in turn cost ~6 µs per "+1" candidate. A run
    of consecutive regions with leading digits is one alternation here (``re`` tries the
    alternatives in order at the start, so the first that matches is the first region in
    order whose own pattern matches), and the final check is prepared per region."""

    __slots__ = ("final", "single", "steps")

    def __init__(
        self,
        steps: tuple[tuple[re.Pattern[str] | None, tuple[str, ...], _Plan | None], ...],
        final: dict[str, _Plan | None],
        single: str | None,
    ) -> None:
        self.steps = steps
        """``(alternation, its regions, None)`` for a run of regions with leading digits, or
        ``(None, (region,), plan)`` for a region without them, in the code's order."""
        self.final = final
        """Per region: the plan whose types decide, or None (the region fails the code check)."""
        self.single = single
        """The region when the code has one (no choosing)."""

    @classmethod
    def build(cls, cc: int) -> _Chooser | None:
        pu = _phonenumberutil()
        regions = pu.COUNTRY_CODE_TO_REGION_CODE.get(cc)
        if regions is None:
            return None
        final: dict[str, _Plan | None] = {}
        for region in regions:
            if region != pu.REGION_CODE_FOR_NON_GEO_ENTITY and cc != pu.country_code_for_valid_region(region):
                final[region] = None
            else:
                final[region] = _plan(region, cc)
        if len(regions) == 1:
            return cls((), final, regions[0])
        steps: list[tuple[re.Pattern[str] | None, tuple[str, ...], _Plan | None]] = []
        run: list[tuple[str, str]] = []

        def flush() -> None:
            if not run:
                return
            combined = re.compile("|".join(f"({lead})" for _, lead in run))
            if combined.groups == len(run):
                steps.append((combined, tuple(region for region, _ in run), None))
            else:  # a pattern with groups of its own would shift the numbering: one by one
                steps.extend((re.compile(lead), (region,), None) for region, lead in run)
            run.clear()

        for region in regions:
            plan = _plan(region)
            if plan is None:
                continue
            if plan.leading_digits is not None:
                run.append((region, plan.leading_digits.pattern))
            else:
                flush()
                steps.append((None, (region,), plan))
        flush()
        return cls(tuple(steps), final, None)

    def is_valid(self, nsn: str) -> bool:
        region = self.single
        if region is None:
            for lead, names, plan in self.steps:
                if lead is None:
                    if plan.has_type(nsn):  # type: ignore[union-attr]
                        return True  # found by its type: valid for that region by construction
                    continue
                m = lead.match(nsn)
                if m is not None:
                    region = names[m.lastindex - 1] if len(names) > 1 else names[0]  # type: ignore[operator]
                    break
            else:
                return False
        plan = self.final[region]
        return plan is not None and plan.has_type(nsn)


_CHOOSERS: dict[int, _Chooser | None] = {}


class _Plan:
    """One region's validation patterns, compiled once (``_number_type_helper`` looks each
    pattern up again on every call). Keyed by region, never by input."""

    __slots__ = ("descs", "general", "leading_digits")

    def __init__(self, metadata: object) -> None:
        def desc(d: object) -> tuple[frozenset[int], re.Pattern[str]] | None:
            pattern = getattr(d, "national_number_pattern", None)
            if d is None or not pattern:
                return None  # _match_national_number: an empty pattern matches nothing
            return frozenset(d.possible_length), re.compile(pattern)  # type: ignore[attr-defined]

        self.general = desc(metadata.general_desc)  # type: ignore[attr-defined]
        # The commonest kinds first: only "does any match" matters, not which.
        kinds = ("fixed_line", "mobile", "toll_free", "premium_rate", "shared_cost", "voip", "personal_number",
                 "pager", "uan", "voicemail")  # fmt: skip
        # Whatever the type, a match means "not UNKNOWN": a mobile match counts too when
        # the metadata says mobile and fixed-line share a pattern (it then equals fixed_line).
        self.descs = tuple(d for d in (desc(getattr(metadata, k, None)) for k in kinds) if d is not None)
        lead = metadata.leading_digits  # type: ignore[attr-defined]
        self.leading_digits = re.compile(lead) if lead is not None else None

    def has_type(self, nsn: str) -> bool:
        """``_number_type_helper(nsn, metadata) != UNKNOWN``."""
        n = len(nsn)
        general = self.general
        if general is None or (general[0] and n not in general[0]) or general[1].fullmatch(nsn) is None:
            return False
        return any(
            (not lengths or n in lengths) and pattern.fullmatch(nsn) is not None for lengths, pattern in self.descs
        )


_PLANS: dict[tuple[str, int | None], _Plan | None] = {}
_PATTERNS: dict[str, re.Pattern[str]] = {}


def _plan(region: str, cc: int | None = None) -> _Plan | None:
    """``metadata_for_region`` (or ``_or_calling_code`` when ``cc`` is given), compiled."""
    key = (region, cc)
    plan = _PLANS.get(key, _MISSING)
    if plan is _MISSING:
        pu = _phonenumberutil()

        if cc is None:
            metadata = pu.PhoneMetadata.metadata_for_region(region.upper(), None)
        else:
            metadata = pu.PhoneMetadata.metadata_for_region_or_calling_code(cc, region.upper())
        plan = _PLANS[key] = _Plan(metadata) if metadata is not None else None
    return plan  # type: ignore[return-value]


def _compiled(pattern: str) -> re.Pattern[str]:
    compiled = _PATTERNS.get(pattern)
    if compiled is None:
        compiled = _PATTERNS[pattern] = re.compile(pattern)
    return compiled


_MISSING: object = object()
_PU: Any = None
# The fast path replays libphonenumber steps through these module helpers (private in the
# Python port). A release without one of them makes every candidate take the library route:
# slower, same verdicts, never an error mid-scan.
_FAST_HELPERS = (
    "_extract_country_code",
    "_match_national_number",
    "_maybe_strip_national_prefix_carrier_code",
    "_test_number_length",
)
_FAST_OK = True


def _phonenumberutil() -> Any:
    """``phonenumbers.phonenumberutil``, imported on first use (it loads ~1 MB of metadata
    tables, which a Guard without phone recognizers never needs)."""
    global _PU
    if _PU is None:
        from phonenumbers import phonenumberutil

        global _FAST_OK
        _FAST_OK = all(hasattr(phonenumberutil, name) for name in _FAST_HELPERS)
        _PU = phonenumberutil
    return _PU


class PhoneRecognizer(Recognizer):
    """International and national phone numbers (see the module docstring)."""

    def __init__(self, spec: RecognizerSpec, pack: str | None) -> None:
        self.configure(spec, pack)
        # Single words are compared with the window's words, phrases as substrings.
        self._context_words = frozenset(w for w in self.context if " " not in w)
        self._context_phrases = tuple(w for w in self.context if " " in w)
        self.options = PhoneOptions.model_validate(spec.options)
        self._regex = compile_regex(_CANDIDATE)
        # No verdict cache keyed by candidate: judging costs a few µs (see judge()), and
        # a cache would make benchmarks that rescan the same values look faster than
        # first sight of a number is.
        self._explanations: dict[tuple[float, str], Explanation] = {}

    def analyze(self, text: str) -> Iterable[Finding]:
        findings: list[Finding] = []
        explanations = self._explanations
        entity, rec_id, pack, provider, severity = self.entities[0], self.id, self.pack, self.provider, self.severity
        buf = TextBuffer.of(text)
        ascii_text = buf.ascii
        for start, end in self._candidates(buf):
            if not ascii_text and _is_fragment(text, start, end):
                continue  # glued to a neighbour that is not ASCII (see _candidates)
            value = text[start:end]
            # Only unseparated runs look at their surroundings (see judge()).
            near = value.isdigit() and self._near_context(text, start, end)
            judged = judge(value, self.options, near_context=near)
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

    def _candidates(self, buf: TextBuffer) -> list[tuple[int, int]]:
        """The regex's candidate spans (characters), an unmatched "(" dropped from the start,
        less those whose ASCII neighbours make them fragments (what _is_fragment says of
        them, read off the UTF-8 bytes: half the candidates of a log end here, before any
        offset mapping). On ASCII text this is the whole fragment test; elsewhere a
        neighbour that is not ASCII is left to the character test in analyze()."""
        data = buf.data
        size = len(data)
        kept: list[tuple[int, int]] = []
        # compile_regex gives RE2 for this module's own candidate regex (no backtracking asked).
        for start, end in self._regex.byte_spans(buf):  # type: ignore[attr-defined]
            if data[start] == 0x28 and 0x29 not in data[start:end]:  # "(" without ")"
                start += 1  # "(555 123 4567": the parenthesis is punctuation, not an area code
            if start > 0:
                before = data[start - 1]
                if before in _ASCII_GLUED_BEFORE or (
                    before in _ASCII_GLUE and start > 1 and data[start - 2] in _ASCII_ALNUM
                ):
                    continue
            if end < size:
                after = data[end]
                if after in _ASCII_GLUED_AFTER or (
                    after in _ASCII_GLUE and end + 1 < size and data[end + 1] in _ASCII_DIGITS
                ):
                    continue
            kept.append((start, end))
        return buf.char_spans(kept)

    def _near_context(self, text: str, start: int, end: int) -> bool:
        window = self.context_window
        near = text[max(0, start - window) : end + window].lower()
        if not self._context_words.isdisjoint(_WORD.findall(near)):
            return True
        return any(p in near for p in self._context_phrases)


@recognizer_type("phone")
def _build(spec: RecognizerSpec, pack: str | None) -> Recognizer:
    return PhoneRecognizer(spec, pack)
