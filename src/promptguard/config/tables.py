"""The README's supported-entities table, generated from the recognizer packs.

One row per recognizer entry: entity, recognizer id, pack, validator, and whether a
context word is needed for the finding to reach the policy threshold. The last column
is derived, not declared: an entry whose best pattern score already reaches the
threshold needs none; one below it needs context unless its validator confirms the
value (checked on the entry's own ``match`` examples, so the table cannot drift from
what the recognizer does).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from promptguard.config.schema import ExampleSpec, PackSpec, RecognizerSpec

__all__ = ["EntityRow", "entity_rows", "entity_table_markdown"]

# What built-in recognizer types (``type:`` other than ``pattern``) need, in words.
_TYPE_VALIDATORS = {"phone": "phonenumbers"}
_TYPE_CONTEXT = {
    "phone": "for short or unformatted numbers",
}


@dataclass(frozen=True, slots=True)
class EntityRow:
    entity: str
    recognizer: str
    pack: str
    validator: str
    context_needed: str


def _builtin_packs() -> list[PackSpec]:
    from promptguard.config.loader import builtin_packs, load_pack

    return [load_pack(path) for path in builtin_packs().values()]


def _example_texts(spec: RecognizerSpec) -> list[str]:
    return [ex.value or ex.text if isinstance(ex, ExampleSpec) else ex for ex in spec.examples.match]


def _validator_confirms(spec: RecognizerSpec) -> bool:
    """True if the validator returns True for a match in one of the entry's examples."""
    from promptguard.recognizers.regex import compile_regex
    from promptguard.recognizers.validators import get_validator

    if spec.validator is None:
        return False
    check = get_validator(spec.validator)
    for text in _example_texts(spec):
        for pattern in spec.patterns:
            if pattern.engine != "re2":
                continue
            regex = compile_regex(pattern.regex, ignore_case=spec.ignore_case)
            for start, end in regex.spans(text, pattern.group):
                if check(text[start:end]) is True:
                    return True
    return False


def _context_needed(spec: RecognizerSpec, threshold: float) -> str:
    if spec.type != "pattern":
        return _TYPE_CONTEXT.get(spec.type, "no")
    best = max((p.score for p in spec.patterns), default=1.0 if spec.deny_list else 0.0)
    if best >= threshold:
        weaker = any(p.score < threshold for p in spec.patterns)
        return "for some forms" if weaker else "no"
    if _validator_confirms(spec):
        return "unless the validator confirms it"
    return "yes" if spec.context else "yes (no context words: raise the score or lower the threshold)"


def entity_rows(packs: Iterable[PackSpec] | None = None, *, threshold: float = 0.5) -> list[EntityRow]:
    """Rows for every enabled entry of every entity pack (injection packs are skipped)."""
    rows = []
    for pack in _builtin_packs() if packs is None else packs:
        if pack.kind != "entities":
            continue
        for spec in pack.recognizers:
            if not spec.enabled:
                continue
            rows.append(
                EntityRow(
                    entity=spec.entity,
                    recognizer=spec.id,
                    pack=pack.pack,
                    validator=spec.validator or _TYPE_VALIDATORS.get(spec.type, "") or "",
                    context_needed=_context_needed(spec, threshold),
                )
            )
    return rows


def entity_table_markdown(packs: Iterable[PackSpec] | None = None, *, threshold: float = 0.5) -> str:
    """A Markdown table of the supported entities (built-in packs unless ``packs`` given)."""
    lines = [
        "| Entity | Recognizer | Pack | Validator | Context word needed |",
        "| --- | --- | --- | --- | --- |",
    ]
    for row in entity_rows(packs, threshold=threshold):
        validator = f"`{row.validator}`" if row.validator else "-"
        lines.append(f"| `{row.entity}` | `{row.recognizer}` | {row.pack} | {validator} | {row.context_needed} |")
    return "\n".join(lines) + "\n"
