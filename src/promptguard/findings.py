"""Result types: what a scan found and what was decided.

Nothing here holds a raw detected value. A :class:`Finding` carries offsets into the
scanned text, the entity type, a score, the recognizer id and a keyed hash of the
value, so findings can be logged, compared and counted without leaking anything.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from presidio_analyzer import RecognizerResult

    from promptguard.anonymize.vault import Session

__all__ = [
    "Action",
    "Direction",
    "Explanation",
    "Finding",
    "InjectionVerdict",
    "ScanResult",
    "Source",
    "Suppression",
    "Verdict",
]

Direction = Literal["prompt", "response"]
"""``prompt``: text going to the model. ``response``: text coming back from it."""

Source = Literal["user", "system", "document", "tool_result", "model"]
"""Where a text comes from. Documents and tool results are untrusted third-party content."""


class Verdict(str, enum.Enum):
    """The outcome of a scan. An error never reads as ``clean``: it is ``indeterminate``."""

    CLEAN = "clean"
    FLAGGED = "flagged"
    BLOCKED = "blocked"
    INDETERMINATE = "indeterminate"

    def __str__(self) -> str:
        return self.value


class Action(str, enum.Enum):
    """What the policy does with a finding."""

    ALLOW = "allow"  # drop the finding entirely (allow-listed by policy)
    DETECT = "detect"  # report only, text unchanged
    REDACT = "redact"  # <EMAIL_ADDRESS>
    MASK = "mask"  # ************1234
    HASH = "hash"  # keyed HMAC-SHA256
    ENCRYPT = "encrypt"  # AES-GCM, reversible with the key
    PSEUDONYMIZE = "pseudonymize"  # <EMAIL_ADDRESS_1>, reversible through the session vault
    STRIP = "strip"  # remove the span (invisible characters)
    BLOCK = "block"  # refuse the whole text

    def __str__(self) -> str:
        return self.value

    @property
    def changes_text(self) -> bool:
        return self not in (Action.ALLOW, Action.DETECT, Action.BLOCK)

    @property
    def severity_rank(self) -> int:
        """Used to break overlaps: a span the policy acts on beats one it only reports."""
        return _ACTION_RANK[self]


_ACTION_RANK = {
    Action.ALLOW: 0,
    Action.DETECT: 1,
    Action.HASH: 2,
    Action.MASK: 2,
    Action.ENCRYPT: 2,
    Action.PSEUDONYMIZE: 2,
    Action.REDACT: 2,
    Action.STRIP: 2,
    Action.BLOCK: 3,
}


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why a finding exists and why it won (``explain=True``)."""

    recognizer: str
    pack: str | None = None
    pattern: str | None = None
    validator: str | None = None
    validator_result: bool | None = None
    base_score: float = 0.0
    context_words: tuple[str, ...] = ()
    context_boost: float = 0.0
    filters: tuple[str, ...] = ()
    """Names of filters that were applied (e.g. ``placeholder``); set on suppressed findings too."""
    decision: str = ""
    """A sentence: how overlap resolution and policy treated this finding."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Finding:
    """One detected entity: offsets into the scanned text, never the value itself.

    ``value_hash`` is a keyed HMAC of the value (see ``Guard``'s hash key), so the same
    value can be correlated across logs without being revealed.
    """

    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str
    pack: str | None = None
    provider: str | None = None
    action: Action | None = None
    value_hash: str = ""
    severity: str = "medium"
    explanation: Explanation | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Finding) -> bool:
        return self.start < other.end and other.start < self.end

    def value(self, text: str) -> str:
        """The raw value in ``text``. Explicit on purpose: findings never store it."""
        return text[self.start : self.end]

    def with_(self, **changes: Any) -> Finding:
        """A copy with some fields changed (cheaper than ``dataclasses.replace``: this
        runs for every finding at every pipeline step)."""
        if "start" in changes or "end" in changes:
            return replace(self, **changes)  # re-validate the span
        new = _new(Finding)
        for name, get, set_ in _FINDING_SLOTS:
            set_(new, changes[name] if name in changes else get(self))
        return new

    def to_dict(self, *, explain: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "entity_type": self.entity_type,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 4),
            "recognizer": self.recognizer,
            "pack": self.pack,
            "action": str(self.action) if self.action else None,
            "severity": self.severity,
            "value_hash": self.value_hash,
        }
        if self.provider:
            data["provider"] = self.provider
        if explain and self.explanation is not None:
            data["explanation"] = self.explanation.to_dict()
        return data

    # --- Presidio interoperability -------------------------------------------------
    def to_presidio(self) -> RecognizerResult:
        """Convert to ``presidio_analyzer.RecognizerResult`` (Presidio must be installed)."""
        from presidio_analyzer import RecognizerResult

        metadata = {"recognizer_name": self.recognizer, "recognizer_identifier": self.recognizer}
        return RecognizerResult(
            entity_type=self.entity_type,
            start=self.start,
            end=self.end,
            score=self.score,
            recognition_metadata=metadata,
        )

    @classmethod
    def from_presidio(cls, result: RecognizerResult, *, recognizer: str | None = None) -> Finding:
        """Build a finding from a ``presidio_analyzer.RecognizerResult``."""
        meta: Mapping[str, Any] = result.recognition_metadata or {}
        name = recognizer or str(meta.get("recognizer_name") or "presidio")
        return cls(
            entity_type=result.entity_type,
            start=int(result.start),
            end=int(result.end),
            score=float(result.score),
            recognizer=name,
            pack="presidio",
        )


_FINDING_FIELDS = tuple(Finding.__dataclass_fields__)
# The slots' own descriptors: setting a frozen dataclass's fields through them skips the
# generated ``__init__``'s ``object.__setattr__`` lookups (0.75 µs per finding instead of
# ~1.9 µs, measured; a 1 MB text builds tens of thousands of findings).
_FINDING_SLOTS = tuple(
    (name, getattr(Finding, name).__get__, getattr(Finding, name).__set__) for name in _FINDING_FIELDS
)
_new = object.__new__
(_s_entity, _s_start, _s_end, _s_score, _s_recognizer, _s_pack, _s_provider, _s_action, _s_hash, _s_severity,
 _s_explanation) = (set_ for _, _, set_ in _FINDING_SLOTS)


def make_finding(
    entity_type: str,
    start: int,
    end: int,
    score: float,
    recognizer: str,
    pack: str | None,
    provider: str | None,
    action: Action | None,
    value_hash: str,
    severity: str,
    explanation: Explanation | None,
) -> Finding:
    """``Finding(...)`` with every field positional, for the engine's hot paths.

    Internal: it skips the span check, so callers pass spans a regex produced
    (``0 <= start < end``)."""
    f = _new(Finding)
    _s_entity(f, entity_type)
    _s_start(f, start)
    _s_end(f, end)
    _s_score(f, score)
    _s_recognizer(f, recognizer)
    _s_pack(f, pack)
    _s_provider(f, provider)
    _s_action(f, action)
    _s_hash(f, value_hash)
    _s_severity(f, severity)
    _s_explanation(f, explanation)
    return f


def rescored(f: Finding, score: float, explanation: Explanation | None) -> Finding:
    """``f.with_(score=score, explanation=explanation)`` for the engine's context step,
    which runs it for every boosted or damped finding (internal)."""
    new = _new(Finding)
    _s_entity(new, f.entity_type)
    _s_start(new, f.start)
    _s_end(new, f.end)
    _s_score(new, score)
    _s_recognizer(new, f.recognizer)
    _s_pack(new, f.pack)
    _s_provider(new, f.provider)
    _s_action(new, f.action)
    _s_hash(new, f.value_hash)
    _s_severity(new, f.severity)
    _s_explanation(new, explanation)
    return new


@dataclass(frozen=True, slots=True)
class InjectionVerdict:
    """The prompt-injection judgement for one text: one score in [0, 1] and its reasons."""

    score: float
    flagged: bool
    reasons: tuple[str, ...] = ()
    """Human-readable, value-free reasons: rule ids, decoded segment kinds, model score."""
    rules: tuple[str, ...] = ()
    model_score: float | None = None
    threshold: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": round(self.score, 4),
            "flagged": self.flagged,
            "reasons": list(self.reasons),
            "rules": list(self.rules),
            "model_score": None if self.model_score is None else round(self.model_score, 4),
            "threshold": self.threshold,
        }


@dataclass(frozen=True, slots=True)
class Suppression:
    """A match that was found and then dropped, and what dropped it (``explain=True`` only).

    ``reason`` names the step: ``validator <name>`` (checksum or stand-in check of a rule),
    ``filter <name>`` (a built-in's false-positive filter: ``placeholder``, ``template``,
    ``uuid``, ``low_entropy``...), ``allow_list``, ``below_threshold`` (score under the
    policy's threshold, e.g. a weak pattern without its context words) or ``overlap`` (a
    higher-ranked finding covers the span). Offsets only: never the value.
    """

    entity_type: str
    start: int
    end: int
    recognizer: str
    pack: str | None
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "entity_type": self.entity_type,
            "start": self.start,
            "end": self.end,
            "recognizer": self.recognizer,
            "pack": self.pack,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class ScanResult:
    """What ``scan`` / ``sanitize`` return.

    ``text`` is the sanitized text for ``sanitize`` and the input for ``scan``; it is
    kept out of ``repr`` so a stray log line never prints a prompt.
    """

    text: str = field(repr=False)
    findings: tuple[Finding, ...]
    verdict: Verdict
    direction: Direction = "prompt"
    source: Source = "user"
    session: Session | None = field(default=None, repr=False)
    injection: InjectionVerdict | None = None
    reason: str = ""
    errors: tuple[str, ...] = ()
    """Value-free descriptions of recognizer failures (verdict is then ``indeterminate``)."""
    suppressed: tuple[Suppression, ...] = ()
    """With ``explain=True``: matches that a filter, validator, threshold or overlap dropped."""

    @property
    def blocked(self) -> bool:
        return self.verdict is Verdict.BLOCKED

    @property
    def clean(self) -> bool:
        return self.verdict is Verdict.CLEAN

    @property
    def entity_types(self) -> tuple[str, ...]:
        return tuple(sorted({f.entity_type for f in self.findings}))

    def entity_counts(self) -> dict[str, int]:
        return dict(sorted(Counter(f.entity_type for f in self.findings).items()))

    def action_counts(self) -> dict[str, int]:
        return dict(sorted(Counter(str(f.action) for f in self.findings if f.action).items()))

    def to_dict(self, *, explain: bool = False, include_text: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "verdict": str(self.verdict),
            "direction": self.direction,
            "source": self.source,
            "findings": [f.to_dict(explain=explain) for f in self.findings],
            "injection": self.injection.to_dict() if self.injection else None,
            "reason": self.reason,
            "errors": list(self.errors),
        }
        if explain:
            data["suppressed"] = [x.to_dict() for x in self.suppressed]
        if include_text:
            data["text"] = self.text
        if self.session is not None:
            data["session_id"] = self.session.id
        return data
