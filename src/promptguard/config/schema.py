"""Versioned pydantic schemas for recognizer packs and policy files.

Every model forbids unknown fields, so a typo in a compliance team's YAML is an
error naming the file, line and field (see :mod:`promptguard.config.loader`).
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from promptguard.findings import Action

__all__ = [
    "SCHEMA_VERSION",
    "ActionSpec",
    "EntityPolicy",
    "ExampleSpec",
    "ExamplesSpec",
    "KeysSpec",
    "LimitsSpec",
    "NormalizeSpec",
    "PackSpec",
    "PatternSpec",
    "PolicySpec",
    "RecognizerSpec",
    "VaultSpec",
]

SCHEMA_VERSION = 1

_ID = r"^[a-z0-9][a-z0-9_.\-]*$"
_ENTITY = r"^[A-Z][A-Z0-9_]*$"


def _not_blank(values: list[str], field: str) -> list[str]:
    for n, value in enumerate(values):
        if not value.strip():
            raise ValueError(f"{field} entry {n + 1} is blank: every entry is a value to report")
    return values


class _Strict(BaseModel):
    # defer_build: a model's validator is built on first use, not at import (~35 ms of
    # start-up). The shipped packs and profiles come validated from their cache
    # (promptguard.config.packcache), so a start-up on a built-in profile builds none.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


# --------------------------------------------------------------------------- packs
class PatternSpec(_Strict):
    """One regex of a recognizer. RE2 syntax: linear time, no lookaround, no backrefs."""

    name: str = "default"
    engine: Literal["re2", "backtracking"] = "re2"
    """``backtracking`` only for imported Presidio files; it runs with a per-call timeout."""
    regex: str
    score: float = Field(0.5, ge=0.0, le=1.0)
    group: int | str = 0
    """Capture group that is the sensitive value (0 = whole match)."""
    validated_score: float | None = Field(None, ge=0.0, le=1.0)
    """Score when the recognizer's validator accepts the match (default 1.0). Give weak
    shapes (a bare 9-digit number) a lower value so that they still need context."""
    set_entry: str | None = None
    """Optional: what stands for this regex in the pack's one-pass RE2 set, which only decides
    which regexes run (each then finds its own spans), e.g. the keyword part of a long rule.
    It must match wherever ``regex`` matches (a part of it, a looser shape): then findings are
    the same with or without it, only the set pass is cheaper. ``ignore_case`` applies to it as
    to the regex. Checked when the pack loads: it compiles under RE2, the pattern is an re2 one,
    and it matches every example (``match`` and ``no_match``) in which ``regex`` finds a match."""
    unless_preceded_by: str | None = None
    """Injection packs only: an RE2 regex searched in the ~60 characters just before a
    hit (RE2 has no lookbehind); when it matches, the hit is dropped."""
    unless_followed_by: str | None = None
    """Injection packs only: an RE2 regex searched in the hit and the ~60 characters after
    it on its line (``^`` is the hit's start; RE2 has no lookahead); when it matches, the
    hit is dropped."""
    scope_only: bool = False
    """Injection packs only: the pattern names a clause that is never a hit but is left out of
    the classifier's view, e.g. a memo retiring its own earlier rules about a named topic
    ("die bisherigen Vorgaben zur Urlaubsplanung gelten nicht mehr"). ``unless_preceded_by``
    (the window before) and ``unless_followed_by`` (searched in the clause alone) say when the
    clause is *not* left out (it names the assistant's setup). All patterns of a recognizer
    are scope-only or none; its ``examples.match`` are texts in which a clause is left out,
    ``no_match`` texts in which none is."""
    requires_nearby: str | None = None
    """Injection packs only: an RE2 regex that must match within ~200 characters on either
    side of a hit (or in it), across lines; when it does not, the hit is dropped. For a frame
    that is only an attack with a certain object (a role-play plus a weapon)."""

    @field_validator("regex")
    @classmethod
    def _compiles(cls, value: str, info: ValidationInfo) -> str:
        from promptguard.recognizers.regex import check_regex

        if info.data.get("engine", "re2") == "re2":
            check_regex(value)
        return value

    @field_validator("set_entry")
    @classmethod
    def _set_entry_compiles(cls, value: str | None, info: ValidationInfo) -> str | None:
        from promptguard.recognizers.regex import check_regex

        if value is not None:
            if info.data.get("engine", "re2") != "re2":
                raise ValueError("set_entry is only for re2 patterns (backtracking ones run on every text)")
            check_regex(value)
        return value

    @field_validator("unless_preceded_by", "unless_followed_by", "requires_nearby")
    @classmethod
    def _unless_compiles(cls, value: str | None) -> str | None:
        from promptguard.recognizers.regex import check_regex

        if value is not None:
            check_regex(value)
        return value


class ExampleSpec(_Strict):
    """An example with the exact value the recognizer must report."""

    text: str
    value: str | None = None


class ExamplesSpec(_Strict):
    match: list[str | ExampleSpec] = Field(default_factory=list)
    """Texts in which the recognizer must report its entity."""
    no_match: list[str] = Field(default_factory=list)
    """Texts in which it must report nothing."""


Severity = Literal["low", "medium", "high", "critical"]


def _allow_regexes(values: list[str]) -> list[str]:
    """Allow regexes (packs, policies, per-entity policies) are RE2 like every pattern: a
    lookaround or backreference is an error at load, naming the field, never a surprise (or a
    backtracking hang) at the first scan."""
    from promptguard.recognizers.regex import check_regex

    for value in values:
        check_regex(value)
    return values


class RecognizerSpec(_Strict):
    """One entry of a pack: a pattern recognizer, or a built-in recognizer ``type``."""

    id: Annotated[str, Field(pattern=_ID)]
    entity: Annotated[str, Field(pattern=_ENTITY)]
    type: str = "pattern"
    """``pattern`` (regexes below) or a built-in recognizer type such as ``phone``."""
    description: str = ""
    enabled: bool = True
    patterns: list[PatternSpec] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    """Cheap prefilter: the regexes only run when one of these appears (case-insensitive)."""
    ignore_case: bool = False
    validator: str | None = None
    """A checksum or shape check by name (see ``promptguard.recognizers.validators``)."""
    context: list[str] = Field(default_factory=list)
    """Words near a match that raise its score (Presidio semantics)."""
    context_boost: float = Field(0.35, ge=0.0, le=1.0)
    context_window: int = Field(60, ge=0, le=1000)
    """Characters searched on each side of a match for context words."""
    negative_context: list[str] = Field(default_factory=list)
    """Words just before a match that make it something else (``order``, ``version``):
    the score is multiplied by ``negative_factor``."""
    negative_factor: float = Field(0.3, ge=0.0, le=1.0)
    allow_list: list[str] = Field(default_factory=list)
    allow_regex: list[str] = Field(default_factory=list)
    deny_list: list[str] = Field(default_factory=list)
    """Values always reported as this entity (exact, case-insensitive; a value's letter or digit
    at either end must not continue a longer word)."""
    severity: Severity = "medium"
    provider: str | None = None
    priority: int = 0
    """Breaks overlap ties between equal scores: higher is more specific."""
    options: dict[str, Any] = Field(default_factory=dict)
    """Options of a built-in ``type``; each type validates them with its own model."""
    trailing_in_sentence: str = ""
    """Characters the regexes leave off a value's end as the sentence's own punctuation (``.?``
    after a password told in prose). One of them right after the value is taken into the finding
    where the sentence goes on after it (a comma, semicolon, colon or closing bracket; blanks and a
    lower-case letter or an opening bracket), as a full stop or question mark is not followed."""
    examples: ExamplesSpec = Field(default_factory=ExamplesSpec)

    @field_validator("allow_regex")
    @classmethod
    def _allow_regex_compiles(cls, values: list[str]) -> list[str]:
        return _allow_regexes(values)

    @field_validator("deny_list")
    @classmethod
    def _deny_values_not_blank(cls, values: list[str]) -> list[str]:
        return _not_blank(values, "deny_list")

    @model_validator(mode="after")
    def _pattern_needs_regex(self) -> RecognizerSpec:
        if self.type == "pattern" and not self.patterns and not self.deny_list:
            raise ValueError("a recognizer of type 'pattern' needs 'patterns' or a 'deny_list'")
        return self

    @model_validator(mode="after")
    def _set_entry_implied(self) -> RecognizerSpec:
        # A set entry that misses a text its regex matches would silently drop findings there:
        # the examples are the one place it can be checked without proving regex inclusion.
        if not any(p.set_entry is not None for p in self.patterns):
            return self
        import re2

        from promptguard.recognizers.regex import re2_options

        texts = [("match", n + 1, ex if isinstance(ex, str) else ex.text) for n, ex in enumerate(self.examples.match)]
        texts += [("no_match", n + 1, ex) for n, ex in enumerate(self.examples.no_match)]
        options = re2_options(ignore_case=self.ignore_case)
        for p in self.patterns:
            if p.set_entry is None:
                continue
            regex, entry = re2.compile(p.regex, options), re2.compile(p.set_entry, options)
            matched = 0
            for kind, n, text in texts:
                for m in regex.finditer(text):
                    matched += 1
                    # Within the regex's own match: an entry that only finds a context word
                    # elsewhere in the example would pass on it and miss the value alone.
                    if entry.search(text[m.start() : m.end()]) is None:
                        raise ValueError(
                            f"pattern {p.name!r}: set_entry does not match inside the regex's match in "
                            f"{kind} example {n} (a set entry must match wherever its regex does)"
                        )
            if not matched:
                raise ValueError(
                    f"pattern {p.name!r}: set_entry needs at least one example its regex matches, to be checked on"
                )
        return self


class PackSpec(_Strict):
    """A YAML recognizer pack."""

    schema_version: Literal[1]
    pack: Annotated[str, Field(pattern=_ID)]
    kind: Literal["entities", "injection"] = "entities"
    description: str = ""
    recognizers: list[RecognizerSpec]

    @model_validator(mode="after")
    def _unique_ids(self) -> PackSpec:
        seen: set[str] = set()
        for rec in self.recognizers:
            if rec.id in seen:
                raise ValueError(f"recognizer id {rec.id!r} appears twice")
            seen.add(rec.id)
            # Only the injection rules engine honours it; silently ignoring it elsewhere
            # would let a compliance team believe an exception is in force.
            if self.kind != "injection" and any(
                p.unless_preceded_by is not None or p.unless_followed_by is not None or p.requires_nearby is not None
                for p in rec.patterns
            ):
                raise ValueError(
                    f"recognizer {rec.id!r}: unless_preceded_by / unless_followed_by / requires_nearby are only"
                    " supported in packs of kind 'injection'"
                )
            scope = {p.scope_only for p in rec.patterns}
            if True in scope and self.kind != "injection":
                raise ValueError(f"recognizer {rec.id!r}: scope_only is only supported in packs of kind 'injection'")
            if len(scope) > 1:
                raise ValueError(
                    f"recognizer {rec.id!r}: mixes scope_only patterns with ordinary ones;"
                    " put the scope_only patterns in a recognizer of their own"
                )
        return self


# -------------------------------------------------------------------------- policy
class _ActionBase(_Strict):
    pass


class DetectAction(_ActionBase):
    action: Literal["detect"] = "detect"


class AllowAction(_ActionBase):
    action: Literal["allow"] = "allow"


class BlockAction(_ActionBase):
    action: Literal["block"] = "block"


class StripAction(_ActionBase):
    action: Literal["strip"] = "strip"


class RedactAction(_ActionBase):
    action: Literal["redact"] = "redact"
    template: str = "<{entity}>"
    """``{entity}`` is replaced by the entity type."""


class MaskAction(_ActionBase):
    action: Literal["mask"] = "mask"
    char: Annotated[str, Field(min_length=1, max_length=1)] = "*"
    keep_last: int = Field(4, ge=0)
    keep_first: int = Field(0, ge=0)


class HashAction(_ActionBase):
    action: Literal["hash"] = "hash"
    length: int = Field(16, ge=8, le=64)
    """Hex characters of the HMAC-SHA256 kept in the output."""
    template: str = "<{entity}:{hash}>"


_ENCRYPT_TOKEN = "<{entity}:enc:{token}>"  # noqa: S105 - a template, not a secret


class EncryptAction(_ActionBase):
    action: Literal["encrypt"] = "encrypt"
    template: str = _ENCRYPT_TOKEN
    """Text around the token is free ("[sealed] <{entity}:enc:{token}>"); the token itself must
    keep the form ``restore`` (and the SDK hook's streaming restore) reads, or the value could
    never be put back."""

    @field_validator("template")
    @classmethod
    def _restorable(cls, value: str) -> str:
        if _ENCRYPT_TOKEN not in value:
            raise ValueError(
                f"an encrypt template must contain {_ENCRYPT_TOKEN!r} as it is: restore reads only tokens "
                "of that form (use redact or hash for a text that is never put back)"
            )
        return value


class PseudonymizeAction(_ActionBase):
    action: Literal["pseudonymize"] = "pseudonymize"


class CustomAction(_ActionBase):
    """A registered custom operator, e.g. a Presidio ``Operator`` subclass."""

    action: Literal["custom"] = "custom"
    operator: str
    params: dict[str, Any] = Field(default_factory=dict)


ActionSpec = Annotated[
    DetectAction
    | AllowAction
    | BlockAction
    | StripAction
    | RedactAction
    | MaskAction
    | HashAction
    | EncryptAction
    | PseudonymizeAction
    | CustomAction,
    Field(discriminator="action"),
]


def _action_shorthand(value: Any) -> Any:
    """Accept ``mask`` as shorthand for ``{action: mask}``."""
    if isinstance(value, str):
        if value not in {a.value for a in Action} | {"custom"}:
            choices = ", ".join(sorted(a.value for a in Action))
            raise ValueError(f"unknown action {value!r}; choose one of: {choices}")
        return {"action": value}
    if isinstance(value, Action):
        return {"action": value.value}
    return value


class EntityPolicy(_Strict):
    """What to do with one entity type."""

    threshold: float | None = Field(None, ge=0.0, le=1.0)
    prompt: ActionSpec | None = None
    response: ActionSpec | None = None
    allow_list: list[str] = Field(default_factory=list)
    allow_regex: list[str] = Field(default_factory=list)

    @field_validator("prompt", "response", mode="before")
    @classmethod
    def _shorthand(cls, value: Any) -> Any:
        return _action_shorthand(value)

    @field_validator("allow_regex")
    @classmethod
    def _allow_regex_compiles(cls, values: list[str]) -> list[str]:
        return _allow_regexes(values)


class DirectionDefaults(_Strict):
    prompt: ActionSpec = Field(default_factory=PseudonymizeAction)
    response: ActionSpec = Field(default_factory=DetectAction)

    @field_validator("prompt", "response", mode="before")
    @classmethod
    def _shorthand(cls, value: Any) -> Any:
        return _action_shorthand(value)


class DenyEntry(_Strict):
    entity: Annotated[str, Field(pattern=_ENTITY)]
    values: list[str]

    @field_validator("values")
    @classmethod
    def _values_not_blank(cls, values: list[str]) -> list[str]:
        return _not_blank(values, "deny_list values")


class KeysSpec(_Strict):
    """Where keys come from. Keys never live in a policy file, only env var names."""

    hash_key_env: str = "PROMPTGUARD_HASH_KEY"
    encrypt_key_env: str = "PROMPTGUARD_ENCRYPT_KEY"


class VaultSpec(_Strict):
    ttl_seconds: float = Field(3600.0, gt=0)
    max_sessions: int = Field(10_000, ge=1)
    max_entries_per_session: int = Field(10_000, ge=1)


class NormalizeSpec(_Strict):
    nfkc: bool = True
    strip_invisible: bool = True
    """Detect through zero-width / bidi / tag characters (offsets still map to the input)."""
    decode_depth: int = Field(2, ge=0, le=4)
    """Nesting depth for decoding base64 / hex / percent-encoded segments (0 = off)."""


class LimitsSpec(_Strict):
    max_text_chars: int = Field(20_000_000, ge=1)


class PolicySpec(_Strict):
    """A policy file: which packs, which actions, which thresholds."""

    schema_version: Literal[1] = 1
    name: str = "custom"
    description: str = ""
    extends: str | None = None
    """A built-in profile name (``default``, ``pci``...) or a path; this file overrides it."""
    packs: list[str] = Field(default_factory=list)
    """Built-in pack names (``pii-core``) or paths to YAML pack files / directories."""
    pack_dirs: list[str] = Field(default_factory=list)
    """Extra directories whose ``*.yaml`` packs are all loaded."""
    disable: list[str] = Field(default_factory=list)
    """Recognizer ids (or ``pack:*``) to switch off."""
    entities_only: list[str] | None = None
    """If set, only these entity types are detected."""
    threshold: float = Field(0.5, ge=0.0, le=1.0)
    defaults: DirectionDefaults = Field(default_factory=DirectionDefaults)
    severity_actions: dict[str, DirectionDefaults] = Field(default_factory=dict)
    """Per severity (``critical``, ``high``...) defaults that override ``defaults``."""
    pack_actions: dict[str, DirectionDefaults] = Field(default_factory=dict)
    """Per pack (``secrets``...) defaults; they override ``severity_actions``."""
    entities: dict[str, EntityPolicy] = Field(default_factory=dict)
    allow_list: list[str] = Field(default_factory=list)
    allow_regex: list[str] = Field(default_factory=list)
    deny_list: list[DenyEntry] = Field(default_factory=list)
    keys: KeysSpec = Field(default_factory=KeysSpec)
    vault: VaultSpec = Field(default_factory=VaultSpec)
    normalize: NormalizeSpec = Field(default_factory=NormalizeSpec)
    limits: LimitsSpec = Field(default_factory=LimitsSpec)
    ner: dict[str, Any] = Field(default_factory=lambda: {"enabled": False})
    """NER plugin options, validated by ``promptguard.recognizers.ner.NerOptions``."""
    injection: dict[str, Any] = Field(default_factory=lambda: {"enabled": True})
    """Injection detector options, validated by its ``InjectionOptions``."""

    @field_validator("allow_regex")
    @classmethod
    def _allow_regex_compiles(cls, values: list[str]) -> list[str]:
        return _allow_regexes(values)

    @field_validator("entities")
    @classmethod
    def _entity_names(cls, value: dict[str, EntityPolicy]) -> dict[str, EntityPolicy]:
        for name in value:
            if not re.match(_ENTITY, name):
                raise ValueError(f"entity name {name!r} must be UPPER_SNAKE_CASE")
        return value
