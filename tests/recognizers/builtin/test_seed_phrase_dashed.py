"""CRYPTO_SEED_PHRASE joined by dashes ("differ-orient-reason-..."), as notes apps and password
managers keep a recovery phrase: the checksum still decides. Phrases are made from random entropy."""

from __future__ import annotations

import hashlib
import random

from promptguard import Guard
from promptguard.recognizers.builtin.seed_phrase import bip39_checksum_ok, bip39_words

RNG = random.Random(20261201)
WORDS = list(bip39_words())


def _phrase(n_words: int) -> list[str]:
    ent_bits = n_words * 11 * 32 // 33
    entropy = RNG.randbytes(ent_bits // 8)
    cs_bits = ent_bits // 32
    value = (int.from_bytes(entropy, "big") << cs_bits) | (hashlib.sha256(entropy).digest()[0] >> (8 - cs_bits))
    return [WORDS[(value >> (11 * (n_words - 1 - i))) & 0x7FF] for i in range(n_words)]


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in Guard.from_config("secrets-only").scan(text).findings]


def test_dashed_phrase_with_a_valid_checksum_is_one_finding() -> None:
    for n in (12, 24):
        words = _phrase(n)
        for joined in ("-".join(words), " - ".join(words)):
            text = f"restoring my Ledger, the recovery words in my notes app:\n{joined}\nis the order wrong?"
            assert _found(text) == [joined]


def test_dashed_list_words_without_checksum_or_keyword_are_not_reported() -> None:
    while True:
        words = [RNG.choice(WORDS) for _ in range(12)]
        if not bip39_checksum_ok(words):
            break
    # A slug of list words (no mnemonic name near it, checksum fails): not a phrase.
    assert _found("https://blog.acme.io/" + "-".join(words)) == []
