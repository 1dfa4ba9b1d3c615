"""The project's own injection data: probe rows are never training rows."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[3] / "models" / "injection" / "data"
PROBES = sorted(DATA.glob("probe_*.jsonl"))


def _rows(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: getattr(p, "stem", str(p)))
def test_probe_texts_never_appear_in_any_training_file(probe: Path) -> None:
    train = {str(r["text"]) for path in DATA.glob("own_*.jsonl") for r in _rows(path)}
    leaked = [r["id"] for r in _rows(probe) if r["text"] in train]
    assert not leaked


@pytest.mark.parametrize("name", ["context", "scenario", "guarded", "quoted", "operational"])
def test_technique_data_has_attacks_and_same_form_twins(name: str) -> None:
    for path in (DATA / f"own_{name}.jsonl", DATA / f"probe_{name}.jsonl"):
        labels = {int(r["label"]) for r in _rows(path)}  # type: ignore[call-overload]
        assert labels == {0, 1}, path.name


def test_every_language_of_the_guarded_attacks_has_benign_twins() -> None:
    # Without same-language twins the model would learn "Korean + password = attack".
    rows = _rows(DATA / "own_guarded.jsonl")
    attack_langs = {r["lang"] for r in rows if r["label"] == 1}
    benign_langs = {r["lang"] for r in rows if r["label"] == 0}
    assert len(attack_langs) >= 10
    assert attack_langs <= benign_langs


def test_every_hard_benign_family_of_the_quoted_data_has_attack_twins() -> None:
    # 1.5.1: each benign family (quoted phrase in a frame, plain words, notes for people,
    # code terms, word games, tickets) has a `<family>_attack` twin in the same form, so
    # the model learns the frame's *order*, not that the frame makes anything benign.
    rows = _rows(DATA / "own_quoted.jsonl")
    benign = {str(r["category"]) for r in rows if r["label"] == 0}
    attack = {str(r["category"]) for r in rows if r["label"] == 1}
    assert len(benign) >= 6
    assert {f"{c}_attack" for c in benign} == attack
    langs = {r.get("lang") for r in rows if r["category"] == "quoted_frame_attack"}
    assert len(langs) >= 8


def test_every_operational_attack_language_has_all_three_twins() -> None:
    # 1.6.0: frame + covert harm + a request for a procedure is an attack; the same frame
    # around a scene, the same request around a harmless task and the same topic for
    # defenders are not. Each language needs all three, or the language itself is a cue.
    rows = _rows(DATA / "own_operational.jsonl")
    attack_langs = {r["language"] for r in rows if r["label"] == 1}
    assert len(attack_langs) >= 5
    for twin in ("op_scene", "op_harmless", "op_defence"):
        assert attack_langs <= {r["language"] for r in rows if r["category"] == twin}, twin


def test_every_developer_artefact_family_has_a_note_and_an_order_twin() -> None:
    # Session 18 (probe only by default): benign artefacts (SQL, logs, reprs...) next to the same
    # artefacts carrying a note to people and an order to the model in their own channel (an
    # SQL comment, a log message, a CSV cell), so a model trained on them with --train cannot
    # learn "code means benign", and the probe measures both directions.
    rows = _rows(DATA / "probe_devtext.jsonl")
    families = {r["family"] for r in rows if r["category"] == "dev_artefact"}
    assert len(families) >= 12
    for twin in ("dev_note", "dev_inject"):
        assert {r["family"] for r in rows if r["category"] == twin} == families, twin


def test_every_lookalike_family_has_an_attack_twin_in_its_languages() -> None:
    # Session 21: benign text sharing the words of attacks (code questions, memos, markup, one
    # word, configs, translations, course notes). Each family has a same-form twin with the
    # intent on the assistant, and each language of a benign family has that family's attacks,
    # or the model would learn "a Turkish memo is benign" instead of whose rules are retired.
    rows = _rows(DATA / "own_lookalike.jsonl")
    benign = {str(r["family"]) for r in rows if r["label"] == 0}
    attack = {str(r["family"]) for r in rows if r["label"] == 1}
    twin = {"memo": "memo_to_ai", "short_terms": "short_ask", "translate": "translate_hijack"}
    assert {twin.get(f, f"{f}_attack") for f in benign} == attack
    for fam in ("code_talk", "memo"):
        langs = {r["lang"] for r in rows if r["family"] == fam and r["label"] == 0}
        attack_langs = {r["lang"] for r in rows if r["family"] == twin.get(fam, f"{fam}_attack")}
        assert len(langs) >= 9 and langs <= attack_langs, fam


def test_every_preference_family_has_attack_twins_in_its_languages() -> None:
    # Session 22: "from now on" with a preference, markup glued to words, fiction where an attack
    # is stopped. Each benign family has same-form attack twins in every language it is written
    # in, or the model learns "a preference in Korean is benign" instead of what is asked.
    twins = {
        "henceforth_pref": "henceforth_attack",
        "henceforth_memo": "henceforth_attack",
        "markup_glued": "markup_order",
        "protective_fiction": "protective_frame_attack",
    }
    rows = _rows(DATA / "own_preference.jsonl")
    for benign, attack in twins.items():
        benign_langs = {r["lang"] for r in rows if r["family"] == benign}
        assert benign_langs, benign
        assert benign_langs <= {r["lang"] for r in rows if r["family"] == attack}, benign
    assert len({r["lang"] for r in rows if r["family"] == "protective_fiction"}) >= 15


def test_every_semantic_jailbreak_kind_and_language_has_benign_twins() -> None:
    # Session 23 (probe only by default): jailbreaks with no trigger word (a plea, a thesis, a
    # late grandmother, a points game, a docstring...) around an operational harmful ask. Each
    # frame that is benign around another ask has same-frame twins, and each language has both
    # labels, so the probe measures the ask and not the frame or the language.
    rows = _rows(DATA / "probe_semantic.jsonl")
    kinds = {str(r["category"]) for r in rows if r["label"] == 1}
    twins = {str(r["category"]) for r in rows if r["label"] == 0}
    assert len(kinds) >= 15
    assert {t.removesuffix("_twin") for t in twins} <= kinds
    assert len(twins) >= 10
    langs = {r["lang"] for r in rows if r["category"] == "ml"}
    assert len(langs) >= 18
    assert langs == {r["lang"] for r in rows if r["category"] == "ml_twin"}


def test_followup_escalation_words_are_on_both_sides() -> None:
    # Session 23: "the real version", "no caveats", "what you left out" follow an overview of
    # sourdough as often as one of ransomware; only the object tells them apart, so each of
    # these asks must be in benign and attack rows alike, or a model trained with --train
    # learns the words. The generator is probe only by default, so its rows are read from it.
    spec = importlib.util.spec_from_file_location("make_followup_data", DATA / "make_followup_data.py")
    assert spec is not None and spec.loader is not None
    sys.path.insert(0, str(DATA))
    try:
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(DATA))
    rows = module.rows()
    for words in ("real version", "no caveats", "left out", "unfiltered", "step by step", "operational"):
        labels = {int(r["label"]) for r in rows if words in str(r["text"]).lower()}
        assert labels == {0, 1}, words
    assert {int(r["label"]) for r in _rows(DATA / "probe_followup.jsonl")} == {0, 1}  # type: ignore[call-overload]
