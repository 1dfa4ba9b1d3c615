"""Each RE2 pass of a PII + secrets scan on its own: microseconds per 2 KB prompt, new and again.

    python benchmarks/set_passes.py [--src DIR] [--warm N] [--prompts N] [--rounds N] [--cold]

The secrets pack's cost is mostly its passes over the text (the provider-token set, the set of
assignments, headers and command lines, the assignment hints), and a pass costs most on a text it
has not seen: RE2 builds the DFA states that text reaches. How much depends on how many prompts
came before: measured on the assignment set at session 22's start, 25 us per new prompt after 40
warm-up prompts (what ``benchmarks/instructions.py`` measures after), 10 us after 1,000, 6 us on
a prompt scanned again. So a change to a set is judged here at the warm-up a long-running
service reaches (``--warm``, default 1,000), one process, each pass timed alone: CPU time per new
prompt (``--prompts`` of the speed benchmark's generator, each once, per round; the median of
``--rounds``) and per prompt of the same batch scanned again. A pass that gets cheaper here may
still not save wall-clock time in a full scan (the passes compete for the CPU caches): confirm
with ``benchmarks/secrets_ab.py``. ``--src`` points at another tree's ``src`` to compare trees.

``--cold`` times each pass on each new prompt alone (median over the prompts) after writing
:data:`FLUSH_BYTES` of other memory, as when other work runs between two scans (a gateway's other
requests, the other process of ``secrets_ab.py``): a pass then also pays for reloading its DFA's
states and RE2's code into the CPU caches, which is where the secrets pack's wall-clock share goes.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):
    # Run as a script: this folder leaves the path (its secrets.py would hide the standard module).
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != REPO / "benchmarks"]
    sys.path.insert(0, str(REPO))

from benchmarks.common import make_prompts, no_package_in, positive_int  # noqa: E402

FLUSH_BYTES = 8 << 20
"""What ``--cold`` writes before each timed pass: more than the L2 caches of the machines we measure
on (0.5-2 MiB per core) and a good part of their shared L3."""


def _flusher() -> object:
    junk = bytearray(FLUSH_BYTES)
    zeros = bytes(FLUSH_BYTES // 64)

    def flush() -> None:
        bytes(junk)  # read every line
        junk[::64] = zeros  # and write one byte per line

    return flush


def _cold(measured: list[tuple[str, object]], batches: list[list[bytes]]) -> dict[str, list[float]]:
    """Microseconds of each pass on each text of ``batches``, caches flushed before each call."""
    flush = _flusher()
    times: dict[str, list[float]] = {name: [] for name, _ in measured}
    for batch in batches:
        for data in batch:
            for name, run in measured:
                flush()  # type: ignore[operator]
                start = time.perf_counter_ns()
                run(data)  # type: ignore[operator]
                times[name].append((time.perf_counter_ns() - start) / 1000)
    return times


def make_prompts_bytes(count: int, *, seed: int) -> list[bytes]:
    return [t.encode() for t in make_prompts(2048, count, seed=seed)]


def passes(src: Path) -> list[tuple[str, object]]:
    """(name, callable on bytes) of every RE2 pass of a PII + secrets scan in ``src``'s tree."""
    sys.path.insert(0, str(src))
    from benchmarks.speed import pii_packs, promptguard_policy
    from promptguard import Guard
    from promptguard.recognizers.builtin.entropy import EntropyRecognizer
    from promptguard.recognizers.regex import re2_spans

    engine = Guard(promptguard_policy([*pii_packs(), "secrets"], None)).engine
    out: list[tuple[str, object]] = []
    for rset, slots in engine._patterns.sets:
        if rset is not None:
            packs = sorted({str(rec.pack) for rec, _ in slots if hasattr(rec, "pack")})
            out.append((f"set of {len(slots)} ({', '.join(packs)})", rset.Match))
    for rset, slots, _ in engine._patterns._escapes:
        out.append((f"escaped leads, {len(slots)} (texts with \\ or ESC)", rset.Match))
    hints = [r for r in engine.others if isinstance(r, EntropyRecognizer)]
    if hints:
        hint = hints[0]._hint
        out.append(("assignment hints", lambda data: re2_spans(hint, data)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", type=Path, default=REPO / "src", help="the promptguard tree to measure (its src/)")
    ap.add_argument("--warm", type=positive_int, default=1000, help="prompts each pass sees first (default 1000)")
    ap.add_argument("--prompts", type=positive_int, default=200, help="new prompts per round (default 200)")
    ap.add_argument("--rounds", type=positive_int, default=5, help="rounds, each on new prompts (default 5)")
    ap.add_argument("--cold", action="store_true", help="also time each pass with the CPU caches flushed before it")
    args = ap.parse_args(argv)
    if no_package_in(args.src):
        return 2
    measured = passes(args.src.resolve())
    texts = [t.encode() for t in make_prompts(2048, args.warm + args.rounds * args.prompts, seed=21)]
    for data in texts[: args.warm]:
        for _, run in measured:
            run(data)  # type: ignore[operator]
    new: dict[str, list[float]] = {name: [] for name, _ in measured}
    again: dict[str, list[float]] = {name: [] for name, _ in measured}
    batches = [texts[args.warm + r * args.prompts : args.warm + (r + 1) * args.prompts] for r in range(args.rounds)]
    # Cold: prompts of their own (the generator's next seed), new to every pass as well.
    cold = _cold(measured, [make_prompts_bytes(args.prompts, seed=22)]) if args.cold else None
    for r in range(args.rounds):
        batch = batches[r]
        for times in (new, again):
            for name, run in measured:
                start = time.process_time()
                for data in batch:
                    run(data)  # type: ignore[operator]
                times[name].append((time.process_time() - start) / len(batch) * 1e6)
    print(f"us per 2 KB prompt after {args.warm} warm-up prompts (median of {args.rounds} rounds, {args.src}):")
    if cold is not None:
        flushed = FLUSH_BYTES >> 20
        print(f"  ('cold': {args.prompts} other new prompts, {flushed} MiB written before each pass; median over them)")
    print(f"  {'pass':48} {'new':>7} {'again':>7}" + (f" {'cold':>7}" if cold is not None else ""))
    for name, _ in measured:
        row = f"  {name:48} {statistics.median(new[name]):7.1f} {statistics.median(again[name]):7.1f}"
        if cold is not None:
            row += f" {statistics.median(cold[name]):7.1f}"
        print(row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
