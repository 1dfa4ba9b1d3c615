"""A tamper-evident audit log: one JSON line per request, never any raw text.

Each record carries counts, actions, the verdict, an injection score, latency and an HMAC
of the text (so a disputed prompt can be matched later by whoever holds the key, but the
log alone reveals nothing). Records form a hash chain: ``prev`` is the ``hash`` of the record
before, and ``hash`` is SHA-256 over the record's canonical JSON without ``hash``. Deleting,
reordering or editing any line breaks the chain at that line, which :func:`verify_chain`
(``promptguard audit verify FILE``) reports.

Sinks are plain callables ``sink(record: dict) -> None``: :class:`JsonlAuditSink` appends to
a file (safe across worker processes: an ``flock`` serialises writers and each writer
re-reads the tail when another process wrote last), :class:`LoggingAuditSink` hands records to
the ``logging`` module.
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import logging
import os
import secrets
import sys
import threading
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Protocol

from promptguard.findings import ScanResult

__all__ = [
    "GENESIS",
    "AuditSink",
    "ChainReport",
    "JsonlAuditSink",
    "LoggingAuditSink",
    "add_parser",
    "make_record",
    "record_hash",
    "text_digest",
    "verify_chain",
]

GENESIS = "0" * 64
"""``prev`` of the first record of a file."""

_VERDICT_RANK = {"clean": 0, "flagged": 1, "indeterminate": 2, "blocked": 3}


class AuditSink(Protocol):
    def __call__(self, record: dict[str, Any]) -> None: ...


# ------------------------------------------------------------------ records
def text_digest(key: bytes, texts: str | Sequence[str]) -> str:
    """HMAC-SHA256 of one text, or of several (length-prefixed, so boundaries count)."""
    if isinstance(texts, str):
        texts = [texts]
    mac = hmac.new(key, digestmod=hashlib.sha256)
    for t in texts:
        data = t.encode("utf-8", "surrogatepass")
        mac.update(len(data).to_bytes(8, "big"))
        mac.update(data)
    return mac.hexdigest()


def make_record(
    results: Sequence[ScanResult] = (),
    *,
    texts: Sequence[str] = (),
    hmac_key: bytes | None = None,
    request_id: str | None = None,
    key_id: str | None = None,
    direction: str | None = None,
    event: str = "scan",
    latency_ms: float | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """Build a value-free audit record from scan results (the sink adds the chain fields).

    ``texts`` are only digested (HMAC with ``hmac_key``); nothing of them is stored.
    ``extra`` fields (status, policy, route...) must be value-free too.
    """
    entities: Counter[str] = Counter()
    actions: Counter[str] = Counter()
    verdict: str | None = None
    injection: float | None = None
    for r in results:
        entities.update(f.entity_type for f in r.findings)
        actions.update(str(f.action) for f in r.findings if f.action)
        v = str(r.verdict)
        if verdict is None or _VERDICT_RANK[v] > _VERDICT_RANK[verdict]:
            verdict = v
        if r.injection is not None:
            injection = max(injection or 0.0, round(r.injection.score, 4))
        if direction is None:
            direction = r.direction
    record: dict[str, Any] = {
        "time": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
        "request_id": request_id or uuid.uuid4().hex,
        "event": event,
        "key_id": key_id,
        "direction": direction,
        "verdict": verdict,
        "texts": len(texts) if texts else len(results),
        "entity_counts": dict(sorted(entities.items())),
        "actions": dict(sorted(actions.items())),
        "injection_score": injection,
        "latency_ms": None if latency_ms is None else round(latency_ms, 3),
        "text_hmac": text_digest(hmac_key, texts) if (texts and hmac_key) else None,
    }
    record.update(extra)
    return record


def _canonical(record: dict[str, Any]) -> bytes:
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def record_hash(record: dict[str, Any]) -> str:
    """SHA-256 over the canonical JSON of ``record`` without its ``hash`` field."""
    body = {k: v for k, v in record.items() if k != "hash"}
    return hashlib.sha256(_canonical(body)).hexdigest()


# -------------------------------------------------------------------- sinks
class JsonlAuditSink:
    """Append hash-chained records to a JSON-lines file.

    Several processes may share one file: writes hold an exclusive ``flock``, and a writer
    whose last known file size differs from the current one re-reads the last line to get
    the chain head. A write error propagates: an audit that silently stops is worse than
    a failed request.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._head: str | None = None
        self._size = -1

    def __repr__(self) -> str:
        return f"JsonlAuditSink({str(self.path)!r})"

    def __call__(self, record: dict[str, Any]) -> None:
        import fcntl

        with self._lock:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                size = os.fstat(fd).st_size
                if self._head is None or size != self._size:
                    self._head = _last_hash(fd, size)
                rec = {k: v for k, v in record.items() if k not in ("prev", "hash")}
                rec["prev"] = self._head
                rec["hash"] = record_hash(rec)
                line = json.dumps(rec, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode() + b"\n"
                os.write(fd, line)
                self._head = rec["hash"]
                self._size = size + len(line)
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)


def _last_hash(fd: int, size: int) -> str:
    if size == 0:
        return GENESIS
    chunk = min(size, 65536)
    data = os.pread(fd, chunk, size - chunk).rstrip(b"\n")
    line = data.rsplit(b"\n", 1)[-1]
    try:
        return str(json.loads(line)["hash"])
    except (ValueError, KeyError, TypeError):
        # A torn or foreign last line: chain onto its digest so verify points at it.
        return hashlib.sha256(line).hexdigest()


class LoggingAuditSink:
    """Send each record, as one JSON string, to a logger (``promptguard.audit`` by default).

    No chain: log pipelines reorder and drop lines, so a chain would only produce noise.
    """

    def __init__(self, logger: logging.Logger | str = "promptguard.audit", level: int = logging.INFO) -> None:
        self.logger = logging.getLogger(logger) if isinstance(logger, str) else logger
        self.level = level

    def __call__(self, record: dict[str, Any]) -> None:
        self.logger.log(self.level, "%s", json.dumps(record, sort_keys=True, separators=(",", ":")))


def random_audit_key() -> bytes:
    return secrets.token_bytes(32)


# ------------------------------------------------------------------- verify
@dataclass(frozen=True, slots=True)
class ChainReport:
    """Outcome of :func:`verify_chain`. ``bad_line`` is 1-based."""

    ok: bool
    records: int
    bad_line: int | None = None
    reason: str = ""
    head: str = GENESIS


def verify_chain(path: str | Path) -> ChainReport:
    """Check every record's hash and its link to the one before."""
    prev = GENESIS
    n = 0
    try:
        fh = open(path, "rb")
    except OSError as exc:
        return ChainReport(False, 0, None, f"cannot read {path}: {exc.strerror}")
    with fh:
        for lineno, raw in enumerate(fh, start=1):
            if not raw.strip():
                return ChainReport(False, n, lineno, "empty line", prev)
            try:
                rec = json.loads(raw)
            except ValueError:
                return ChainReport(False, n, lineno, "not valid JSON", prev)
            if not isinstance(rec, dict) or "hash" not in rec or "prev" not in rec:
                return ChainReport(False, n, lineno, "record lacks 'prev'/'hash'", prev)
            if rec["prev"] != prev:
                return ChainReport(False, n, lineno, "chain broken: 'prev' does not match the record before", prev)
            if record_hash(rec) != rec["hash"]:
                return ChainReport(False, n, lineno, "record was modified: its hash does not match", prev)
            prev = rec["hash"]
            n += 1
    return ChainReport(True, n, None, "", prev)


# ---------------------------------------------------------------------- CLI
def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """``promptguard audit verify FILE``."""
    parser: argparse.ArgumentParser = subparsers.add_parser("audit", help="work with audit logs")
    sub = parser.add_subparsers(dest="audit_command", required=True)
    verify = sub.add_parser("verify", help="check the hash chain of a JSON-lines audit file")
    verify.add_argument("file", type=Path)
    verify.set_defaults(func=_cmd_verify)
    return parser


def _cmd_verify(args: argparse.Namespace) -> int:
    report = verify_chain(args.file)
    if not report.ok and report.bad_line is None:
        # No line was read (a missing or unreadable file): an input error, not a broken chain.
        print(f"error: {report.reason}", file=sys.stderr)
        return 2
    if report.ok:
        print(f"OK: {report.records} records, chain intact (head {report.head[:16]})")
        return 0
    print(f"FAILED at line {report.bad_line}: {report.reason} ({report.records} records verified before it)",
          file=sys.stderr)
    return 1


def iter_records(path: str | Path) -> Iterable[dict[str, Any]]:
    """Yield the records of an audit file (no verification)."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)
