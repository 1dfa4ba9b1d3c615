"""Train the prompt-injection classifier shipped as ``models/injection/injection-model.npz``.

Reproducible: fixed seeds, data read from ``--data-dir`` (the shared public datasets)
plus the project's own hand-written data in ``models/injection/data/``. scikit-learn is
used here only; inference (``promptguard.recognizers.injection.model``) is numpy.

    PYTHONPATH=src python models/injection/train.py --data-dir ../shared/datasets

Training set:
- attacks: every ``injection_*`` folder (all MIT licensed);
- benign: every ``benign_*`` folder except the CC BY-SA ones (``benign_owasp_*`` and
  the code/table part of ``benign_bipia_contexts``), which are kept for evaluation only
  unless ``--include-cc-by-sa`` is given;
- the project's own data (``data/own_benign.jsonl``, ``data/own_attacks.jsonl``,
  ``data/own_framing.jsonl``: persuasion role-play, optimised-suffix and secret-trick
  attacks with matching hard benign, from ``data/make_framing_data.py``, and
  ``data/own_breadth.jsonl`` from ``data/make_breadth_data.py``);
- since 1.3.0 also ``data/own_suffix.jsonl`` (random token-soup suffixes and benign odd
  tails), ``own_hard_benign.jsonl``, ``own_persuasion.jsonl``, ``own_persona.jsonl`` and
  ``own_code_tasks.jsonl`` (each from its ``make_*_data.py``; their ``probe_*.jsonl``
  twins are never read here), since 1.4.0 ``own_context.jsonl`` (attacks on the hidden
  context by named technique, with same-form benign twins) and ``own_scenario.jsonl``
  (PAIR-style scenes around harmful and harmless goals), since 1.5.0
  ``own_guarded.jsonl`` (``data/make_guarded_data.py``), since 1.5.1
  ``own_quoted.jsonl`` (``data/make_quoted_data.py``), since 1.6.0
  ``own_operational.jsonl`` (``data/make_operational_data.py``), and whatever other
  ``own_*.jsonl`` files exist;
- the benign character LM (:mod:`promptguard.recognizers.injection.charlm`) is fitted
  on the benign training texts only and saved in the same ``.npz``;
- the suffix head (:mod:`promptguard.recognizers.injection.suffix`, 1.3.0): gradient-boosted
  trees over tail-shape and LM-cost measures, fitted on the own generated suffixes
  against the benign training texts only (no public attack text), saved in the same
  ``.npz``;
- synthetic indirect injections: an attack sentence spliced into a benign document,
  so the model learns that an instruction aimed at the assistant makes a document
  hostile, whatever the document's style.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import scipy.sparse as sp

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "src"))

from promptguard.recognizers.injection.charlm import CharLM  # noqa: E402
from promptguard.recognizers.injection.model import (  # noqa: E402
    FeatureConfig,
    InjectionModel,
    featurize,
    lm_indices,
    model_input,
)
from promptguard.recognizers.injection.normalize import normalize  # noqa: E402
from promptguard.recognizers.injection.rules import RuleSet  # noqa: E402
from promptguard.recognizers.injection.suffix import _TAIL as SUFFIX_TAIL  # noqa: E402
from promptguard.recognizers.injection.suffix import SuffixHead, cli_share, lm_measures, shape_measures  # noqa: E402
from promptguard.recognizers.injection.suffix import split as suffix_split  # noqa: E402

# 1.4.1: same data and settings as 1.4.0, refitted because the rule hits it sees as
# features changed (``unless_preceded_by`` on the override rules drops hits in descriptive
# prose such as "prompts that make the model ignore previous instructions").
# 1.4.2: refitted again after a review found that a short prefix ("e.g.", "like:", "Tell the
# AI to", "they", framing on an earlier line) dropped the override hit of a real order: the
# naming branch is gone, base-form verbs need a modal or relative lead, the window stops at
# the hit's line.
# 1.5.0: new intent families (incentive, transform, addressee, say, ack; more authority,
# persona roles and harmful topics; 11 more languages for the core families), reversed
# text and binary payloads read, a multilingual address-the-AI rule, and
# ``own_guarded.jsonl`` (guarded values asked for with bribes, threats, authority claims
# and disguising formats in 14 languages; documents addressed to the AI reading them;
# technical help in 8 languages; benign twins for each).
# 1.5.1: ``own_quoted.jsonl`` (``data/make_quoted_data.py``): hard benign text for the
# false positives found by an independent red-team set (quoted attack phrases in
# translation / test / incident / "what does it mean" frames, ordinary uses of password /
# admin / instructions, notes telling people to ignore an earlier message, SQL and
# developer questions), each with attack twins that keep the intent in the same form.
# 1.6.0: intent cues of hidden channels (decoded payloads, HTML and code comments), hex
# read across a damaged digit, ``frame+howto+harm`` (a fictional or professional frame
# asking for an operational how-to of something covert or unlawful) with
# ``own_operational.jsonl`` (``data/make_operational_data.py``); a quoted-words group was
# tried and is off (``QUOTED_WEIGHT``).
# 1.7.0: intent cues after a second blind red-team round: the assistant's own setup, relay
# verbs, authority and "no limits" in Polish, Dutch, Greek, Hebrew, Persian, Swahili,
# Ukrainian and romanised Hindi; AI readers named by their job; more fiction frames and
# how-to terms; Russian declined "developer mode"; rules for markdown-image exfiltration,
# destructive tool calls in 12 languages and automated readers
# (``recognizers/injection.yaml``). No new data file (a ``conceal`` file was tried and
# dropped: it cost leave-one-source-out recall).
# 1.7.1: a rule hit inside a JSON string value (`"body": "... ignore ..."`) is data, not a
# quotation: no ``rulequoted`` signal, full rule weight (``model.in_quotes``); quotes
# written inside the value still count.
# 1.8.0 (session 9, third blind red-team round): rules for the AI reader named by what it
# does with *this* text (17 languages), obeying a reassembled / decoded text, override
# phrasing in Greek, Hebrew, Persian, Swahili and French "ignore"; "messages" only as the
# model's own; safety advice ("never share your password") is not a request; quotations
# wrapped onto the next line count as quoted (``model.in_quotes``); PAIR-style pretexts,
# precision demands and refusal rebuttals in the intent lists. Same data and options;
# refitted because the rule and cue signals changed. ``data/make_reader_data.py`` writes a
# probe only (trained on, it cost leave-one-source-out recall: see the model card).
# 1.9.0 (session 10, leave-one-source-out recall): the harm list filled out along a standard
# harm taxonomy (harassment, intrusion, cruelty, economic harm, fraud, disinformation, sexual
# content and minors, privacy intrusion, dangerous advice, mass-casualty weapons, drugs; the
# commonest also in 11 more languages) and a ``role_assign`` family (the assistant handed a
# role or scene: "you are a ...", "pretend to be", "consider the following scenario") read
# only as ``role_assign+harm``. Same data and options; refitted because the cues changed.
# A file of follow-up turns, second-person puzzles and reader-facing security guidance
# with attack twins was tried and not kept (see the model card).
# 1.10.0 (session 11, leave-one-source-out recall and hard-benign false positives): a request
# verb right after a negation is a prohibition ("never reveal the key", "I cannot provide the
# password"), not one half of ``secret+disclose``; the dictated statement (``say``: "state
# that", "indiquez que") and "the above" (``prior``) in 18 languages; refusal suppression
# (``suppress``) and demanded dual answers (``dual``) as cues of their own in 15 languages.
# Same data and options; refitted because the cues changed. ``data/make_operator_data.py``
# writes a probe only (developer prompts carrying credentials; trained on, it cost in-context
# recall: see the model card).
# 1.11.0 (session 12, the in-context check): the same data, features and seed as 1.10.0, so the
# same weights; the version marks the detector it ships with: the system-prompt weight
# counts a frame that pushes the assistant past its setup (``system_prompt_leverage``), and
# pages and repeated words no longer read as asks (``system_context``). Two group-weight
# changes were tried and not kept (see the model card).
# 1.14.0 (session 21, issue 8: the model's own false flags): ``own_lookalike.jsonl``
# (``data/make_lookalike_data.py``): benign text sharing the words of attacks (code questions
# saying ignore / override in 11 languages, memos retiring a policy in 9, lone HTML tags, one
# word or a short question on security vocabulary, configs, translation requests of notices,
# course notes) with same-form attack twins, as two sources (one per label). Same features,
# ``C`` and seed.
# 1.15.0 (session 22, issue 8: the remaining false flags): ``own_preference.jsonl``
# (``data/make_preference_data.py``): "from now on" with a plain preference in 15 languages,
# formatting markup glued to words, and fiction where someone stops an attack, each with attack
# twins in the same form, as two sources (one per label) at ``FILE_WEIGHT`` 0.4; the cues
# changed with it ("from now on" is a role change only with an identity, waved-away rules or
# harm; a harm stopped by a protective verb is no harm; formatting tags are no glued tokens);
# the character and word groups get a floor on their normaliser (``SHORT_FLOOR``).
# 1.16.0 (session 23, issue 8): the same data, ``C`` and seed as 1.15.0, retrained because rule
# signals the model reads changed: a request or format word that is a code token is no request,
# a leetspeak-view hit counts only where leet changed its own letters, and incident reports of
# what a bot did with its prompt match no extraction rule. ``own_followup`` and ``own_semantic``
# were tried and left probe only (see the model card).
# 1.17.0 (session 24, issue 8): 1.16.0's data plus ``own_embedded`` (weight 0.4: orders to the
# reader inside content handed over for a task, with twins), same ``C`` and seed, retrained
# because features changed: the ``intent:embed*`` cues; a Markdown link, a code span, a
# command's options and a bracket before a Korean particle are no glued tokens for
# ``glued:0.2``; "no restrictions on <a resource>", "you are now logged in", "disable debug
# mode" are no ``role_change``; "XSS / zip / fork bomb" is no harm; a CPU or Dockerfile
# instruction is no ``instructions``; any "n't" contraction negates a request verb.
# 1.18.0 (session 25, issue 8): 1.17.0's data plus ``own_harmask`` (0.4: wrapped operational
# harm asks, with same-wrapper twins), same ``C`` and seed; features changed with it:
# ``intent:wrap+opask+harm`` (``injection/operational.py``) and the benign-tail fixes (CJK
# punctuation and pasted developer data are no glued tokens; "where / how to find" a password
# is no request for it; a password that is the subject of a statement is no role change).
# 1.19.0 (session 26, issue 8): 1.18.0's data plus ``own_obfuscation`` (weight 1: orders and
# harmless twins in 14 encodings the normaliser now undoes without a hint), same ``C`` and seed;
# features changed with it: hintless Caesar / reversed / spaced / escaped / look-alike decodings
# (``injection/deobfuscate.py``, read both decoded and as written), and the system-prompt check's
# reply rules and pages-are-no-ask (in-context view only).
# 1.20.0 (session 27, issue 8): 1.19.0's data plus ``own_selfref`` (0.4: follow-up turns on the
# assistant's own output, with twins asking for its hidden setup), same ``C`` and seed; features
# changed with it: frame / operational-ask / harm cues in low-resource languages and romanised
# writing (``injection/crossling.py``), and the system-prompt check's task push (in-context view
# only: any prompt sets a task, and a text pushing the assistant past it is weighed against it).
MODEL_VERSION = "1.20.0"
MODEL_PATH = HERE / "injection-model.npz"
OWN_DATA = HERE / "data"
CC_BY_SA = ("benign_owasp_llm_top10", "benign_owasp_cheatsheets")
SEED = 20261129
OWN_BOOST = 8.0
"""Weight multiplier of the project's own data relative to a public source of equal size.

3 until 1.1.0. With the 1.2.0 data, leave-one-source-out recall at 2% FPR was 0.585 at 3,
0.591 at 8 and 0.597 at 12; 12 raised the false positives on everyday requests
(FastChat, Self-Instruct) to 3-4%, so 8. Session 20, on the session-19 rules: 12 gives
0.7798 text alone / 0.8366 in context (8: 0.7804 / 0.8325) and loses 4 of 8 ``token_smuggling``
probes, so still 8."""


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    label: int
    source: str
    meta: str = ""


INTENT_WEIGHT = 2.0
"""Weight of the intent-cue group (``FeatureConfig.intent_weight``, saved in the file)."""
QUOTED_WEIGHT = float(os.environ.get("PG_QUOTED_WEIGHT", "0.0"))
"""Weight of the quoted-words group (``FeatureConfig.quoted_weight``; the environment
variable is for the ablation). 0: not shipped. Tried in 1.6.0 at 1.0: leave-one-source-out
recall at 2% FPR 0.7621 -> 0.7596, AUC 0.934 -> 0.9315, and on the independent red-team
set it fixed two quoted security-training texts but hid a payload split across quotes."""

CREDENTIAL_CUE = os.environ.get("PG_CREDENTIAL_CUE", "1") != "0"
"""The ``intent:cred_given`` cue (``FeatureConfig.credential_cue``, 1.13.0; the environment
variable is for the ablation): a prompt that hands over a credential value is not asking
for one (``data/make_devcred_data.py``)."""


SHORT_FLOOR = tuple(int(x) for x in os.environ.get("PG_SHORT_FLOOR", "24,4").split(","))
"""Least normaliser of the character and word groups (``FeatureConfig.short_floor``, 1.15.0; the
environment variable is for the ablation, "0,0" turns it off): a one-word text no longer
carries a sentence's weight."""


def feature_config() -> FeatureConfig:
    """The feature settings of the shipped model (the benchmark's folds use the same)."""
    return FeatureConfig(
        intent_weight=INTENT_WEIGHT,
        quoted_weight=QUOTED_WEIGHT,
        channel_cues=True,
        credential_cue=CREDENTIAL_CUE,
        short_floor=(SHORT_FLOOR[0], SHORT_FLOOR[1]),
    )


def default_data_dir() -> Path:
    env = os.environ.get("PROMPTGUARD_DATASETS")
    return Path(env) if env else (REPO.parent / "shared" / "datasets")


def load_shared(data_dir: Path) -> dict[str, list[Example]]:
    """Every ``injection_*`` and ``benign_*`` folder, keyed by folder name."""
    out: dict[str, list[Example]] = {}
    for folder in sorted(data_dir.iterdir()):
        if not folder.is_dir() or not folder.name.startswith(("injection_", "benign_")):
            continue
        rows: list[Example] = []
        for path in sorted(folder.glob("*.jsonl")):
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    r = json.loads(line)
                    meta = str(r.get("category", ""))
                    if folder.name == "benign_bipia_contexts":
                        meta = str(r.get("license", "")) + "|" + meta
                    rows.append(Example(str(r["text"]), int(r["label"]), folder.name, meta))
        out[folder.name] = rows
    return out


def load_own(own_dir: Path = OWN_DATA) -> dict[str, list[Example]]:
    out: dict[str, list[Example]] = {}
    for path in sorted(own_dir.glob("own_*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                cat = str(r.get("category", ""))
                # One source per category, so the per-source weighting keeps small
                # hand-written families (translations, role-play) from drowning.
                out.setdefault(f"{path.stem}:{cat}", []).append(
                    Example(r["text"], int(r["label"]), f"{path.stem}:{cat}", cat)
                )
    return out


def trainable(source: str, ex: Example, include_cc_by_sa: bool) -> bool:
    if include_cc_by_sa:
        return True
    if source in CC_BY_SA:
        return False
    # BIPIA's code and table contexts are CC BY-SA; its e-mails are MIT.
    return not (source == "benign_bipia_contexts" and "CC" in ex.meta.upper())


# ------------------------------------------------------------------ featurisation
class Featurizer:
    """Caches features per text: LOSO folds reuse the same texts many times.

    Everything but the character-LM group is cached once; the LM is refitted on each
    fold's benign texts (:meth:`set_lm`), so its group is cached per LM.
    """

    def __init__(self, rules: RuleSet, config: FeatureConfig) -> None:
        self.rules = rules
        self.config = config
        self._base = replace(config, lm=None)
        self._cache: dict[str, tuple[np.ndarray, np.ndarray, str]] = {}
        self._lm_cache: dict[str, np.ndarray] = {}
        self._sfx_cache: dict[str, tuple[np.ndarray, str]] = {}

    def set_lm(self, lm: CharLM | None) -> None:
        self.config = replace(self.config, lm=lm)
        self._lm_cache = {}

    def _entry(self, text: str) -> tuple[str, tuple[np.ndarray, np.ndarray, str]]:
        key = hashlib.blake2b(text.encode(), digest_size=16).hexdigest()
        got = self._cache.get(key)
        if got is None:
            norm = normalize(text)
            view, signals = model_input(norm, self.rules.match(norm))
            idx, val = featurize(view, signals, self._base)
            got = (idx, val, view)
            self._cache[key] = got
        return key, got

    def suffix_split(self, text: str) -> tuple[np.ndarray, str]:
        """The suffix head's shape measures of ``text`` and the plain body its LM measures
        read (of the normalised text, as the detector does)."""
        key = hashlib.blake2b(text.encode(), digest_size=16).hexdigest()
        got = self._sfx_cache.get(key)
        if got is None:
            body, tail, head = suffix_split(normalize(text).text)
            got = (shape_measures(body, tail, head), body)
            self._sfx_cache[key] = got
        return got

    def view(self, text: str) -> str:
        """The normalised text the model reads (what the LM is fitted on)."""
        return self._entry(text)[1][2]

    def one(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        key, (idx, val, view) = self._entry(text)
        if self.config.lm is None or self.config.lm_weight <= 0:
            return idx, val
        li = self._lm_cache.get(key)
        if li is None:
            li = lm_indices(view, self.config)
            self._lm_cache[key] = li
        if not li.size:
            return idx, val
        lv = np.full(li.size, self.config.lm_weight / np.sqrt(li.size), dtype=np.float32)
        return np.concatenate([idx, li]), np.concatenate([val, lv])

    def matrix(self, texts: Sequence[str]) -> sp.csr_matrix:
        indptr = [0]
        idx_parts: list[np.ndarray] = []
        val_parts: list[np.ndarray] = []
        for t in texts:
            i, v = self.one(t)
            idx_parts.append(i)
            val_parts.append(v)
            indptr.append(indptr[-1] + i.size)
        indices = np.concatenate(idx_parts) if idx_parts else np.empty(0, np.int64)
        values = np.concatenate(val_parts) if val_parts else np.empty(0, np.float32)
        m = sp.csr_matrix((values, indices, np.array(indptr)), shape=(len(texts), 1 << self.config.bits))
        m.sum_duplicates()
        return m


# ------------------------------------------------------------------- augmentation
def splice_attacks(benign: Sequence[Example], attacks: Sequence[Example], n: int, rng: random.Random) -> list[Example]:
    """Indirect injections: a short attack inserted into a longer benign document."""
    docs = [e for e in benign if len(e.text) >= 250]
    snippets = [e.text for e in attacks if 15 <= len(e.text) <= 400]
    if not docs or not snippets:
        return []
    out = []
    for _ in range(n):
        doc = rng.choice(docs).text
        snippet = rng.choice(snippets)
        cut = rng.randrange(len(doc))
        # Cut at a sentence or line boundary when one is near, as a real injection would.
        for sep in ("\n", ". "):
            j = doc.rfind(sep, 0, cut)
            if j != -1 and cut - j < 200:
                cut = j + len(sep)
                break
        wrap = rng.choice(["{}", " {} ", "\n\n{}\n\n", "<!-- {} -->", "[{}]", '"{}"', "# {}"])
        out.append(Example(doc[:cut] + wrap.format(snippet) + doc[cut:], 1, "augmented_splice"))
    return out


# ----------------------------------------------------------------------- training
def script_of(text: str) -> str:
    """The dominant non-Latin script of a text, or ``latin`` (cheap, first 400 letters)."""
    counts: dict[str, int] = {}
    for ch in text[:2000]:
        cp = ord(ch)
        if cp < 0x250 or not ch.isalpha():
            continue
        block = (
            "cyrillic"
            if 0x400 <= cp < 0x530
            else "arabic"
            if 0x600 <= cp < 0x700
            else "indic"
            if 0x900 <= cp < 0xE00
            else "thai"
            if 0xE00 <= cp < 0xE80
            else "hangul"
            if 0xAC00 <= cp < 0xD7B0 or 0x1100 <= cp < 0x1200
            else "kana"
            if 0x3040 <= cp < 0x3100
            else "han"
            if 0x4E00 <= cp < 0xA000
            else "other"
        )
        counts[block] = counts.get(block, 0) + 1
    letters = sum(ch.isalpha() for ch in text[:2000])
    if not counts or sum(counts.values()) < 0.3 * max(letters, 1):
        return "latin"
    top = max(counts, key=lambda k: counts[k])
    return "cjk" if top in ("han", "kana") else top


def source_weights(
    examples: Sequence[Example], own_boost: float = 1.0, boost: Mapping[str, float] | None = None
) -> np.ndarray:
    """Each source weighs ~sqrt(size) (times ``boost[source]`` when given); classes are then
    balanced within each script.

    Without the per-script balance, non-Latin scripts appear mostly in attacks (the
    translated CyberSecEval items) and the model learns "Hindi means attack".
    """
    counts: dict[str, int] = {}
    for e in examples:
        counts[e.source] = counts.get(e.source, 0) + 1
    w = np.array([1.0 / np.sqrt(counts[e.source]) for e in examples], dtype=np.float64)
    if own_boost != 1.0:
        w *= np.array([own_boost if e.source.startswith("own_") else 1.0 for e in examples])
    if boost:
        w *= np.array([boost.get(e.source, 1.0) for e in examples])
    w *= np.array([FILE_WEIGHT.get(e.source.split(":", 1)[0], 1.0) for e in examples])
    y = np.array([e.label for e in examples])
    scripts = np.array([script_of(e.text) for e in examples])
    for script in np.unique(scripts):
        in_script = scripts == script
        total = w[in_script].sum()
        for label in (0, 1):
            mask = in_script & (y == label)
            if mask.any() and (in_script & (y != label)).any():
                w[mask] *= 0.5 * total / w[mask].sum()
    for label in (0, 1):
        mask = y == label
        if mask.any():
            w[mask] *= 0.5 * w.sum() / w[mask].sum()
    return w * (len(examples) / w.sum())


def fit_lm(feats: Featurizer, examples: Sequence[Example]) -> CharLM:
    """The benign character LM of one training set: benign texts only, never attacks, so
    the LM knows what ordinary text (prose, code, 18 languages) looks like and nothing
    about any attack collection. Spliced documents hold an attack and are left out."""
    return CharLM.fit(feats.view(e.text) for e in examples if e.label == 0 and e.source != "augmented_splice")


SUFFIX_SOURCES = frozenset(
    {
        "own_attacks:adversarial_suffix",
        "own_framing:optimised_suffix",
        "own_breadth:wordpiece_suffix",
        "own_suffix:suffix_attack",
    }
)
"""Own synthetic suffix attacks: the suffix head's only positives (no public attack text)."""
FILE_WEIGHT: dict[str, float] = {
    "own_direct": 0.15,
    "own_indirect": 0.22,
    "own_preference": 0.4,
    "own_carriers": 0.5,
    "own_embedded": 0.4,
    "own_harmask": 0.4,
    "own_crossling": 0.3,
    "own_selfref": 0.4,
    "own_salutation": 0.2,  # only with make_salutation_data.py --train (session 36: not shipped)
}
"""Weight of each category source of these own files (1.14.0, session 21). An own file is one
source per category, and each source weighs ~sqrt(size): own_direct's 13 categories and
own_indirect's 9 at weight 1 made the two files ~22 sources, and leave-one-source-out recall in
context fell 0.8333 -> 0.8261 (the in-context 2%-FPR threshold rose 0.519 -> 0.548). At these
weights each file weighs about two sources (as ``own_lookalike``, written per label): 0.7823 text
alone and 0.8333 in context in the same run. ``own_preference`` (1.15.0, two sources, one per
label): at weight 1 its twins shifted the intercept (-1.78 -> -1.69) and ten held-out
``escalation_twin_blunt`` rows crossed the threshold (0.63 -> 0.66); at 0.4 none did.
``own_carriers`` (1.15.0): at weight 1 sixteen shared attacks scored just under the ``user``
threshold (0.65-0.69 -> 0.61-0.65); at 0.5 seven of them came back, with the same carrier gains.
``own_embedded`` (session 24): five category sources (three attack kinds, two benign twin
kinds) at 0.4, about two sources' weight, as ``own_preference``. ``own_harmask`` (session 25):
one attack and four benign twin sources (wrapped operational harm asks; the same wrappers around
scenes and XSTest-style homonyms; conceptual and game questions) at 0.4, the same share.
``own_crossling`` (session 27, written only with ``make_crossling_data.py --train``): six
category sources (two attack kinds, four benign twin kinds) of disguised harmful asks in
low-resource languages at 0.3, about two sources. ``own_selfref`` (session 27): follow-up turns
on the assistant's own output (benign) and on its hidden setup (attack), three sources at 0.4."""
SOURCE_BOOST: dict[str, float] = json.loads(os.environ.get("PG_SOURCE_BOOST_JSON", "{}"))
"""Extra weight of single sources (``own_<file>:<category>``) in the linear model, from the
environment (ablation; empty, so 1, for the shipped file). Session 18 tried
``{"own_devtext:dev_artefact": 0.15, "own_devtext:dev_note": 0.15, "own_devtext:dev_inject": 1.5}``
with ``data/make_devtext_data.py --train`` (model card, "Tried after 1.12.0, not shipped:
developer artefacts")."""
SUFFIX_BOOST: dict[str, float] = json.loads(os.environ.get("PG_SUFFIX_BOOST_JSON", "{}"))
"""The same for the suffix head only (ablation; empty for the shipped file). Session 18 tried
``{"own_devtext:dev_artefact": 8}``: tightly typed artefacts (``o.user_id=u.id``, an access-log
line) have the tail shape of an optimised suffix, and at weight 1 the trees still gave the
issue's one-line query 0.93."""
SUFFIX_TREES = 150
SUFFIX_DEPTH = 3


def fit_suffix(feats: Featurizer, examples: Sequence[Example]) -> SuffixHead:
    """Gradient-boosted trees on the suffix measures: own generated suffixes against every
    benign training text. Other attacks are left out: a DAN prompt is no suffix, and
    counting it as one or as a non-suffix would both teach the trees something false.

    The LM measures of a benign text come from an LM fitted on the *other* half of the
    benign texts (cross-fitting): scored by an LM that had counted them, benign texts
    look more ordinary than unseen benign text will, and the trees would trust the LM
    cost too much (the generated suffixes are never in any LM)."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    rows = [e for e in examples if (e.label == 0 and e.source != "augmented_splice") or e.source in SUFFIX_SOURCES]
    half = [int(hashlib.blake2b(e.text.encode(), digest_size=2).hexdigest(), 16) & 1 for e in rows]
    lms = [
        CharLM.fit(feats.view(e.text) for e, h in zip(rows, half, strict=True) if e.label == 0 and h == k)
        for k in (0, 1)
    ]
    x = []
    for e, h in zip(rows, half, strict=True):
        shape, body = feats.suffix_split(e.text)
        lm = lms[1 - h] if e.label == 0 else feats.config.lm
        x.append(np.concatenate([shape, lm_measures(body, lm), [cli_share(body[-SUFFIX_TAIL:])]]))
    y = np.array([e.label for e in rows])
    clf = HistGradientBoostingClassifier(
        max_iter=SUFFIX_TREES,
        max_depth=SUFFIX_DEPTH,
        learning_rate=0.1,
        l2_regularization=1.0,
        early_stopping=False,
        random_state=SEED,
    )
    clf.fit(np.stack(x), y, sample_weight=source_weights(rows, OWN_BOOST, SUFFIX_BOOST))
    return SuffixHead.from_sklearn(clf)


CALIBRATION_QUANTILE = 0.98
"""The benign reference quantile :func:`calibrate_bias` holds fixed (chosen before any result:
the benchmark's operating point is 2% FPR)."""
_CAL_ENV = os.environ.get("PG_CALIBRATION_LOGIT", "")
CALIBRATION_LOGIT: float | None = float(_CAL_ENV) if _CAL_ENV else None
"""Linear logit (``w·x + b``) a fitted model is made to give at ``CALIBRATION_QUANTILE`` of its
benign reference texts (:func:`reference_texts`), from the environment; None (unset, the
shipped file) keeps the intercept liblinear fits. Session 19 tried -0.3544, what 1.12.0 gives
its own reference texts on the session-18 rule pack: it did not keep the probes (model card,
"Tried after 1.12.0, not shipped: a calibrated intercept")."""


def reference_texts(examples: Sequence[Example]) -> list[str]:
    """The benign reference of one training set: its public ``benign_*`` texts (each once).

    Never the project's own rows: those are the rows a change of the training data adds or
    reweighs, and the reference has to stay put when they do. In a leave-one-source-out fold
    that holds a benign folder out, the reference lacks that folder, as the training set does."""
    seen: set[str] = set()
    out: list[str] = []
    for e in examples:
        if e.label == 0 and e.source.startswith("benign_") and e.text not in seen:
            seen.add(e.text)
            out.append(e.text)
    return out


def calibrate_bias(
    feats: Featurizer,
    weights: np.ndarray,
    bias: float,
    reference: Sequence[str],
    target: float,
    quantile: float = CALIBRATION_QUANTILE,
) -> float:
    """The intercept that puts the linear logit at ``quantile`` of the ``reference`` texts at ``target``.

    Meant (session 19) to keep new benign rows from shifting every score: the intercept
    liblinear fits moves with the class balance of the whole training set, so a fixed benign
    reference held at a fixed logit leaves new data only the weights of the features it
    carries. ``feats.config`` must hold the LM the weights were fitted with (as :func:`fit`
    leaves it). Measured, the intercept was not what moved the scores: with the developer
    artefacts it fell by 0.16, but the reference's 98th-percentile logit by only 0.04 (the
    weights absorb it), and the lost probes were rows whose own weights changed."""
    if not reference:
        return bias
    z = feats.matrix(reference) @ weights.astype(np.float64) + bias
    return float(bias + target - np.quantile(z, quantile))


LINEAR_C = 0.5
"""Inverse L2 strength of the linear model (``-C``; the benchmark's ``--c``). Session 20 swept it on
the session-19 rule pack (leave-one-source-out at 2% FPR, text alone / in context): 0.3 ->
0.7785 / 0.8352, 0.5 -> 0.7804 / 0.8325, 1.0 -> 0.7776 / 0.8233. A lower C trades text alone for
in context and loses 4 of 8 ``token_smuggling`` probes (0.3 and 0.4); 1.0 overfits (43 more
in-sample attack flags, worse held out). So 0.5 (model card, "a retrain on the session-19 rules")."""


def fit(
    feats: Featurizer,
    examples: Sequence[Example],
    c: float = LINEAR_C,
    intercept: bool = True,
    suffix: bool = True,
    calibration: float | None = CALIBRATION_LOGIT,
) -> tuple[np.ndarray, float, SuffixHead | None]:
    """Fit the LM (when the config uses one), the classifier and the suffix head;
    ``feats.config`` then holds the fitted LM, to be saved with the weights. Given a
    ``calibration`` logit (``PG_CALIBRATION_LOGIT``; none for the shipped file), the intercept
    is then set by :func:`calibrate_bias` against :func:`reference_texts` of ``examples``."""
    from sklearn.linear_model import LogisticRegression

    if feats.config.lm_weight > 0:
        feats.set_lm(fit_lm(feats, examples))
    x = feats.matrix([e.text for e in examples])
    y = np.array([e.label for e in examples])
    # liblinear shuffles the coordinates with numpy's global RNG unless given a seed: without
    # one, two runs differed by up to 0.2 in single weights (1.1.0 and earlier).
    clf = LogisticRegression(
        C=c, solver="liblinear", dual=True, max_iter=1000, fit_intercept=intercept, random_state=SEED
    )
    clf.fit(x, y, sample_weight=source_weights(examples, OWN_BOOST, SOURCE_BOOST))
    bias = float(clf.intercept_[0]) if intercept else 0.0
    weights = clf.coef_[0].astype(np.float32)
    if calibration is not None:
        bias = calibrate_bias(feats, weights, bias, reference_texts(examples), calibration)
    head = fit_suffix(feats, examples) if suffix else None
    return weights, bias, head


OPERATOR_PROMPTS = OWN_DATA / "system_prompts.jsonl"
_CSE = "injection_cyberseceval"


def load_operator_prompts(data_dir: Path) -> dict[str, list[Example]]:
    """Operators' system prompts as benign texts (1.10.0), keyed by the public folder they
    come with ("" for the project's own ``data/system_prompts.jsonl``).

    A system prompt states a role, declares a secret and forbids revealing it, which is the
    vocabulary of an ask for that secret; developers paste such prompts (and keys) into
    what the detector reads. CyberSecEval ships the 776 distinct prompts its attacks were
    written against (18 languages): they are benign operator text, but they belong to that
    folder, so a leave-one-source-out fold that holds CyberSecEval out leaves them out too."""
    out: dict[str, list[Example]] = {"": []}
    if OPERATOR_PROMPTS.exists():
        with OPERATOR_PROMPTS.open(encoding="utf-8") as fh:
            out[""] = [
                Example(str(json.loads(line)["text"]), 0, "operator:own_system_prompts", "system_prompt")
                for line in fh
                if line.strip()
            ]
    folder = data_dir / _CSE
    seen: set[str] = set()
    rows: list[Example] = []
    for path in sorted(folder.glob("*.jsonl")) if folder.is_dir() else ():
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                sp = str(json.loads(line).get("system_prompt") or "")
                if sp and sp not in seen:
                    seen.add(sp)
                    rows.append(Example(sp, 0, f"operator:{_CSE}", "system_prompt"))
    out[_CSE] = rows
    return out


def build_training_set(
    shared: dict[str, list[Example]],
    own: dict[str, list[Example]],
    *,
    exclude: Iterable[str] = (),
    include_cc_by_sa: bool = False,
    n_splice: int = 1500,
    seed: int = SEED,
    operator: dict[str, list[Example]] | None = None,
) -> list[Example]:
    skip = set(exclude)
    rng = random.Random(seed)
    data: list[Example] = []
    for name, rows in shared.items():
        if name in skip:
            continue
        data.extend(e for e in rows if trainable(name, e, include_cc_by_sa))
    for rows in own.values():
        data.extend(rows)
    for owner, rows in (operator or {}).items():
        if owner not in skip:
            data.extend(rows)
    benign = [e for e in data if e.label == 0]
    attacks = [e for e in data if e.label == 1]
    data.extend(splice_attacks(benign, attacks, n_splice, rng))
    return data


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data-dir", type=Path, default=default_data_dir())
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--include-cc-by-sa", action="store_true")
    ap.add_argument("-C", type=float, default=LINEAR_C, help="inverse L2 strength of the linear model")
    args = ap.parse_args(argv)
    if not args.data_dir.is_dir():
        print(f"data dir not found: {args.data_dir}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    rules = RuleSet.load()
    config = feature_config()
    feats = Featurizer(rules, config)
    shared = load_shared(args.data_dir)
    own = load_own()
    data = build_training_set(
        shared, own, include_cc_by_sa=args.include_cc_by_sa, operator=load_operator_prompts(args.data_dir)
    )
    weights, bias, head = fit(feats, data, c=args.C)
    counts: dict[str, int] = {}
    for e in data:
        counts[e.source] = counts.get(e.source, 0) + 1
    meta = {
        "version": MODEL_VERSION,
        "trained_on": dict(sorted(counts.items())),
        "rules_pack": rules.pack,
        "C": args.C,
        "seed": SEED,
        "include_cc_by_sa": args.include_cc_by_sa,
    }
    if CALIBRATION_LOGIT is not None:
        meta["calibration"] = {"quantile": CALIBRATION_QUANTILE, "logit": CALIBRATION_LOGIT}
    InjectionModel(weights, bias, feats.config, meta, head).save(args.out)
    print(
        f"trained on {len(data)} examples in {time.perf_counter() - t0:.1f}s -> {args.out} "
        f"({args.out.stat().st_size / 1e6:.2f} MB)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
