"""Rendering evaluation results as a terminal table, JSON or Markdown.

Nothing here sees raw values: contexts arrive already masked (or deliberately unmasked
with ``--show-values``) from :mod:`promptguard.evaluation.metrics`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Literal

from promptguard.evaluation.compare import CHANGE_KINDS, Comparison
from promptguard.evaluation.metrics import (
    OUTSIDE,
    BinaryReport,
    ErrorExample,
    GateResult,
    Report,
    SpanReport,
)

__all__ = ["Format", "render", "render_comparison", "render_table"]

Format = Literal["table", "json", "markdown"]
FORMATS: tuple[Format, ...] = ("table", "json", "markdown")

_CHANGE_TITLES = {
    "gained_tp": "Gained (B finds, A missed)",
    "lost_tp": "Lost (A found, B misses)",
    "new_fp": "New false positives in B",
    "removed_fp": "False positives B removes",
}


def fmt_num(v: float | None, digits: int = 3) -> str:
    return "-" if v is None else f"{v:.{digits}f}"


def render_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    fmt: Literal["table", "markdown"] = "table",
) -> str:
    """Aligned plain text, or a GitHub Markdown table. Numbers right-aligned."""
    cells = [[_cell(c) for c in row] for row in rows]
    numeric = [all(_is_num(row[i]) for row in rows if i < len(row)) and bool(rows) for i in range(len(headers))]
    if fmt == "markdown":
        head = "| " + " | ".join(headers) + " |"
        sep = "| " + " | ".join("---:" if n else "---" for n in numeric) + " |"
        body = ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in cells]
        return "\n".join([head, sep, *body])
    widths = [len(h) for h in headers]
    for row in cells:
        for i, c in enumerate(row):
            widths[i] = max(widths[i], len(c))

    def line(values: Sequence[str]) -> str:
        out = []
        for i, v in enumerate(values):
            out.append(v.rjust(widths[i]) if numeric[i] else v.ljust(widths[i]))
        return "  ".join(out).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(r) for r in cells)])


def _cell(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:.3f}"
    if v is None:
        return "-"
    return str(v)


def _is_num(v: Any) -> bool:
    return v is None or (isinstance(v, (int, float)) and not isinstance(v, bool))


# --------------------------------------------------------------------------- single report
def render(
    report: Report,
    fmt: Format = "table",
    *,
    gates: Sequence[GateResult] = (),
    title: str | None = None,
) -> str:
    if fmt == "json":
        data = report.to_dict()
        if gates:
            data["gates"] = [g.to_dict() for g in gates]
        return json.dumps(data, indent=2, ensure_ascii=False)
    md = fmt == "markdown"
    parts: list[str] = []
    heading = title or f"{report.task} evaluation: {report.dataset}"
    parts.append(f"## {heading}" if md else heading)
    if isinstance(report, SpanReport):
        parts.extend(_span_sections(report, md))
    else:
        parts.extend(_binary_sections(report, md))
    if gates:
        parts.append(_h("Gates (--fail-under)", md))
        parts.append(
            render_table(
                ["gate", "minimum", "actual", "result"],
                [(g.key, g.minimum, g.actual, "pass" if g.passed else "FAIL") for g in gates],
                "markdown" if md else "table",
            )
        )
    return "\n\n".join(parts) + "\n"


def _h(text: str, md: bool) -> str:
    return f"### {text}" if md else f"{text}:"


def _span_sections(r: SpanReport, md: bool) -> list[str]:
    tf: Literal["table", "markdown"] = "markdown" if md else "table"
    out = [f"{r.n_records} records, {r.match} matching" + (f", {r.n_errors} scan errors" if r.n_errors else "")]
    rows: list[list[Any]] = []
    for e in r.entities:
        name = e.entity if e.in_scope else f"{e.entity} (not annotated)"
        rows.append([name, e.support, e.predicted, e.tp, e.fp, e.fn, e.precision, e.recall, e.f1])
    m = r.micro
    rows.append(["micro", m.support, m.predicted, m.tp, m.fp, m.fn, m.precision, m.recall, m.f1])
    out.append(render_table(["entity", "gold", "pred", "tp", "fp", "fn", "precision", "recall", "f1"], rows, tf))
    if r.per_dataset:
        out.append(_h("Breakdown (micro)", md))
        out.append(
            render_table(
                ["group", "records", "gold", "pred", "precision", "recall", "f1"],
                [(g.name, g.n, g.support, g.predicted, g.precision, g.recall, g.f1) for g in r.per_dataset],
                tf,
            )
        )
    if r.confusion:
        out.append(_h(f"Confusion (rows: gold, columns: predicted, {OUTSIDE} = none)", md))
        cols = [*sorted({c for row in r.confusion.values() for c in row} - {OUTSIDE}), OUTSIDE]
        rows_c = [[gold, *(r.confusion[gold].get(c, 0) for c in cols)] for gold in r.confusion]
        out.append(render_table(["gold \\ pred", *cols], rows_c, tf))
    out.extend(_examples(r.misses, r.false_positives, md))
    if r.error_records:
        out.append("records with scan errors: " + ", ".join(r.error_records))
    return out


def _binary_sections(r: BinaryReport, md: bool) -> list[str]:
    tf: Literal["table", "markdown"] = "markdown" if md else "table"
    unit = "flagged" if r.task == "injection" else "with a secret finding"
    head = (
        f"{r.n_records} records ({r.positives} positive, {r.negatives} negative); "
        f"record counted as detected when {unit}"
    )
    if r.n_errors:
        head += f"; {r.n_errors} scan errors"
    if r.n_unscored:
        head += f"; {r.n_unscored} records without a score"
    out = [head]
    out.append(
        render_table(
            ["recall", "fpr", "precision", "f1", "roc_auc", "tp", "fp", "fn", "tn"],
            [[r.recall, r.fpr, r.precision, r.f1, r.auc, r.tp, r.fp, r.fn, r.tn]],
            tf,
        )
    )
    if r.recall_at_fpr:
        out.append(_h("Recall at fixed false-positive rates", md))
        out.append(
            render_table(
                ["target fpr", "recall", "threshold", "actual fpr"],
                [(f"{x.target_fpr:.0%}", x.recall, x.threshold, x.fpr) for x in r.recall_at_fpr],
                tf,
            )
        )
    if r.per_dataset:
        out.append(_h("Breakdown", md))
        out.append(
            render_table(
                ["group", "records", "positive", "negative", "tp", "fp", "recall", "fpr"],
                [(g.name, g.n, g.positives, g.negatives, g.tp, g.fp, g.recall, g.fpr) for g in r.per_dataset],
                tf,
            )
        )
    out.extend(_examples(r.misses, r.false_positives, md))
    return out


def _examples(misses: Sequence[ErrorExample], fps: Sequence[ErrorExample], md: bool) -> list[str]:
    out: list[str] = []
    tf: Literal["table", "markdown"] = "markdown" if md else "table"
    if misses:
        out.append(_h("Worst misses", md))
        out.append(
            render_table(
                ["record", "entity", "predicted instead", "context"],
                [(m.record_id, m.entity, m.other or "-", m.context) for m in misses],
                tf,
            )
        )
    if fps:
        out.append(_h("Worst false positives", md))
        out.append(
            render_table(
                ["record", "predicted", "score", "gold there", "recognizer", "context"],
                [(f.record_id, f.entity, f.score, f.other or "-", f.recognizer or "-", f.context) for f in fps],
                tf,
            )
        )
    return out


# --------------------------------------------------------------------------- comparison
def render_comparison(cmp: Comparison, fmt: Format = "table") -> str:
    if fmt == "json":
        return json.dumps(cmp.to_dict(), indent=2, ensure_ascii=False)
    md = fmt == "markdown"
    tf: Literal["table", "markdown"] = "markdown" if md else "table"
    title = f"Policy comparison: A = {cmp.name_a}, B = {cmp.name_b} on {cmp.report_a.dataset}"
    parts = [f"## {title}" if md else title]
    a, b = cmp.report_a, cmp.report_b
    if isinstance(a, SpanReport) and isinstance(b, SpanReport):
        names = sorted({e.entity for e in a.entities if e.support} | {e.entity for e in b.entities if e.support})
        rows = []
        for name in [*names, "micro"]:
            ea, eb = a.entity(name), b.entity(name)
            pa, ra, fa = (ea.precision, ea.recall, ea.f1) if ea else (0.0, 0.0, 0.0)
            pb, rb, fb = (eb.precision, eb.recall, eb.f1) if eb else (0.0, 0.0, 0.0)
            rows.append([name, pa, pb, ra, rb, fa, fb, f"{fb - fa:+.3f}"])
        parts.append(render_table(["entity", "P(A)", "P(B)", "R(A)", "R(B)", "F1(A)", "F1(B)", "ΔF1"], rows, tf))
    elif isinstance(a, BinaryReport) and isinstance(b, BinaryReport):
        rows = [[k, getattr(a, k), getattr(b, k)] for k in ("recall", "fpr", "precision", "f1", "auc")]
        parts.append(render_table(["metric", "A", "B"], rows, tf))
    parts.append(render_table(["change", "count"], [(_CHANGE_TITLES[k], cmp.counts[k]) for k in CHANGE_KINDS], tf))
    for kind in CHANGE_KINDS:
        items = cmp.of_kind(kind)
        if not items:
            continue
        shown = f" (first {len(items)} of {cmp.counts[kind]})" if len(items) < cmp.counts[kind] else ""
        parts.append(_h(_CHANGE_TITLES[kind] + shown, md))
        parts.append(
            render_table(
                ["record", "entity", "recognizer", "context"],
                [(c.record_id, c.entity, c.recognizer or "-", c.context) for c in items],
                tf,
            )
        )
    return "\n\n".join(parts) + "\n"
