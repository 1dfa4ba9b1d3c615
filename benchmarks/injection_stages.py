"""Where the injection check's instructions go, stage by stage, per new 2 KB text (callgrind).

    python benchmarks/injection_stages.py [--src DIR] [--texts N] [--data-dir DIR]

``injection_instructions.py`` counts the whole check; this splits the same count (same sets, same
warm-up, same ``--toggle-collect=math_fsum`` window) over the pipeline's stages. Python functions
all run inside the interpreter's one C loop, so callgrind cannot tell them apart; here each
measured stage is called through its own rarely used C function (``operator.call``,
``functools.reduce``, an ``itertools`` iterator ...), and that function's inclusive count is the
stage's. Stages nest (``leet view`` lies inside ``normalize``, ``intent`` inside ``featurize``);
the rest of the check (model input, prose view, credential and SQL cuts, the dot product,
verdict) is the total minus the top-level stages. Each trampoline adds a few hundred
instructions a call, about 0.1% of a text. Needs ``valgrind``; ~3-5 minutes a set.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):
    sys.path.insert(0, str(REPO))

from benchmarks.common import callgrind_total  # noqa: E402
from benchmarks.injection_instructions import COUNT_OPTIONS, child_script, parser, texts_to_count  # noqa: E402

# (label, C function whose inclusive count is the stage, trampoline name in the child)
STAGES = (
    ("normalize", "_operator_call", "call"),
    ("  leet view", "starmap_next", "starmap"),
    ("  decoding", "accumulate_next", "accumulate"),
    ("rules", "functools_reduce", "reduce"),
    ("  leet view scan", "takewhile_next", "takewhile"),
    ("featurize", "groupby_next", "groupby"),
    ("  intent cues", "dropwhile_next", "dropwhile"),
    ("    family positions", "filterfalse_next", "filterfalse"),
    ("  char LM", "methodcaller_call", "methodcaller"),
    ("suffix head", "partial_vectorcall", "partial"),
)
_TOP = ("normalize", "rules", "featurize", "suffix head")

_SETUP = """
import functools, itertools, operator
mods = {n: sys.modules["promptguard.recognizers.injection." + n] for n in ("detector", "normalize", "model", "intent")}


def boxed(make):
    def wrap(f):
        def g(*a):
            box = []
            for _ in make(lambda x: box.append(f(*x)) is None and False, [a]):
                pass
            return box[0]
        return g
    return wrap


via = {
    "call": lambda f: lambda *a: operator.call(f, *a),
    "starmap": lambda f: lambda *a: next(itertools.starmap(f, [a])),
    "accumulate": lambda f: lambda *a: list(itertools.accumulate([None, a], lambda _, x: f(*x)))[1],
    "reduce": lambda f: lambda *a: functools.reduce(lambda _, x: f(*x), [a], None),
    "groupby": lambda f: lambda *a: next(itertools.groupby([a], key=lambda x: f(*x)))[0],
    "dropwhile": boxed(itertools.dropwhile),
    "filterfalse": boxed(itertools.filterfalse),
    "takewhile": boxed(itertools.takewhile),
    "methodcaller": lambda f: lambda *a: operator.methodcaller("__call__", *a)(f),
    "partial": lambda f: lambda *a: functools.partial(f)(*a),
}
mods["detector"].normalize = via["call"](mods["normalize"].normalize)
mods["normalize"]._leet = via["starmap"](mods["normalize"]._leet)
mods["normalize"]._decode_segments = via["accumulate"](mods["normalize"]._decode_segments)
mods["model"].featurize = via["groupby"](mods["model"].featurize)
mods["model"].intent_signals = via["dropwhile"](mods["model"].intent_signals)
mods["intent"]._family_positions = via["filterfalse"](mods["intent"]._family_positions)
mods["model"].lm_indices = via["methodcaller"](mods["model"].lm_indices)
det.model.suffix_score = via["partial"](det.model.suffix_score)
current = {}
match_scoped, scan = det.rules.match_scoped, det.rules._scan
scan_leet = via["takewhile"](scan)


def scoped(norm):
    current["leet"] = norm.leet
    return match_scoped(norm)


det.rules.match_scoped = via["reduce"](scoped)
det.rules._scan = lambda text, out=None: scan_leet(text) if text is current.get("leet") else scan(text, out)
"""
"""Code run after the detector loads: each stage through its own C entry point (see the module doc)."""

_LINE = re.compile(r"\s*([\d,]+)\s+\([^)]*\)\s+\S*?:(\w+)\b")


def stage_counts(src: Path, name: str, texts: list[str], tmp: Path) -> dict[str, int]:
    """Instructions of checking ``texts[WARM:]`` in total and per stage (inclusive)."""
    out = tmp / f"cg.{name}"
    total = callgrind_total(child_script(src, name, texts, tmp, _SETUP), out, src, COUNT_OPTIONS)
    annotated = subprocess.run(
        ["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(out)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    inclusive: dict[str, int] = {}
    for line in annotated.splitlines():
        m = _LINE.match(line)
        if m is not None:
            # A function recursing into itself is listed again ("f'2"): the outer count is the largest.
            count = int(m.group(1).replace(",", ""))
            inclusive[m.group(2)] = max(count, inclusive.get(m.group(2), 0))
    counts = {"total": total}
    counts.update({label: inclusive.get(symbol, 0) for label, symbol, _via in STAGES})
    return counts


def main(argv: list[str] | None = None) -> int:
    args = parser(__doc__).parse_args(argv)
    sets = texts_to_count(args, "valgrind", "callgrind_annotate")
    if sets is None:
        return 2
    print(f"instructions per new text by stage, whole injection check ({args.texts} texts a set, {args.src}):")
    with tempfile.TemporaryDirectory() as tmp:
        for name, texts in sets.items():
            counts = stage_counts(args.src, name, texts, Path(tmp))
            total = counts["total"]
            print(f"  {name}: {total / args.texts:,.0f}")
            for label, value in counts.items():
                if label != "total":
                    print(f"    {label:24s} {value / args.texts:12,.0f}  {value / total:6.1%}")
            rest = total - sum(counts[label] for label in _TOP)
            print(f"    {'rest':24s} {rest / args.texts:12,.0f}  {rest / total:6.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
