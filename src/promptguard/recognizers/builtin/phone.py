"""PHONE_NUMBER: phone-shaped digit runs, confirmed with Google's libphonenumber port.

A regex finds candidates cheaply (7-15 digits with the separators people use); each
candidate is then judged: ``+CC`` numbers valid for their country score high, national
formats valid in one of the configured regions score medium, anything that only has
the shape of a number stays low and needs a context word such as "call" or "phone".
Dates, times, IP addresses and decimals are rejected outright.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field

from promptguard.config.schema import RecognizerSpec
from promptguard.findings import Explanation, Finding
from promptguard.recognizers.base import Recognizer
from promptguard.recognizers.regex import compile_regex
from promptguard.recognizers.registry import recognizer_type

# +CC or (area) prefixes, groups of digits separated by one space, dot, dash or slash,
# and an optional extension ("x4587", "ext. 12").
_CANDIDATE = (
    r"(?:\+|\b00|\b)(?:\(?\d{1,4}\)?[ .\-/]?)?(?:\(0?\d{1,4}\)[ .\-]?)?\d{1,5}(?:[ .\-/]\d{1,5}){0,5}"
    r"(?:\s?(?:x|ext\.?|extension)\s?\d{1,5})?\b"
)
_DATE = re.compile(
    r"^(?:\d{4}[\-./]\d{1,2}[\-./]\d{1,2}|\d{1,2}[\-./]\d{1,2}[\-./]\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?)$"
)
_IPV4 = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
_DECIMAL = re.compile(r"^\d+\.\d+$")
_EXT = re.compile(r"\s?(?:x|ext\.?|extension)\s?\d{1,5}$", re.IGNORECASE)


class PhoneOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    regions: list[str] = Field(
        default_factory=lambda: ["US", "GB", "DE", "FR", "IN", "AU", "CA", "IT", "ES", "NL", "SE", "CH", "BR", "IE"]
    )
    """Regions tried for national-format numbers (ISO 3166 alpha-2)."""
    score_international: float = 0.75
    score_national_valid: float = 0.5
    score_shape_only: float = 0.3
    min_digits: int = 7
    max_digits: int = 15


class PhoneRecognizer(Recognizer):
    def __init__(self, spec: RecognizerSpec, pack: str | None) -> None:
        self.spec = spec
        self.id = spec.id
        self.entities = (spec.entity,)
        self.pack = pack
        self.context = tuple(w.lower() for w in spec.context)
        self.context_boost = spec.context_boost
        self.context_window = spec.context_window
        self.negative_context = tuple(w.lower() for w in spec.negative_context)
        self.negative_factor = spec.negative_factor
        self.severity = spec.severity
        self.options = PhoneOptions.model_validate(spec.options)
        self._regex = compile_regex(_CANDIDATE)

    def analyze(self, text: str) -> Iterable[Finding]:
        import phonenumbers

        opts = self.options
        for start, end in self._regex.spans(text):
            value = text[start:end].strip()
            start = start + (len(text[start:end]) - len(text[start:end].lstrip()))
            end = start + len(value)
            core = _EXT.sub("", value)
            digits = sum(ch.isdigit() for ch in core)
            if not opts.min_digits <= digits <= opts.max_digits:
                continue
            if _DATE.match(core) or _IPV4.match(core) or _DECIMAL.match(core):
                continue
            has_sep = any(not ch.isdigit() for ch in core.lstrip("+"))
            score = opts.score_shape_only if has_sep or digits >= 10 else 0.1
            how = "shape"
            if core.startswith(("+", "00")):
                try:
                    num = phonenumbers.parse("+" + core.lstrip("+")[2 if core.startswith("00") else 0 :], None)
                    if phonenumbers.is_valid_number(num):
                        score, how = opts.score_international, "international"
                    elif phonenumbers.is_possible_number(num):
                        score, how = max(score, opts.score_national_valid), "international_possible"
                except phonenumbers.NumberParseException:
                    pass
            else:
                for region in opts.regions:
                    try:
                        num = phonenumbers.parse(core, region)
                    except phonenumbers.NumberParseException:
                        continue
                    if phonenumbers.is_valid_number(num):
                        score, how = max(score, opts.score_national_valid), f"valid_{region}"
                        break
            yield Finding(
                self.entities[0], start, end, score, self.id, pack=self.pack, severity=self.severity,
                explanation=Explanation(recognizer=self.id, pack=self.pack, pattern=how,
                                        validator="phonenumbers", base_score=score),
            )


@recognizer_type("phone")
def _build(spec: RecognizerSpec, pack: str | None) -> Recognizer:
    return PhoneRecognizer(spec, pack)
