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
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from promptguard.errors import ConfigError

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
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path} is not valid YAML: {exc}") from None
    except ValidationError as exc:
        raise ConfigError(f"{path}: {exc.errors()[0]['msg']} (at {exc.errors()[0]['loc']})") from None
    cues = "|".join(f"(?P<{kind}>{_alternation(spec.cues[kind])})" for kind in CUE_KINDS if kind in spec.cues)
    return DirectiveLexicon(
        version=spec.version,
        cues=re.compile(cues, re.IGNORECASE),
        transfer=re.compile(_alternation(spec.transfer), re.IGNORECASE),
        external=re.compile(_alternation(spec.external), re.IGNORECASE),
        handle=re.compile(_alternation(spec.handle), re.IGNORECASE),
        negation=re.compile(_alternation(spec.negation), re.IGNORECASE),
    )


@functools.cache
def lexicon() -> DirectiveLexicon:
    """The shipped lexicon, loaded once."""
    return load_lexicon()
