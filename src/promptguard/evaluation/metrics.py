"""Scoring: span-level P/R/F1 for PII, record-level detection metrics for injection and secrets.

Span matching (per record, per entity type):

* ``exact``: a prediction matches a gold span when both offsets are equal.
* ``overlap``: a prediction matches a gold span when they share at least one character.

A gold span is *found* when a prediction of the same type matches it (recall counts found
gold spans); a prediction is *correct* when it matches a gold span of the same type
(precision counts correct predictions). Counting the two sides separately is what makes
overlap matching fair when one tool splits an address in two and another does not: the
split tool is not punished with a false positive for the second half. In exact mode the
two counts coincide. Undefined ratios (0/0) are reported as 0, as scikit-learn's
``zero_division=0`` does.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from promptguard.evaluation.datasets import Dataset, GoldSpan, Record, Task
from promptguard.evaluation.runner import Prediction, PredSpan

__all__ = [
    "DEFAULT_FPR_TARGETS",
    "DEFAULT_SECRET_ENTITIES",
    "OUTSIDE",
    "BinaryReport",
    "EntityScores",
    "ErrorExample",
    "GateResult",
    "GroupScores",
    "MatchMode",
    "RecallAtFpr",
    "RecordOutcome",
    "Report",
    "SpanReport",
    "binary_outcome",
    "check_gates",
    "evaluate",
    "evaluate_binary",
    "evaluate_spans",
    "group_key",
    "is_secret_span",
    "mask_context",
    "parse_gates",
    "recall_at_fpr",
    "record_outcomes",
    "roc_auc",
    "validate_gates",
]

MatchMode = Literal["exact", "overlap"]
MATCH_MODES: tuple[MatchMode, ...] = ("exact", "overlap")

DEFAULT_FPR_TARGETS: tuple[float, ...] = (0.01, 0.02, 0.05)

# Entity names a secret detector may use. Anything from the ``secrets`` pack counts as well;
# the word test catches provider-specific names such as GITHUB_TOKEN or AWS_SECRET_KEY.
DEFAULT_SECRET_ENTITIES = frozenset(
    {
        "SECRET",
        "API_KEY",
        "ACCESS_TOKEN",
        "AUTH_TOKEN",
        "BEARER_TOKEN",
        "CONNECTION_STRING",
        "CREDENTIAL",
        "CREDENTIALS",
        "JWT",
        "PASSWORD",
        "PRIVATE_KEY",
    }
)
_SECRET_WORD = re.compile(r"SECRET|TOKEN|PASSWORD|PASSWD|CREDENTIAL|PRIVATE_KEY|API_KEY|ACCESS_KEY")

OUTSIDE = "O"
"""Row/column of the confusion matrix for "no gold span" / "no prediction"."""


# =========================================================================== result types
@dataclass(frozen=True, slots=True)
class EntityScores:
    entity: str
    support: int
    """Gold spans of this type."""
    predicted: int
    """Predicted spans of this type."""
    tp: int
    """Gold spans found (recall numerator)."""
    tp_pred: int
    """Correct predictions (precision numerator); equals ``tp`` in exact mode."""
    precision: float
    recall: float
    f1: float
    in_scope: bool = True
    """False for predicted types that the data does not annotate (not in the micro average)."""

    @property
    def fn(self) -> int:
        return self.support - self.tp

    @property
    def fp(self) -> int:
        return self.predicted - self.tp_pred

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.update(fn=self.fn, fp=self.fp)
        for k in ("precision", "recall", "f1"):
            d[k] = round(d[k], 4)
        return d


@dataclass(frozen=True, slots=True)
class ErrorExample:
    """A miss or a false positive, with its context; the value is masked unless asked."""

    kind: Literal["miss", "false_positive"]
    record_id: str
    dataset: str
    entity: str
    start: int
    end: int
    context: str
    other: str | None = None
    """For a miss: the type predicted there instead; for a false positive: the gold type there."""
    score: float | None = None
    recognizer: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        if d["score"] is not None:
            d["score"] = round(d["score"], 4)
        return d


@dataclass(frozen=True, slots=True)
class GroupScores:
    """Micro scores of one dataset (PII) or detection counts of one dataset (binary tasks)."""

    name: str
    n: int
    support: int = 0
    predicted: int = 0
    precision: float = 0.0
    recall: float | None = 0.0
    f1: float = 0.0
    positives: int = 0
    negatives: int = 0
    tp: int = 0
    fp: int = 0
    fpr: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in asdict(self).items()}


@dataclass(frozen=True, slots=True)
class SpanReport:
    task: Literal["pii"]
    dataset: str
    match: MatchMode
    n_records: int
    entities: tuple[EntityScores, ...]
    micro: EntityScores
    confusion: Mapping[str, Mapping[str, int]]
    misses: tuple[ErrorExample, ...]
    false_positives: tuple[ErrorExample, ...]
    per_dataset: tuple[GroupScores, ...] = ()
    n_errors: int = 0
    error_records: tuple[str, ...] = ()

    def entity(self, name: str) -> EntityScores | None:
        if name.lower() in ("micro", "all", "*"):
            return self.micro
        for e in self.entities:
            if e.entity == name:
                return e
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "task": self.task,
            "dataset": self.dataset,
            "match": self.match,
            "n_records": self.n_records,
            "micro": self.micro.to_dict(),
            "entities": [e.to_dict() for e in self.entities],
            "per_dataset": [g.to_dict() for g in self.per_dataset],
            "confusion": {k: dict(v) for k, v in self.confusion.items()},
            "misses": [m.to_dict() for m in self.misses],
            "false_positives": [f.to_dict() for f in self.false_positives],
            "n_errors": self.n_errors,
            "error_records": list(self.error_records),
        }


@dataclass(frozen=True, slots=True)
class RecallAtFpr:
    target_fpr: float
    recall: float
    threshold: float | None
    """Lowest score threshold (flag when score >= threshold) that keeps FPR <= target."""
    fpr: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "target_fpr": self.target_fpr,
            "recall": round(self.recall, 4),
            "threshold": None if self.threshold is None else round(self.threshold, 6),
            "fpr": round(self.fpr, 4),
        }


@dataclass(frozen=True, slots=True)
class BinaryReport:
    """Record-level detection: prompt injection (flagged) or secrets (any secret finding)."""

    task: Literal["injection", "secrets"]
    dataset: str
    n_records: int
    positives: int
    negatives: int
    tp: int
    fp: int
    recall: float | None
    fpr: float | None
    precision: float | None
    f1: float | None
    auc: float | None
    recall_at_fpr: tuple[RecallAtFpr, ...] = ()
    per_dataset: tuple[GroupScores, ...] = ()
    misses: tuple[ErrorExample, ...] = ()
    false_positives: tuple[ErrorExample, ...] = ()
    n_errors: int = 0
    n_unscored: int = 0
    """Records for which the scanner gave no score (injection: no verdict)."""
    error_records: tuple[str, ...] = ()

    @property
    def fn(self) -> int:
        return self.positives - self.tp

    @property
    def tn(self) -> int:
        return self.negatives - self.fp

    def to_dict(self) -> dict[str, Any]:
        def r(v: float | None) -> float | None:
            return None if v is None else round(v, 4)

        return {
            "task": self.task,
            "dataset": self.dataset,
            "n_records": self.n_records,
            "positives": self.positives,
            "negatives": self.negatives,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "recall": r(self.recall),
            "fpr": r(self.fpr),
            "precision": r(self.precision),
            "f1": r(self.f1),
            "auc": r(self.auc),
            "recall_at_fpr": [x.to_dict() for x in self.recall_at_fpr],
            "per_dataset": [g.to_dict() for g in self.per_dataset],
            "misses": [m.to_dict() for m in self.misses],
            "false_positives": [f.to_dict() for f in self.false_positives],
            "n_errors": self.n_errors,
            "n_unscored": self.n_unscored,
            "error_records": list(self.error_records),
        }


Report = SpanReport | BinaryReport


# =========================================================================== helpers
def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _matches(g: GoldSpan, p: PredSpan, mode: MatchMode) -> bool:
    if mode == "exact":
        return g.start == p.start and g.end == p.end
    return g.start < p.end and p.start < g.end


def _overlap_len(g: GoldSpan, p: PredSpan) -> int:
    return max(0, min(g.end, p.end) - max(g.start, p.start))


def _check_match(match: str) -> MatchMode:
    if match not in MATCH_MODES:
        raise ValueError(f"match must be one of {', '.join(MATCH_MODES)}, not {match!r}")
    return match  # type: ignore[return-value]


def _index(dataset: Dataset, predictions: Sequence[Prediction]) -> list[tuple[Record, Prediction]]:
    by_id = {p.record_id: p for p in predictions}
    pairs = []
    for rec in dataset.records:
        pred = by_id.get(rec.id)
        if pred is None:
            # A record the runner never scanned must not read as "nothing found, all clean".
            pred = Prediction(record_id=rec.id, error="not scanned")
        pairs.append((rec, pred))
    return pairs


# --------------------------------------------------------------------------- masking
def mask_context(
    text: str,
    start: int,
    end: int,
    label: str,
    others: Iterable[tuple[int, int, str]] = (),
    *,
    show_values: bool = False,
    width: int = 40,
) -> str:
    """``…left [[<LABEL>]] right…`` around ``text[start:end]``.

    Without ``show_values`` the focus span *and* every other annotated or predicted span in
    the window are replaced by their type, because the neighbours are just as sensitive.
    """
    lo, hi = max(0, start - width), min(len(text), end + width)
    if show_values:
        body = text[lo:start] + "[[" + text[start:end] + "]]" + text[end:hi]
    else:
        body = _masked(text, lo, start, others) + f"[[<{label}>]]" + _masked(text, end, hi, others)
    body = body.replace("\r", " ").replace("\n", " ").replace("\t", " ")
    return ("…" if lo > 0 else "") + body + ("…" if hi < len(text) else "")


def _masked(text: str, a: int, b: int, others: Iterable[tuple[int, int, str]]) -> str:
    if a >= b:
        return ""
    cuts = sorted((max(s, a), min(e, b), lab) for s, e, lab in others if s < b and a < e)
    out: list[str] = []
    pos = a
    for s, e, lab in cuts:
        if e <= pos:
            continue
        if s > pos:
            out.append(text[pos:s])
        out.append(f"<{lab}>")
        pos = e
    out.append(text[pos:b])
    return "".join(out)


# =========================================================================== PII spans
@dataclass(slots=True)
class _Counts:
    support: int = 0
    predicted: int = 0
    tp: int = 0
    tp_pred: int = 0


@dataclass(frozen=True, slots=True)
class RecordOutcome:
    """Per-record matching, shared by the metrics and by ``compare``."""

    found: tuple[bool, ...]
    """Per gold span (in ``record.spans`` order): found by a same-type prediction."""
    correct: tuple[bool, ...]
    """Per predicted span (in ``prediction.spans`` order): matches a same-type gold span."""
    confused_as: tuple[str | None, ...] = field(default=())
    """Per gold span: type of the best other-type prediction when not found."""
    fp_gold: tuple[str | None, ...] = field(default=())
    """Per predicted span: the gold type it overlaps when it is not correct."""


def record_outcomes(record: Record, pred: Prediction, match: MatchMode) -> RecordOutcome:
    gold, preds = record.spans, pred.spans
    found = []
    confused: list[str | None] = []
    for g in gold:
        hit = False
        best: tuple[int, str] | None = None
        for p in preds:
            if not _matches(g, p, match):
                continue
            if p.entity_type == g.label:
                hit = True
                break
            ov = _overlap_len(g, p)
            if best is None or ov > best[0]:
                best = (ov, p.entity_type)
        found.append(hit)
        confused.append(None if hit or best is None else best[1])
    correct = []
    fp_gold: list[str | None] = []
    for p in preds:
        ok = False
        other: str | None = None
        for g in gold:
            if not _matches(g, p, match):
                continue
            if g.label == p.entity_type:
                ok = True
                break
            other = other or g.label
        correct.append(ok)
        fp_gold.append(None if ok else other)
    return RecordOutcome(tuple(found), tuple(correct), tuple(confused), tuple(fp_gold))


def _scores(entity: str, c: _Counts, in_scope: bool = True) -> EntityScores:
    p = _ratio(c.tp_pred, c.predicted)
    r = _ratio(c.tp, c.support)
    return EntityScores(entity, c.support, c.predicted, c.tp, c.tp_pred, p, r, _f1(p, r), in_scope)


def evaluate_spans(
    dataset: Dataset,
    predictions: Sequence[Prediction],
    *,
    match: MatchMode = "overlap",
    entities: Iterable[str] | None = None,
    show_values: bool = False,
    top: int = 10,
    group_by: str | None = None,
) -> SpanReport:
    """Span-level scores per entity and micro-averaged.

    ``entities`` is the scope of the micro average; by default the labels the data
    annotates (a prediction of a type the data never labels, e.g. CRYPTO on a names corpus,
    is reported on its own row but is not counted as a false positive of the whole). When the
    data annotates nothing at all (a benign file), every prediction is in scope.
    ``group_by`` names a record field (``category``, ``language``...) for the breakdown; by
    default the breakdown is per file, when there are several.
    """
    match = _check_match(match)
    pairs = _index(dataset, predictions)
    counts: dict[str, _Counts] = defaultdict(_Counts)
    per_ds: dict[str, dict[str, _Counts]] = defaultdict(lambda: defaultdict(_Counts))
    per_ds_n: Counter[str] = Counter()
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    misses: list[tuple[tuple[Any, ...], ErrorExample]] = []
    fps: list[tuple[tuple[Any, ...], ErrorExample]] = []
    errors: list[str] = []
    gold_labels = {s.label for r in dataset.records for s in r.spans}
    explicit = set(entities) if entities is not None else None

    def listed(entity: str) -> bool:
        # A CRYPTO finding on a corpus that never annotates CRYPTO is not known to be wrong.
        if explicit is not None:
            return entity in explicit
        return not gold_labels or entity in gold_labels

    for order, (rec, pred) in enumerate(pairs):
        key = group_key(rec, group_by)
        per_ds_n[key] += 1
        if pred.error:
            errors.append(rec.id)
        out = record_outcomes(rec, pred, match)
        others = [(g.start, g.end, g.label) for g in rec.spans] + [(p.start, p.end, p.entity_type) for p in pred.spans]
        for g, hit, conf in zip(rec.spans, out.found, out.confused_as, strict=False):
            for c in (counts[g.label], per_ds[key][g.label]):
                c.support += 1
                c.tp += hit
            if hit:
                confusion[g.label][g.label] += 1
                continue
            confusion[g.label][conf or OUTSIDE] += 1
            if not listed(g.label):
                continue
            ctx = mask_context(rec.text, g.start, g.end, g.label, others, show_values=show_values)
            ex = ErrorExample("miss", rec.id, rec.dataset, g.label, g.start, g.end, ctx, conf)
            # Complete misses first (nothing flagged there at all), then the longest spans.
            misses.append(((conf is not None, -(g.end - g.start), order), ex))
        for p, ok, gold_there in zip(pred.spans, out.correct, out.fp_gold, strict=False):
            for c in (counts[p.entity_type], per_ds[key][p.entity_type]):
                c.predicted += 1
                c.tp_pred += ok
            if ok:
                continue
            if gold_there is None:
                confusion[OUTSIDE][p.entity_type] += 1
            # An unannotated type on top of a gold span of another type is a known confusion
            # (LOCATION inside an address): worth showing. Elsewhere its correctness is unknown.
            if not listed(p.entity_type) and (explicit is not None or gold_there is None):
                continue
            ctx = mask_context(rec.text, p.start, p.end, p.entity_type, others, show_values=show_values)
            ex = ErrorExample(
                "false_positive",
                rec.id,
                rec.dataset,
                p.entity_type,
                p.start,
                p.end,
                ctx,
                gold_there,
                p.score,
                p.recognizer or None,
            )
            # The most confident false positives are the ones a reviewer must see first.
            fps.append(((-p.score, order), ex))

    scope = explicit if explicit is not None else (gold_labels or set(counts))
    # An explicit scope is "evaluate only these types": other rows are left out entirely.
    names = sorted(scope) if explicit is not None else sorted(counts)
    rows = tuple(_scores(e, counts[e], e in scope) for e in names)
    micro = _micro("micro", (counts[e] for e in scope if e in counts))

    groups = []
    if len(per_ds_n) > 1 or group_by:
        for name in sorted(per_ds_n):
            m = _micro(name, (c for e, c in per_ds[name].items() if e in scope))
            groups.append(
                GroupScores(
                    name=name,
                    n=per_ds_n[name],
                    support=m.support,
                    predicted=m.predicted,
                    precision=m.precision,
                    recall=m.recall,
                    f1=m.f1,
                )
            )
    misses.sort(key=lambda t: t[0])
    fps.sort(key=lambda t: t[0])
    return SpanReport(
        task="pii",
        dataset=dataset.name,
        match=match,
        n_records=len(pairs),
        entities=rows,
        micro=micro,
        confusion={k: dict(sorted(v.items())) for k, v in sorted(confusion.items())},
        misses=tuple(ex for _, ex in misses[:top]),
        false_positives=tuple(ex for _, ex in fps[:top]),
        per_dataset=tuple(groups),
        n_errors=len(errors),
        error_records=tuple(errors[:top]),
    )


def _micro(name: str, counts: Iterable[_Counts]) -> EntityScores:
    total = _Counts()
    for c in counts:
        total.support += c.support
        total.predicted += c.predicted
        total.tp += c.tp
        total.tp_pred += c.tp_pred
    return _scores(name, total)


# =========================================================================== binary tasks
def roc_auc(scores: Sequence[float], labels: Sequence[int]) -> float | None:
    """Area under the ROC curve (Mann-Whitney U; ties count one half). None with one class."""
    pos = sum(1 for y in labels if y == 1)
    neg = len(labels) - pos
    if pos == 0 or neg == 0:
        return None
    # Average ranks over ties, then U = sum of positive ranks - pos*(pos+1)/2.
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    ranks = [0.0] * len(scores)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        avg = (i + j) / 2 + 1
        for k in range(i, j + 1):
            ranks[order[k]] = avg
        i = j + 1
    rank_sum = sum(r for r, y in zip(ranks, labels, strict=False) if y == 1)
    return (rank_sum - pos * (pos + 1) / 2) / (pos * neg)


def recall_at_fpr(
    scores: Sequence[float],
    labels: Sequence[int],
    targets: Sequence[float] = DEFAULT_FPR_TARGETS,
) -> tuple[RecallAtFpr, ...]:
    """Best recall with a threshold ``score >= t`` whose false-positive rate stays <= target."""
    pos = sum(1 for y in labels if y == 1)
    neg = len(labels) - pos
    if pos == 0 or neg == 0:
        return ()
    pairs = sorted(zip(scores, labels, strict=False), key=lambda t: -t[0])
    # Walk thresholds from the highest score down; recall and FPR only grow.
    curve: list[tuple[float, int, int]] = []  # (threshold, tp, fp)
    tp = fp = 0
    i = 0
    while i < len(pairs):
        t = pairs[i][0]
        while i < len(pairs) and pairs[i][0] == t:
            tp += pairs[i][1] == 1
            fp += pairs[i][1] != 1
            i += 1
        curve.append((t, tp, fp))
    out = []
    for target in targets:
        best = RecallAtFpr(target, 0.0, None, 0.0)
        for t, tp_t, fp_t in curve:
            fpr = fp_t / neg
            if fpr > target + 1e-12:
                break
            # Strictly better recall only: of equal-recall thresholds keep the highest, the
            # operating point with the fewest false positives.
            if best.threshold is None or tp_t / pos > best.recall:
                best = RecallAtFpr(target, tp_t / pos, t, fpr)
        out.append(best)
    return tuple(out)


def is_secret_span(span: PredSpan, entities: frozenset[str] | None = None) -> bool:
    """Does this prediction count as "a secret was found"?

    With an explicit entity set only those types count; by default anything from the
    ``secrets`` pack, a known secret entity name, or a name with a secret-like word.
    """
    if entities is not None:
        return span.entity_type in entities
    return (
        span.pack == "secrets"
        or span.entity_type in DEFAULT_SECRET_ENTITIES
        or bool(_SECRET_WORD.search(span.entity_type))
    )


def binary_outcome(
    task: Task,
    pred: Prediction,
    secret_entities: frozenset[str] | None = None,
) -> tuple[bool, float | None]:
    """(flagged, score) of one record for a binary task; score None when unscored."""
    if task == "injection":
        if pred.injection_score is None:
            return False, None
        return bool(pred.injection_flagged), float(pred.injection_score)
    hits = [s.score for s in pred.spans if is_secret_span(s, secret_entities)]
    return bool(hits), max(hits) if hits else 0.0


def evaluate_binary(
    dataset: Dataset,
    predictions: Sequence[Prediction],
    *,
    secret_entities: frozenset[str] | None = None,
    fpr_targets: Sequence[float] = DEFAULT_FPR_TARGETS,
    show_values: bool = False,
    top: int = 10,
    group_by: str | None = None,
) -> BinaryReport:
    """Recall, FPR, precision, F1 and ROC AUC over records (label 1 = positive)."""
    task = dataset.task
    if task not in ("injection", "secrets"):
        raise ValueError(f"evaluate_binary needs injection or secrets data, not {task}")
    pairs = _index(dataset, predictions)
    scores: list[float] = []
    labels: list[int] = []
    tp = fp = 0
    unscored = 0
    errors: list[str] = []
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # n, pos, tp, fp
    misses: list[ErrorExample] = []
    fps: list[tuple[float, ErrorExample]] = []
    for rec, pred in pairs:
        y = int(rec.label or 0)
        flagged, score = binary_outcome(task, pred, secret_entities)
        if pred.error:
            errors.append(rec.id)
        if score is None:
            unscored += 1
            score = 0.0
        scores.append(score)
        labels.append(y)
        g = groups[group_key(rec, group_by)]
        g[0] += 1
        g[1] += y
        if flagged and y:
            tp += 1
            g[2] += 1
        elif flagged:
            fp += 1
            g[3] += 1
            fps.append((-score, _record_example(task, "false_positive", rec, pred, show_values, score)))
        elif y:
            misses.append(_record_example(task, "miss", rec, pred, show_values, score))
    pos = sum(labels)
    neg = len(labels) - pos
    recall = tp / pos if pos else None
    fpr = fp / neg if neg else None
    precision = tp / (tp + fp) if tp + fp else (None if not pos else 0.0)
    f1 = None if recall is None or precision is None else _f1(precision, recall)
    # A scanner that gave no injection score at all (detector disabled) has no curve: an
    # AUC of 0.5 from all-zero scores would read as "measured and useless".
    scored = unscored < len(pairs)
    auc = roc_auc(scores, labels) if scored else None
    r_at = recall_at_fpr(scores, labels, fpr_targets) if task == "injection" and scored else ()
    per_ds: tuple[GroupScores, ...] = ()
    if len(groups) > 1 or group_by:
        per_ds = tuple(
            GroupScores(
                name=name,
                n=n,
                positives=p,
                negatives=n - p,
                tp=t,
                fp=f,
                recall=(t / p if p else None),
                fpr=(f / (n - p) if n - p else None),
            )
            for name, (n, p, t, f) in sorted(groups.items())
        )
    fps.sort(key=lambda t: t[0])
    return BinaryReport(
        task=task,  # type: ignore[arg-type]
        dataset=dataset.name,
        n_records=len(pairs),
        positives=pos,
        negatives=neg,
        tp=tp,
        fp=fp,
        recall=recall,
        fpr=fpr,
        precision=precision,
        f1=f1,
        auc=auc,
        recall_at_fpr=r_at,
        per_dataset=per_ds,
        misses=tuple(misses[:top]),
        false_positives=tuple(ex for _, ex in fps[:top]),
        n_errors=len(errors),
        n_unscored=unscored,
        error_records=tuple(errors[:top]),
    )


def _record_example(
    task: Task,
    kind: Literal["miss", "false_positive"],
    rec: Record,
    pred: Prediction,
    show_values: bool,
    score: float | None,
) -> ErrorExample:
    # Record-level errors show only the opening of the text, and only when asked: an attack
    # prompt or a secret line is the very thing that must not leak into CI logs.
    if show_values:
        snippet = rec.text[:80].replace("\n", " ") + ("…" if len(rec.text) > 80 else "")
    else:
        snippet = f"<{len(rec.text)} chars>"
    entity = "PROMPT_INJECTION" if task == "injection" else "SECRET"
    if task == "secrets" and pred.spans and kind == "false_positive":
        entity = ",".join(sorted({s.entity_type for s in pred.spans}))
    return ErrorExample(kind, rec.id, rec.dataset, entity, 0, len(rec.text), snippet, None, score)


# =========================================================================== entry point
def evaluate(
    dataset: Dataset,
    predictions: Sequence[Prediction],
    *,
    match: MatchMode = "overlap",
    entities: Iterable[str] | None = None,
    secret_entities: frozenset[str] | None = None,
    show_values: bool = False,
    top: int = 10,
    group_by: str | None = None,
) -> Report:
    if dataset.task == "pii":
        return evaluate_spans(
            dataset,
            predictions,
            match=match,
            entities=entities,
            show_values=show_values,
            top=top,
            group_by=group_by,
        )
    return evaluate_binary(
        dataset,
        predictions,
        secret_entities=secret_entities,
        show_values=show_values,
        top=top,
        group_by=group_by,
    )


def group_key(record: Record, group_by: str | None) -> str:
    """The breakdown key of a record: its file by default, else a field of the record."""
    if not group_by:
        return record.dataset
    value = record.meta.get(group_by)
    if value is None and group_by in ("dataset", "file"):
        return record.dataset
    return "-" if value is None else str(value)


# =========================================================================== CI gates
@dataclass(frozen=True, slots=True)
class GateResult:
    key: str
    minimum: float
    actual: float
    passed: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "minimum": self.minimum,
            "actual": round(self.actual, 4),
            "passed": self.passed,
        }


BINARY_GATE_KEYS = (
    "recall",
    "precision",
    "f1",
    "auc",
    "specificity",
    *(f"recall@{int(t * 100)}%fpr" for t in DEFAULT_FPR_TARGETS),
)


def parse_gates(specs: Sequence[str] | None) -> dict[str, float]:
    """``ENTITY=0.9`` pairs (``micro`` for the micro average) into a mapping."""
    gates: dict[str, float] = {}
    for spec in specs or ():
        for item in spec.split(","):
            key, sep, raw = item.strip().partition("=")
            if not sep or not key.strip():
                raise ValueError(f"--fail-under {item!r}: expected ENTITY=MIN_F1, e.g. PERSON=0.8")
            try:
                value = float(raw)
            except ValueError:
                raise ValueError(f"--fail-under {item!r}: {raw!r} is not a number") from None
            if not 0.0 <= value <= 1.0 or math.isnan(value):
                raise ValueError(f"--fail-under {item!r}: the minimum must be between 0 and 1")
            gates[key.strip()] = value
    return gates


def validate_gates(dataset: Dataset, gates: Mapping[str, float]) -> None:
    """Reject gate keys that cannot apply to this data before anything is scanned."""
    for key in gates:
        if dataset.task == "pii":
            if key.lower() in ("micro", "all", "*") or key in dataset.labels:
                continue
            known = ", ".join(["micro", *dataset.labels])
            raise KeyError(f"no gold spans of {key!r} in the data; gate one of: {known}")
        if key.lower() not in BINARY_GATE_KEYS:
            raise KeyError(f"unknown gate {key!r} for {dataset.task}; use one of: {', '.join(BINARY_GATE_KEYS)}")


def check_gates(report: Report, gates: Mapping[str, float]) -> list[GateResult]:
    """Compare a report with minimums. Unknown keys raise ``KeyError`` with the valid ones.

    PII: keys are entity names (F1) or ``micro``. Injection / secrets: ``recall``,
    ``precision``, ``f1``, ``auc``, ``specificity`` (1 - FPR) and ``recall@N%fpr``.
    """
    results = []
    for key, minimum in gates.items():
        actual = _gate_value(report, key)
        results.append(GateResult(key, minimum, actual, actual + 1e-12 >= minimum))
    return results


def _gate_value(report: Report, key: str) -> float:
    if isinstance(report, SpanReport):
        row = report.entity(key)
        if row is None or (row is not report.micro and row.support == 0):
            known = ", ".join(["micro", *(e.entity for e in report.entities if e.support)])
            raise KeyError(f"no gold spans of {key!r} in the data; gate one of: {known}")
        return row.f1
    k = key.lower()
    for r in report.recall_at_fpr:
        if k == f"recall@{round(r.target_fpr * 100)}%fpr":
            return r.recall
    value: float | None
    if k == "specificity":
        value = None if report.fpr is None else 1.0 - report.fpr
    elif k in ("recall", "precision", "f1", "auc"):
        value = getattr(report, k)
    else:
        raise KeyError(f"unknown gate {key!r} for {report.task}; use one of: {', '.join(BINARY_GATE_KEYS)}")
    if value is None:
        raise KeyError(f"gate {key!r} is undefined on this data (one class only?)")
    return float(value)
