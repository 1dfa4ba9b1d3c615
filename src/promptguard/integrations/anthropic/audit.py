"""Per-call audit records: what was found and done, never what was said.

One record per HTTP attempt the middleware handles (an SDK retry is a second record with
``attempt`` 1, 2...), handed to a *sink*: any callable ``sink(record: dict) -> None``.
The default sink logs one JSON line at INFO on the ``promptguard.audit`` logger;
:func:`jsonl_sink` appends to a JSON-lines file.

A record holds only metadata (all keys always present):

``event``, ``time`` (UTC ISO 8601), ``route`` (``messages`` / ``count_tokens`` / ``batches`` /
``other``), ``beta``, ``model``, ``max_tokens``, ``stream``, ``user_id_hash`` (keyed hash of
``metadata.user_id``), ``session_hash``, ``attempt``, ``status``, ``request_id``, ``verdict``,
``blocked``, ``reason``, ``prompt`` and ``response`` (``entities`` and ``actions`` counts,
``texts`` scanned, ``unscanned`` parts such as images, ``placeholders_restored``),
``injection`` (max ``score``, ``flagged``, the ``sources`` it was flagged in),
``latency_ms`` (``prompt_guard``, ``response_guard``, ``upstream``, ``total``) and ``errors``
(value-free). No prompt, response, or detected value is ever put in a record.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from promptguard.findings import ScanResult, Verdict

__all__ = ["AuditSink", "CallAudit", "JsonlSink", "jsonl_sink", "logging_sink"]

AuditSink = Callable[[dict[str, Any]], None]

audit_log = logging.getLogger("promptguard.audit")

_VERDICT_RANK = {Verdict.CLEAN: 0, Verdict.FLAGGED: 1, Verdict.INDETERMINATE: 2, Verdict.BLOCKED: 3}


def logging_sink(record: dict[str, Any]) -> None:
    """The default sink: one JSON object per line on the ``promptguard.audit`` logger (INFO)."""
    if audit_log.isEnabledFor(logging.INFO):
        audit_log.info("%s", json.dumps(record, sort_keys=True, separators=(",", ":")))


class JsonlSink:
    """Append each record as one JSON line to ``path`` (thread-safe, flushed per record).

    Used when :mod:`promptguard.audit` (the service's sink) is not available.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()

    def __call__(self, record: dict[str, Any]) -> None:
        line = json.dumps(record, sort_keys=True, separators=(",", ":")) + "\n"
        with self._lock, self.path.open("a", encoding="utf-8") as fh:
            fh.write(line)


def jsonl_sink(path: str | Path) -> AuditSink:
    """A JSON-lines file sink: ``promptguard.audit.JsonlAuditSink`` when present, else :class:`JsonlSink`."""
    try:
        from promptguard.audit import JsonlAuditSink  # type: ignore[attr-defined]
    except ImportError:
        return JsonlSink(path)
    sink: AuditSink = JsonlAuditSink(path)
    return sink


@dataclass
class _Side:
    texts: int = 0
    entities: Counter[str] = field(default_factory=Counter)
    actions: Counter[str] = field(default_factory=Counter)
    unscanned: Counter[str] = field(default_factory=Counter)
    placeholders_restored: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "texts": self.texts,
            "entities": dict(sorted(self.entities.items())),
            "actions": dict(sorted(self.actions.items())),
            "unscanned": dict(sorted(self.unscanned.items())),
            "placeholders_restored": self.placeholders_restored,
        }


@dataclass
class CallAudit:
    """Accumulates one attempt's metadata while the request and its response go through."""

    route: str
    beta: bool = False
    model: str | None = None
    max_tokens: int | None = None
    stream: bool = False
    user_id_hash: str | None = None
    session_hash: str | None = None
    attempt: int = 0
    status: int | None = None
    request_id: str | None = None
    verdict: Verdict = Verdict.CLEAN
    reason: str = ""
    prompt: _Side = field(default_factory=_Side)
    response: _Side = field(default_factory=_Side)
    injection_score: float | None = None
    injection_flagged: bool = False
    injection_sources: set[str] = field(default_factory=set)
    errors: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.perf_counter)
    prompt_guard_s: float = 0.0
    response_guard_s: float = 0.0
    upstream_s: float | None = None
    _emitted: bool = False

    def add_results(self, results: Iterable[ScanResult], *, side: str) -> None:
        target = self.prompt if side == "prompt" else self.response
        for r in results:
            target.texts += 1
            for f in r.findings:
                target.entities[f.entity_type] += 1
                if f.action is not None:
                    target.actions[str(f.action)] += 1
            if _VERDICT_RANK[r.verdict] > _VERDICT_RANK[self.verdict]:
                self.verdict = r.verdict
                if r.reason:
                    self.reason = r.reason
            if r.injection is not None:
                score = float(r.injection.score)
                if self.injection_score is None or score > self.injection_score:
                    self.injection_score = score
                if r.injection.flagged:
                    self.injection_flagged = True
                    self.injection_sources.add(r.source)
            self.errors.extend(r.errors)

    def to_dict(self) -> dict[str, Any]:
        total = time.perf_counter() - self.started
        return {
            "event": "promptguard.anthropic",
            "time": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
            "route": self.route,
            "beta": self.beta,
            "model": self.model,
            "max_tokens": self.max_tokens,
            "stream": self.stream,
            "user_id_hash": self.user_id_hash,
            "session_hash": self.session_hash,
            "attempt": self.attempt,
            "status": self.status,
            "request_id": self.request_id,
            "verdict": str(self.verdict),
            "blocked": self.verdict is Verdict.BLOCKED,
            "reason": self.reason,
            "prompt": self.prompt.to_dict(),
            "response": self.response.to_dict(),
            "injection": {
                "score": None if self.injection_score is None else round(self.injection_score, 4),
                "flagged": self.injection_flagged,
                "sources": sorted(self.injection_sources),
            },
            "latency_ms": {
                "prompt_guard": round(self.prompt_guard_s * 1000, 3),
                "response_guard": round(self.response_guard_s * 1000, 3),
                "upstream": None if self.upstream_s is None else round(self.upstream_s * 1000, 3),
                "total": round(total * 1000, 3),
            },
            "errors": sorted(set(self.errors)),
        }

    def emit(self, sink: AuditSink | None) -> None:
        """Send the record once; a failing sink is logged (by type only) and never breaks the call."""
        if self._emitted or sink is None:
            return
        self._emitted = True
        try:
            sink(self.to_dict())
        except Exception as exc:  # noqa: BLE001 - auditing must not take the app down
            logging.getLogger("promptguard").warning("audit sink failed with %s", type(exc).__name__)
