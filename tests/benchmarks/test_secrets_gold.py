"""The secrets benchmark's own judgement of gold values: placeholders, variable references and
sequential stand-ins (the "gold not a placeholder" column). Values are written for this file."""

from __future__ import annotations

import random
import string
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks.secrets import ascending_share, gold_is_placeholder, is_sequential_stand_in  # noqa: E402


@pytest.mark.parametrize(
    "value",
    [
        "abcdef1234567890abcdef12",
        "0123456789abcdef0123456789abcdef",
        "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d",  # two ascending runs interleaved
        "a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6",
        "tok-123456789abcdefghijklmnopqrstuvwxyz",
        "abcdefghijklmnopqrstuvwx",
        "123456789012345678901234",
    ],
)
def test_sequential_stand_ins(value: str) -> None:
    assert is_sequential_stand_in(value)
    assert gold_is_placeholder({"spans": [{"label": "SECRET", "text": value}]})


@pytest.mark.parametrize(
    "value",
    [
        "4ian1234",  # a person's password with a counting tail: half, not most
        "Xk29#mQv!7zz",
        "abc1234",  # too short to judge
        "K7fQ2mZp9LxW4vRt8NcY3bHs",
    ],
)
def test_real_values_are_not_stand_ins(value: str) -> None:
    assert not is_sequential_stand_in(value)


def test_random_tokens_score_far_below_the_bar() -> None:
    rng = random.Random(7)
    alphabet = string.ascii_letters + string.digits
    worst = max(ascending_share("".join(rng.choice(alphabet) for _ in range(n))) for n in (20, 32, 40, 64) * 500)
    assert worst < 0.5


def test_every_gold_span_must_be_a_stand_in() -> None:
    spans = [{"label": "SECRET", "text": "abcdef1234567890abcdef12"}, {"label": "SECRET", "text": "Qz8vL2kT9wXm"}]
    record = {"spans": spans}
    assert not gold_is_placeholder(record)
    assert not gold_is_placeholder({"spans": []})


def test_a_record_whose_span_is_the_user_name_is_judged_by_its_credential() -> None:
    text = "Provider=SQLNCLI;Server=db1;Uid=myUsername;Pwd=myPassword;"
    span = {"text": "myUsername", "label": "SECRET"}
    assert gold_is_placeholder({"id": "kf-00870", "text": text, "spans": [span]})
    # Only for the listed ids, and only when the listed credential is in the text.
    assert not gold_is_placeholder({"id": "kf-99999", "text": text, "spans": [span]})
    assert not gold_is_placeholder({"id": "kf-00870", "text": "Uid=myUsername;Pwd=Zq8!vw2Lr", "spans": [span]})
