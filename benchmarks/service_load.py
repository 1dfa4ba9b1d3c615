"""Load on the HTTP service: ``promptguard serve`` with 2 uvicorn workers, driven by httpx/asyncio.

Scenarios (each for ``--duration`` seconds, after a short warm-up that is not counted):

* ``single / patterns``: one ~1 KB prompt per ``POST /v1/scan``, pattern recognizers only
  (the ``default`` profile);
* ``single / ner``: the same with the spaCy NER recognizer switched on;
* ``batch / patterns`` and ``batch / ner``: ``--batch-size`` prompts per request (``texts``),
  which is how a gateway should call us; single-text calls are how LLM Guard's API is used.

Every answer must be ``200`` with a verdict: any other status or a transport error counts as
an error, and the run reports them. The load driver runs on the same machine as the server
(2 cores here), so it takes CPU from the workers: the figures are a floor, not a ceiling.

    python -m benchmarks.service_load              # 60 s per scenario
    python -m benchmarks.service_load --quick      # 5 s per scenario
"""

from __future__ import annotations

import asyncio
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import httpx

from benchmarks.common import base_parser, environment, make_prompts, md_table, percentile, write_results

__all__ = ["main"]

NER_POLICY = """schema_version: 1
name: bench-ner
extends: default
ner:
  enabled: true
"""


@dataclass
class ScenarioResult:
    name: str
    policy: str
    texts_per_request: int
    concurrency: int
    seconds: float
    requests: int
    errors: int
    requests_per_s: float
    texts_per_s: float
    p50_ms: float
    p99_ms: float
    mean_ms: float
    error_samples: list[str]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start_server(tmp: Path, workers: int, redis_url: str | None) -> tuple[subprocess.Popen[bytes], str, str, Path]:
    from promptguard.service.auth import hash_key, new_api_key

    key = new_api_key()
    ner_policy = tmp / "bench-ner.yaml"
    ner_policy.write_text(NER_POLICY)
    access = tmp / "access.yaml"
    # Two keys so that both policies are loaded (and warmed) before /readyz says ready.
    access.write_text(
        "keys:\n"
        f"  - id: bench\n    hash: \"{hash_key(key)}\"\n    scopes: [scan, restore]\n"
        "    allowed_policies: [bench-ner]\n    rate_limit_per_minute: 0\n"
        f"  - id: bench-ner\n    hash: \"{hash_key(new_api_key())}\"\n    policy: bench-ner\n"
        f"policies:\n  bench-ner: {ner_policy}\n"
    )
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PROMPTGUARD_")}
    env.update({
        "PROMPTGUARD_AUDIT_LOG": str(tmp / "audit.jsonl"),  # audit on: it is part of the real cost
        "PROMPTGUARD_LOG_LEVEL": "warning",
    })
    if redis_url:
        env.update({"PROMPTGUARD_VAULT": "redis", "PROMPTGUARD_REDIS_URL": redis_url,
                    "PROMPTGUARD_VAULT_KEY": secrets.token_hex(32)})
    log = open(tmp / "server.log", "wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "promptguard", "serve", "--port", str(port), "--workers", str(workers),
         "--config", str(access), "--log-level", "warning"],
        stdout=log, stderr=subprocess.STDOUT, env=env,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {(tmp / 'server.log').read_text()[-2000:]}")
        try:
            if httpx.get(url + "/readyz", timeout=1).status_code == 200:
                return proc, url, key, tmp / "server.log"
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError("server not ready after 180 s")


async def _drive(url: str, key: str, bodies: list[dict[str, Any]], concurrency: int, seconds: float,
                 warmup: float) -> tuple[list[float], int, int, list[str]]:
    latencies: list[float] = []
    errors = 0
    requests = 0
    samples: list[str] = []
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {key}"}, limits=limits,
                                 timeout=60.0) as client:
        start = time.perf_counter()
        measure_from = start + warmup
        stop_at = measure_from + seconds

        async def worker(offset: int) -> None:
            nonlocal errors, requests
            i = offset
            while True:
                now = time.perf_counter()
                if now >= stop_at:
                    return
                body = bodies[i % len(bodies)]
                i += concurrency
                t0 = time.perf_counter()
                ok = True
                detail = ""
                try:
                    resp = await client.post("/v1/scan", json=body)
                    if resp.status_code != 200 or "verdict" not in resp.json():
                        ok, detail = False, f"HTTP {resp.status_code}: {resp.text[:120]}"
                except httpx.HTTPError as exc:
                    ok, detail = False, type(exc).__name__
                t1 = time.perf_counter()
                # Counted by completion time: a slow batch that started during warm-up still
                # finishes inside the window and is part of the throughput.
                if measure_from <= t1 <= stop_at:
                    requests += 1
                    latencies.append(t1 - t0)
                    if not ok:
                        errors += 1
                        if len(samples) < 5:
                            samples.append(detail)

        await asyncio.gather(*(worker(k) for k in range(concurrency)))
    return latencies, requests, errors, samples


def _scenario(name: str, url: str, key: str, prompts: list[str], *, policy: str, batch: int, concurrency: int,
              seconds: float, warmup: float) -> ScenarioResult:
    bodies: list[dict[str, Any]] = []
    for i in range(0, len(prompts), batch):
        chunk = prompts[i:i + batch] if batch > 1 else [prompts[i]]
        body: dict[str, Any] = {"texts": chunk} if batch > 1 else {"text": chunk[0]}
        if policy != "default":
            body["policy"] = policy
        bodies.append(body)
    latencies, requests, errors, samples = asyncio.run(_drive(url, key, bodies, concurrency, seconds, warmup))
    ms = [x * 1000 for x in latencies]
    return ScenarioResult(
        name=name, policy=policy, texts_per_request=batch, concurrency=concurrency, seconds=seconds,
        requests=requests, errors=errors, requests_per_s=round(requests / seconds, 1),
        texts_per_s=round(requests * batch / seconds, 1),
        p50_ms=round(percentile(ms, 50), 2) if ms else float("nan"),
        p99_ms=round(percentile(ms, 99), 2) if ms else float("nan"),
        mean_ms=round(sum(ms) / len(ms), 2) if ms else float("nan"),
        error_samples=samples,
    )


def _markdown(results: list[ScenarioResult], meta: dict[str, Any]) -> str:
    rows = [
        (r.name, r.texts_per_request, r.concurrency, r.requests, r.errors, f"{r.requests_per_s:.1f}",
         f"{r.texts_per_s:.1f}", f"{r.p50_ms:.1f}", f"{r.p99_ms:.1f}")
        for r in results
    ]
    table = md_table(("scenario", "texts/request", "concurrency", "requests", "errors", "requests/s", "texts/s",
                      "p50 ms", "p99 ms"), rows)
    single = {r.policy: r for r in results if r.texts_per_request == 1}
    batched = {r.policy: r for r in results if r.texts_per_request > 1}
    gains = [
        f"- {p}: batching gives {batched[p].texts_per_s / single[p].texts_per_s:.1f}x the texts/s of single-text calls"
        for p in single if p in batched and single[p].texts_per_s > 0
    ]
    return "\n".join([
        "# HTTP service under load",
        "",
        f"`promptguard serve` with {meta['workers']} uvicorn workers ({meta['vault']} vault, audit log on), "
        f"~{meta['prompt_bytes']} B prompts (synthetic, ~25% of sentences with PII), "
        f"{meta['seconds']:.0f} s per scenario after {meta['warmup']:.0f} s warm-up; closed-loop httpx/asyncio "
        f"client ({meta['concurrency']} connections for single-text calls, {meta['batch_concurrency']} for batches) "
        f"on the same {meta['env']['cpu_count']}-core machine (it competes with the workers for CPU, so these "
        f"figures are a floor). Load average before/after: {meta['loadavg_before'][0]} / "
        f"{meta['loadavg_after'][0]}.",
        "",
        table,
        "",
        *gains,
        "",
        f"Total errors: {sum(r.errors for r in results)}. "
        f"Machine: {meta['env']['cpu']}, Python {meta['env']['python']}.",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = base_parser("service_load", "requests/s and latency of the HTTP service")
    parser.add_argument("--duration", type=float, default=None, help="seconds per scenario (default 60; --quick: 5)")
    parser.add_argument("--warmup", type=float, default=None, help="seconds of unmeasured load first (default 5)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--concurrency", type=int, default=8, help="connections for single-text calls")
    parser.add_argument("--batch-concurrency", type=int, default=4, help="connections for batched calls")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--prompt-bytes", type=int, default=1024)
    parser.add_argument("--redis-url", default=None, help="use the Redis vault at this URL")
    parser.add_argument("--no-ner", action="store_true", help="skip the NER scenarios")
    parser.add_argument("--out-dir", type=Path, default=None)
    args = parser.parse_args(argv)
    seconds = args.duration if args.duration is not None else (5.0 if args.quick else 60.0)
    warmup = args.warmup if args.warmup is not None else (1.0 if args.quick else 5.0)
    prompts = make_prompts(args.prompt_bytes, 256, seed=7)
    results: list[ScenarioResult] = []
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="pg-service-bench-") as tmp:
        proc, url, key, log_path = _start_server(Path(tmp), args.workers, args.redis_url)
        try:
            plan = [("single / patterns", "default", 1), ("batch / patterns", "default", args.batch_size)]
            if not args.no_ner:
                plan += [("single / ner", "bench-ner", 1), ("batch / ner", "bench-ner", args.batch_size)]
            for name, policy, batch in plan:
                conc = args.concurrency if batch == 1 else args.batch_concurrency
                res = _scenario(name, url, key, prompts, policy=policy, batch=batch, concurrency=conc,
                                seconds=seconds, warmup=warmup)
                print(f"{name:<20} {res.requests_per_s:>8.1f} req/s {res.texts_per_s:>8.1f} texts/s "
                      f"p50 {res.p50_ms:>7.1f} ms p99 {res.p99_ms:>7.1f} ms errors {res.errors}", flush=True)
                results.append(res)
        finally:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
        server_log = log_path.read_text(errors="replace")
    meta = {
        "workers": args.workers, "vault": "redis" if args.redis_url else "memory", "seconds": seconds,
        "warmup": warmup, "concurrency": args.concurrency, "batch_size": args.batch_size,
        "prompt_bytes": round(sum(len(p.encode()) for p in prompts) / len(prompts)), "quick": args.quick,
        "batch_concurrency": args.batch_concurrency,
        # Other work on the machine skews every figure; the load average says how much.
        "loadavg_before": [round(x, 2) for x in load_before], "loadavg_after": [round(x, 2) for x in os.getloadavg()],
        "env": environment(),
    }
    data = {"meta": meta, "results": [asdict(r) for r in results],
            "server_errors_logged": server_log.count("ERROR")}
    json_path, md_path = write_results("service", data, _markdown(results, meta), args.out_dir)
    print(f"wrote {json_path} and {md_path}")
    return 1 if any(r.errors for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
