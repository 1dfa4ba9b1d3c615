"""CRYPTO_SEED_PHRASE (recognizers/builtin/seed_phrase.py): the BIP39 word list, the checksum,
and what the recognizer reports through the secrets pack (gate, checksum and keyword paths, test
phrases, offsets). Phrases are made here from random entropy; none is a real wallet's."""

from __future__ import annotations

import hashlib
import random
import re
from importlib import resources
from pathlib import Path

import pytest
from pydantic import ValidationError

from promptguard import Guard
from promptguard.config.loader import builtin_packs, load_pack
from promptguard.recognizers.builtin import seed_phrase
from promptguard.recognizers.builtin.seed_phrase import SeedPhraseOptions, bip39_checksum_ok, bip39_words
from promptguard.recognizers.registry import build_recognizer

RNG = random.Random(20261130)
WORDS = list(bip39_words())
SPEC = next(r for r in load_pack(builtin_packs()["secrets"]).recognizers if r.id == "crypto_seed_phrase")
# The file as shipped by python-mnemonic 0.21 (mnemonic/wordlist/english.txt); see bip39_english.NOTICE.
ENGLISH_SHA256 = "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda"


def make_phrase(n_words: int, entropy: bytes | None = None) -> str:
    """BIP39 encoding written out from the spec: entropy + first ENT/32 bits of its SHA-256."""
    ent_bits = n_words * 11 * 32 // 33
    entropy = RNG.randbytes(ent_bits // 8) if entropy is None else entropy
    value = int.from_bytes(entropy, "big")
    cs_bits = ent_bits // 32
    value = (value << cs_bits) | (hashlib.sha256(entropy).digest()[0] >> (8 - cs_bits))
    return " ".join(WORDS[(value >> (11 * (n_words - 1 - i))) & 0x7FF] for i in range(n_words))


def bad_checksum_phrase(n_words: int = 12) -> str:
    while True:
        words = [RNG.choice(WORDS) for _ in range(n_words)]
        if not bip39_checksum_ok(words) and len(set(words)) == n_words:
            return " ".join(words)


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard({"packs": ["secrets"], "injection": {"enabled": False}, "ner": {"enabled": False}})


def seed_findings(guard: Guard, text: str) -> list[str]:
    return [text[f.start : f.end] for f in guard.scan(text).findings if f.entity_type == "CRYPTO_SEED_PHRASE"]


# --------------------------------------------------------------------------- word list and checksum
def test_word_list_is_the_bip39_english_list() -> None:
    data = resources.files("promptguard.recognizers.builtin").joinpath("bip39_english.txt").read_bytes()
    assert hashlib.sha256(data).hexdigest() == ENGLISH_SHA256
    assert len(WORDS) == 2048 and WORDS[0] == "abandon" and WORDS[-1] == "zoo"
    assert all(3 <= len(w) <= 8 and w.isalpha() and w.islower() for w in WORDS)
    notice = Path(seed_phrase.__file__).with_name("bip39_english.NOTICE").read_text(encoding="utf-8")
    assert "MIT License" in notice and ENGLISH_SHA256 in notice


def test_damaged_word_list_fails_loudly(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "bip39_english.txt").write_text("\n".join(WORDS[:2047]) + "\n", encoding="utf-8")
    monkeypatch.setattr(seed_phrase.resources, "files", lambda _package: tmp_path)
    with pytest.raises(RuntimeError, match="damaged"):
        bip39_words.__wrapped__()


@pytest.mark.parametrize(
    ("entropy_hex", "phrase"),
    [  # BIP39 reference vectors (trezor/python-mnemonic vectors.json, English, no passphrase)
        ("00" * 16, "abandon " * 11 + "about"),
        ("7f" * 16, "legal winner thank year wave sausage worth useful legal winner thank yellow"),
        ("80" * 16, "letter advice cage absurd amount doctor acoustic avoid letter advice cage above"),
        ("ff" * 16, "zoo " * 11 + "wrong"),
        ("00" * 32, "abandon " * 23 + "art"),
    ],
)
def test_checksum_accepts_the_reference_vectors(entropy_hex: str, phrase: str) -> None:
    assert bip39_checksum_ok(phrase.split())
    assert make_phrase(len(phrase.split()), bytes.fromhex(entropy_hex)) == phrase


@pytest.mark.parametrize("n_words", [12, 15, 18, 21, 24])
def test_checksum_accepts_generated_phrases_and_rejects_a_changed_word(n_words: int) -> None:
    for _ in range(20):
        words = make_phrase(n_words).split()
        assert bip39_checksum_ok(words)
        # Another last word with other checksum bits: the low ENT/32 bits of its index differ.
        cs_mask = (1 << (n_words // 3)) - 1
        last = WORDS.index(words[-1])
        words[-1] = WORDS[last ^ cs_mask]
        assert not bip39_checksum_ok(words)


def test_checksum_needs_a_phrase_length() -> None:
    assert not bip39_checksum_ok(("abandon " * 12 + "about").split())  # 13 words
    assert not bip39_checksum_ok(["abandon"] * 11 + ["about"][:0])


# --------------------------------------------------------------------------- recognizer
@pytest.mark.parametrize("n_words", [12, 15, 18, 21, 24])
def test_valid_phrase_is_one_finding(guard: Guard, n_words: int) -> None:
    phrase = make_phrase(n_words)
    text = f'const wallet = ethers.Wallet.fromPhrase("{phrase}");\nconsole.log(wallet.address);'
    assert seed_findings(guard, text) == [phrase]


def test_checksum_path_needs_no_keyword_next_to_the_phrase(guard: Guard) -> None:
    phrase = make_phrase(12)
    text = f"{phrase}\n\n" + "lorem ipsum dolor sit amet. " * 20 + "which wallet app takes these?"
    found = [f for f in guard.scan(text, explain=True).findings if f.entity_type == "CRYPTO_SEED_PHRASE"]
    assert [text[f.start : f.end] for f in found] == [phrase]
    assert found[0].score == pytest.approx(1.0)
    assert found[0].explanation is not None and found[0].explanation.pattern == "checksum"


def test_gate_skips_texts_without_a_wallet_word(guard: Guard) -> None:
    gate = re.compile(seed_phrase._GATE)
    phrase = make_phrase(12)
    while gate.search(phrase):  # "seed" and "phrase" are list words themselves
        phrase = make_phrase(12)
    text = f"is this valid? {phrase}"
    assert seed_findings(guard, text) == []  # the set pass's gate: no keyword, no work
    rec = build_recognizer(SPEC, "secrets")
    assert [text[f.start : f.end] for f in rec.analyze(text)] == [phrase]  # the phrase itself is found


def test_bad_checksum_needs_a_keyword_close_by(guard: Guard) -> None:
    phrase = bad_checksum_phrase()
    found = [f for f in guard.scan(f'WALLET_MNEMONIC="{phrase}"').findings if f.entity_type == "CRYPTO_SEED_PHRASE"]
    assert len(found) == 1 and found[0].score == pytest.approx(0.85)
    # The gate opens (a wallet word) but far from the phrase and not naming it: nothing.
    far = f"{phrase}\n" + "x" * 400 + "\nwhich wallet should I use?"
    assert seed_findings(guard, far) == []


def test_naming_words_in_the_list_are_not_part_of_the_phrase(guard: Guard) -> None:
    # "seed", "phrase", "secret" are BIP39 words: they run into the phrase from the left.
    for phrase, score in ((make_phrase(12), 1.0), (bad_checksum_phrase(), 0.85)):
        text = f"my secret seed phrase {phrase}"
        (found,) = [f for f in guard.scan(text).findings if f.entity_type == "CRYPTO_SEED_PHRASE"]
        assert text[found.start : found.end] == phrase and found.score == pytest.approx(score)
    # A phrase that starts with a naming word keeps it.
    while True:
        words = make_phrase(12).split()
        if words[0] == "seed":
            break
    phrase = " ".join(words)
    assert seed_findings(guard, f"restore from {phrase}") == [phrase]


def test_numbered_and_comma_separated_phrases(guard: Guard) -> None:
    words = make_phrase(12).split()
    numbered = "Ledger recovery words:\n" + "\n".join(f"{i + 1}. {w}" for i, w in enumerate(words))
    (found,) = seed_findings(guard, numbered)
    assert found.startswith(words[0]) and found.endswith(words[-1]) and "6. " in found
    commas = "seed: " + ", ".join(words)
    assert seed_findings(guard, commas) == [", ".join(words)]


@pytest.mark.parametrize(
    "text",
    [
        "hardhat's default mnemonic is test test test test test test test test test test test junk",
        "BIP39 vector: abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
        "mnemonic words in list order: " + ", ".join(WORDS[100:112]),
        "Never share your seed phrase or recovery words with anyone, support will never ask for them.",
    ],
)
def test_public_test_phrases_and_prose_are_not_reported(guard: Guard, text: str) -> None:
    assert seed_findings(guard, text) == []


def no_window_passes(n_words: int, phrase_len: int) -> str:
    while True:
        words = bad_checksum_phrase(n_words).split()
        windows = (words[i : i + phrase_len] for i in range(n_words - phrase_len + 1))
        if not any(bip39_checksum_ok(w) for w in windows):
            return " ".join(words)


def test_runs_of_other_lengths_need_a_checksum_window(guard: Guard) -> None:
    # 13 or 17 list words after a keyword: not a phrase's length, so only a window of the phrase
    # length the run exceeds by up to two words (12, 15) can be reported, by its checksum.
    assert seed_findings(guard, "mnemonic: " + no_window_passes(13, 12)) == []
    assert seed_findings(guard, "mnemonic: " + no_window_passes(17, 15)) == []
    phrase = make_phrase(15)
    assert seed_findings(guard, f"mnemonic: {phrase} lava") == [phrase]  # "lava" is a list word
    # A run longer than a phrase by three words or more (a list of nouns) is searched only at its
    # start and end: a valid phrase in the middle of 16 list words is not tried.
    while True:
        words = (bad_checksum_phrase(2) + " " + make_phrase(12) + " " + bad_checksum_phrase(2)).split()
        anchored = [words[:12], words[4:], words[:15], words[1:]]
        if not any(bip39_checksum_ok(w) for w in anchored) and len(set(words)) == 16:
            break
    assert seed_findings(guard, "mnemonic: " + " ".join(words)) == []


def test_offsets_are_character_offsets_in_non_ascii_text(guard: Guard) -> None:
    phrase = make_phrase(12)
    text = f"助记词 (seed phrase) — ¿es válida? «{phrase}» 谢谢"
    assert seed_findings(guard, text) == [phrase]


def test_sanitize_replaces_the_whole_phrase() -> None:
    phrase = make_phrase(24)
    g = Guard(
        {
            "packs": ["secrets"],
            "injection": {"enabled": False},
            "ner": {"enabled": False},
            "defaults": {"prompt": "redact", "response": "redact"},
        }
    )
    out = g.sanitize(f'mnemonic = "{phrase}"').text
    assert not any(w in out.split('"')[1] for w in phrase.split()[:3]) and phrase not in out


def test_options_are_validated() -> None:
    with pytest.raises(ValidationError):
        SeedPhraseOptions.model_validate({"scor_keyword": 0.9})
    assert SeedPhraseOptions().score_checksum == 1.0


# --------------------------------------------------------------------------- review fixes (s7)
P12 = make_phrase(12)
P15 = make_phrase(15)
P24 = make_phrase(24)


@pytest.mark.parametrize(
    "text",
    [
        "Seeds to order this spring: tomato, potato, onion, garlic, pepper, pumpkin, cabbage, bean, corn, "
        "celery, broccoli, olive",
        "Seed packets left in the shed:\ntomato\npotato\nonion\ngarlic\npepper\npumpkin\ncabbage\nbean\ncorn"
        "\ncelery\nbroccoli\nolive",
        "Spelling words for week 12 (recovery week): apple, banana, cherry, grape, lemon, orange, mango, pear, "
        "kiwi, olive, pumpkin, onion",
    ],
)
def test_bare_seed_or_recovery_is_not_a_mnemonic_keyword(guard: Guard, text: str) -> None:
    # Twelve list words whose checksum fails, next to "seed"/"recovery" that do not name a mnemonic.
    words = [w.lower() for w in re.findall(r"[a-z]+", text.split(":", 1)[1])]
    assert len(words) == 12 and not bip39_checksum_ok(words)
    assert seed_findings(guard, text) == []


@pytest.mark.parametrize(
    "keyword", ["seed phrase", "recovery phrase", "seed words", "backup words", "BIP-39", "12 words"]
)
def test_bad_checksum_is_reported_next_to_a_mnemonic_name(guard: Guard, keyword: str) -> None:
    phrase = bad_checksum_phrase()
    # "wallet" opens the gate; only the mnemonic name next to the phrase makes the finding.
    found = [f for f in guard.scan(f"wallet: my {keyword}: {phrase}").findings if f.entity_type == "CRYPTO_SEED_PHRASE"]
    assert len(found) == 1 and found[0].score == pytest.approx(0.85)


def test_capitalised_and_uppercase_phrases(guard: Guard) -> None:
    for phrase in (P12.capitalize(), P12.upper(), P24.title()):
        assert seed_findings(guard, f"seed: {phrase}") == [phrase]


def test_filler_words_around_the_phrase(guard: Guard) -> None:
    # BIP39 words ("also", "just", "keep", "then", "note", "this") run into the phrase.
    assert seed_findings(guard, f"my wallet... also just keep {P24}") == [P24]
    assert seed_findings(guard, f"seed: {P24} then note this") == [P24]
    assert seed_findings(guard, f"please also save this seed phrase {P12}") == [P12]


def test_phrases_on_consecutive_lines_are_two_findings(guard: Guard) -> None:
    for sep in ("\n", "\n\n"):
        text = f"wallet seed backups:\n{P12}{sep}{P15}"
        assert seed_findings(guard, text) == [P12, P15]


@pytest.mark.parametrize(
    "fmt",
    ["{i}. {w}", "{i}.{w}", "{i}) {w}", "#{i} {w}", "{i} - {w}"],
)
def test_numbered_list_styles(guard: Guard, fmt: str) -> None:
    words = P12.split()
    text = "seed:\n" + "\n".join(fmt.format(i=i + 1, w=w) for i, w in enumerate(words))
    (found,) = seed_findings(guard, text)
    assert found.startswith(words[0]) and found.endswith(words[-1])


def test_json_array_of_words(guard: Guard) -> None:
    words = P12.split()
    text = "seed = [" + ", ".join(f'"{w}"' for w in words) + "]"
    (found,) = seed_findings(guard, text)
    assert found.startswith(words[0]) and found.endswith(words[-1])


def test_filler_before_a_12_word_phrase_needs_a_mnemonic_name(guard: Guard) -> None:
    # 4 list words + a valid 12-word phrase: the end-anchored 12-word window (a 1/16 chance on a
    # list of nouns) is tried only next to a mnemonic name, not next to a bare "wallet".
    while True:
        words = (bad_checksum_phrase(4) + " " + make_phrase(12)).split()
        if not any(bip39_checksum_ok(words[i : i + 15]) for i in range(2)) and len(set(words)) == 16:
            break
    run = " ".join(words)
    assert seed_findings(guard, f"wallet list: {run}") == []
    assert seed_findings(guard, f"wallet seed phrase backup: {run}") == [" ".join(words[4:])]
