"""Per-call audit records: what was found and done, never what was said.

One record per HTTP attempt the middleware handles (an SDK retry is a second record with
``attempt`` 1, 2...), handed to a *sink*: any callable ``sink(record: dict) -> None``.
The default sink logs one JSON line at INFO on the ``promptguard.audit`` logger;
:func:`jsonl_sink` appends to a hash-chained JSON-lines file (``promptguard audit verify``).

A record holds only metadata (all keys always present). First the keys it shares with the
service's records (:func:`promptguard.audit.make_record`), describing the prompt side:
``event`` (``anthropic``), ``time`` (UTC ISO 8601), ``request_id`` (the API's), ``direction``,
``verdict`` (worst of prompt and response), ``texts``, ``entity_counts``, ``actions``,
``injection_score`` (max over the texts), ``latency_ms`` (what the middleware itself took).
Then: ``route`` (``messages`` / ``count_tokens`` / ``batches`` / ``other``, and
``batch_results`` for reading a batch's results, which the middleware restores), ``beta``,
``model``, ``max_tokens``, ``stream``, ``user_id_hash`` (keyed hash of ``metadata.user_id``),
``session_hash``, ``attempt`` (0 first, 1.. SDK retries), ``status``, ``blocked``, ``reason``,
``unscanned`` (images, binary documents, signed thinking blocks), ``texts_cached`` (how many of
``texts`` were history already scanned earlier in the session, results reused), ``injection`` (``flagged``,
the ``sources`` it was flagged in), ``response`` (``texts``, ``entity_counts``, ``actions``,
``placeholders_restored``), ``latency_breakdown_ms`` (``prompt_guard``, ``response_guard``,
``upstream``, ``total``) and ``errors`` (value-free). No prompt, response or detected value
is ever put in a record.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from promptguard.findings import ScanResult, Verdict

__all__ = ["AuditSink", "CallAudit", "jsonl_sink", "logging_sink"]

AuditSink = Callable[[dict[str, Any]], None]

audit_log = logging.getLogger("promptguard.audit")

_VERDICT_RANK = {Verdict.CLEAN: 0, Verdict.FLAGGED: 1, Verdict.INDETERMINATE: 2, Verdict.BLOCKED: 3}


def logging_sink(record: dict[str, Any]) -> None:
    """The default sink: one JSON object per line on the ``promptguard.audit`` logger (INFO)."""
    if audit_log.isEnabledFor(logging.INFO):
        audit_log.info("%s", json.dumps(record, sort_keys=True, separators=(",", ":")))


def jsonl_sink(path: str | Path) -> AuditSink:
    """A hash-chained JSON-lines file sink (:class:`promptguard.audit.JsonlAuditSink`)."""
    from promptguard.audit import JsonlAuditSink

    return JsonlAuditSink(path)


# Plain dicts, not Counters, and slots: a record is made for every call, and building eight
# Counters (a Python-level __init__ each) was a measurable part of the time to first token.
@dataclass(slots=True)
class _Side:
    texts: int = 0
    entities: dict[str, int] = field(default_factory=dict)
    actions: dict[str, int] = field(default_factory=dict)
    unscanned: dict[str, int] = field(default_factory=dict)
    placeholders_restored: int = 0
    cached: int = 0


@dataclass(slots=True)
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
    headers: Any = None
    """The upstream response's headers: ``request_id`` is read from them in :meth:`to_dict`
    (not on the way to the first token)."""
    deferred: Any = None
    """The middleware's prepared request while its injection verdicts are deferred (they are
    added to this record just before it is emitted)."""
    _emitted: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)
    """Held while deferred verdicts are added and the record is emitted: a stream read in one
    thread may be closed from another, and the second caller must wait for the complete
    record rather than emit one without the verdicts."""

    def raise_verdict(self, verdict: Verdict) -> None:
        """Make the record's verdict at least ``verdict`` (it never goes down)."""
        if _VERDICT_RANK[verdict] > _VERDICT_RANK[self.verdict]:
            self.verdict = verdict

    def add_results(self, results: Iterable[ScanResult], *, side: str) -> None:
        target = self.prompt if side == "prompt" else self.response
        entities, actions = target.entities, target.actions
        for r in results:
            target.texts += 1
            for f in r.findings:
                entities[f.entity_type] = entities.get(f.entity_type, 0) + 1
                if f.action is not None:
                    name = f.action.value  # == str(f.action), without the Python-level __str__
                    actions[name] = actions.get(name, 0) + 1
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

    def _request_id(self) -> str | None:
        if self.request_id is None and self.headers is not None:
            self.request_id = self.headers.get("request-id")
        return self.request_id

    def to_dict(self) -> dict[str, Any]:
        total = time.perf_counter() - self.started
        own = total - (self.upstream_s or 0.0)
        prompt, response = self.prompt, self.response
        return {
            # Keys shared with promptguard.audit.make_record (the service's records) first.
            "event": "anthropic",
            "time": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
            "request_id": self._request_id(),
            "direction": "prompt",
            "verdict": str(self.verdict),
            "texts": prompt.texts,
            "entity_counts": dict(sorted(prompt.entities.items())),
            "actions": dict(sorted(prompt.actions.items())),
            "injection_score": None if self.injection_score is None else round(self.injection_score, 4),
            "latency_ms": round(own * 1000, 3),
            # Anthropic-specific.
            "route": self.route,
            "beta": self.beta,
            "model": self.model,
            "max_tokens": self.max_tokens,
            "stream": self.stream,
            "user_id_hash": self.user_id_hash,
            "session_hash": self.session_hash,
            "attempt": self.attempt,
            "status": self.status,
            "blocked": self.verdict is Verdict.BLOCKED,
            "reason": self.reason,
            "unscanned": dict(sorted(prompt.unscanned.items())),
            "texts_cached": prompt.cached,
            "injection": {"flagged": self.injection_flagged, "sources": sorted(self.injection_sources)},
            "response": {
                "texts": response.texts,
                "entity_counts": dict(sorted(response.entities.items())),
                "actions": dict(sorted(response.actions.items())),
                "placeholders_restored": response.placeholders_restored,
            },
            "latency_breakdown_ms": {
                "prompt_guard": round(self.prompt_guard_s * 1000, 3),
                "response_guard": round(self.response_guard_s * 1000, 3),
                "upstream": None if self.upstream_s is None else round(self.upstream_s * 1000, 3),
                "total": round(total * 1000, 3),
            },
            "errors": sorted(set(self.errors)),
        }

    def emit(self, sink: AuditSink | None, *, raise_errors: bool = False) -> None:
        """Send the record once. A failing sink is logged (by type only), or raises when
        ``raise_errors`` (for deployments where an unaudited call must not go unnoticed)."""
        if self._emitted or sink is None:
            return
        self._emitted = True
        try:
            sink(self.to_dict())
        except Exception as exc:
            if raise_errors:
                raise
            logging.getLogger("promptguard").warning("audit sink failed with %s", type(exc).__name__)
