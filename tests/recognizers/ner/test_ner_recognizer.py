"""NerRecognizer semantics with a fake backend (no model): mapping, scores, context, chunks."""

from __future__ import annotations

import pytest

from promptguard import Guard
from promptguard.recognizers.ner import NerOptions, NerRecognizer

TEXT = "Maria Gonzalez (American) of Acme Corp moved to Paris on 3 May 2021; 40% done today."
ENTS = [
    ("Maria Gonzalez", "PERSON"),
    ("American", "NORP"),
    ("Acme Corp", "ORG"),
    ("Paris", "GPE"),
    ("3 May 2021", "DATE"),
    ("40%", "PERCENT"),
    ("today", "DATE"),
]


def _rec(fake_backend, **options):  # type: ignore[no-untyped-def]
    return NerRecognizer(fake_backend(ENTS), NerOptions(enabled=True, **options))


def _found(rec, text=TEXT):  # type: ignore[no-untyped-def]
    return [(text[f.start : f.end], f.entity_type, round(f.score, 3)) for f in rec.analyze(text)]


def test_contract(fake_backend) -> None:  # type: ignore[no-untyped-def]
    rec = _rec(fake_backend)
    assert rec.requires_nlp is True
    assert rec.id == "ner.fake" and rec.pack == "ner"
    assert rec.entities == ("PERSON", "LOCATION", "ORGANIZATION", "NRP", "DATE_TIME")


def test_presidio_mapping_ignore_and_low_score(fake_backend) -> None:  # type: ignore[no-untyped-def]
    found = _found(_rec(fake_backend))
    assert ("Maria Gonzalez", "PERSON", 0.85) in found
    assert ("American", "NRP", 0.85) in found
    assert ("Acme Corp", "ORGANIZATION", 0.85) in found
    assert ("Paris", "LOCATION", 0.85) in found
    # DATE_TIME is a low-score entity: 0.85 * 0.4, below the default 0.5 threshold.
    assert ("3 May 2021", "DATE_TIME", 0.34) in found
    assert not any(v in ("40%", "today") for v, _, _ in found)  # PERCENT ignored; generic time dropped


def test_labels_to_ignore_accepts_entity_names(fake_backend) -> None:  # type: ignore[no-untyped-def]
    found = _found(_rec(fake_backend, labels_to_ignore=["ORGANIZATION", "PERCENT"]))
    assert not any(e == "ORGANIZATION" for _, e, _ in found)


def test_custom_mapping_and_multiplier(fake_backend) -> None:  # type: ignore[no-untyped-def]
    rec = _rec(
        fake_backend,
        model_to_presidio_entity_mapping={"ORG": "ORGANIZATION", "PERSON": "PERSON"},
        low_score_entity_names=["ORGANIZATION"],
        low_confidence_score_multiplier=0.5,
    )
    found = _found(rec)
    assert ("Acme Corp", "ORGANIZATION", 0.425) in found
    assert not any(e == "LOCATION" for _, e, _ in found)  # GPE no longer mapped: dropped


def test_entities_subset(fake_backend) -> None:  # type: ignore[no-untyped-def]
    rec = _rec(fake_backend, entities=["PERSON"])
    assert rec.entities == ("PERSON",)
    assert {e for _, e, _ in _found(rec)} == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("Patient born on 3 May 2021 in Oslo.", 0.85),
        ("Her DOB: 3 May 2021.", 0.85),
        ("The release shipped on 3 May 2021.", 0.34),
    ],
)
def test_personal_date_context(fake_backend, text: str, score: float) -> None:  # type: ignore[no-untyped-def]
    found = _found(_rec(fake_backend), text)
    assert ("3 May 2021", "DATE_TIME", score) in found


def test_filters_can_be_switched_off(fake_backend) -> None:  # type: ignore[no-untyped-def]
    found = _found(_rec(fake_backend, filters=False))
    assert ("today", "DATE_TIME", 0.34) in found


def test_long_text_is_chunked_with_exact_offsets(fake_backend) -> None:  # type: ignore[no-untyped-def]
    backend = fake_backend([("Maria Gonzalez", "PERSON")])
    rec = NerRecognizer(backend, NerOptions(enabled=True, chunk_chars=500, chunk_overlap=50))
    text = ("Maria Gonzalez wrote the renewal memo for the north region team. " * 200).strip()
    found = rec.analyze(text)
    assert len(found) == 200
    assert all(text[f.start : f.end] == "Maria Gonzalez" for f in found)
    assert max(len(t) for t in backend.calls[0]) <= 500


def test_batch_is_one_backend_call(fake_backend) -> None:  # type: ignore[no-untyped-def]
    backend = fake_backend(ENTS)
    rec = NerRecognizer(backend, NerOptions(enabled=True))
    out = rec.analyze_batch([TEXT, "nothing here", TEXT])
    assert len(backend.calls) == 1 and len(out) == 3 and out[1] == []


def test_guard_pseudonymizes_names_without_mangling(monkeypatch, fake_backend) -> None:  # type: ignore[no-untyped-def]
    import promptguard.recognizers.ner as ner_pkg

    backend = fake_backend([("Anna's", "PERSON"), ("Acme Corp.", "ORG")])
    monkeypatch.setattr(
        ner_pkg, "build_ner_recognizer", lambda options: NerRecognizer(backend, NerOptions.model_validate(options))
    )
    guard = Guard({"extends": "default", "ner": {"enabled": True}, "injection": {"enabled": False}})
    text = "Please ask Anna's manager at Acme Corp. about it."
    result = guard.sanitize(text)
    assert result.text == "Please ask <PERSON_1>'s manager at <ORGANIZATION_1>. about it."
    assert guard.restore(result.text, result.session) == text


def test_guard_with_ner_failure_is_indeterminate(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import promptguard.recognizers.ner as ner_pkg

    def broken(texts):  # type: ignore[no-untyped-def]
        raise RuntimeError("model crashed on: secret text")

    monkeypatch.setattr(
        ner_pkg, "build_ner_recognizer", lambda options: NerRecognizer(broken, NerOptions(enabled=True))
    )
    guard = Guard({"extends": "default", "ner": {"enabled": True}, "injection": {"enabled": False}})
    result = guard.scan("Maria Gonzalez")
    assert str(result.verdict) == "indeterminate"
    assert "secret text" not in " ".join(result.errors)
