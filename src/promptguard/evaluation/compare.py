"""What a policy change gains and loses, finding by finding.

The review a compliance team does before approving a pack change: run policy A and policy
B over the same data, then list every gold span B finds that A missed (gained true
positives), every one A found that B now misses (lost), and the false positives B adds or
removes. For injection and secrets data the unit is the record.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from promptguard.evaluation.datasets import Dataset
from promptguard.evaluation.metrics import (
    MatchMode,
    RecordOutcome,
    Report,
    binary_outcome,
    evaluate,
    mask_context,
    record_outcomes,
)
from promptguard.evaluation.runner import Prediction, PredSpan

__all__ = ["Change", "Comparison", "compare_predictions"]

ChangeKind = Literal["gained_tp", "lost_tp", "new_fp", "removed_fp"]
CHANGE_KINDS: tuple[ChangeKind, ...] = ("gained_tp", "lost_tp", "new_fp", "removed_fp")


@dataclass(frozen=True, slots=True)
class Change:
    kind: ChangeKind
    record_id: str
    dataset: str
    entity: str
    start: int
    end: int
    context: str
    recognizer: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "record_id": self.record_id,
            "dataset": self.dataset,
            "entity": self.entity,
            "start": self.start,
            "end": self.end,
            "context": self.context,
            "recognizer": self.recognizer,
        }


@dataclass(frozen=True, slots=True)
class Comparison:
    name_a: str
    name_b: str
    report_a: Report
    report_b: Report
    changes: tuple[Change, ...]
    counts: dict[str, int]
    """Number of changes of each kind (all of them, not only the ones listed)."""

    def of_kind(self, kind: ChangeKind) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.kind == kind)

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.name_a,
            "b": self.name_b,
            "counts": dict(self.counts),
            "report_a": self.report_a.to_dict(),
            "report_b": self.report_b.to_dict(),
            "changes": [c.to_dict() for c in self.changes],
        }


def compare_predictions(
    dataset: Dataset,
    preds_a: Sequence[Prediction],
    preds_b: Sequence[Prediction],
    *,
    name_a: str = "A",
    name_b: str = "B",
    match: MatchMode = "overlap",
    secret_entities: frozenset[str] | None = None,
    entities: frozenset[str] | None = None,
    show_values: bool = False,
    limit: int | None = 50,
) -> Comparison:
    """Diff two runs over the same dataset; ``limit`` caps the changes listed per kind."""
    report_a = evaluate(dataset, preds_a, match=match, secret_entities=secret_entities, entities=entities)
    report_b = evaluate(dataset, preds_b, match=match, secret_entities=secret_entities, entities=entities)
    a_by_id = {p.record_id: p for p in preds_a}
    b_by_id = {p.record_id: p for p in preds_b}
    changes: list[Change] = []
    counts: dict[str, int] = dict.fromkeys(CHANGE_KINDS, 0)

    def add(change: Change) -> None:
        counts[change.kind] += 1
        if limit is None or counts[change.kind] <= limit:
            changes.append(change)

    for rec in dataset.records:
        pa = a_by_id.get(rec.id, Prediction(rec.id, error="not scanned"))
        pb = b_by_id.get(rec.id, Prediction(rec.id, error="not scanned"))
        if dataset.task != "pii":
            _binary_changes(dataset, rec, pa, pb, secret_entities, show_values, add)
            continue
        oa, ob = record_outcomes(rec, pa, match), record_outcomes(rec, pb, match)
        others = [(g.start, g.end, g.label) for g in rec.spans]
        others += [(p.start, p.end, p.entity_type) for p in (*pa.spans, *pb.spans)]
        for g, fa, fb in zip(rec.spans, oa.found, ob.found, strict=False):
            if fa == fb or (entities is not None and g.label not in entities):
                continue
            ctx = mask_context(rec.text, g.start, g.end, g.label, others, show_values=show_values)
            kind: ChangeKind = "gained_tp" if fb else "lost_tp"
            add(Change(kind, rec.id, rec.dataset, g.label, g.start, g.end, ctx))
        # A false positive is identified by its span and type: the same FP in both runs is
        # no change, whichever recognizer produced it.
        fp_a, fp_b = _false_positives(pa, oa, entities), _false_positives(pb, ob, entities)
        for key in sorted(fp_b.keys() - fp_a.keys()):
            p = fp_b[key]
            ctx = mask_context(rec.text, p.start, p.end, p.entity_type, others, show_values=show_values)
            add(Change("new_fp", rec.id, rec.dataset, p.entity_type, p.start, p.end, ctx, p.recognizer))
        for key in sorted(fp_a.keys() - fp_b.keys()):
            p = fp_a[key]
            ctx = mask_context(rec.text, p.start, p.end, p.entity_type, others, show_values=show_values)
            add(Change("removed_fp", rec.id, rec.dataset, p.entity_type, p.start, p.end, ctx, p.recognizer))
    return Comparison(name_a, name_b, report_a, report_b, tuple(changes), counts)


def _false_positives(
    pred: Prediction, outcome: RecordOutcome, entities: frozenset[str] | None
) -> dict[tuple[int, int, str], PredSpan]:
    return {
        (p.start, p.end, p.entity_type): p
        for p, ok in zip(pred.spans, outcome.correct, strict=False)
        if not ok and (entities is None or p.entity_type in entities)
    }


def _binary_changes(
    dataset: Dataset,
    rec: Any,
    pa: Prediction,
    pb: Prediction,
    secret_entities: frozenset[str] | None,
    show_values: bool,
    add: Any,
) -> None:
    flag_a, _ = binary_outcome(dataset.task, pa, secret_entities)
    flag_b, _ = binary_outcome(dataset.task, pb, secret_entities)
    if flag_a == flag_b:
        return
    positive = bool(rec.label)
    if positive:
        kind: ChangeKind = "gained_tp" if flag_b else "lost_tp"
    else:
        kind = "new_fp" if flag_b else "removed_fp"
    entity = "PROMPT_INJECTION" if dataset.task == "injection" else "SECRET"
    if show_values:
        ctx = rec.text[:80].replace("\n", " ") + ("…" if len(rec.text) > 80 else "")
    else:
        ctx = f"<{len(rec.text)} chars>"
    add(Change(kind, rec.id, rec.dataset, entity, 0, len(rec.text), ctx))
