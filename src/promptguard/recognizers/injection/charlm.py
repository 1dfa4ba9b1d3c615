"""A tiny character n-gram language model: how "word-salad" is each part of a text?

Optimised adversarial suffixes (GCG, DSN, AutoDAN-style searches) append a run of
tokenizer fragments glued to symbols (``magyarlbsett ==invitedposta ({[``) to a plain
request. Their characters follow each other in ways natural text, in any language, and
ordinary code rarely do. A character 4-gram model fitted on benign text scores every
character with a cost (-ln p); the cue is the *jump* between the mean cost of the text's
last characters and of the characters before them, so a text that is uniformly unusual
to the model (a script or a programming language it saw little of) does not fire.

The model is a hashed table of quantised stupid-backoff costs (one byte per slot, orders
2 to 4 in one table): fitting is counting, scoring is a handful of numpy gathers.
Only benign text is ever counted, so it has no notion of what an attack looks like.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

__all__ = ["CharLM", "lm_signals", "mask_opaque"]

ORDER = 4
"""Characters per n-gram (3 of context). Higher orders were not tried: the benign
training text is ~2 MB, and sparser counts would push more of it into back-off."""
_BITS = 20
_SCALE = 8.0
"""Costs are stored as round(-ln p * _SCALE) in a uint8; 255 marks an empty slot."""
_EMPTY = 255
_STEP = 7
"""Back-off penalty per order, in table units (0.9 nats ~ ln(1/0.4), stupid back-off)."""
_CAP = 56
"""Highest per-character cost (7 nats), in table units; also the cost of an unseen character."""
_MULT = np.uint64(0x100000001B3)
_MIXES = tuple(np.uint64(m) for m in (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93))
_TAIL = 120
"""Characters in the tail: optimised suffixes are ~20 tokens, ~80-200 characters."""
_SPAN = 600
"""Only the last _SPAN characters are scored (bounded cost; the cue is about the end)."""
_MIN_CHARS = 120
_LEVELS = (1.0, 1.25, 1.5, 2.0)


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)


def _hashes(cps: np.ndarray, first: int = 1) -> list[np.ndarray]:
    """Slots of the n-grams of orders first..ORDER; entry k has the order-(first + k)
    n-gram *starting* at each position.

    One chained polynomial hash serves all orders, each mixed with its own odd multiplier,
    in place where possible: at the few hundred characters scored, numpy call and
    allocation overhead is most of the cost.
    """
    out: list[np.ndarray] = []
    g = cps
    shift = np.uint64(64 - _BITS)
    for n in range(1, ORDER + 1):
        if cps.size < n:
            break
        if n > 1:
            g = g[:-1] * _MULT  # uint64 arrays wrap silently
            g ^= cps[n - 1 :]
        if n >= first:
            idx = g * _MIXES[n - 1]
            idx >>= shift
            # Slots are < 2**_BITS: the int64 view is free and numpy gathers with it ~4x faster.
            out.append(idx.view(np.int64))
    return out


def _quant(p: np.ndarray, n: int) -> np.ndarray:
    """Table value of an order-n probability: its cost plus the back-off penalty of
    scoring with order n instead of ORDER, capped at _CAP.

    Capped: a character the model barely knows (most of the thousands of Han and kana
    characters, after training on mostly Latin text) says nothing about word salad, and
    uncapped it made Chinese and Japanese docs look like suffixes.
    """
    cost: np.ndarray = np.round(-np.log(np.clip(p, 1e-12, 1.0)) * _SCALE) + _STEP * (ORDER - n)
    out: np.ndarray = np.minimum(cost, _CAP).astype(np.uint8)
    return out


def _prep(text: str) -> str:
    # Lower case and single spaces: the cue is about letter sequences, and case flips are
    # already a cue of their own (:mod:`intent`). Digits fold to one symbol so numbers,
    # versions and ids read as ordinary.
    low = " ".join(text.lower().split())
    # Nine ``replace`` scans, not ``low.translate(_DIGITS)``: translate looks every character up
    # in the table's dict (~18 us on 600 characters, its ASCII fast path barely faster), the
    # scans cost ~1-3 us (s29, issue 8). Same string: the table maps only the digits 1-9.
    for digit in "123456789":
        low = low.replace(digit, "0")
    return low


# Links, e-mail addresses and long ids (document keys, hashes, tokens) are random by
# design: a handbook paragraph ending in a Google Docs link looked like a suffix. Only
# long tokens are candidates (one linear regex pass; a single pattern for URLs, e-mails
# and ids backtracked and cost ~0.25 ms per 2 KB).
_LONG_RE = re.compile(r"\S{16,}")
_DIGIT_RE = re.compile(r"\d")


def _opaque_token(tok: str) -> bool:
    return "://" in tok or "www." in tok or "@" in tok or (len(tok) >= 24 and _DIGIT_RE.search(tok) is not None)


def _opaque(m: re.Match[str]) -> str:
    tok = m.group()
    return " 0 " if _opaque_token(tok) else tok


def mask_opaque(text: str) -> str:
    """``text`` with links, e-mail addresses and long ids replaced by a plain "0" token.

    Same string as ``_LONG_RE.sub(_opaque, text)``: the matches of ``\\S{16,}`` are exactly
    the whitespace-separated tokens of 16+ characters (``str.split`` and ``\\S`` agree on
    whitespace), found here with one ``split`` instead of a regex try at every position
    (~2-4x cheaper). Each long token is located with ``find`` from the end of the previous
    long one: only whitespace and shorter tokens lie between, and neither can hold it."""
    out: list[str] = []
    pos = seek = 0
    for tok in text.split():
        if len(tok) < 16:
            continue
        start = text.find(tok, seek)
        seek = start + len(tok)
        if _opaque_token(tok):
            out.append(text[pos:start])
            out.append(" 0 ")
            pos = seek
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


_SYM_RE = re.compile(r"[{}\[\]()<>\\^$@#%|~=*`+;]")
_DIGITS = str.maketrans("0123456789", "0000000000")


@dataclass(frozen=True, slots=True)
class CharLM:
    table: np.ndarray
    """uint8 costs, 2**_BITS slots; all orders share the table (the order is hashed in)."""

    @classmethod
    def fit(cls, texts: Iterable[str], min_count: int = 2) -> CharLM:
        """Count n-grams of orders 1..ORDER over benign ``texts`` (training only); orders
        2..ORDER go into the table, unigrams only serve as the context of bigrams.

        Cost of an n-gram = -ln(count(n-gram) / count(its first n-1 characters)); n-grams
        seen fewer than ``min_count`` times are left out (they back off at scoring).
        """
        size = 1 << _BITS
        per_order: list[list[np.ndarray]] = [[] for _ in range(ORDER)]
        for t in texts:
            for n, h in enumerate(_hashes(_codes(f" {_prep(t)} "))):
                per_order[n].append(h)
        slots = [np.concatenate(p) if p else np.empty(0, np.int64) for p in per_order]
        counts = [np.bincount(h, minlength=size).astype(np.float64) for h in slots]
        table = np.full(size, _EMPTY, dtype=np.uint8)
        # Higher orders overwrite lower ones on a hash collision (the longer n-gram is the
        # more specific statement). The context of an n-gram is the (n-1)-gram starting at
        # the same place, so the two slot arrays align after dropping the text ends.
        for n in range(1, ORDER):
            hn = np.concatenate(per_order[n])
            hc = np.concatenate([c[: p.size] for c, p in zip(per_order[n - 1], per_order[n], strict=True)])
            keep = counts[n][hn] >= min_count
            table[hn[keep]] = _quant(counts[n][hn[keep]] / np.maximum(counts[n - 1][hc[keep]], 1.0), n + 1)
        return cls(table)

    def costs(self, text: str) -> np.ndarray:
        """Cost of each character given the ORDER - 1 before it, in table units (nats * _SCALE).

        Stupid back-off: the longest n-gram that was seen decides, plus _STEP per order
        backed off (already added into the table). The first ORDER - 1 characters have too
        little context and are not scored.
        """
        return self.prepped_costs(_prep(text))

    def prepped_costs(self, prepped: str) -> np.ndarray:
        """:meth:`costs` of a text already through ``_prep`` (one character each, so the
        result has ``len(prepped) + 2 - ORDER`` entries when that is positive)."""
        cps = _codes(f" {prepped}")
        m = cps.size
        if m < ORDER:
            return np.empty(0, dtype=np.uint8)
        # Character j is predicted by the n-gram starting at j - n + 1; align every order
        # on j = ORDER - 1 .. m - 1 and let each longer n-gram that was seen win.
        # Unigrams are not looked up: with the back-off penalty of three orders their cost
        # is within a few units of the cap anyway, so an unseen bigram scores the cap.
        # The longest order is looked up first and the shorter ones only where it was
        # never seen (~3-12% of the characters of ordinary text): a third of the gathers
        # from the 1 MB table, whose cache misses are most of the cost of a cold call
        # (tested against :meth:`reference_costs`, which looks up every order).
        shift = np.uint64(64 - _BITS)
        g2 = cps[:-1] * _MULT  # order-2 chains starting at each position (uint64 wraps)
        g2 ^= cps[1:]
        g3 = g2[:-1] * _MULT
        g3 ^= cps[2:]
        s4 = g3[:-1] * _MULT
        s4 ^= cps[3:]
        s4 *= _MIXES[3]
        s4 >>= shift
        out = self.table.take(s4.view(np.int64))
        unseen = np.flatnonzero(out == _EMPTY)
        if unseen.size:
            s3 = g3[1:].take(unseen)
            s3 *= _MIXES[2]
            s3 >>= shift
            v3 = self.table.take(s3.view(np.int64))
            s2 = g2[2:].take(unseen)
            s2 *= _MIXES[1]
            s2 >>= shift
            v2 = self.table.take(s2.view(np.int64))
            out[unseen] = np.where(v3 == _EMPTY, np.where(v2 == _EMPTY, np.uint8(_CAP), v2), v3)
        return out

    def reference_costs(self, prepped: str) -> np.ndarray:
        """:meth:`prepped_costs` computed order by order with :func:`_hashes` (for tests)."""
        cps = _codes(f" {prepped}")
        m = cps.size
        if m < ORDER:
            return np.empty(0, dtype=np.uint8)
        out = np.empty(0, dtype=np.uint8)
        for n, h in enumerate(_hashes(cps, first=2), start=2):
            v = self.table.take(h[ORDER - n : m - n + 1])
            if n == 2:
                out = v
                out[out == _EMPTY] = _CAP
            else:
                out = np.where(v == _EMPTY, out, v)
        return out


def lm_signals(text: str, lm: CharLM | None) -> list[str]:
    """Signal tokens for the cost jump between the tail of a text and the part before it.

    Only the last _SPAN characters are scored: the cue is about how a text *ends*, and a
    bounded span keeps the cost independent of the text's length.
    """
    if lm is None:
        return []
    if len(text) + 2 - ORDER < _MIN_CHARS and text.isascii():
        # Masking, stripping and _prep never lengthen ASCII text: too short to score, and
        # most prompts are; skip the regex pass and the copies (same answer as below).
        return []
    body = mask_opaque(text[-_SPAN - 200 :]).rstrip()[-_SPAN:]
    prepped = _prep(body)
    if len(prepped) + 2 - ORDER < _MIN_CHARS:
        return []  # too short to score: skip the n-gram lookups (same answer as below)
    c = lm.prepped_costs(prepped)
    if c.size < _MIN_CHARS:
        return []
    tail_n = min(_TAIL, c.size // 3)
    tail_sum = int(c[-tail_n:].sum())
    tail = tail_sum / tail_n / _SCALE
    head = (int(c.sum()) - tail_sum) / (c.size - tail_n) / _SCALE
    # Cumulative levels, so the linear model can weigh a large jump more than a small one.
    # Measured on benign text the LM had not seen, a jump of 1 nat fired on ~1% of prose
    # and docs and on 30-50% of GCG / DSN prompts, but also on ~15% of code whose comment
    # head is followed by code: the same levels after a symbol-free (prose) head are
    # separate tokens, so the model can trust them more.
    sig = [f"lm:tailjump{level}" for level in _LEVELS if tail - head >= level]
    if sig:
        head_text = body[: -min(_TAIL, len(body) // 3)]
        if len(_SYM_RE.findall(head_text)) <= 0.01 * len(head_text):
            sig += [s + "+prose" for s in sig]
    return sig
