"""CPU instructions of the whole injection check per new 2 KB text (valgrind's callgrind).

    python benchmarks/injection_instructions.py [--src DIR] [--texts N] [--data-dir DIR]

The latency benchmark (``benchmarks/injection.py``) times the check on texts it has not seen;
on a shared machine its medians move by 20-40% between runs of the same tree, more than most
changes it is meant to judge. Instruction counts do not depend on the machine's load. Per set of
texts, one process loads the detector, checks 100 warm-up texts (the code paths and the RE2 DFA
states every text needs), compiles the patterns left for first use, and then checks ``N`` new
texts, each once, inside one call that callgrind is told to count (``--toggle-collect``): imports,
loading and warm-up are not counted at all. The sets are those of the latency benchmark: new 2 KB
prompts of the speed benchmark's generator (seed 21) and, with the shared data, 2 KB chunks of
the benign documentation sets. Counts leave out what instructions do not show (cache misses: the
RE2 DFAs' transition tables, the model's 1 MB weight gathers), so a change is confirmed by the
latency benchmark too. ``--src`` measures another tree. Needs ``valgrind``; ~2-4 minutes a set.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):
    sys.path.insert(0, str(REPO))

from benchmarks.common import SETTLE_CHILD, callgrind_total, no_package_in, positive_int  # noqa: E402

WARM = 100

_LOAD = """
import gc, json, math, sys
sys.path.insert(0, SRC)
from promptguard.recognizers.injection import InjectionDetector
with open(TEXTS, encoding="utf-8") as fh:
    texts = json.load(fh)
det = InjectionDetector.load()
"""
_WARM_AND_COUNT = (
    """
for text in texts[:WARM]:
    det.detect(text, source="document")
"""
    + SETTLE_CHILD
    + """

def checks():
    for text in texts[WARM : WARM + N]:
        det.detect(text, source="document")
        yield 0.0


math.fsum(checks())  # the only call callgrind counts (--toggle-collect=math_fsum)
"""
)
COUNT_OPTIONS = ("--collect-atstart=no", "--toggle-collect=math_fsum")
"""Callgrind options counting the child's ``math.fsum`` call only (see :func:`child_script`)."""


def child_script(src: Path, name: str, texts: list[str], tmp: Path, setup: str = "") -> Path:
    """A child process checking ``texts[WARM:]`` after the others, in one counted call, written
    to ``tmp``. ``setup``: code run after the detector loads and before the warm-up."""
    data = tmp / f"{name}.json"
    data.write_text(json.dumps(texts), encoding="utf-8")
    script = tmp / "child.py"
    head = f"SRC = {str(src)!r}\nTEXTS = {str(data)!r}\nN = {len(texts) - WARM!r}\nWARM = {WARM!r}\n"
    script.write_text(head + _LOAD + setup + _WARM_AND_COUNT)
    return script


def instructions(src: Path, name: str, texts: list[str], tmp: Path) -> int:
    """Instructions of checking ``texts[WARM:]`` (after the others) in one child process (callgrind)."""
    return callgrind_total(child_script(src, name, texts, tmp), tmp / f"cg.{name}", src, COUNT_OPTIONS)


def parser(doc: str) -> argparse.ArgumentParser:
    """The options of this tool and of ``injection_stages.py`` (which counts the same check)."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--src", type=Path, default=REPO / "src", help="the promptguard tree to measure (its src/)")
    ap.add_argument("--texts", type=positive_int, default=100, help="new texts per set (default 100)")
    ap.add_argument(
        "--data-dir",
        type=Path,
        default=REPO.parent / "shared" / "datasets",
        help="shared datasets (the documentation chunks; without them, prompts only)",
    )
    return ap


def texts_to_count(args: argparse.Namespace, *tools: str) -> dict[str, list[str]] | None:
    """The sets of new texts (warm-up included) to count for ``args``, or None after saying why
    there is nothing to measure: no package at ``args.src`` or one of ``tools`` not installed."""
    if no_package_in(args.src):
        return None
    if any(shutil.which(tool) is None for tool in tools):
        print("valgrind is not installed (Debian: apt-get install valgrind); nothing measured", file=sys.stderr)
        return None
    from benchmarks.injection import latency_texts

    return latency_texts(args.data_dir, WARM + args.texts)


def main(argv: list[str] | None = None) -> int:
    args = parser(__doc__).parse_args(argv)
    sets = texts_to_count(args, "valgrind")
    if sets is None:
        return 2
    print(f"instructions per new text, whole injection check ({args.texts} texts a set, {args.src}):")
    with tempfile.TemporaryDirectory() as tmp:
        for name, texts in sets.items():
            total = instructions(args.src, name, texts, Path(tmp))
            print(f"  {name:12s} {total / args.texts:12,.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
