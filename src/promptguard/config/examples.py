"""Run the ``examples`` of pack entries: every match must be found, no no_match may be.

Used by ``promptguard recognizers test PATH`` and by the test suite, so a rule without
working examples cannot ship.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from promptguard.config.loader import load_pack
from promptguard.config.presidio_yaml import IMPORTED_DESCRIPTION
from promptguard.config.schema import ExampleSpec, PackSpec, RecognizerSpec

__all__ = ["ExampleOutcome", "iter_examples", "run_pack_examples"]


@dataclass(frozen=True, slots=True)
class ExampleOutcome:
    pack: str
    recognizer: str
    kind: str  # "match" | "no_match" | "missing" (the entry has no match example)
    index: int
    passed: bool
    message: str = ""


def iter_examples(spec: RecognizerSpec) -> Iterator[tuple[str, int, str, str | None]]:
    for i, ex in enumerate(spec.examples.match):
        if isinstance(ex, ExampleSpec):
            yield "match", i, ex.text, ex.value
        else:
            yield "match", i, ex, None
    for i, text in enumerate(spec.examples.no_match):
        yield "no_match", i, text, None


def _guard_for(path: Path, pack: PackSpec, spec: RecognizerSpec):  # type: ignore[no-untyped-def]
    from promptguard.guard import Guard

    others = [r.id for r in pack.recognizers if r.id != spec.id]
    return Guard(
        {
            "name": f"examples:{pack.pack}:{spec.id}",
            "packs": [str(path)],
            "disable": others,
            "injection": {"enabled": False},
            "ner": {"enabled": False},
            "normalize": {"decode_depth": 0},
        }
    )


def _check_entities(path: Path, pack: PackSpec, spec: RecognizerSpec) -> Iterator[ExampleOutcome]:
    guard = _guard_for(path, pack, spec)
    for kind, i, text, value in iter_examples(spec):
        res = guard.scan(text)
        hits = [f for f in res.findings if f.recognizer == spec.id and f.entity_type == spec.entity]
        if kind == "match":
            if not hits:
                yield ExampleOutcome(pack.pack, spec.id, kind, i, False, f"match example #{i} not found")
            elif value is not None and not any(text[f.start : f.end] == value for f in hits):
                got = ", ".join(f"[{f.start}:{f.end}]" for f in hits)
                yield ExampleOutcome(
                    pack.pack, spec.id, kind, i, False, f"match example #{i}: span differs (got {got})"
                )
            else:
                yield ExampleOutcome(pack.pack, spec.id, kind, i, True)
        else:
            ok = not hits
            msg = (
                ""
                if ok
                else f"no_match example #{i} was reported at " + ", ".join(f"[{f.start}:{f.end}]" for f in hits)
            )
            yield ExampleOutcome(pack.pack, spec.id, kind, i, ok, msg)


def _check_injection(pack: PackSpec, spec: RecognizerSpec) -> Iterator[ExampleOutcome]:
    rule_matches: Any = None
    try:
        from promptguard.recognizers.injection.rules import rule_matches, rule_scopes

        if spec.patterns and all(p.scope_only for p in spec.patterns):
            rule_matches = rule_scopes  # a scope-only entry "matches" where it leaves a clause out
    except ImportError:
        pass
    from promptguard.recognizers.regex import compile_regex

    regexes = [compile_regex(p.regex, ignore_case=spec.ignore_case) for p in spec.patterns]
    for kind, i, text, _ in iter_examples(spec):
        if rule_matches is not None:
            found = bool(rule_matches(spec, text))
        else:
            found = any(next(iter(r.spans(text)), None) is not None for r in regexes)
        ok = found if kind == "match" else not found
        yield ExampleOutcome(pack.pack, spec.id, kind, i, ok, "" if ok else f"{kind} example #{i} failed")


def run_pack_examples(path: str | Path) -> Iterator[ExampleOutcome]:
    """Yield one outcome per example of every enabled recognizer in the pack file."""
    p = Path(path)
    pack = load_pack(p)
    for spec in pack.recognizers:
        if not spec.enabled:
            continue
        if not spec.examples.match and pack.description != IMPORTED_DESCRIPTION:
            # A rule nobody showed matching is untested, not passing: the shipped packs are held
            # to the same bar by tests/test_packs.py. (Presidio's file format has no examples.)
            yield ExampleOutcome(
                pack.pack, spec.id, "missing", 0, False,
                "no match examples: add examples.match (and examples.no_match) to this entry",
            )
        if pack.kind == "injection":
            yield from _check_injection(pack, spec)
        else:
            yield from _check_entities(p, pack, spec)
