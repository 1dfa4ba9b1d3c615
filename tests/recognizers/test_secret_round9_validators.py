"""Blind secrets round 9 (session 12): validators of the rules it added (Cisco type 7, macaroons).
Values are made up for these tests."""

from __future__ import annotations

import pytest

from promptguard.recognizers.secret_validators import cisco_type7, cisco_type7_decode, macaroon_token


# ------------------------------------------------------------------ Cisco type 7
def test_cisco_type7_decodes_the_published_example() -> None:
    # "0822455D0A16" is the example every type-7 write-up decodes (to "cisco").
    assert cisco_type7_decode("0822455D0A16") == "cisco"
    assert cisco_type7_decode("063004760F5F251457230852") == "Vk7#qLm2Tz9"


@pytest.mark.parametrize("value", ["15CF974A809F33E00491FE", "99AABB", "0822455D0A1", "0822455D0AZZ"])
def test_cisco_type7_rejects_what_does_not_decode_to_text(value: str) -> None:
    assert cisco_type7_decode(value) is None
    assert cisco_type7(value) is False


def test_cisco_type7_of_a_default_word_is_not_reported() -> None:
    assert cisco_type7("0307530A080824414B") is False  # "changeme"


# ------------------------------------------------------------------ macaroons
def test_a_macaroon_keeps_its_runs_of_a_but_not_stand_ins() -> None:
    assert macaroon_token("FlyV1 fm2_lMQIAAAAAAAAAACv+Gr/EAXw1TM5eGMK1dAup3fcVI+pTFJj6gceN5VRFmuGDY3EI1rH7") is None
    assert macaroon_token("FlyV1 fm2_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx") is False
