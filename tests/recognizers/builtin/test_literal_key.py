"""The validators of literal keys: what an SDK client is built with, key material decoded from a literal."""

from __future__ import annotations

import pytest

from promptguard.recognizers.builtin.literal_key import client_literal_key, decoded_key_material


@pytest.mark.parametrize(
    "value",
    ["f3Kq9LmZ2xVb7RtY8wPn4sJd", "u+Ab3Cd5Ef7Gh9Ij1Kl3", "Hq7vLm2Xz9Pk4Rt8Wn3Bs6/Yd1Fg5Jc0Ta8Lq2Mx4Nv"],
)
def test_client_key_kept(value: str) -> None:
    assert client_literal_key(value) is None


@pytest.mark.parametrize(
    "value",
    [
        "d41d8cd98f00b204e9800998ecf8427e",  # an MD5: a hash, not a key
        "550e8400-e29b-41d4-a716-446655440000",  # a tenant or project id
        "postgresql_production_replica",  # words
        "YOUR_API_KEY_HERE_PLEASE",  # a placeholder
        "users/profile/avatar_large.png",  # a path
    ],
)
def test_client_key_dropped(value: str) -> None:
    assert client_literal_key(value) is False


@pytest.mark.parametrize(
    "value", ["3f7a9c1e2b4d8f6a0c5e9b1d7f3a2c8e4b6d0f9a1c3e5b7d", "q8Zx3Lm9Kp2Vr7Tn4Bs6Yd1Wf5Gh0Jc+"]
)
def test_decoded_key_kept(value: str) -> None:
    assert decoded_key_material(value) is None


@pytest.mark.parametrize(
    "value",
    [
        "48656c6c6f20576f726c642121212121",  # "Hello World!!!!!" in hex: text
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9",  # base64 of a JSON header: text
        "00112233445566778899aabbccddeeff",  # a counting test vector
        "ffffffffffffffffffffffffffffffff",  # one repeated byte
        "0a1b2c3d",  # 4 bytes: too short for a key
    ],
)
def test_decoded_key_dropped(value: str) -> None:
    assert decoded_key_material(value) is False
