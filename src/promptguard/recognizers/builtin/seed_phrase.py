"""CRYPTO_SEED_PHRASE: a BIP39 wallet mnemonic (12, 15, 18, 21 or 24 words) is one finding.

A seed phrase is the whole wallet: whoever reads it owns every key derived from it. BIP39
(https://github.com/bitcoin/bips/blob/master/bip-0039.mediawiki) draws each word from a fixed
list of 2,048 (3 to 8 letters, ``bip39_english.txt`` beside this module) and ends the phrase with
a checksum: the first ``words / 3`` bits of SHA-256 of the entropy the words encode. So a run of
list words whose checksum holds is a mnemonic with near certainty (a random run of 12 list words
passes with probability 1/16, of 24 with 1/256, and prose almost never gives 12 list words in a
row: "the", "a", "of", "to", "is", "in", "for" are not in the list). A run whose checksum fails (a
typo in a paper backup, words shuffled by hand) is reported only next to a mnemonic keyword
("mnemonic", "seed phrase", "recovery phrase"...). Public test phrases ("test test ... junk",
"abandon ... about") repeat words; a phrase with more than three repeats is not reported.

Cost: the engine tests :data:`_GATE` (wallet words) in the set pass it makes anyway, so the
recognizer does nothing on a text without one; the speed benchmark's 2 KB prose prompts have
none. Only then does one RE2 pass look for runs of twelve or more words of 3-8 letters.

Only the English list is shipped: phrases in other BIP39 languages are not found. Words are
looked up in lower case ("Differ orient ...", "DIFFER ORIENT ...").
"""

from __future__ import annotations

import functools
import hashlib
import itertools
from collections.abc import Iterable
from importlib import resources

import re2
from pydantic import BaseModel, ConfigDict, Field

from promptguard._lazyre import lazy
from promptguard.config.schema import RecognizerSpec
from promptguard.findings import Finding
from promptguard.recognizers.base import Recognizer
from promptguard.recognizers.regex import TextBuffer, re2_options, re2_spans
from promptguard.recognizers.registry import recognizer_type

__all__ = ["SeedPhraseOptions", "SeedPhraseRecognizer", "bip39_checksum_ok", "bip39_words"]

# Words a text holding a seed phrase carries somewhere: what the phrase is called and the code
# that takes one (fromMnemonic, mnemonicToSeed, fromPhrase, --seed-phrase, HDNodeWallet). A
# necessary condition of every finding (the set pass skips texts without it). Each keyword adds
# DFA states to the pack's set: measured with callgrind over new 2 KB prompts, twelve keywords
# (these and words, backup, restore, ledger, trezor, metamask) cost ~24 k instructions per prompt.
# At a word start or after "_" (MY_SEED_PHRASE, wallet.fromMnemonic, --seed-phrase): unanchored,
# each word kept a DFA thread alive inside every word of a text ("re" of "recovery" in most of
# them). Measured with callgrind on the secrets pack's set over 100 new 2 KB prompts: ~18 k
# instructions less per prompt. Capitalised forms inside a word ("HDNodeWallet") cost more than
# the anchor saves (+19 k), so a text whose only such word is glued inside another one
# ("hdwallet", "fromPhrase" alone) opens no gate.
_GATE = r"(?i)(?:\b|_)(?:mnemonic|seed|phrase|recovery|bip-?39|wallet)"
# What a phrase is called next to it: a checksum that fails needs one of these close by. Only
# names of a mnemonic: bare "seed", "wallet" or "recovery" also head seed catalogues, spelling
# lists for a "recovery week" and wallet shops, whose twelve nouns are all list words.
_KEYWORD = lazy(
    r"(?i)mnemonic|bip-?39|(?:seed|recovery|secret|backup|wallet)[ _-]?(?:phrase|words)"
    r"|\b(?:12|15|18|21|24|twelve|twenty[ -]four)[ -]?(?:recovery |seed |backup |secret )?words"
)
# Twelve or more words of 3-8 letters (every BIP39 word's length; any case, looked up in lower
# case), separated by spaces, commas or line breaks (quoted: a JSON array), optionally numbered
# ("1. abandon\n2. ability", "1) abandon 2) ability", "1.abandon", "#1 abandon", "1 - abandon"),
# or joined by dashes as notes apps and password managers keep them ("differ-orient-reason-...":
# a slug of twelve list words is as rare as a line of them, and the checksum still decides).
_SEP = r"(?:[\"']?[ \t]*[\r\n,][ \t\r\n]*[\"']?|[ \t]*-[ \t]*|[ \t]+)(?:#?\d{1,2}(?:[.):]|[ \t]+-)?[ \t]*)?"
_RUN = r"(?i)\b[a-z]{3,8}(?:" + _SEP + r"[a-z]{3,8}){11,}\b"
_WORD = lazy(r"[A-Za-z]+")
# Words beyond a phrase's length (filler: "also just keep ...", "... then note this") a run may
# hold and still be searched for a phrase at its start or end.
_MAX_FILLER = 6
_LENGTHS = (24, 21, 18, 15, 12)
# List words that name the phrase: "seed phrase abandon ability ..." runs them into it.
_NAME_WORDS = frozenset({"seed", "phrase", "secret", "word", "key", "private", "recovery", "wallet"})


@functools.lru_cache(maxsize=1)
def bip39_words() -> dict[str, int]:
    """The BIP39 English word list, word -> index (0..2047), read once from the package data."""
    text = resources.files("promptguard.recognizers.builtin").joinpath("bip39_english.txt").read_text(encoding="utf-8")
    words = text.split()
    # A damaged data file must fail loudly, not shift every index (which would fail every checksum).
    if len(words) != 2048 or len(set(words)) != 2048:
        raise RuntimeError("bip39_english.txt is damaged: expected 2,048 distinct words")
    return {w: i for i, w in enumerate(words)}


def bip39_checksum_ok(words: list[str]) -> bool:
    """True when ``words`` (all in the list, 12/15/18/21/24 of them) carry a valid BIP39 checksum."""
    index = bip39_words()
    n = len(words)
    if n not in _LENGTHS:
        return False
    value = 0
    for w in words:
        value = (value << 11) | index[w]
    cs_bits = n // 3  # ENT = 32 * n / 3 bits, CS = ENT / 32
    entropy = (value >> cs_bits).to_bytes(cs_bits * 4, "big")
    return hashlib.sha256(entropy).digest()[0] >> (8 - cs_bits) == value & ((1 << cs_bits) - 1)


class SeedPhraseOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    score_checksum: float = Field(1.0, ge=0.0, le=1.0)
    """A run of list words whose BIP39 checksum holds."""
    score_keyword: float = Field(0.85, ge=0.0, le=1.0)
    """A run whose checksum fails, next to a mnemonic keyword."""
    keyword_window: int = Field(150, ge=0, le=1000)
    """Characters before (and half as many after) a run searched for a keyword."""
    max_repeats: int = Field(3, ge=0)
    """Words used more than once, beyond which a run is a test phrase ("test test ... junk")."""


class SeedPhraseRecognizer(Recognizer):
    def __init__(self, spec: RecognizerSpec, pack: str | None) -> None:
        self.configure(spec, pack, context=False)
        self.options = SeedPhraseOptions.model_validate(spec.options)
        self._index = bip39_words()
        self._run = re2.compile(_RUN.encode(), re2_options())
        # Tested in the engine's set pass (see Recognizer.gate): no keyword, no work.
        self.gate = _GATE

    def analyze(self, text: str) -> Iterable[Finding]:
        buf = TextBuffer.of(text)
        findings: list[Finding] = []
        for a, b in re2_spans(self._run, buf.data):
            start = buf.char_offset(a)
            segment = text[start : buf.char_offset(b)]
            # Maximal runs of list words: a word outside the list ("the", "and") ends one.
            run: list[tuple[str, int, int]] = []
            for m in _WORD.finditer(segment):
                word = m.group().lower()
                if word in self._index:
                    run.append((word, start + m.start(), start + m.end()))
                    continue
                findings.extend(self._judge(text, run))
                run = []
            findings.extend(self._judge(text, run))
        return findings

    def _judge(self, text: str, run: list[tuple[str, int, int]]) -> list[Finding]:
        if len(run) < 12:
            return []
        # Phrases on consecutive lines ("A\nB" backups) run together: a line of twelve words or
        # more is judged on its own first (a list with one word a line is judged whole).
        lines: list[list[tuple[str, int, int]]] = [[run[0]]]
        for prev, cur in itertools.pairwise(run):
            if "\n" in text[prev[2] : cur[1]]:
                lines.append([])
            lines[-1].append(cur)
        if len(lines) > 1:
            found = [f for line in lines if len(line) >= 12 for f in self._judge_line(text, line)]
            if found:
                return found
        return self._judge_line(text, run)

    def _judge_line(self, text: str, run: list[tuple[str, int, int]]) -> list[Finding]:
        if len(run) < 12:
            return []
        words = [w for w, _, _ in run]
        # List words that name the phrase run into it from the left ("my secret seed phrase ...").
        named = 0
        while named < len(words) and words[named] in _NAME_WORDS:
            named += 1
        # Checksum windows of each phrase length the run (with or without its naming words) has
        # or exceeds by up to two words ("can check ..." before it): every offset, from the end,
        # where a phrase ends (a quote, a full stop, a word outside the list). Up to _MAX_FILLER
        # words over ("also just keep ...", "... then note this"): only the windows that start or
        # end the run, and for 12 or 15 words only next to a mnemonic name. Each window tested is a
        # 1/16 chance for a random run of 12 list words (1/32 for 15, 1/64 for 18...), so a longer
        # run (a list of nouns) never gets one per offset: on random runs of 16-20 list words
        # this keeps the false checksum rate where the old rule had it (~1-6 %).
        windows: dict[tuple[int, int], None] = {}
        named_near: bool | None = None
        for first in dict.fromkeys((named, 0)):
            size = len(words) - first
            for n in _LENGTHS:
                if n <= size <= n + 2:
                    windows.update(dict.fromkeys((i, n) for i in range(len(words) - n, first - 1, -1)))
                elif n < size <= n + _MAX_FILLER:
                    if n < 18 and named_near is None:
                        # The name may be filler itself ("save this seed phrase <12 words>").
                        named_near = self._keyword_near(text, run[named][1], run[-1][2], inside=True)
                    if n >= 18 or named_near:
                        windows.update(dict.fromkeys(((len(words) - n, n), (first, n))))
        for i, n in windows:
            window = words[i : i + n]
            if self._plausible(window) and bip39_checksum_ok(window):
                return [self._finding(run, i, n, self.options.score_checksum, "checksum")]
        # No checksum: the run less its naming words must have a phrase's length and a keyword
        # must be close.
        n = len(words) - named
        if n not in _LENGTHS or not self._plausible(words[named:]):
            return []
        if not self._keyword_near(text, run[named][1], run[-1][2]):
            return []
        return [self._finding(run, named, n, self.options.score_keyword, "keyword")]

    def _keyword_near(self, text: str, first_char: int, last_char: int, *, inside: bool = False) -> bool:
        """A mnemonic name (:data:`_KEYWORD`) before the run or, within half the window, after it
        (``inside``: or in the run)."""
        window = self.options.keyword_window
        middle = text[first_char:last_char] if inside else " "
        near = text[max(0, first_char - window) : first_char] + middle + text[last_char : last_char + window // 2]
        return _KEYWORD.search(near) is not None

    def _plausible(self, words: list[str]) -> bool:
        """Not a test phrase (words repeated) and not the list itself quoted in order ("abandon,
        ability, able, about, ..."): a random phrase is in ascending list order once in 12!."""
        if len(words) - len(set(words)) > self.options.max_repeats:
            return False
        index = self._index
        return any(index[a] >= index[b] for a, b in itertools.pairwise(words))

    def _finding(self, run: list[tuple[str, int, int]], i: int, n: int, score: float, how: str) -> Finding:
        return self.finding(run[i][1], run[i + n - 1][2], score, pattern=how)


@recognizer_type("seed_phrase")
def _build(spec: RecognizerSpec, pack: str | None) -> Recognizer:
    return SeedPhraseRecognizer(spec, pack)
