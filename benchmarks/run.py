"""The benchmark suite's one entry point: ``python -m benchmarks``.

Runs every part (or the ``--only`` ones) in its own subprocess, so that a part that
crashes, hangs or runs out of memory cannot stop the others nor skew their memory
figures; then reports which parts failed and assembles ``SUMMARY.md`` from the
parts' Markdown files (the README includes that file).

    python -m benchmarks                      # full run, < 15 min on 2 cores
    python -m benchmarks --quick              # smoke run (CI): checks it runs, not timings
    python -m benchmarks --only speed,secrets --data-dir ../shared/datasets
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from benchmarks.common import DATASETS_ENV, REPO_ROOT, RESULTS_ENV, check_pins, environment

__all__ = ["PARTS", "Part", "main"]


@dataclass(frozen=True, slots=True)
class Part:
    name: str
    """The ``--only`` name."""
    module: str
    """Module under ``benchmarks/`` with ``main(argv) -> int``."""
    title: str
    result: str
    """Stem of ``<result>.json`` / ``<result>.md`` the part writes."""

    def stems(self) -> tuple[str, ...]:
        # Accept the module name too, so a part that names its files after its module works.
        return tuple(dict.fromkeys((self.result, self.name, self.module)))

    def output(self, results: Path, suffix: str) -> Path:
        """The part's result file (the first stem that exists, else the canonical one)."""
        for stem in self.stems():
            path = results / f"{stem}{suffix}"
            if path.exists():
                return path
        return results / f"{self.result}{suffix}"


# Order matters only for reading SUMMARY.md: accuracy first, then cost.
PARTS: tuple[Part, ...] = (
    Part("accuracy", "accuracy", "Accuracy (PII datasets)", "accuracy"),
    Part("secrets", "secrets", "Secrets (vs detect-secrets)", "secrets"),
    Part("secrets_prompts", "secrets_prompts", "Secrets on realistic developer prompts", "secrets_prompts"),
    Part("injection", "injection", "Prompt injection", "injection"),
    Part("ner", "ner", "NER (vs Presidio with spaCy)", "ner"),
    Part("speed", "speed", "Engine speed and memory (vs Presidio, pattern-only)", "speed"),
    Part("sdk", "sdk_overhead", "Anthropic SDK hook overhead", "sdk"),
    Part("service", "service_load", "HTTP service under load", "service"),
)
_BY_NAME = {p.name: p for p in PARTS} | {p.module: p for p in PARTS}

_PART_RUNNER = (
    "import sys\n"
    "from importlib import import_module\n"
    "sys.exit(import_module('benchmarks.' + sys.argv[1]).main(sys.argv[2:]) or 0)\n"
)


@dataclass(frozen=True, slots=True)
class Outcome:
    part: Part
    status: str
    """``ok``, ``failed``, ``missing`` (no module), ``timeout`` or ``no-output``."""
    exit_code: int | None
    seconds: float
    detail: str = ""



def _result_date(json_path: Path, md: Path) -> str:
    """When a part's result was measured: the date its JSON records, else the Markdown file's
    modification time (a clone or checkout resets that to when the file was written locally)."""
    try:
        data = json.loads(json_path.read_text())
    except (OSError, ValueError):
        data = None
    if isinstance(data, dict):
        env, meta = data.get("environment"), data.get("meta")
        if isinstance(env, dict) and isinstance(env.get("date_utc"), str):  # common.environment()
            try:
                return datetime.strptime(env["date_utc"], "%Y-%m-%dT%H:%M:%SZ").strftime("%Y-%m-%d %H:%M UTC")
            except ValueError:
                pass
        if isinstance(meta, dict) and isinstance(meta.get("date"), str):  # accuracy's own header
            return str(meta["date"])
    return datetime.fromtimestamp(md.stat().st_mtime, timezone.utc).strftime("%Y-%m-%d %H:%M UTC")

def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Run the promptguard benchmark suite (each part in its own process).",
    )
    parser.add_argument("--quick", action="store_true", help="smoke run: tiny inputs, few repetitions")
    parser.add_argument("--data-dir", type=Path, default=None, help="datasets dir (default: ../shared/datasets)")
    parser.add_argument(
        "--only",
        default=None,
        help="comma-separated parts: " + ",".join(p.name for p in PARTS),
    )
    parser.add_argument(
        "--results-dir",
        type=Path,
        default=None,
        help="write results here instead of benchmarks/results (the smoke test uses a temp dir)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=None,
        help="seconds per part before it is stopped (default: 300 with --quick, 1200 otherwise)",
    )
    return parser.parse_args(argv)


def _select(only: str | None) -> list[Part]:
    if not only:
        return list(PARTS)
    chosen: list[Part] = []
    for raw in only.split(","):
        name = raw.strip()
        if not name:
            continue
        if name not in _BY_NAME:
            raise SystemExit(f"unknown part {name!r}; choose from: {', '.join(p.name for p in PARTS)}")
        if _BY_NAME[name] not in chosen:
            chosen.append(_BY_NAME[name])
    return chosen


def _module_exists(part: Part) -> bool:
    return (REPO_ROOT / "benchmarks" / f"{part.module}.py").is_file()


def _run_part(part: Part, args: argparse.Namespace, results: Path, timeout: float) -> Outcome:
    if not _module_exists(part):
        return Outcome(part, "missing", None, 0.0, f"benchmarks/{part.module}.py does not exist")
    argv = [sys.executable, "-c", _PART_RUNNER, part.module]
    if args.quick:
        argv.append("--quick")
    if args.data_dir is not None:
        argv += ["--data-dir", str(args.data_dir)]
    env = dict(os.environ)
    env[RESULTS_ENV] = str(results)
    if args.data_dir is not None:
        env[DATASETS_ENV] = str(args.data_dir)
    # The parts import `benchmarks.common` and `promptguard` from this checkout.
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO_ROOT), str(REPO_ROOT / "src"), env.get("PYTHONPATH", "")) if p
    )

    def mtimes() -> dict[str, float]:
        return {
            stem: (results / f"{stem}.json").stat().st_mtime
            for stem in part.stems()
            if (results / f"{stem}.json").exists()
        }

    before = mtimes()
    print(f"\n=== {part.name}: benchmarks/{part.module}.py {'--quick' if args.quick else ''}".rstrip(), flush=True)
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(argv, cwd=REPO_ROOT, env=env, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return Outcome(part, "timeout", None, time.perf_counter() - t0, f"stopped after {timeout:.0f} s")
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        return Outcome(part, "failed", proc.returncode, seconds, f"exit code {proc.returncode}")
    after = mtimes()
    if not any(before.get(stem) != mtime for stem, mtime in after.items()):
        return Outcome(part, "no-output", 0, seconds, f"{part.result}.json was not written")
    return Outcome(part, "ok", 0, seconds)


def _demote_headings(markdown: str) -> str:
    """Push a part's headings one level down so they nest under its section."""
    out = []
    fenced = False
    for line in markdown.splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
        if not fenced and line.startswith("#"):
            line = "#" + line
        out.append(line)
    return "\n".join(out)


def assemble_summary(results: Path, outcomes: dict[str, Outcome], *, quick: bool) -> Path:
    """Write ``SUMMARY.md``: a status table, then every part's Markdown that exists.

    Parts not run this time keep their previous Markdown (marked with its date), so
    ``--only speed`` refreshes one section without dropping the others.
    """
    lines = [
        "# promptguard benchmark summary",
        "",
        f"Generated {datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')} by `python -m benchmarks"
        f"{' --quick' if quick else ''}`."
        + (" **Quick (smoke) run: figures are not representative.**" if quick else ""),
        "",
        "| Part | Status | Time (s) | Result file |",
        "|:---|:---|---:|:---|",
    ]
    sections = []
    for part in PARTS:
        md = part.output(results, ".md")
        outcome = outcomes.get(part.name)
        if outcome is not None:
            status = outcome.status + (f" ({outcome.detail})" if outcome.detail and outcome.status != "ok" else "")
            secs = f"{outcome.seconds:.1f}"
        elif md.exists():
            status, secs = f"not run now (result of {_result_date(part.output(results, '.json'), md)})", ""
        else:
            status, secs = "not run", ""
        lines.append(f"| {part.title} | {status} | {secs} | {md.name if md.exists() else ''} |")
        if md.exists() and (outcome is None or outcome.status == "ok"):
            body = md.read_text().strip()
            if not body.startswith("# "):
                # A part's own H1 becomes its section heading; otherwise use the part title.
                body = f"# {part.title}\n\n{body}"
            sections.append(_demote_headings(body))
    text = "\n".join(lines) + "\n\n" + "\n\n".join(sections) + "\n"
    path = results / "SUMMARY.md"
    path.write_text(text)
    return path


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    parts = _select(args.only)
    results = (args.results_dir or Path(os.environ.get(RESULTS_ENV) or REPO_ROOT / "benchmarks" / "results")).resolve()
    results.mkdir(parents=True, exist_ok=True)
    timeout = args.timeout if args.timeout is not None else (300.0 if args.quick else 1200.0)
    check_pins()

    outcomes: dict[str, Outcome] = {}
    t0 = time.perf_counter()
    for part in parts:
        outcomes[part.name] = _run_part(part, args, results, timeout)
    total = time.perf_counter() - t0

    summary = assemble_summary(results, outcomes, quick=args.quick)
    (results / "run.json").write_text(
        json.dumps(
            {
                "quick": args.quick,
                "seconds": round(total, 2),
                "environment": environment(),
                "parts": {
                    name: {
                        "status": o.status,
                        "exit_code": o.exit_code,
                        "seconds": round(o.seconds, 2),
                        "detail": o.detail,
                    }
                    for name, o in outcomes.items()
                },
            },
            indent=2,
        )
        + "\n"
    )
    print(f"\n=== benchmark suite finished in {total:.1f} s; summary: {summary}")
    for name, o in outcomes.items():
        print(f"  {name:<10} {o.status:<10} {o.seconds:7.1f} s  {o.detail}")
    bad = [name for name, o in outcomes.items() if o.status != "ok"]
    if bad:
        print(f"FAILED parts: {', '.join(bad)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
