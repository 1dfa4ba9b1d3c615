"""Every example of every recognizer entry in every shipped pack (recognizers/*.yaml).

``match`` examples must produce a finding of the entry's entity from that entry (and,
when ``value`` is given, exactly that span); ``no_match`` examples must produce none.
Entity packs run through a ``Guard`` restricted to the one pack and the one entry, so
the default threshold, context words, validators and allow lists all take part.
Injection packs (``kind: injection``) are not run by the entity engine: their regexes
are tried directly on the example and on the normalised views the injection detector
reads (NFKC, look-alike folding, leetspeak, decoded segments).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import re2

from promptguard import Guard
from promptguard.config.loader import load_pack
from promptguard.config.schema import ExampleSpec, PackSpec, RecognizerSpec
from promptguard.recognizers.regex import re2_options

PACK_DIR = Path(__file__).resolve().parent.parent / "recognizers"
PACK_FILES = sorted(PACK_DIR.glob("*.yaml"))


def _cases() -> Iterator[object]:
    for path in PACK_FILES:
        pack = load_pack(path)
        for rec in pack.recognizers:
            for i, ex in enumerate(rec.examples.match):
                yield pytest.param(path, rec.id, "match", ex, id=f"{pack.pack}:{rec.id}:match{i}")
            for i, text in enumerate(rec.examples.no_match):
                yield pytest.param(path, rec.id, "no_match", text, id=f"{pack.pack}:{rec.id}:no_match{i}")


@functools.cache
def _pack(path: Path) -> PackSpec:
    return load_pack(path)


def _spec(path: Path, rec_id: str) -> RecognizerSpec:
    return next(r for r in _pack(path).recognizers if r.id == rec_id)


_ONE_ENTRY_DIR: list[Path] = []


@functools.cache
def _guard(path: Path, rec_id: str) -> Guard:
    """A guard that runs only this entry, from a copy of its pack holding just that entry
    (building the whole pack for each entry would compile every other regex too)."""
    import tempfile

    import yaml

    if not _ONE_ENTRY_DIR:
        _ONE_ENTRY_DIR.append(Path(tempfile.mkdtemp(prefix="promptguard-packs-")))
    pack = _pack(path)
    data = pack.model_dump(mode="json", exclude_defaults=True)
    data["recognizers"] = [r.model_dump(mode="json", exclude_defaults=True) for r in pack.recognizers if r.id == rec_id]
    one = _ONE_ENTRY_DIR[0] / f"{pack.pack}--{rec_id}.yaml"
    one.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return Guard(
        {
            "packs": [str(one)],
            "defaults": {"prompt": "detect", "response": "detect"},
            "injection": {"enabled": False},
            "ner": {"enabled": False},
            # Examples test the entry itself, not what it finds inside decoded base64/hex.
            "normalize": {"decode_depth": 0},
        }
    )


def _injection_views(text: str) -> list[str]:
    views = [text]
    try:
        from promptguard.recognizers.injection.normalize import normalize
    except ImportError:  # pragma: no cover - the injection detector is optional here
        return views
    norm = normalize(text)
    views.append(norm.text)
    if norm.leet:
        views.append(norm.leet)
    views.extend(seg.text for seg in norm.decoded)
    return views


def _injection_hits(spec: RecognizerSpec, text: str) -> list[str]:
    views = _injection_views(text)
    flags = "(?i)" if spec.ignore_case else ""
    hits = []
    for pattern in spec.patterns:
        compiled = re2.compile(flags + pattern.regex, re2_options())
        unless = None
        if pattern.unless_preceded_by is not None:
            unless = re2.compile(flags + pattern.unless_preceded_by, re2_options())
        after = None
        if pattern.unless_followed_by is not None:
            after = re2.compile(flags + pattern.unless_followed_by, re2_options())
        near = None
        if pattern.requires_nearby is not None:
            near = re2.compile(flags + pattern.requires_nearby, re2_options())
        if any(_kept_match(compiled, unless, view, after, near) for view in views):
            hits.append(pattern.name)
    return hits


def _kept_match(compiled: Any, unless: Any, view: str, after: Any = None, near: Any = None) -> bool:
    """A match whose preceding window does not match ``unless_preceded_by``, whose span
    plus following window (same line) does not match ``unless_followed_by`` and whose
    surroundings match ``requires_nearby`` (the injection rules engine drops the others; see
    ``promptguard.recognizers.injection.rules``)."""
    from promptguard.recognizers.injection.rules import NEAR_WINDOW, UNLESS_WINDOW

    def kept(m: Any) -> bool:
        if near is not None and near.search(view[max(0, m.start() - NEAR_WINDOW) : m.end() + NEAR_WINDOW]) is None:
            return False
        if unless is not None and unless.search(view[max(0, m.start() - UNLESS_WINDOW) : m.start()]) is not None:
            return False
        if after is None:
            return True
        tail = view[m.end() : m.end() + UNLESS_WINDOW].split("\n", 1)[0]
        return after.search(view[m.start() : m.end()] + tail) is None

    return any(kept(m) for m in compiled.finditer(view))


def test_every_pack_file_is_collected() -> None:
    assert PACK_FILES, f"no packs found in {PACK_DIR}"
    for path in PACK_FILES:
        pack = _pack(path)
        missing = [r.id for r in pack.recognizers if r.enabled and not r.examples.match]
        assert not missing, f"{path.name}: entries without match examples: {missing}"


@pytest.mark.parametrize(("path", "rec_id", "kind", "example"), list(_cases()))
def test_pack_example(path: Path, rec_id: str, kind: str, example: str | ExampleSpec) -> None:
    spec = _spec(path, rec_id)
    if not spec.enabled:
        pytest.skip(f"{rec_id} is disabled in its pack")
    text = example.text if isinstance(example, ExampleSpec) else example
    value = example.value if isinstance(example, ExampleSpec) else None

    if _pack(path).kind == "injection":
        hits = _injection_hits(spec, text)
        if kind == "match":
            assert hits, f"{rec_id}: no pattern matches {text!r}"
        else:
            assert not hits, f"{rec_id}: patterns {hits} match the negative example {text!r}"
        return

    findings = [
        f for f in _guard(path, rec_id).scan(text).findings if f.entity_type == spec.entity and f.recognizer == rec_id
    ]
    found = [(text[f.start : f.end], round(f.score, 3)) for f in findings]
    if kind == "match":
        assert findings, f"{rec_id}: no {spec.entity} found in {text!r}"
        if value is not None:
            assert value in [v for v, _ in found], f"{rec_id}: expected {value!r} in {text!r}, got {found}"
    else:
        assert not findings, f"{rec_id}: unexpected {spec.entity} {found} in {text!r}"
