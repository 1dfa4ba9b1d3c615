"""The cue lexicon of the document-order check (``ai_directive_lexicon.yaml``), validated and compiled.

What makes an order addressed to a document's AI reader an attacker's is data, not code: kinds of
goals (concealment, a claimed approval, a skipped control, ...) with their phrases per language, kept
in a YAML file next to this module so that a reviewer can read, extend and test them as lists. Loaded
on the first document judged (the check runs on documents and tool results only).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import re2
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from promptguard.errors import ConfigError
from promptguard.recognizers.injection.re2_gate import compile_gate

__all__ = ["CUE_KINDS", "CueKind", "DirectiveLexicon", "LexiconFile", "lexicon", "load_lexicon"]

CueKind = Literal["conceal", "claim", "bypass", "sensitive", "destruct", "dictate", "exec", "payment", "exfil"]
CUE_KINDS: tuple[CueKind, ...] = (
    "conceal", "claim", "bypass", "sensitive", "destruct", "dictate", "exec", "payment", "exfil"
)  # fmt: skip
LEXICON_PATH = Path(__file__).with_name("ai_directive_lexicon.yaml")


def _check_entries(entries: list[str]) -> list[str]:
    for entry in entries:
        try:
            compiled = re.compile(entry)
        except re.error as exc:
            raise ValueError(f"entry {entry[:60]!r} is not a valid regular expression: {exc}") from None
        if compiled.groups:
            raise ValueError(f"entry {entry[:60]!r} has a capturing group: write (?:...) instead")
        if compiled.match("") is not None:
            raise ValueError(f"entry {entry[:60]!r} matches the empty string: it would match everywhere")
    return entries


class LexiconFile(BaseModel):
    """The YAML file's shape."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int = Field(ge=1)
    cues: dict[CueKind, list[str]]
    transfer: list[str] = Field(min_length=1)
    external: list[str] = Field(min_length=1)
    handle: list[str] = Field(min_length=1)
    negation: list[str] = Field(min_length=1)

    @field_validator("cues")
    @classmethod
    def _cues_compile(cls, value: dict[CueKind, list[str]]) -> dict[CueKind, list[str]]:
        for kind, entries in value.items():
            if not entries:
                raise ValueError(f"cue kind {kind!r} has no entries")
            _check_entries(entries)
        return value

    @field_validator("transfer", "external", "handle", "negation")
    @classmethod
    def _lists_compile(cls, value: list[str]) -> list[str]:
        return _check_entries(value)


@dataclass(frozen=True, slots=True)
class DirectiveLexicon:
    """The lexicon compiled: one pattern with a named group per cue kind, and the helper lists."""

    version: int
    cues: re.Pattern[str]
    transfer: re.Pattern[str]
    external: re.Pattern[str]
    handle: re.Pattern[str]
    negation: re.Pattern[str]
    cues_gate: Any
    """RE2 gates (:mod:`~promptguard.recognizers.injection.re2_gate`) of ``cues`` and ``transfer``: where
    they find nothing in a clause, the Python patterns are not run."""
    transfer_gate: Any


def _alternation(entries: list[str]) -> str:
    return "|".join(f"(?:{e})" for e in entries)


def load_lexicon(path: Path = LEXICON_PATH) -> DirectiveLexicon:
    """Read, validate and compile a lexicon file. Raises :class:`ConfigError` saying what to fix."""
    import yaml  # only here: texts that are not documents never read the lexicon

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        with path.open(encoding="utf-8") as fh:
            data = yaml.load(fh, Loader=loader)  # noqa: S506 (a safe loader, C or Python)
        spec = LexiconFile.model_validate(data)
    except OSError as exc:
        raise ConfigError(f"cannot read the document-order lexicon {path}: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path} is not UTF-8 text (byte {exc.start}): save it as UTF-8") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path} is not valid YAML: {exc}") from None
    except ValidationError as exc:
        raise ConfigError(f"{path}: {exc.errors()[0]['msg']} (at {exc.errors()[0]['loc']})") from None
    cue_source = "|".join(f"(?P<{kind}>{_alternation(spec.cues[kind])})" for kind in CUE_KINDS if kind in spec.cues)
    try:
        cues = re.compile(cue_source, re.IGNORECASE)
        transfer, external, handle, negation = (
            re.compile(_alternation(entries), re.IGNORECASE)
            for entries in (spec.transfer, spec.external, spec.handle, spec.negation)
        )
    except re.error as exc:  # an entry valid alone, not inside the list: "(?i)" must be "(?i:...)" there
        raise ConfigError(f"{path}: the entries do not combine into one pattern ({exc}); scope inline flags") from None
    try:
        cues_gate, transfer_gate = compile_gate(cues), compile_gate(transfer)
    except (ValueError, re2.error) as exc:
        raise ConfigError(f"{path}: an entry has a construct RE2 cannot run ({exc}); rewrite it") from None
    return DirectiveLexicon(
        version=spec.version,
        cues=cues,
        transfer=transfer,
        external=external,
        handle=handle,
        negation=negation,
        cues_gate=cues_gate,
        transfer_gate=transfer_gate,
    )


@functools.cache
def lexicon() -> DirectiveLexicon:
    """The shipped lexicon, loaded once."""
    return load_lexicon()
