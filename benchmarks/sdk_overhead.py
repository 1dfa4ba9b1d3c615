"""What promptguard's Anthropic middleware adds to a call, measured against the local fake API.

    python -m benchmarks.sdk_overhead [--quick] [--calls 300] [--turns 8] [--profile default] [--out DIR]

(also run by ``python -m benchmarks --only sdk``; results go to ``benchmarks/results`` or
``$PROMPTGUARD_BENCH_RESULTS``).

Both clients (plain ``anthropic.Anthropic`` and ``promptguard.protect(...)`` of it) talk to
the same local fake Messages API (:mod:`promptguard.testing.fake_anthropic`) over real HTTP,
calls interleaved so both see the same machine state. Reported:

- non-streaming, 2 KB prompt (a few PII values in it), short answer with a placeholder:
  median / p95 call latency of each client and the difference of medians; plus the
  middleware's own time as its audit record measures it (prompt scan + response scan).
  Every call sends a prompt never sent before (a call number in its last characters), so
  the middleware's per-session scan cache never helps these figures;
- streaming: time to the first text delta, plain vs protected, with the default profile
  (whose response policy redacts secrets, so a window of text is held for the scan) and
  with a report-only response policy (held back only at a possible placeholder tail);
  once with events sent back to back, once paced like a model (``--pace`` s per delta);
  each call's message is new, as above. With the injection detector on, the prompt's
  injection verdict is computed once the answer is in (``defer_injection``, the default
  under a ``detect`` injection policy: the verdict cannot change what is sent), so it is
  not on the way to the first token; a row with ``defer_injection=False`` shows the cost
  of judging before sending. The per-call figures include the verdict either way;
- multi-turn chat (``--turns`` turns, each a new 2 KB user message, every call re-sending
  the whole history as chat apps do): added CPU per call by turn, with the scan cache (the
  default: history already scanned in the session is not scanned again) and without it
  (``scan_cache=0``). Each conversation has its own session.

Targets (issue 6): <= 2 ms added per call without NER, <= 1 ms added to the first token.
Writes ``sdk.json`` and ``sdk.md`` to ``--out``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anthropic

import promptguard
from benchmarks.common import base_parser, environment, results_dir
from promptguard.guard import Guard
from promptguard.integrations.anthropic import conversation
from promptguard.testing.fake_anthropic import FakeAnthropic, Reply

MODEL = "claude-bench"

_SENTENCES = [
    "Please review the attached quarterly notes and prepare a short summary for the board.",
    "The customer, reachable at maria.keller@example-corp.com, asked about invoice 20931.",
    "Our office line is +1 415 555 0132; the account manager travels until Friday.",
    "Revenue grew in every region except the north, where two contracts were delayed.",
    "Keep the tone factual, avoid speculation, and list open questions at the end.",
    "A second contact, tom.becker@example-corp.com, owns the renewal discussion.",
]


def prompt_2kb(serial: int | None = None) -> str:
    """The 2 KB prompt; with ``serial``, a variant no earlier call has sent (same length)."""
    text, i = "", 0
    while len(text) < 2048:
        text += _SENTENCES[i % len(_SENTENCES)] + " "
        i += 1
    if serial is None:
        return text[:2048]
    tag = f" Ref {serial:08d}."
    return text[: 2048 - len(tag)] + tag


class _Serial:
    """Numbers for never-repeated prompts, so no call profits from the session's scan cache."""

    def __init__(self) -> None:
        self.n = 0

    def next(self) -> int:
        self.n += 1
        return self.n


_SERIAL = _Serial()


ANSWER = (
    "Summary: revenue grew in most regions; the north was delayed by two contracts. "
    "Follow up with <EMAIL_ADDRESS_1> on invoice 20931 and with <EMAIL_ADDRESS_2> on the renewal. "
)


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _stats(values: list[float]) -> dict[str, float]:
    return {
        "median_ms": round(statistics.median(values) * 1000, 3),
        "p95_ms": round(_pct(values, 0.95) * 1000, 3),
        "mean_ms": round(statistics.fmean(values) * 1000, 3),
    }


Timing = tuple[float, float]  # (wall seconds, CPU seconds of the calling thread)


def _interleave(
    calls: int, plain: Callable[[], Timing], guarded: Callable[[], Timing]
) -> tuple[list[Timing], list[Timing]]:
    a: list[Timing] = []
    b: list[Timing] = []
    for i in range(calls):
        # Alternate which goes first so neither always runs on a warmer cache.
        if i % 2:
            a.append(plain())
            b.append(guarded())
        else:
            b.append(guarded())
            a.append(plain())
    return a, b


def _compare(a: list[Timing], b: list[Timing]) -> dict[str, Any]:
    """Wall clock (what a user waits) and the calling thread's CPU time (what the middleware
    costs, robust to other processes competing for the CPU; the fake server runs in another
    thread and is not counted)."""
    wall_a, wall_b = [x[0] for x in a], [x[0] for x in b]
    cpu_a, cpu_b = [x[1] for x in a], [x[1] for x in b]
    return {
        "plain": _stats(wall_a),
        "protected": _stats(wall_b),
        "added_median_ms": round((statistics.median(wall_b) - statistics.median(wall_a)) * 1000, 3),
        "plain_thread_cpu": _stats(cpu_a),
        "protected_thread_cpu": _stats(cpu_b),
        "added_thread_cpu_median_ms": round((statistics.median(cpu_b) - statistics.median(cpu_a)) * 1000, 3),
    }


def bench_non_streaming(
    fake: FakeAnthropic, plain: Any, guarded: Any, records: list[dict[str, Any]], calls: int
) -> dict[str, Any]:
    prompt = prompt_2kb()
    fake.default_reply = Reply.text(ANSWER)

    def call(client: Any) -> Callable[[], Timing]:
        def run() -> Timing:
            messages = [{"role": "user", "content": prompt_2kb(_SERIAL.next())}]
            t0, c0 = time.perf_counter(), time.thread_time()
            client.messages.create(model=MODEL, max_tokens=256, messages=messages)
            return time.perf_counter() - t0, time.thread_time() - c0

        return run

    for _ in range(10):  # warm up connections, regex caches, the vault
        call(plain)()
        call(guarded)()
    records.clear()
    a, b = _interleave(calls, call(plain), call(guarded))
    own = [r["latency_ms"] / 1000 for r in records] or [0.0]
    guard_only = (
        [0.0]
        if not records
        else [
            (r["latency_breakdown_ms"]["prompt_guard"] + r["latency_breakdown_ms"]["response_guard"]) / 1000
            for r in records
        ]
    )
    return {
        "prompt_chars": len(prompt),
        "calls": calls,
        **_compare(a, b),
        "middleware_own_ms": _stats(own),
        "guard_scan_ms": _stats(guard_only),
    }


def bench_ttft(fake: FakeAnthropic, plain: Any, guarded: Any, calls: int, pace: float) -> dict[str, Any]:
    words = (ANSWER * 2).split(" ")
    chunks = [w + " " for w in words if w]
    fake.default_reply = Reply.text("".join(chunks), chunks=chunks)
    fake.event_delay = pace

    def call(client: Any) -> Callable[[], Timing]:
        def run() -> Timing:
            note = f"Summarize the notes for maria.keller@example-corp.com (ref {_SERIAL.next():08d})."
            messages = [{"role": "user", "content": note}]
            t0, c0 = time.perf_counter(), time.thread_time()
            first: Timing | None = None
            with client.messages.stream(model=MODEL, max_tokens=256, messages=messages) as stream:
                for event in stream:
                    if first is None and event.type == "content_block_delta":
                        first = (time.perf_counter() - t0, time.thread_time() - c0)
            assert first is not None, "the stream had no delta"
            return first

        return run

    for _ in range(3):
        call(plain)()
        call(guarded)()
    a, b = _interleave(calls, call(plain), call(guarded))
    fake.event_delay = 0.0
    return {
        "calls": calls,
        "deltas": len(chunks),
        "pace_s_per_event": pace,
        **_compare(a, b),
    }


def bench_multi_turn(
    fake: FakeAnthropic, plain: Any, guard: Guard, *, turns: int, conversations: int, scan_cache: int
) -> dict[str, Any]:
    """A chat of ``turns`` calls, each re-sending the history (user turns and the answers the
    app received); the protected client's answers come back restored, as an app would keep them."""
    fake.default_reply = Reply.text(ANSWER)
    guarded = promptguard.protect(plain, guard=guard, audit=None, scan_cache=scan_cache)
    by_turn: list[tuple[list[Timing], list[Timing]]] = [([], []) for _ in range(turns)]

    def run(client: Any, history: list[dict[str, Any]]) -> tuple[Timing, str]:
        t0, c0 = time.perf_counter(), time.thread_time()
        reply = client.messages.create(model=MODEL, max_tokens=256, messages=history)
        timing = (time.perf_counter() - t0, time.thread_time() - c0)
        return timing, reply.content[0].text

    for c in range(conversations + 1):  # the first conversation warms up
        plain_history: list[dict[str, Any]] = []
        guarded_history: list[dict[str, Any]] = []
        with conversation(guard.new_session()):
            for k in range(turns):
                user = {"role": "user", "content": prompt_2kb(_SERIAL.next())}
                plain_history.append(user)
                guarded_history.append(user)
                if (c + k) % 2:
                    a, answer_a = run(plain, plain_history)
                    b, answer_b = run(guarded, guarded_history)
                else:
                    b, answer_b = run(guarded, guarded_history)
                    a, answer_a = run(plain, plain_history)
                plain_history.append({"role": "assistant", "content": answer_a})
                guarded_history.append({"role": "assistant", "content": answer_b})
                if c:
                    by_turn[k][0].append(a)
                    by_turn[k][1].append(b)
    added = [
        round((statistics.median(x[1] for x in b) - statistics.median(x[1] for x in a)) * 1000, 3) for a, b in by_turn
    ]
    return {
        "turns": turns,
        "conversations": conversations,
        "scan_cache": scan_cache,
        "added_thread_cpu_median_ms_by_turn": added,
        "added_thread_cpu_mean_over_turns_ms": round(statistics.fmean(added), 3),
        "messages_in_last_call": 2 * turns - 1,
    }


def main(argv: list[str] | None = None) -> int:
    parser = base_parser("sdk_overhead", (__doc__ or "").splitlines()[0])
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--stream-calls", type=int, default=150)
    parser.add_argument("--paced-calls", type=int, default=15)
    parser.add_argument("--pace", type=float, default=0.01, help="seconds between SSE events in the paced runs")
    parser.add_argument("--turns", type=int, default=8, help="turns of the multi-turn chat")
    parser.add_argument("--conversations", type=int, default=15, help="multi-turn chats per setting")
    parser.add_argument("--profile", default="default")
    parser.add_argument("--no-injection", action="store_true", help="measure with the injection detector off")
    parser.add_argument("--out", type=Path, default=None, help="default: benchmarks/results")
    args = parser.parse_args(argv)
    if args.quick:
        args.calls, args.stream_calls, args.paced_calls = 20, 10, 2
        args.turns, args.conversations = 4, 2
    out_dir = args.out or results_dir()

    configured = Guard.from_config(args.profile)
    injection_note = "loaded"
    try:
        if configured._injection_detector() is None:
            injection_note = "absent"
    except Exception as exc:  # noqa: BLE001 - e.g. the model file is not built yet
        injection_note = f"unavailable ({type(exc).__name__})"
    variants: dict[str, Guard] = {"pattern_only": _without_injection(configured)}
    if injection_note == "loaded" and not args.no_injection:
        variants["with_injection_detector"] = configured
    results: dict[str, Any] = {
        "benchmark": "sdk_overhead",
        "anthropic_version": anthropic.__version__,
        "promptguard_version": promptguard.__version__,
        "environment": environment(),
        "quick": args.quick,
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "profile": args.profile,
        "ner_enabled": bool(configured.policy.spec.ner.get("enabled")),
        "injection_detector": injection_note,
        "targets": {"added_per_call_ms": 2.0, "added_ttft_ms": 1.0},
        "variants": {},
    }
    with FakeAnthropic() as fake:
        plain = anthropic.Anthropic(api_key="bench", base_url=fake.base_url, max_retries=0)
        # The SDK's own cost of running any middleware (a pass-through one), for reference.
        noop = plain.with_middleware(_PassThrough())
        results["sdk_passthrough_middleware"] = bench_non_streaming(fake, plain, noop, [], args.calls)
        for name, guard in variants.items():
            results["variants"][name] = run_variant(fake, plain, guard, args, paced=name == "pattern_only")
    results["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    results["verdict"] = {
        name: {
            # CPU time of the calling thread: the cost the middleware adds, not other processes' noise.
            "added_per_call_ms": v["non_streaming"]["added_thread_cpu_median_ms"],
            "added_per_call_ok": v["non_streaming"]["added_thread_cpu_median_ms"] <= 2.0,
            "added_ttft_ms_report_only": v["ttft"]["report_only_responses"]["added_thread_cpu_median_ms"],
            "added_ttft_ok_report_only": v["ttft"]["report_only_responses"]["added_thread_cpu_median_ms"] <= 1.0,
        }
        for name, v in results["variants"].items()
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "sdk.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    (out_dir / "sdk.md").write_text(render_md(results), encoding="utf-8")
    print(render_md(results))
    return 0


class _PassThrough(anthropic.Middleware):
    def handle(self, request: Any, call_next: Any) -> Any:
        return call_next(request)


def _without_injection(guard: Guard) -> Guard:
    spec = guard.policy.spec.model_dump()
    spec["injection"] = {**spec.get("injection", {}), "enabled": False}
    return Guard(spec)


def _report_only(guard: Guard) -> Guard:
    """The same guard with responses only reported (no response action rewrites text)."""
    spec = guard.policy.spec.model_dump()
    spec.update(
        name=f"{spec['name']}-report-only",
        defaults={"prompt": "pseudonymize", "response": "detect"},
        pack_actions={},
        severity_actions={},
        entities={},
    )
    report = Guard(spec)
    # Share an already loaded injection detector instead of loading the model twice.
    report._injection, report._injection_loaded = guard._injection, guard._injection_loaded
    return report


def guard_cpu(guard: Guard, calls: int) -> dict[str, float]:
    """CPU of the two guard scans a call makes (2 KB prompt, the answer), outside any HTTP."""
    prompt, times = prompt_2kb(), []
    session = guard.new_session()
    for i in range(calls + 5):
        c0 = time.thread_time()
        guard.sanitize_batch([prompt], session=session, source="user")
        guard.sanitize_batch([ANSWER], session=session, direction="response", source="model")
        if i >= 5:
            times.append(time.thread_time() - c0)
    return _stats(times)


def run_variant(
    fake: FakeAnthropic, plain: Any, guard: Guard, args: argparse.Namespace, *, paced: bool
) -> dict[str, Any]:
    records: list[dict[str, Any]] = []
    report_only = _report_only(guard)
    guarded = promptguard.protect(plain, guard=guard, audit=records.append)
    guarded_report = promptguard.protect(plain, guard=report_only, audit=None)
    guarded_word = promptguard.protect(plain, guard=guard, audit=None, response_window=0)
    # With the injection detector on, its verdict waits until the answer is in (``defer_injection``,
    # the default for a ``detect`` policy); this client judges before sending, for comparison.
    guarded_report_eager = (
        promptguard.protect(plain, guard=report_only, audit=None, defer_injection=False)
        if report_only.policy.spec.injection.get("enabled", True)
        else None
    )
    out: dict[str, Any] = {
        "guard_scans_thread_cpu": guard_cpu(guard, args.calls),
        "non_streaming": bench_non_streaming(fake, plain, guarded, records, args.calls),
    }
    ttft = {
        "default_profile": bench_ttft(fake, plain, guarded, args.stream_calls, 0.0),
        "report_only_responses": bench_ttft(fake, plain, guarded_report, args.stream_calls, 0.0),
    }
    if guarded_report_eager is not None:
        ttft["report_only_responses_defer_injection_off"] = bench_ttft(
            fake, plain, guarded_report_eager, args.stream_calls, 0.0
        )
    if paced:
        ttft["default_profile_paced"] = bench_ttft(fake, plain, guarded, args.paced_calls, args.pace)
        ttft["report_only_responses_paced"] = bench_ttft(fake, plain, guarded_report, args.paced_calls, args.pace)
        ttft["default_profile_window0_paced"] = bench_ttft(fake, plain, guarded_word, args.paced_calls, args.pace)
    out["ttft"] = ttft
    out["multi_turn"] = {
        "scan_cache_on": bench_multi_turn(
            fake, plain, guard, turns=args.turns, conversations=args.conversations, scan_cache=1024
        ),
        "scan_cache_off": bench_multi_turn(
            fake, plain, guard, turns=args.turns, conversations=args.conversations, scan_cache=0
        ),
    }
    return out


def render_md(r: dict[str, Any]) -> str:
    env = r["environment"]

    def row(label: str, stats: dict[str, float]) -> str:
        return f"| {label} | {stats['median_ms']} | {stats['p95_ms']} |"

    lines = [
        "# Anthropic SDK middleware overhead",
        "",
        f"anthropic {r['anthropic_version']}, promptguard {r['promptguard_version']}, "
        f"Python {env['python']} on {env['cpu']} ({env['cpu_count']} CPUs); "
        f"profile `{r['profile']}`, NER {'on' if r['ner_enabled'] else 'off'}, "
        f"injection detector {r['injection_detector']}. "
        "Local fake Messages API over HTTP on 127.0.0.1; plain and protected calls interleaved. "
        f"Load average {r['load_average_at_start']} at start, {r['load_average_at_end']} at end: "
        "wall-clock figures include waiting for a CPU, so the verdicts use the calling thread's CPU time "
        "(the fake server runs in another thread and is not counted).",
        "",
        "For reference, the SDK's own cost of running a pass-through middleware (same calls): "
        f"{r['sdk_passthrough_middleware']['added_thread_cpu_median_ms']} ms CPU per call.",
        "",
        "Single-turn rows send a prompt never sent before on every call, so the middleware's "
        "per-session scan cache cannot help them; the multi-turn tables show what it does in a chat. "
        "With the injection detector on, a prompt's injection verdict under the default `detect` action "
        "is computed once the answer is in (`defer_injection`, on by default: the verdict cannot change "
        "what is sent, and it still lands in the audit record), so the first-token rows do not wait for it "
        "and the per-call rows include it; the `defer_injection_off` row judges before sending. "
        "Answers get the injection detector's leak checks (exfiltration links, canary, hidden "
        "characters); its rules and classifier run on answers only with "
        "`injection.classify_responses: true` (a model's text is classified when it is sent back as history).",
    ]
    for name, v in r["variants"].items():
        ns = v["non_streaming"]
        verdict = r["verdict"][name]
        lines += [
            "",
            f"## {name.replace('_', ' ')}",
            "",
            f"### Non-streaming, {ns['prompt_chars']}-character prompt ({ns['calls']} calls each)",
            "",
            "| | median ms | p95 ms |",
            "|---|---:|---:|",
            row("plain client, wall", ns["plain"]),
            row("protected client, wall", ns["protected"]),
            f"| difference of medians, wall | {ns['added_median_ms']} | |",
            row("plain client, calling thread CPU", ns["plain_thread_cpu"]),
            row("protected client, calling thread CPU", ns["protected_thread_cpu"]),
            f"| **added CPU per call (difference of medians)** | **{ns['added_thread_cpu_median_ms']}** | |",
            row("of which the two guard scans (measured alone, CPU)", v["guard_scans_thread_cpu"]),
            row("middleware's own wall time (audit record)", ns["middleware_own_ms"]),
            "",
            "### Time to first text delta (streaming)",
            "",
            "| run | pace s/event | plain wall ms | protected wall ms | added wall ms | added thread CPU ms |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for run, t in v["ttft"].items():
            lines.append(
                f"| {run} | {t['pace_s_per_event']} | {t['plain']['median_ms']} | {t['protected']['median_ms']} "
                f"| {t['added_median_ms']} | {t['added_thread_cpu_median_ms']} |"
            )
        lines += [
            "",
            f"Target <= 2 ms per call: added CPU median {verdict['added_per_call_ms']} ms "
            f"({'met' if verdict['added_per_call_ok'] else 'NOT met'}). Target <= 1 ms to first token "
            f"(report-only responses, added CPU): {verdict['added_ttft_ms_report_only']} ms "
            f"({'met' if verdict['added_ttft_ok_report_only'] else 'NOT met'}).",
        ]
        mt = v.get("multi_turn")
        if mt:
            on, off = mt["scan_cache_on"], mt["scan_cache_off"]
            turns = on["turns"]
            lines += [
                "",
                f"### Multi-turn chat ({turns} turns, each a new {ns['prompt_chars']}-character user message; "
                f"every call re-sends the history, {on['messages_in_last_call']} messages in the last; "
                f"{on['conversations']} chats per row)",
                "",
                "Added CPU per call (calling thread, difference of medians), by turn:",
                "",
                "| scan cache | " + " | ".join(f"turn {k + 1}" for k in range(turns)) + " | mean |",
                "|---|" + "---:|" * (turns + 1),
                "| on (default: history scanned once per session) | "
                + " | ".join(str(x) for x in on["added_thread_cpu_median_ms_by_turn"])
                + f" | {on['added_thread_cpu_mean_over_turns_ms']} |",
                "| off (`scan_cache=0`: every text scanned on every call) | "
                + " | ".join(str(x) for x in off["added_thread_cpu_median_ms_by_turn"])
                + f" | {off['added_thread_cpu_mean_over_turns_ms']} |",
            ]
    lines += [
        "",
        "With a response policy that rewrites (the default profile redacts secrets in answers) a stream "
        "holds a 48-character window for the scan: little CPU, but at a model's pace the time those "
        "characters take to arrive (paced rows); `response_window=0` holds only the unfinished last word.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
