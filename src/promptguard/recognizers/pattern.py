"""Pattern recognizers: one YAML entry = regexes + validator + context + lists."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import re2

from promptguard.config.schema import RecognizerSpec
from promptguard.findings import Explanation, Finding, Suppression, make_finding
from promptguard.recognizers.base import Recognizer
from promptguard.recognizers.regex import CompiledRegex, TextBuffer, compile_regex, re2_options
from promptguard.recognizers.validators import Validator, get_validator

__all__ = ["CompiledPattern", "PatternRecognizer", "sentence_goes_on"]


@dataclass(frozen=True, slots=True)
class CompiledPattern:
    name: str
    regex: CompiledRegex
    score: float
    group: int | str
    validated_score: float = 1.0
    set_entry: str | None = None
    """What stands for :attr:`regex` in the engine's RE2 set pass (see ``PatternSpec.set_entry``)."""


class PatternRecognizer(Recognizer):
    """Regexes (RE2) with an optional validator, allow/deny lists and context words."""

    def __init__(self, spec: RecognizerSpec, pack: str | None = None, *, allow_backtracking: bool = False) -> None:
        self.configure(spec, pack)
        self.entity = spec.entity
        self.keywords = tuple(k.lower() for k in spec.keywords)
        self.patterns = tuple(
            CompiledPattern(
                p.name,
                compile_regex(
                    p.regex,
                    ignore_case=spec.ignore_case,
                    allow_backtracking=allow_backtracking or p.engine == "backtracking",
                ),
                p.score,
                p.group,
                1.0 if p.validated_score is None else p.validated_score,
                p.set_entry,
            )
            for p in spec.patterns
        )
        self.validator_name = spec.validator
        self.validator: Validator | None = get_validator(spec.validator) if spec.validator else None
        self._allow = frozenset(v.lower() for v in spec.allow_list)
        # On RE2, like the patterns: an allow regex comes from config and runs on matched values,
        # which the sender controls (a backtracking ``([a-z]+\.?)+@x\.com`` hangs on a few dozen
        # characters).
        self._allow_re = tuple(re2.compile(r, re2_options(ignore_case=True)) for r in spec.allow_regex)
        self._deny: CompiledRegex | None = None
        if spec.deny_list:
            alternatives = "|".join(_bounded(v) for v in sorted(spec.deny_list, key=len, reverse=True))
            self._deny = compile_regex(f"(?:{alternatives})", ignore_case=True)
        self._explanations: dict[tuple[int, bool | None, float], Explanation] = {}
        self._trailing = spec.trailing_in_sentence

    def keywords_present(self, lowered: str) -> bool:
        return not self.keywords or any(k in lowered for k in self.keywords)

    def analyze(self, text: str) -> Iterable[Finding]:
        if self.keywords and not self.keywords_present(text.lower()):
            return []
        findings: list[Finding] = []
        buf = TextBuffer(text)
        for index in range(len(self.patterns)):
            findings.extend(self.analyze_pattern(text, index, buf))
        findings.extend(self.analyze_deny_list(text, buf))
        return findings

    def analyze_pattern(self, text: str, index: int, buf: TextBuffer | None = None) -> list[Finding]:
        pattern = self.patterns[index]
        spans = pattern.regex.spans(buf or text, pattern.group)
        if self.validator is None and not self._allow and not self._allow_re:
            # Nothing to check per match (emails, URLs...): every span is a finding.
            expl = self._explanation(index, None, pattern.score)
            entity, score, rid, pack, provider, severity = (
                self.entity, pattern.score, self.id, self.pack, self.provider, self.severity
            )
            return [
                make_finding(entity, start, end, score, rid, pack, provider, None, "", severity, expl)
                for start, end in spans
            ]
        finding = self._finding
        out = []
        for start, end in spans:
            f = finding(text, start, end, pattern, index)
            if f is not None:
                out.append(f)
        return out

    def suppressed(self, text: str) -> list[Suppression]:
        """Matches an allow list or the validator dropped (explain only: runs every pattern)."""
        if (self.validator is None and not self._allow and not self._allow_re) or (
            self.keywords and not self.keywords_present(text.lower())
        ):
            return []
        out = []
        buf = TextBuffer(text)
        for index, pattern in enumerate(self.patterns):
            for start, end in pattern.regex.spans(buf, pattern.group):
                if self._finding(text, start, end, pattern, index) is not None:
                    continue
                reason = "allow_list" if self._listed(text[start:end]) else f"validator {self.validator_name}"
                out.append(Suppression(self.entity, start, end, self.id, self.pack, reason))
        return out

    def analyze_deny_list(self, text: str, buf: TextBuffer | None = None) -> Iterator[Finding]:
        if self._deny is None:
            return
        expl = Explanation(recognizer=self.id, pack=self.pack, pattern="deny_list", base_score=1.0)
        for start, end in self._deny.spans(buf or text):
            yield make_finding(
                self.entity, start, end, 1.0, self.id, self.pack, self.provider, None, "", self.severity, expl
            )

    def _shrink(self, value: str) -> int | None:
        assert self.validator is not None
        cut = len(value)
        for _ in range(3):
            cut = max(value.rfind(" ", 0, cut), value.rfind("-", 0, cut))
            if cut <= 0:
                return None
            if self.validator(value[:cut].rstrip(" -")) is True:
                return len(value[:cut].rstrip(" -"))
        return None

    def _explanation(self, index: int, valid: bool | None, score: float) -> Explanation:
        """Explanations are immutable and depend only on (pattern, validator verdict,
        score): built once and shared, not once per match."""
        key = (index, valid, score)
        expl = self._explanations.get(key)
        if expl is None:
            expl = self._explanations[key] = Explanation(
                recognizer=self.id, pack=self.pack, pattern=self.patterns[index].name,
                validator=self.validator_name, validator_result=valid, base_score=score,
            )
        return expl

    def _listed(self, value: str) -> bool:
        """On the recognizer's allow list (a word, case-folded, or a full-match regex)."""
        if self._allow and value.lower() in self._allow:
            return True
        # A plain loop: most entries have one allow regex, and a generator per finding cost more.
        for allowed in self._allow_re:
            if allowed.fullmatch(value):
                return True
        return False

    def _finding(
        self, text: str, start: int, end: int, pattern: CompiledPattern, index: int | None = None
    ) -> Finding | None:
        value = text[start:end]
        if (self._allow or self._allow_re) and self._listed(value):
            return None
        score = pattern.score
        valid: bool | None = None
        if self.validator is not None:
            valid = self.validator(value)
            if valid is False:
                # A greedy match may have swallowed a following group ("GB82 WEST ... 32 2024"):
                # retry without trailing separator-delimited groups before giving up.
                shorter = self._shrink(value)
                if shorter is None:
                    return None
                end = start + shorter
                valid = True
            if valid:
                score = max(score, pattern.validated_score)
        mark = text[end : end + 1] if self._trailing else ""
        if mark and mark in self._trailing and sentence_goes_on(text, end + 1):
            end += 1  # "Granite&1926velvet?, kullanıcı ...": the "?" is the value's, not the sentence's
        if index is None:
            index = self.patterns.index(pattern)
        return make_finding(
            self.entity, start, end, score, self.id, self.pack, self.provider, None, "", self.severity,
            self._explanation(index, valid, score),
        )


def sentence_goes_on(text: str, at: int) -> bool:
    """Whether the sentence goes on at ``at``, right after a "." or "?": a comma, semicolon, colon or
    closing bracket follows, or blanks and an opening bracket (a remark inside the sentence). A full
    stop or question mark that ends a sentence is followed by none of these, so there the mark belongs
    to what comes before it ("Summit*3318maple., username ..."). A lower-case word after a blank says
    nothing: chat drops capitals ("pw Ty4$gBn9Ke. the cpu panel is broken")."""
    ch = text[at : at + 1]
    if ch and ch in ",;:)]":
        return True
    return ch in (" ", "\t") and text[at : at + 8].lstrip(" \t")[:1] == "("


def _bounded(value: str) -> str:
    """A deny-list value as a regex: a word boundary on each side whose character is a word
    character. ``\\b`` after "Mr." would need a letter to follow the dot, so a value that starts
    or ends with punctuation (Presidio's titles list: "Mr.", "Dr.") would never match."""
    lead = r"\b" if _word_char(value[0]) else ""
    tail = r"\b" if _word_char(value[-1]) else ""
    return lead + re.escape(value) + tail


def _word_char(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch == "_")
