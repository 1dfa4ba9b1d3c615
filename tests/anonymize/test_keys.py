"""keyed_hash is HMAC-SHA256: the precomputed-state fast path must equal the stdlib."""

from __future__ import annotations

import hmac

import pytest
from hypothesis import given
from hypothesis import strategies as st

from promptguard.anonymize.keys import keyed_hash


@pytest.mark.parametrize("key", [b"k" * 16, b"k" * 32, bytes(range(64)), bytes(range(100)), b"x"])
@given(value=st.text())
def test_keyed_hash_is_hmac_sha256(key: bytes, value: str) -> None:
    expected = hmac.digest(key, value.encode("utf-8", "surrogatepass"), "sha256").hex()
    assert keyed_hash(key, value) == expected[:16]
    assert keyed_hash(key, value, length=64) == expected


def test_different_keys_give_different_hashes() -> None:
    assert keyed_hash(b"a" * 32, "jane@acme.io") != keyed_hash(b"b" * 32, "jane@acme.io")
