"""A small linear classifier over hashed n-grams, run with numpy only.

The model file is a compressed ``.npz`` (no pickle): a float16 weight vector over a
hashed feature space, a bias, and a JSON header with the feature settings and version.
Featurisation lives here and is imported by the training script, so training and
inference can never drift apart.

Features, each group L2-normalised on its own so long texts do not swamp short ones:
- character 3- and 5-grams of the lower-cased normalised text (robust to spelling,
  morphology and scripts without spaces);
- word unigrams and bigrams (phrases such as "previous instructions");
- "signal" tokens: ids of the rules that fired, kinds of decoded segments and of
  invisible characters, and coarse shape cues (gibberish tail typical of optimised
  adversarial suffixes, fake chat-role markers);
- intent cues (:mod:`intent`): multilingual concept families ("asks to disclose" +
  "names a secret", "disregard" + "earlier instructions", persuasion framing) and the
  head/tail contrast of an adversarial suffix, shared across languages.
"""

from __future__ import annotations

import json
import math
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from promptguard.recognizers.injection.charlm import CharLM, lm_signals
from promptguard.recognizers.injection.intent import intent_signals, suffix_signals

if TYPE_CHECKING:
    from promptguard.recognizers.injection.normalize import NormalizedText
    from promptguard.recognizers.injection.rules import RuleHit

__all__ = ["FeatureConfig", "InjectionModel", "featurize", "model_input", "shape_signals"]

_WORD_RE = re.compile(r"\w+", re.UNICODE)
_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)
_MULT = np.uint64(0x100000001B3)  # FNV-64 prime: spreads code points across the space
_MIX = np.uint64(0x9E3779B97F4A7C15)  # golden-ratio multiplier for the final index


@dataclass(frozen=True, slots=True)
class FeatureConfig:
    bits: int = 18
    char_ngrams: tuple[int, ...] = (3, 5)
    max_chars: int = 6000
    """Texts are cut to this many characters before featurisation (bounded cost)."""
    char_weight: float = 1.0
    word_weight: float = 1.0
    signal_weight: float = 1.0
    intent: bool = True
    """Add the intent and adversarial-suffix cues of :mod:`intent` (model format 1.1+)."""
    intent_weight: float = 2.0
    """Weight of the intent group; at 1.0 leave-one-source-out recall was ~2 points lower."""
    lm_weight: float = 1.0
    """Weight of the character-LM group (:mod:`charlm`, model format 1.2+); the group is
    empty when ``lm`` is None."""
    lm: CharLM | None = field(default=None, compare=False, repr=False)
    """The benign character model, stored next to the weights (not in the JSON header)."""

    def to_json(self) -> dict[str, Any]:
        return {
            "bits": self.bits,
            "char_ngrams": list(self.char_ngrams),
            "max_chars": self.max_chars,
            "char_weight": self.char_weight,
            "word_weight": self.word_weight,
            "signal_weight": self.signal_weight,
            "intent": self.intent,
            "intent_weight": self.intent_weight,
            "lm_weight": self.lm_weight,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FeatureConfig:
        return cls(
            bits=int(data["bits"]),
            char_ngrams=tuple(int(n) for n in data["char_ngrams"]),
            max_chars=int(data["max_chars"]),
            char_weight=float(data.get("char_weight", 1.0)),
            word_weight=float(data.get("word_weight", 1.0)),
            signal_weight=float(data.get("signal_weight", 1.0)),
            # Files written before the intent cues existed were trained without them.
            intent=bool(data.get("intent", False)),
            intent_weight=float(data.get("intent_weight", 1.0)),
            lm_weight=float(data.get("lm_weight", 0.0)),
        )


def _index(h: np.ndarray, bits: int) -> np.ndarray:
    out = h * _MIX
    out >>= np.uint64(64 - bits)
    return out.view(np.int64)  # < 2**bits: the same values as an int64 copy, without the copy


def _index_inplace(h: np.ndarray, bits: int) -> np.ndarray:
    """:func:`_index` on a scratch array of the caller's (overwritten)."""
    h *= _MIX
    h >>= np.uint64(64 - bits)
    return h.view(np.int64)


def _unique(idx: np.ndarray) -> np.ndarray:
    """``np.unique(idx)`` (sorted distinct values) for int arrays, 4-10x faster.

    numpy 2.3+ ``unique`` hashes and then sorts (~140-320 us for the ~4,000 n-gram slots of
    2 KB); a sort and a neighbour mask give the same array in ~30 us.
    """
    if 2 < idx.size <= 16:  # signal and intent groups: a Python set is cheaper than 6 numpy calls
        return np.array(sorted(set(idx.tolist())), dtype=idx.dtype)
    s = np.sort(idx)
    if s.size < 2:
        return s
    keep = np.empty(s.size, dtype=bool)
    keep[0] = True
    np.not_equal(s[1:], s[:-1], out=keep[1:])
    return s[keep]


def _char_hashes(text: str, n_values: Sequence[int], bits: int) -> np.ndarray:
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
    out: list[np.ndarray] = []
    # Array arithmetic on uint64 wraps silently (only numpy scalars warn), so the FNV steps
    # run in place: h = ((n * MULT) ^ c0) * MULT ^ c1 ..., the first step folded into the seed.
    for n in n_values:
        m = cps.size - n + 1
        if m < 1:
            continue
        h = cps[:m] ^ np.uint64((n * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF)
        for k in range(1, n):
            h *= _MULT
            h ^= cps[k : k + m]
        out.append(h)
    if not out:
        return np.empty(0, dtype=np.int64)
    return _index_inplace(out[0] if len(out) == 1 else np.concatenate(out), bits)


def _word_hashes(words: Sequence[str], bits: int) -> np.ndarray:
    if not words:
        return np.empty(0, dtype=np.int64)
    # crc32 is stable across processes (Python's hash() is salted per process).
    h = np.fromiter(map(zlib.crc32, map(str.encode, words)), dtype=np.uint64, count=len(words))
    uni = h ^ np.uint64(0xA5A5A5A5 << 32)
    bi = h[:-1] * _MULT
    bi ^= h[1:] << np.uint64(29)
    bi ^= np.uint64(0x5BD1E995)
    return _index_inplace(np.concatenate([uni, bi]), bits)


def _signal_hashes(signals: Iterable[str], bits: int) -> np.ndarray:
    sig = sorted(set(signals))
    if not sig:
        return np.empty(0, dtype=np.int64)
    h = np.fromiter((zlib.crc32(b"sig:" + s.encode()) | (1 << 40) for s in sig), dtype=np.uint64, count=len(sig))
    return _index(h, bits)


_ROLE_RE = re.compile(
    r"(?im)^\s*(?:#+\s*)?(?:human|assistant|system|user|ai|bot)\s*:|<\|?/?\s*(?:system|im_start|im_end|assistant|user)\s*\|?>|\[/?(?:inst|sys)\]"
)


_NATURAL_INNER_RE = re.compile(r"^[\w]+(?:['\u2019\-.][\w]+)*$")
_LETTER_RE = re.compile(r"[^\W\d_]")


def glued_ratio(text: str) -> float:
    """Share of "glued" tokens among the last 25 tokens of the last line.

    Optimised adversarial suffixes (GCG, DSN) are runs of sub-word fragments glued to
    brackets and symbols (``correctedilde]$.``, ``({[HTMLsvg``). Natural language in any
    script has letters with at most edge punctuation or an inner apostrophe/hyphen.
    """
    line = text.rstrip().rsplit("\n", 1)[-1][-400:]
    toks = line.split()[-25:]
    if len(toks) < 8:
        return 0.0
    glued = 0
    for t in toks:
        # Markdown emphasis and code marks are ordinary formatting, not glue.
        core = t.strip(".,;:!?\"'\u201c\u201d\u2018\u2019()\u00ab\u00bb*_`[]")
        if not core:
            glued += len(t) >= 3  # long runs of bare punctuation ("!!!", "----")
            continue
        # At least three letters: formulas ("x+3>4", "x^3") glue single letters to
        # symbols, optimised fragments glue pieces of words (1.2.0; the 1.1.0 cue fired
        # on maths homework).
        if not _NATURAL_INNER_RE.match(core) and len(_LETTER_RE.findall(core)) >= 3:
            glued += 1
    return glued / len(toks)


def shape_signals(text: str) -> list[str]:
    """Coarse, value-free cues about the shape of a text."""
    # No length cue on purpose: public attack sets are long and benign sets short, so a
    # length feature would learn the collections, not the intent.
    sig: list[str] = []
    g = glued_ratio(text)
    if g >= 0.2:
        sig.append("glued:0.2")
    if g >= 0.35:
        sig.append("glued:0.35")
    if g >= 0.5:
        sig.append("glued:0.5")
    # Every alternative of _ROLE_RE ends in ":", ">" or "]": without them it cannot match,
    # and three substring tests are ~10x cheaper than the multi-line search.
    if (":" in text or ">" in text or "]" in text) and _ROLE_RE.search(text):
        sig.append("role_marker")
    return sig


def featurize(text: str, signals: Iterable[str], config: FeatureConfig) -> tuple[np.ndarray, np.ndarray]:
    """Return ``(indices, values)`` of the sparse feature vector of ``text``."""
    # Same string as re.sub(r"\s+", " ", ...).strip() (str.split() splits on exactly the
    # characters re's Unicode \s matches), four times cheaper.
    low = " ".join(text[: config.max_chars].lower().split())
    c = _unique(_char_hashes(f" {low} ", config.char_ngrams, config.bits))
    words = _WORD_RE.findall(low)
    w = _unique(_word_hashes(words, config.bits))
    s = _unique(_signal_hashes([*signals, *shape_signals(text)], config.bits))
    # Intent cues are their own group with their own weight: inside the signal group they
    # were diluted by rule ids, and the n-grams of the training attacks explained the
    # same examples more cheaply (memorising wording instead of learning the intent).
    cues = intent_signals(low, words) + suffix_signals(text[: config.max_chars]) if config.intent else []
    q = _unique(_signal_hashes(cues, config.bits))
    parts_i: list[np.ndarray] = []
    parts_v: list[np.ndarray] = []
    groups = (
        (c, config.char_weight),
        (w, config.word_weight),
        (s, config.signal_weight),
        (q, config.intent_weight),
        (lm_indices(text, config), config.lm_weight),
    )
    for idx, weight in groups:
        if idx.size:
            parts_i.append(idx)
            parts_v.append(np.full(idx.size, weight / math.sqrt(idx.size), dtype=np.float32))
    if not parts_i:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)
    return np.concatenate(parts_i), np.concatenate(parts_v)


def lm_indices(text: str, config: FeatureConfig) -> np.ndarray:
    """Feature slots of the character-LM cues (a group of their own; empty without an LM).

    Kept apart from the other groups so training can cache everything else and refit the
    benign LM per leave-one-source-out fold.
    """
    if config.lm is None or config.lm_weight <= 0:
        return np.empty(0, dtype=np.int64)
    return _unique(_signal_hashes(lm_signals(text[: config.max_chars], config.lm), config.bits))


class InjectionModel:
    """Logistic regression over :func:`featurize` features."""

    def __init__(self, weights: np.ndarray, bias: float, config: FeatureConfig, meta: dict[str, Any]) -> None:
        self.weights = weights.astype(np.float32)
        self.bias = float(bias)
        self.config = config
        self.meta = meta

    @property
    def version(self) -> str:
        return str(self.meta.get("version", "unknown"))

    @classmethod
    def load(cls, path: Path) -> InjectionModel:
        with np.load(path, allow_pickle=False) as data:
            header = json.loads(bytes(data["header"]).decode())
            weights = data["weights"]
            bias = float(data["bias"][0])
            lm = CharLM(np.asarray(data["lm_table"])) if "lm_table" in data.files else None
        config = FeatureConfig.from_json(header["features"])
        if lm is not None:
            config = replace(config, lm=lm)
        return cls(weights, bias, config, header)

    def save(self, path: Path) -> None:
        header = dict(self.meta)
        header["features"] = self.config.to_json()
        arrays: dict[str, np.ndarray] = {
            "header": np.frombuffer(json.dumps(header, sort_keys=True).encode(), dtype=np.uint8),
            "weights": self.weights.astype(np.float16),
            "bias": np.array([self.bias], dtype=np.float64),
        }
        if self.config.lm is not None:
            arrays["lm_table"] = self.config.lm.table
        np.savez_compressed(path, **arrays)  # type: ignore[arg-type]  # numpy stubs type **kwds as bool

    def decision(self, text: str, signals: Iterable[str] = ()) -> float:
        idx, val = featurize(text, signals, self.config)
        return float(self.weights[idx] @ val) + self.bias

    def predict(self, text: str, signals: Iterable[str] = ()) -> float:
        z = self.decision(text, signals)
        return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))


def model_input(norm: NormalizedText, hits: Iterable[RuleHit]) -> tuple[str, list[str]]:
    """The text and signal tokens the model reads for one normalised input.

    Decoded segments are appended so an encoded payload is judged on its content;
    signals name the rules that fired and the tricks that were undone, never values.
    """
    parts = [norm.text]
    signals: list[str] = []
    for seg in norm.decoded:
        signals.append(f"decoded:{seg.kind}")
        if seg.kind != "rot13":
            parts.append(seg.text)
    for run in norm.invisible:
        signals.extend(f"invisible:{k}" for k in run.kinds)
    if norm.confusables:
        signals.append("confusables")
    for h in hits:
        signals.append(f"rule:{h.rule}")
        signals.append(f"rule:{h.rule}/{h.pattern}")
        if h.view != "text":
            signals.append(f"ruleview:{h.view}")
    return "\n".join(parts), signals
