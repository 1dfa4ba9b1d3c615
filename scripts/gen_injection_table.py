"""Print (or write into README.md) the per-source leave-one-source-out injection table.

    python scripts/gen_injection_table.py                 # print the Markdown table
    python scripts/gen_injection_table.py --write README.md

The figures come from ``benchmarks/results/injection.json`` (written by
``python -m benchmarks --only injection``), so the README says what the last benchmark run
measured. ``--write`` replaces the text between ``<!-- injection-table:start -->`` and
``<!-- injection-table:end -->``; ``--check`` exits 1 when that text is stale.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import readme_block

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "benchmarks" / "results" / "injection.json"
START = "<!-- injection-table:start -->"
END = "<!-- injection-table:end -->"


def _pct(value: float | None) -> str:
    return "" if value is None else f"{100 * value:.1f}%"


def injection_table(results: dict[str, Any]) -> str:
    """The Markdown table (and its one-line summary) of ``results["loso"]``."""
    loso = results["loso"]
    pooled = loso["pooled"]
    context = loso.get("in_context")
    ctx_sources = context["per_source"] if context else {}
    head = "| held-out source | kind | n | flagged, text alone |"
    rule = "| --- | --- | ---: | ---: |"
    if context:
        head += " flagged, with a system prompt |"
        rule += " ---: |"
    lines = [head, rule]
    for src, row in sorted(loso["per_source"].items(), key=lambda kv: (kv[1]["kind"] != "attack", kv[0])):
        line = f"| {src} | {row['kind']} | {row['n']} | {_pct(row['flagged_at_pooled_threshold'])} |"
        if context:
            line += f" {_pct(ctx_sources.get(src, {}).get('in_context_flagged'))} |"
        lines.append(line)
    summary = (
        f"Pooled over all folds (model {results.get('model_version')}): text alone, attack recall "
        f"**{_pct(pooled['attack_recall_at_fpr_2pct'])}** at FPR {_pct(pooled['fpr_at_that_threshold'])} "
        f"(threshold {pooled['threshold_at_fpr_2pct']}, ROC AUC {pooled['roc_auc']})"
    )
    if context:
        summary += (
            f"; each text judged with a system prompt, attack recall "
            f"**{_pct(context['attack_recall_at_fpr_2pct'])}** at FPR {_pct(context['fpr_at_that_threshold'])} "
            f"(threshold {context['threshold_at_fpr_2pct']}, ROC AUC {context['roc_auc']})"
        )
    note = (
        "For attack sources the flagged share is recall, for benign sources the false-positive rate; "
        "each column uses its own threshold giving FPR <= 2% on all benign texts pooled."
    )
    return "\n".join(lines) + f"\n\n{summary}. {note}\n"


def splice(document: str, table: str) -> str:
    """``document`` with the text between the markers replaced by ``table``."""
    return readme_block.splice(document, table, START, END)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--results", type=Path, default=RESULTS, help="injection.json of a benchmark run")
    readme_block.add_target_options(ap)
    args = ap.parse_args(argv)
    try:
        table = injection_table(json.loads(args.results.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError) as exc:
        print(f"error: {args.results}: no LOSO results ({exc}); run the injection benchmark", file=sys.stderr)
        return 2
    return readme_block.write_or_check(args, table, START, END, "scripts/gen_injection_table.py")


if __name__ == "__main__":
    raise SystemExit(main())
