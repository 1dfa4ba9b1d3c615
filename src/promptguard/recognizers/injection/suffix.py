"""Does a text *end* in an optimised adversarial suffix? A small tree ensemble over shape measures.

GCG, DSN and similar searches append ~20 tokenizer fragments glued to brackets and quotes
(``magyarlbsett ==invitedposta ({[``) to a plain request. The hashed n-grams of
:mod:`model` learn the *spelling* of the suffixes they were trained on, and a held-out
optimiser's fragments share almost none of it: in leave-one-source-out runs the linear
model flagged ~30% of GCG / DSN prompts although its shape cues fired on half of them
(an L2-regularised linear model spreads the weight over the many n-grams of the training
suffixes and leaves the few shape tokens with little).

This head sees *only* sixteen value-free measures of the text's tail against its head
(glued tokens, symbol density jump, case flips, unbalanced brackets, LM-cost jump, ...), so it cannot
memorise wording; its trees learn which combinations mark a suffix rather than code, a
URL, a formula or a sentence in another script. It is trained on the project's own
randomly generated suffixes (``models/injection/data/make_suffix_data.py``) against benign
text only, never on a public attack set, in the spirit of the perplexity filter of Alon &
Kamfonas (2023, "Detecting language model attacks with perplexity"), which needs no attack
examples either. The detector combines its probability with the linear model's.

Inference is numpy: the trees are stored as flat arrays of equal depth; at load each tree's
leaf for every outcome of its (at most eight) splits is tabulated, so scoring is one
comparison of all splits and one gather (:class:`_LeafTable`; deeper trees are walked level
by level).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from promptguard.recognizers.injection.charlm import CharLM, mask_opaque

__all__ = [
    "FEATURES",
    "SuffixHead",
    "cli_share",
    "glued_ratio",
    "lm_measures",
    "shape_measures",
    "split",
    "suffix_features",
]

# Combining marks (Indic, Thai and Arabic vowel signs and viramas are not \w in Python) and CJK
# punctuation belong inside natural words: without them every Hindi word counted as glued, and
# the cue meant "this is Indic script" (1.3.1).
_WORDCH = (
    r"[\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f"
    r"\u3000-\u303f\u30fb-\u30fc\uff01-\uff65]"
)
_NATURAL_INNER_RE = re.compile(rf"^{_WORDCH}+(?:['\u2019\-.]{_WORDCH}+)*$")
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
        # ``isalnum`` first: a plain word (most tokens) is all word characters, which the regex
        # would match whole (its ``\w`` is ``isalnum`` or "_"); ~0.5 us a token saved, 25
        # tokens twice per text (the model's shape cue and the suffix head).
        if not core.isalnum() and not _NATURAL_INNER_RE.match(core) and len(_LETTER_RE.findall(core)) >= 3:
            glued += 1
    return glued / len(toks)


_TAIL = 160
"""Characters of the tail: optimised suffixes are ~20 tokens, ~80-200 characters."""
_HEAD = 400
"""Characters before the tail that are measured (bounded cost)."""
_MAX_TOKENS = 25
_LM_SPAN = 400
_LM_SCALE = 8.0
"""Table units per nat of :mod:`charlm` (its ``_SCALE``)."""
_RARE = 40
"""5 nats in table units: a character the benign LM gives less than ~1% probability."""
_OPEN = frozenset("([{<")
_CLOSE = frozenset(")]}>")
_BRACKET_RE = re.compile(r"[()\[\]{}<>]")
_EDGE = ".,;:!?\"'()\u201c\u201d\u2018\u2019"
_WRAP = _EDGE + "[]{}<>*_`"
_ALPHA_RE = re.compile(r"[^\W\d_]+")
# Own copies (not :mod:`intent`'s): the head's trees were fitted on these exact measures.
_SYM_RE = re.compile(r"[{}\[\]()<>\\^$@#%|~=*`+;]")
# An upper-case letter right after a lower-case one ("possAPPDefault"); Latin, Greek and
# Cyrillic are the scripts with case.
_FLIP_RE = re.compile(r"[a-z\u00df-\u00ff\u03ac-\u03ce\u0430-\u045f][A-Z\u00c0-\u00de\u0386-\u03ab\u0400-\u042f]")
# Links, markdown link targets and short inline code are symbol-laden by design; they are
# replaced by a plain word before measuring (a handbook paragraph ending in a link and
# docs ending in `/items/{item_id}` looked like suffixes to the first draft).
_MD_LINK_RE = re.compile(r"\[([^\[\]\n]{0,200})\]\([^()\s]{1,300}\)")
_MD_TARGET_RE = re.compile(r"\]\([^()\s]{1,300}\)")  # a link whose "[" was cut off
_URL_RE = re.compile(r"(?:[a-z][a-z0-9+.-]{1,15}://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+", re.I)
_CODE_SPAN_RE = re.compile(r"`[^`\n]{1,80}`")
# HTML tags and markdown bold are formatting of prose (docs: ``<dfn title="...">``).
_TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]{0,20}(?:\s[^<>]{0,200})?>")

FEATURES: tuple[str, ...] = (
    "weird",
    "glued",
    "sym_tail",
    "sym_head",
    "sym_jump",
    "non_ascii",
    "case_flip",
    "n_tokens",
    "punct_tokens",
    "bracket_imbalance",
    "long_alpha",
    "mixed_tokens",
    "tail_lines",
    "lm_jump",
    "lm_rare_jump",
    "cli_tokens",
)
"""Names of the measures, in vector order (stored in the model header and checked on load)."""


def _plain(text: str) -> str:
    # Substring tests first: most texts hold no link or code span, and the regexes cost
    # ~50 us each on 2 KB.
    if "](" in text:
        text = _MD_TARGET_RE.sub(" ", _MD_LINK_RE.sub(r"\1", text))
    if "://" in text or "www." in text or "@" in text:
        text = _mask_links(text)
    if "`" in text:
        text = _CODE_SPAN_RE.sub("code", text)
    if "<" in text:
        text = _TAG_RE.sub(" ", text)
    if "**" in text or "__" in text:
        text = text.replace("**", "").replace("__", "")
    return text


_NONSPACE_RE = re.compile(r"\S*")


def _mask_links(text: str) -> str:
    """``_URL_RE.sub("link", text)``, run only on the whitespace-free tokens that can match.

    Every alternative of :data:`_URL_RE` needs "://", "www." (any case) or "@" and matches
    no whitespace, and the pattern has no anchors or look-arounds: a match lies inside one
    token and the substitution of each token is independent of the others. The full
    substitution tried the pattern at every position (~85 us on 760 characters with a few
    e-mail addresses); this finds the markers with ``str.find`` and substitutes only their
    tokens (tested against the full substitution in the fast-path tests).
    """
    marks: list[int] = []
    folded = text.replace("W", "w") if "W" in text else text  # re.I: "WWW." counts too
    for key, where in (("@", text), ("://", text), ("www.", folded)):
        i = where.find(key)
        while i != -1:
            marks.append(i)
            i = where.find(key, i + 1)
    if not marks:
        return text
    marks.sort()
    out: list[str] = []
    last = 0
    for i in marks:
        if i < last:
            continue  # inside the token just substituted
        start = i
        while start > last and not text[start - 1].isspace():
            start -= 1
        end = _NONSPACE_RE.match(text, i).end()  # type: ignore[union-attr]  # \S* always matches
        out.append(text[last:start])
        out.append(_URL_RE.sub("link", text[start:end]))
        last = end
    out.append(text[last:])
    return "".join(out)


def _weird(tok: str) -> bool:
    """A token with three or more letters and a code symbol *inside* it, or an inner case flip.

    Three letters: formulas ("x+3>4", "|x") glue single letters to symbols. Inside: a word
    in brackets or parentheses ("(the", "whale),") is ordinary prose."""
    core = tok.strip(_WRAP)
    if sum(map(len, _ALPHA_RE.findall(core))) < 3:
        return False
    if _SYM_RE.search(core):
        return True
    return len(core) > 3 and _FLIP_RE.search(core) is not None


def _bracket_imbalance(tail: str) -> float:
    """Unmatched brackets over all brackets in the tail, closers before the first opener
    not counted: the tail is cut from a longer text, often inside a parenthesis."""
    depth = unmatched = total = 0
    opened = False
    # Only the brackets change the count: one regex pass picks them out of the ~120
    # characters instead of a Python step for each.
    for ch in _BRACKET_RE.findall(tail):
        if ch in _OPEN:
            depth += 1
            total += 1
            opened = True
        elif ch in _CLOSE:
            total += 1
            if depth:
                depth -= 1
            elif opened:
                unmatched += 1
    return (unmatched + depth) / (total + 1)


def split(text: str) -> tuple[str, str, str]:
    """``(body, tail, head)``: the plain-worded end of ``text``, its last :data:`_TAIL`
    characters, and up to :data:`_HEAD` characters before them."""
    body = _plain(text[-(_TAIL + _HEAD + 200) :]).strip()
    return body, body[-_TAIL:], body[:-_TAIL][-_HEAD:]


def suffix_features(text: str, lm: CharLM | None = None) -> np.ndarray:
    """The measures of ``text``'s tail (float32 vector in :data:`FEATURES` order).

    Only the last :data:`_TAIL` characters are the tail, and only the :data:`_HEAD`
    before it are read: the cost does not grow with the text.
    """
    body, tail, head = split(text)
    # One float32 conversion of one list: the parts' own arrays (kept for training) hold
    # the same float32 roundings of the same values, at four more numpy calls per text.
    return np.array([*_shape_values(body, tail, head), *_lm_values(body, lm), cli_share(tail)], dtype=np.float32)


def lm_measures(body: str, lm: CharLM | None) -> np.ndarray:
    """How much costlier the tail is than the head to the benign character LM: the jump
    of the mean cost (nats per character) and of the share of very unlikely characters
    (>= 5 nats). Zeros without an LM or without a head.

    The perplexity filter of Alon & Kamfonas, at character level and relative to the
    text's own head: an optimised suffix is word salad to a model of ordinary text, while
    a whole paragraph in a language the LM saw little of is uniformly costly (absolute
    costs made Portuguese and German docs look like suffixes)."""
    return np.array(_lm_values(body, lm), dtype=np.float32)


# Byte value -> 1 for a rare character's cost (>= _RARE), else 0: with ``bytes.translate``
# and ``count`` the share of rare characters needs no numpy call.
_RARE_BYTES = bytes(int(v >= _RARE) for v in range(256))


def _lm_values(body: str, lm: CharLM | None) -> tuple[float, float]:
    """:func:`lm_measures` as Python floats (exact integer sums over the cost bytes)."""
    if lm is None:
        return 0.0, 0.0
    c = lm.costs(mask_opaque(body[-_LM_SPAN - 60 :])[-_LM_SPAN:]).tobytes()
    n = len(c)
    tail_n = min(_TAIL, max(n // 3, 12))
    if n < tail_n + 24:
        return 0.0, 0.0
    tail = c[-tail_n:]
    head = c[:-tail_n]
    jump = (sum(tail) / tail_n - sum(head) / len(head)) / _LM_SCALE
    rare = tail.translate(_RARE_BYTES).count(1) / tail_n - head.translate(_RARE_BYTES).count(1) / len(head)
    return jump, rare


# Command-line flags ("-mtime", "--rm") and log fields ("status=500", "path=/a/b"): code
# and logs pasted after a question, not optimiser glue (whose values carry brackets).
_CLI_RE = re.compile(r"-{1,2}[A-Za-z][\w-]*|[a-z_]{2,20}=[\w./:-]+")


def cli_share(tail: str) -> float:
    """Share of the tail's tokens that are command-line flags or ``key=value`` log fields."""
    toks = tail.split()[-_MAX_TOKENS:]
    if not toks or ("-" not in tail and "=" not in tail):
        return 0.0
    return sum(1 for t in toks if _CLI_RE.fullmatch(t.rstrip(",;"))) / len(toks)


def shape_measures(body: str, tail: str, head: str) -> np.ndarray:
    """The value-free shape measures of the tail (glue, symbols, case flips, brackets)."""
    return np.array(_shape_values(body, tail, head), dtype=np.float32)


def _shape_values(body: str, tail: str, head: str) -> list[float]:
    """:func:`shape_measures` as Python floats."""
    toks = tail.split()[-_MAX_TOKENS:]
    if len(body) > _TAIL and len(toks) > 1 and not tail[0].isspace():
        # The first tail token is cut mid-word: it would look glued when it is not.
        toks = toks[1:]
    n = max(len(toks), 1)
    n_sym_tail = len(_SYM_RE.findall(tail))
    sym_tail = n_sym_tail / max(len(tail), 1)
    # -1: no head to compare with (a short text is all tail).
    sym_head = len(_SYM_RE.findall(head)) / len(head) if len(head) >= 20 else -1.0
    weird = flips = punct = long_alpha = mixed = 0
    for t in toks:
        if t.isalpha():
            # Most tokens of most texts: a plain word (any script). Same outcome as the
            # general path below, without its regexes.
            if len(t) > 3 and not (t.islower() or t.isupper() or t[1:].islower()) and _FLIP_RE.search(t):
                flips += 1
                weird += 1
            if len(t) >= 12 and t.islower():
                long_alpha += 1
            continue
        core = t.strip(_WRAP)
        runs = _ALPHA_RE.findall(core)
        letters = sum(map(len, runs))
        flip = len(core) > 3 and _FLIP_RE.search(core) is not None
        if letters >= 3 and (flip or _SYM_RE.search(core)):
            weird += 1
        edge = t.strip(_EDGE)
        if not edge or not any(ch.isalnum() for ch in edge):
            punct += 1
            continue
        if len(edge) > 3 and _FLIP_RE.search(edge):
            flips += 1
        edge_runs = runs if edge == core else _ALPHA_RE.findall(edge)
        if edge_runs:
            longest = max(map(len, edge_runs))
            if longest >= 12 and edge.islower():
                long_alpha += 1
            if len(edge_runs) >= 2 and longest >= 3:
                mixed += 1  # word pieces split by symbols inside one token ("draft={cdnjs")
    non_ascii = 0.0 if tail.isascii() else sum(ord(ch) > 0x2FF for ch in tail) / len(tail)
    return [
        weird / n,
        glued_ratio(body),
        sym_tail,
        sym_head,
        sym_tail - max(sym_head, 0.0),
        non_ascii,
        flips / n,
        len(toks) / _MAX_TOKENS,
        punct / n,
        _bracket_imbalance(tail) if n_sym_tail else 0.0,
        long_alpha / n,
        mixed / n,
        min(tail.count("\n"), 8) / 8,
    ]


_TABLE_SPLITS = 8
"""Split slots per tree in the leaf table (2**8 entries per tree; depth-3 trees have <= 7
splits): the eight outcome bytes of a tree are one uint64, packed by one multiplication."""
_PACK = np.uint64(0x0102040810204080)
"""Multiplier that gathers bit 0 of each byte of a little-endian uint64 into its top byte
(byte j's bit lands at bit 56 + j; the other partial products stay below or wrap past it)."""
_TOP = np.uint64(56)


@dataclass(frozen=True, slots=True)
class _LeafTable:
    """Each tree's leaf for every outcome of its splits' tests, precomputed.

    Slot ``t * splits + j`` holds split ``j`` of tree ``t`` (padding slots test feature 0
    against +inf and are ignored by the table); the tests' outcomes, packed into one
    byte-sized code per tree, index ``value``, where entry ``t * 2**splits + code`` is the
    value of the leaf the level-by-level walk reaches with those outcomes. Scoring is then
    seven small numpy calls whatever the depth (the walk needs six per level): the head runs on
    every text, and on short prompts these calls were a visible part of the check.
    The leaf values and their order are the walk's, so the sum is bit for bit the same.
    """

    feature: np.ndarray  # int64 [trees * splits]
    threshold: np.ndarray  # float32 [trees * splits]
    base: np.ndarray  # uint64 [trees]: t * 2**splits
    value: np.ndarray  # float64 [trees * 2**splits]
    splits: int

    @classmethod
    def build(cls, head: SuffixHead) -> _LeafTable | None:
        trees = head.roots.size
        if trees == 0:
            return None
        width = head.feature.size // trees
        nodes = np.arange(head.feature.size, dtype=np.int64)
        # A node whose two children are itself is a leaf or padding: its test never matters.
        is_split = ((head.left != nodes) | (head.right != nodes)).reshape(trees, width)
        if int(is_split.sum(axis=1).max()) > _TABLE_SPLITS or sys.byteorder != "little":
            return None
        splits = _TABLE_SPLITS
        # Split j of a tree is its j-th split node in node order.
        rank = np.cumsum(is_split, axis=1) - 1
        tree_of, node_of = np.nonzero(is_split)
        flat = tree_of * width + node_of
        feature = np.zeros((trees, splits), dtype=np.int64)
        threshold = np.full((trees, splits), np.inf, dtype=np.float32)
        feature[tree_of, rank[tree_of, node_of]] = head.feature[flat]
        threshold[tree_of, rank[tree_of, node_of]] = head.threshold[flat]
        slot = np.where(is_split, rank, -1).ravel()  # node -> its slot within its tree
        # Walk every tree for every code at once, exactly as :meth:`SuffixHead.walk` does:
        # ``depth`` steps, left when the node's test holds (its bit is set).
        codes = np.arange(1 << splits, dtype=np.int64)
        node = np.repeat(head.roots, codes.size).reshape(trees, codes.size)
        for _ in range(head.depth):
            s = slot[node]
            holds = np.where(s >= 0, (codes[None, :] >> np.maximum(s, 0)) & 1, 1).astype(bool)
            node = np.where(holds, head.left[node], head.right[node])
        return cls(
            feature=feature.ravel(),
            threshold=threshold.ravel(),
            base=np.arange(trees, dtype=np.uint64) * np.uint64(codes.size),
            value=np.ascontiguousarray(head.value[node].ravel(), dtype=np.float64),
            splits=splits,
        )

    def decision(self, x: np.ndarray) -> float:
        """Sum of the trees' leaf values for measures ``x`` (the bias is not added)."""
        holds = x.take(self.feature) <= self.threshold
        # Eight outcome bytes (0/1) per tree read as one little-endian uint64; the packing
        # multiplication turns them into the tree's code (bit j = outcome of split j).
        code = holds.view(np.uint64)
        code *= _PACK
        code >>= _TOP
        code += self.base
        return float(self.value.take(code.view(np.int64)).sum())


@dataclass(frozen=True, slots=True)
class SuffixHead:
    """Gradient-boosted trees padded to one width and flattened: node ``k`` of tree ``t``
    is entry ``t * width + k``; it goes to ``left`` (absolute index) when
    ``x[feature] <= threshold``, else to ``right``; a leaf points at itself, so after
    ``depth`` steps every tree sits on a leaf and the ``value`` there is added."""

    feature: np.ndarray  # int64 [trees * width]
    threshold: np.ndarray  # float32
    left: np.ndarray  # int64, absolute
    right: np.ndarray  # int64, absolute
    value: np.ndarray  # float64
    roots: np.ndarray  # int64 [trees]
    bias: float
    depth: int
    table: _LeafTable | None = field(default=None, init=False, repr=False, compare=False)
    """The same trees as a leaf table (see :class:`_LeafTable`); None when a tree has more
    than :data:`_TABLE_SPLITS` splits."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "table", _LeafTable.build(self))

    @classmethod
    def from_padded(
        cls,
        feature: np.ndarray,
        threshold: np.ndarray,
        left: np.ndarray,
        right: np.ndarray,
        value: np.ndarray,
        bias: float,
        depth: int,
    ) -> SuffixHead:
        """From ``[trees, width]`` arrays whose child indices count within each tree."""
        trees, width = feature.shape
        base = (np.arange(trees, dtype=np.int64) * width)[:, None]
        return cls(
            feature=np.ascontiguousarray(feature, dtype=np.int64).ravel(),
            threshold=np.ascontiguousarray(threshold, dtype=np.float32).ravel(),
            left=(left.astype(np.int64) + base).ravel(),
            right=(right.astype(np.int64) + base).ravel(),
            value=np.ascontiguousarray(value, dtype=np.float64).ravel(),
            roots=base.ravel().copy(),
            bias=float(bias),
            depth=int(depth),
        )

    def decision(self, x: np.ndarray) -> float:
        if self.table is not None:
            return self.table.decision(x) + self.bias
        return self.walk(x)

    def walk(self, x: np.ndarray) -> float:
        """:meth:`decision` by walking the trees level by level (the reference the leaf table
        is tested against, and the path for trees too deep for a table)."""
        # 1-D gathers: ~3x cheaper than indexing [tree, node] pairs.
        node = self.roots
        for _ in range(self.depth):
            go_left = x.take(self.feature.take(node)) <= self.threshold.take(node)
            node = np.where(go_left, self.left.take(node), self.right.take(node))
        return float(self.value.take(node).sum()) + self.bias

    def predict(self, text: str, lm: CharLM | None = None) -> float:
        z = self.decision(suffix_features(text, lm))
        return float(1.0 / (1.0 + np.exp(-max(min(z, 40.0), -40.0))))

    def arrays(self) -> dict[str, np.ndarray]:
        trees = self.roots.size
        width = self.feature.size // trees
        local = np.arange(self.feature.size, dtype=np.int64) // width * width
        return {
            "sfx_feature": self.feature.astype(np.int16).reshape(trees, width),
            "sfx_threshold": self.threshold.reshape(trees, width),
            "sfx_left": (self.left - local).astype(np.int16).reshape(trees, width),
            "sfx_right": (self.right - local).astype(np.int16).reshape(trees, width),
            "sfx_value": self.value.astype(np.float32).reshape(trees, width),
            "sfx_meta": np.array([self.bias, float(self.depth)], dtype=np.float64),
        }

    @classmethod
    def from_arrays(cls, data: dict[str, np.ndarray]) -> SuffixHead:
        meta = data["sfx_meta"]
        return cls.from_padded(
            np.asarray(data["sfx_feature"]),
            np.asarray(data["sfx_threshold"]),
            np.asarray(data["sfx_left"]),
            np.asarray(data["sfx_right"]),
            np.asarray(data["sfx_value"]),
            float(meta[0]),
            int(meta[1]),
        )

    @classmethod
    def from_sklearn(cls, clf: Any) -> SuffixHead:
        """Flatten a fitted binary ``sklearn`` ``HistGradientBoostingClassifier`` (training only;
        reads its fitted tree predictors, so it is tied to scikit-learn's layout, 1.x)."""
        trees = [p[0].nodes for p in clf._predictors]
        width = max(len(t) for t in trees)
        shape = (len(trees), width)
        feature = np.zeros(shape, dtype=np.int16)
        threshold = np.full(shape, np.inf, dtype=np.float32)
        left = np.tile(np.arange(width, dtype=np.int16), (len(trees), 1))
        right = left.copy()
        value = np.zeros(shape, dtype=np.float32)
        depth = 0
        for i, nodes in enumerate(trees):
            for k, node in enumerate(nodes):
                if node["is_leaf"]:
                    value[i, k] = node["value"]
                    depth = max(depth, int(node["depth"]))
                else:
                    feature[i, k] = node["feature_idx"]
                    threshold[i, k] = node["num_threshold"]
                    left[i, k] = node["left"]
                    right[i, k] = node["right"]
        bias = float(np.ravel(clf._baseline_prediction)[0])
        return cls.from_padded(feature, threshold, left, right, value, bias, depth)
