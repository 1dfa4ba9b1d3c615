from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from promptguard.recognizers.injection import default_model_path
from promptguard.recognizers.injection.charlm import CharLM, lm_signals
from promptguard.recognizers.injection.model import FeatureConfig, InjectionModel, featurize, lm_indices

_PROSE = [
    "The garden needs water in the morning, and the roses need pruning in early spring.",
    "Please send your comments on the hiring plan by Friday so we can finalise the budget.",
    "Our travel policy asks staff to book trains for trips shorter than six hours.",
    "To install the library, run the installer and restart the application afterwards.",
    "The quarterly review shows that revenue grew while support tickets went down.",
    "Remember to lock the office door and switch off the lights when you leave.",
    "def total(items):\n    return sum(item.price for item in items)\n",
    "for (int i = 0; i < n; i++) { sum += values[i]; }",
]
_REQUEST = "Write a friendly note to my neighbours about the street party next Saturday afternoon, please "


@pytest.fixture(scope="module")
def lm() -> CharLM:
    return CharLM.fit(_PROSE * 20)


def test_costs_are_low_on_familiar_text_and_high_on_glued_fragments(lm: CharLM) -> None:
    familiar = lm.costs("the garden needs water in the morning and the roses need pruning")
    salad = lm.costs("zqx]({vwk ~~jjq<?kz xq^^wv {%pqz zzkx `(qqj")
    assert familiar.mean() + 8 < salad.mean()  # table units: 8 = one nat


def test_tail_jump_fires_on_a_word_salad_suffix_only(lm: CharLM) -> None:
    suffix = "zqxTwk]({ vwkIzz ~~jjq<?kz xqWv^^ {%pqzKx zzkx`( qqjVz ]|wkq"
    assert "lm:tailjump1.0" in lm_signals(_REQUEST + suffix, lm)
    assert lm_signals(_REQUEST + "and bring some chairs and a table if you can.", lm) == []
    # A text that is unusual to the LM from start to end has no jump.
    assert "lm:tailjump1.0" not in lm_signals((suffix + " ") * 6, lm)


def test_short_texts_and_missing_lm_give_no_cue(lm: CharLM) -> None:
    assert lm_signals("zqx]({vwk", lm) == []
    assert lm_signals(_REQUEST * 3, None) == []


def test_fit_is_deterministic() -> None:
    a = CharLM.fit(_PROSE)
    b = CharLM.fit(list(_PROSE))
    assert np.array_equal(a.table, b.table)


def test_lm_group_joins_the_features_only_with_an_lm(lm: CharLM) -> None:
    text = _REQUEST + "zqxTwk]({ vwkIzz ~~jjq<?kz xqWv^^ {%pqzKx zzkx`( qqjVz ]|wkq"
    plain = FeatureConfig()
    with_lm = replace(plain, lm=lm)
    assert lm_indices(text, plain).size == 0
    assert lm_indices(text, with_lm).size > 0
    off, _ = featurize(text, [], plain)
    on, _ = featurize(text, [], with_lm)
    assert set(off.tolist()) < set(on.tolist())


def test_lm_is_saved_and_loaded_with_the_weights(tmp_path: Path, lm: CharLM) -> None:
    cfg = replace(FeatureConfig(bits=12), lm=lm)
    m = InjectionModel(np.linspace(-1, 1, 1 << 12).astype(np.float32), 0.0, cfg, {"version": "t"})
    path = tmp_path / "m.npz"
    m.save(path)
    back = InjectionModel.load(path)
    assert back.config.lm is not None and np.array_equal(back.config.lm.table, lm.table)
    text = _REQUEST + "zqxTwk]({ vwkIzz ~~jjq<?kz xqWv^^ {%pqzKx zzkx`( qqjVz ]|wkq"
    assert abs(back.predict(text) - m.predict(text)) < 1e-2


def test_shipped_model_carries_its_lm() -> None:
    model = InjectionModel.load(default_model_path())
    if model.config.lm_weight > 0:
        assert model.config.lm is not None
