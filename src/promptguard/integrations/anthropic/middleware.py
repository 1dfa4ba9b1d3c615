"""``PromptGuardMiddleware``: every Messages request and response through promptguard.

Built on the SDK's client middleware, which runs inside the SDK's retry loop once per HTTP
attempt. Per attempt the middleware:

1. walks the request body (:mod:`.request`) and sanitizes every text in one batch per
   source, in the conversation's pseudonym session; a ``block`` verdict raises
   :class:`~promptguard.errors.PromptBlocked` before anything is sent;
2. sends the sanitized copy (the caller's body object is never mutated; only the containers
   on the way to a changed text are copied, and a request in which no text changed goes on
   as it came, same object, same bytes; a retry of a failed attempt reuses its sanitized
   body, found by the SDK's idempotency key, so retries neither double-pseudonymize nor pay
   for a second scan);
3. restores placeholders in the answer and applies the response policy, for JSON bodies
   (:mod:`.response`) and SSE streams (:mod:`.stream`) alike; a stream's body is rewritten
   in place as the SDK reads it (as the SDK's own tracing wraps it), so the SDK parses it
   once, with no stand-in response;
4. hands one metadata-only record to the audit sink (:mod:`.audit`).

Message batches: a batch it creates is remembered (session, and per ``custom_id`` the
placeholders that request produced), and reading that batch's results through the same
client restores them line by line (:mod:`.batches`).

Under a ``detect`` injection policy the injection verdict cannot change what is sent, so
step 1 leaves it out and it is computed just before step 4 (``defer_injection``): the
classifier is not on the way to the first token, and the record holds the same verdict.
"""

from __future__ import annotations

import contextlib
import contextvars
import copy
import json
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal, Protocol, TypeGuard, cast
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from promptguard.anonymize.keys import keyed_hash
from promptguard.anonymize.vault import Session
from promptguard.errors import ConfigError, InputError, PromptBlocked, PromptGuardError
from promptguard.findings import ScanResult, Source, Verdict
from promptguard.guard import JUDGED_AGAINST_SYSTEM, DeferredBatch
from promptguard.integrations.anthropic._compat import require_anthropic
from promptguard.integrations.anthropic.audit import AuditSink, CallAudit, logging_sink
from promptguard.integrations.anthropic.batches import (
    BATCHES_KEPT,
    BatchRecord,
    BatchResultsRewriter,
    produced_per_request,
    results_batch_id,
)
from promptguard.integrations.anthropic.cache import ScanCache, context_digest
from promptguard.integrations.anthropic.request import walk_request
from promptguard.integrations.anthropic.response import (
    RESTORABLE_RE,
    ResponseGuard,
    _block_types,
    placeholder_bound,
    placeholder_counts,
    policy_rewrites_responses,
    produced_tokens,
    rewrite_message,
)
from promptguard.integrations.anthropic.stream import DEFAULT_WINDOW, SseRewriter

anthropic = require_anthropic()

import httpx2  # noqa: E402 - the SDK's HTTP library, present once the check above passed
from anthropic._request import APIRequest  # noqa: E402
from anthropic._response import APIResponse, AsyncAPIResponse  # noqa: E402

__all__ = ["PromptGuardMiddleware", "ProtectOptions", "conversation", "protect"]

_SOURCES: tuple[Source, ...] = ("system", "user", "model", "tool_result", "document")
_CACHE_SIZE = 64
_NONE: frozenset[str] = frozenset()

log = logging.getLogger("promptguard")

_conversation: contextvars.ContextVar[Session | None] = contextvars.ContextVar(
    "promptguard_anthropic_conversation", default=None
)


@contextlib.contextmanager
def conversation(session: Session) -> Iterator[Session]:
    """Run the calls inside the block in ``session`` (one conversation of a shared client).

    >>> with conversation(guard.new_session()):            # doctest: +SKIP
    ...     client.messages.create(...)
    """
    token = _conversation.set(session)
    try:
        yield session
    finally:
        _conversation.reset(token)


class ProtectOptions(BaseModel):
    """Options of :class:`PromptGuardMiddleware` / :func:`protect` (unknown names are an error)."""

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True, frozen=True)

    session: Session | str | None = None
    """The pseudonym session of every call; default: one new session per middleware."""
    per_user: bool = False
    """One session per ``metadata.user_id`` (hashed into the session id) when a request has one."""
    audit: AuditSink | None = logging_sink
    """Where per-call records go; ``None`` turns auditing off."""
    audit_errors: Literal["log", "raise"] = "log"
    """A failing sink is logged (default) or raises ``raise`` out of the call."""
    fail_closed: bool = True
    """Refuse to send a prompt whose scan was indeterminate (a detector failed). An injection
    verdict that ``defer_injection`` computes after sending is covered only in the record."""
    restore_responses: bool = True
    """Put original values back into answers (text, tool inputs, streams, and the results of
    message batches this client created, read through it)."""
    response_window: int = Field(DEFAULT_WINDOW, ge=0, le=100_000)
    """Characters a stream holds back for the response-policy scan (only when that policy rewrites).
    0 holds back only the unfinished last word: enough for single-token secrets, not for
    multi-word values such as spaced card numbers."""
    defer_injection: bool = True
    """Send a prompt before its injection verdict when that verdict can only be reported.

    Under a policy whose injection action is ``detect`` (flag, never block) the verdict
    cannot change what is sent, so the request does not wait for the classifier: the
    verdict is computed once the answer is in (a stream: when it is over) and lands in the
    audit record and the scan cache exactly as before. Blocking policies, and texts with
    invisible characters that ``strip``/``block`` would change, are judged before sending
    as always. The one difference: a failing injection detector can no longer stop such a
    request under ``fail_closed`` (it has left); the record then says ``indeterminate``
    and names the failure. ``False`` judges everything before sending."""
    scan_cache: int = Field(1024, ge=0, le=1_000_000)
    """Prompt-side scan results kept (all sessions together, least recently used goes first) so
    a conversation's history, re-sent with every call, is scanned once per session, not once
    per turn (:mod:`.cache`). 0 turns the cache off."""


@dataclass(slots=True)
class _Prepared:
    body: Any
    """The body to send: the request's own object when sanitizing changed no text."""
    extra: Any
    results: list[ScanResult]
    unscanned: dict[str, int]
    session: Session
    allowed: frozenset[str]
    """Placeholders this request's sanitizing produced: the only ones its answer may restore."""
    cached: int = 0
    """Texts whose result came from the session's scan cache (history already scanned)."""
    pending: list[_Deferred] | None = None
    """Batches whose injection verdicts are still to be computed (``defer_injection``):
    ``results`` holds those texts' results without a verdict until then."""
    system_prompt: str | None = None
    """The request's system prompt (read only: prompts and answers are judged against it)."""


@dataclass(slots=True)
class _Deferred:
    """One source's batch with deferred injection verdicts, and where its results go."""

    batch: DeferredBatch
    at: list[int]
    """Per text of the batch: its position in ``_Prepared.results``."""
    cache: list[tuple[Any, frozenset[str], Any]]
    """Per text of the batch: scan-cache key, placeholders produced, placeholders found
    (a text is cached once its verdict is in: a cached result is a complete one)."""


class PromptGuardMiddleware(anthropic.Middleware):  # type: ignore[misc,name-defined]
    """Client middleware for ``anthropic.Anthropic`` and ``anthropic.AsyncAnthropic``.

    >>> client = anthropic.Anthropic(middleware=[PromptGuardMiddleware(guard)])   # doctest: +SKIP
    """

    def __init__(self, guard: Any = None, **options: Any) -> None:
        if guard is None:
            from promptguard import default_guard

            guard = default_guard()
        try:
            self.options = ProtectOptions(**options)
        except ValidationError as exc:
            raise ConfigError(f"invalid promptguard middleware options: {exc}") from None
        self.guard = guard
        opt = self.options.session
        if isinstance(opt, Session):
            self.session = opt
        elif isinstance(opt, str) and opt:
            self.session = guard.new_session(opt)
        else:
            self.session = guard.new_session()
        self.rewrites = policy_rewrites_responses(guard)
        self._max_placeholder = placeholder_bound(guard)
        self._scans = ScanCache(self.options.scan_cache)
        self._cache: OrderedDict[str, _Prepared] = OrderedDict()
        self._lock = threading.Lock()
        # Batches this client created: their results are restored when read through it (:mod:`.batches`).
        self._batches: OrderedDict[str, BatchRecord] = OrderedDict()
        self._warned_batch = False
        # Per-client state the hot path would otherwise recompute on every call.
        self._hash_key: bytes = guard.keys.hash_key
        self._hashes: dict[str, str] = {}  # keyed hashes of session ids / user ids (bounded)
        self._routes: dict[str, str | None] = {}  # url -> route by path (bounded)
        self._audit_sink = self.options.audit
        self._raise_audit = self.options.audit_errors == "raise"
        self._fail_closed = self.options.fail_closed
        injection = guard.policy.spec.injection
        # Only a policy whose injection check can report without blocking has verdicts to defer.
        self._defer = (
            self.options.defer_injection
            and bool(injection.get("enabled", True))
            and injection.get("action", "detect") == "detect"
        )

    def __repr__(self) -> str:
        return f"PromptGuardMiddleware(policy={self.guard.policy.name!r}, session={self.session!r})"

    # ------------------------------------------------------------------ routing
    def _route(self, request: APIRequest) -> str | None:
        options = request.options
        body = options.json_data
        if options.method.lower() != "post" or not _is_map(body):
            return None
        url = options.url
        try:
            route = self._routes[url]
        except (KeyError, TypeError):
            route = _route_of(url)
            if isinstance(url, str):
                if len(self._routes) >= _CACHE_SIZE:
                    self._routes.clear()
                self._routes[url] = route
        if route is None and ("messages" in body or "system" in body):
            return "other"  # Bedrock / Vertex style routes carry the same body
        return route

    def _hash(self, value: str) -> str:
        """``keyed_hash`` of a session or user id, remembered: the same few ids recur on every call."""
        h = self._hashes.get(value)
        if h is None:
            h = keyed_hash(self._hash_key, value)
            if len(self._hashes) >= 1024:
                self._hashes.clear()
            self._hashes[value] = h
        return h

    def session_for(self, body: Mapping[str, Any]) -> Session:
        """The session of a request: ``conversation()`` block, then per-user, then the middleware's."""
        scoped = _conversation.get()
        if scoped is not None:
            return scoped
        if self.options.per_user:
            meta = body.get("metadata")
            user = meta.get("user_id") if isinstance(meta, Mapping) else None
            if isinstance(user, str) and user:
                sid = "anthropic-user-" + keyed_hash(self.guard.keys.hash_key, user, 32)
                return Session(self.guard.vault, sid)
        return self.session

    # ---------------------------------------------------------------- requests
    def _audit_for(self, request: APIRequest, route: str, session: Session) -> CallAudit:
        options = request.options
        body = options.json_data if _is_map(options.json_data) else {}
        meta = body.get("metadata")
        user = meta.get("user_id") if _is_map(meta) else None
        params = options.params
        headers = options.headers
        beta = bool(
            (_is_map(params) and params.get("beta") in (True, "true"))
            or (_is_map(headers) and isinstance(headers.get("anthropic-beta"), str))
        )
        max_tokens = body.get("max_tokens")
        model = body.get("model")
        return CallAudit(
            route=route,
            beta=beta,
            model=str(model) if isinstance(model, str) else None,
            max_tokens=max_tokens if isinstance(max_tokens, int) else None,
            stream=bool(request.stream),
            user_id_hash=self._hash(user) if isinstance(user, str) and user else None,
            session_hash=self._hash(session.id),
            attempt=request.retries_taken,
        )

    def _prepare(self, request: APIRequest, session: Session) -> _Prepared:
        options = request.options
        key = options.idempotency_key
        if key and self._cache:  # only failed attempts are remembered: usually empty
            with self._lock:
                cached = self._cache.get(key)
            if cached is not None:
                return cached
        body = options.json_data
        extra = options.extra_json
        texts: list[str] = []
        sources: list[Source] = []
        unscanned: dict[str, int] = {}

        def collect(text: str, source: Source) -> str:
            texts.append(text)
            sources.append(source)
            return text

        try:
            walk_request(body, collect, unscanned)  # type: ignore[arg-type]
            if _is_map(extra):
                walk_request(extra, collect)
        except RecursionError:
            # A tool schema or content nested hundreds of levels deep: refused, never sent unchecked.
            raise InputError(
                "the request is nested too deeply to check (a tool input_schema or message content); nothing was sent"
            ) from None
        n = len(texts)
        # Texts to scan, by source (blank ones are sent as they are).
        by_source: dict[Source, list[int]] = {}
        for i in range(n):
            t = texts[i]
            if t and not t.isspace():
                idx = by_source.get(sources[i])
                if idx is None:
                    by_source[sources[i]] = [i]
                else:
                    idx.append(i)
        # User turns, documents and tool results are judged against the request's system prompt
        # (what it protects); the system prompt and earlier model turns are not.
        system_parts = [texts[i] for i in by_source.get("system", ())]
        system_prompt = "\n\n".join(system_parts) if system_parts else None
        system_key = context_digest(system_prompt)
        results: list[ScanResult | None] = [None] * n
        produced: list[frozenset[str]] = []
        changed = False
        from_cache = 0
        scans = self._scans
        deferred: list[tuple[DeferredBatch, list[int], list[tuple[Any, frozenset[str], Any]]]] = []
        for source in _SOURCES:  # this order: it decides which value gets placeholder number 1
            idx = by_source.get(source)
            if not idx:
                continue
            todo: list[int] = []
            keys: list[Any] = []
            context = system_prompt if source in JUDGED_AGAINST_SYSTEM else None
            context_key = system_key if context is not None else b""
            for i in idx:
                k = scans.key(session, source, texts[i], context_key)
                hit = scans.get(k, session)
                if hit is None:
                    todo.append(i)
                    keys.append(k)
                else:
                    r, made_here = hit
                    results[i] = r
                    if made_here:
                        produced.append(made_here)
                    changed = changed or r.text != texts[i]
                    from_cache += 1
            if not todo:
                continue
            later: DeferredBatch | None = None
            if self._defer:
                later = self.guard.sanitize_batch_deferred(
                    [texts[i] for i in todo], session=session, source=source, system_prompt=context
                )
                batch = later.sendable
                if not later.deferred:
                    later = None
            else:
                batch = self.guard.sanitize_batch(
                    [texts[i] for i in todo], session=session, source=source, system_prompt=context
                )
            cache_later: list[tuple[Any, frozenset[str], Any]] = []
            for i, k, r in zip(todo, keys, batch, strict=True):
                results[i] = r
                original, out = texts[i], r.text
                found: Any
                if out is original or out == original:
                    found, here = None, _NONE  # (a cache hit re-checks placeholders the user typed)
                else:
                    changed = True
                    found = RESTORABLE_RE.findall(out) if "<" in out else ()
                    if not found:
                        here = _NONE
                    elif "<" not in original:  # the common case: every placeholder is new
                        here = frozenset(found)
                    else:  # some may have been typed by the user: count them out
                        found = placeholder_counts(out)
                        here = frozenset(produced_tokens(original, out, found))
                    if here:
                        produced.append(here)
                if later is None:
                    scans.put(k, session, r, here, found)
                else:  # cached once the verdicts are in (texts judged at once too: simpler, same)
                    cache_later.append((k, here, found))
            if later is not None:
                deferred.append((later, todo, cache_later))
        if changed:
            it = iter(results)

            def put_back(text: str, _source: Source) -> str:
                r = next(it)
                return text if r is None else r.text

            new_body: Any = walk_request(body, put_back)  # type: ignore[arg-type]
            new_extra: Any = walk_request(extra, put_back) if _is_map(extra) else extra
        else:  # nothing to replace: the request goes out as it came (no copy, no re-encoding)
            new_body, new_extra = body, extra
        kept = [r for r in results if r is not None]
        allowed = produced[0] if len(produced) == 1 else frozenset().union(*produced)
        prepared = _Prepared(new_body, new_extra, kept, unscanned, session, allowed, from_cache)
        prepared.system_prompt = system_prompt
        if deferred:
            # Positions in ``kept`` (blank texts have no result).
            position, p = [0] * n, 0
            for i in range(n):
                position[i] = p
                if results[i] is not None:
                    p += 1
            prepared.pending = [_Deferred(batch, [position[i] for i in todo], cache) for batch, todo, cache in deferred]
        return prepared

    def _resolve(self, prepared: _Prepared) -> list[ScanResult]:
        """Compute the deferred injection verdicts of ``prepared`` (once) and cache the results.

        Two threads may race here (a stream closed while read): both get the same results."""
        pending = prepared.pending
        if pending is None:
            return prepared.results
        results = list(prepared.results)
        session, scans = prepared.session, self._scans
        for d in pending:
            final = d.batch.resolve()
            for j, r in enumerate(final):
                results[d.at[j]] = r
                key, here, found = d.cache[j]
                scans.put(key, session, r, here, found)
        prepared.results = results
        prepared.pending = None
        return results

    def _remember(self, request: APIRequest, prepared: _Prepared) -> None:
        """Keep an attempt's sanitized body for the SDK's retry of it (same idempotency key).

        Called when the attempt failed, the only time a retry follows: remembering every
        attempt up front cost each successful call a store and a removal."""
        key = request.options.idempotency_key
        if key and not any(r.blocked for r in prepared.results):
            with self._lock:
                self._cache[key] = prepared
                while len(self._cache) > _CACHE_SIZE:
                    self._cache.popitem(last=False)

    def _check(self, prepared: _Prepared) -> None:
        blocked = [r for r in prepared.results if r.blocked]
        if blocked:
            types = sorted({t for r in blocked for t in _block_types(r)})
            raise PromptBlocked(blocked[0].reason or "blocked by policy", types, blocked[0])
        if self._fail_closed:
            bad = [r for r in prepared.results if r.verdict is Verdict.INDETERMINATE]
            if bad:
                raise PromptBlocked(
                    "a detector failed, so the prompt could not be fully checked and was not sent "
                    "(pass fail_closed=False to send it anyway)",
                    (),
                    bad[0],
                )

    def _before(self, request: APIRequest) -> tuple[APIRequest, CallAudit, ResponseGuard, _Prepared] | None:
        """Sanitize; ``None`` for requests this middleware does not touch. Raises ``PromptBlocked``."""
        route = self._route(request)
        if route is None:
            return None
        session = self.session_for(request.options.json_data)  # type: ignore[arg-type]
        # With auditing off no record is ever read: keep only what the call itself uses.
        recorded = self._audit_sink is not None
        audit = self._audit_for(request, route, session) if recorded else CallAudit(route=route)
        t0 = time.perf_counter()
        try:
            prepared = self._prepare(request, session)
            if prepared.pending is not None and self._stops(prepared):
                # Not sent: judge it all now, so the exception and the record are as without deferral.
                self._resolve(prepared)
            if recorded:
                if prepared.unscanned:
                    unscanned = audit.prompt.unscanned
                    for kind, count in prepared.unscanned.items():
                        unscanned[kind] = unscanned.get(kind, 0) + count
                audit.prompt.cached += prepared.cached
                if prepared.pending is None:
                    audit.add_results(prepared.results, side="prompt")
                audit.prompt_guard_s = time.perf_counter() - t0
            self._check(prepared)
        except PromptBlocked as exc:
            audit.verdict = Verdict.BLOCKED
            audit.reason = exc.reason
            self._emit(audit)
            raise
        except Exception as exc:
            audit.errors.append(f"prompt scan failed ({type(exc).__name__})")
            self._emit(audit)
            raise
        if prepared.pending is not None:
            audit.deferred = prepared  # resolved before the record is emitted (:meth:`_emit`)
        options = request.options
        if prepared.body is options.json_data and prepared.extra is options.extra_json:
            new_request = request  # no text changed: the SDK serializes the caller's body as it would anyway
        else:
            new_request = _with_body(request, prepared.body, prepared.extra)
        rg = ResponseGuard(
            self.guard,
            prepared.session,
            audit,
            rewrites=self.rewrites,
            allowed=prepared.allowed,
            max_placeholder=self._max_placeholder,
            system_prompt=prepared.system_prompt,
        )
        return new_request, audit, rg, prepared

    def _stops(self, prepared: _Prepared) -> bool:
        """Whether :meth:`_check` will refuse ``prepared`` (blocked, or indeterminate under fail_closed)."""
        for r in prepared.results:
            v = r.verdict
            if v is Verdict.BLOCKED or (v is Verdict.INDETERMINATE and self._fail_closed):
                return True
        return False

    def _emit(self, audit: CallAudit) -> None:
        with audit.lock:
            prepared = audit.deferred
            if prepared is not None:
                audit.deferred = None
                self._finish_deferred(audit, prepared)
            audit.emit(self._audit_sink, raise_errors=self._raise_audit)

    def _finish_deferred(self, audit: CallAudit, prepared: _Prepared) -> None:
        """The deferred injection verdicts, computed now (the answer is in), into the record.

        Runs even with auditing off: the results also go to the scan cache, and a failing
        detector is logged. Nothing here may be lost: a failure is named in the record."""
        t0 = time.perf_counter()
        late = [d.at[j] for d in prepared.pending or () for j in d.batch.deferred]
        try:
            results = self._resolve(prepared)
        except Exception as exc:  # noqa: BLE001 - recorded, never raised out of a call already made
            log.warning("deferred injection check failed with %s", type(exc).__name__)
            audit.errors.append(f"deferred injection check failed ({type(exc).__name__})")
            results, prepared.pending = prepared.results, None
            audit.raise_verdict(Verdict.INDETERMINATE)  # never "clean" next to a check that did not run
        if self._audit_sink is None:
            return
        audit.add_results(results, side="prompt")
        if any(results[p].verdict is Verdict.INDETERMINATE for p in late):
            audit.errors.append("sent before its injection check, which could not complete (defer_injection)")
        audit.prompt_guard_s += time.perf_counter() - t0

    # ------------------------------------------------------- shared by sync/async
    def _upstream_failed(self, request: APIRequest, prepared: _Prepared, audit: Any, exc: BaseException) -> None:
        self._remember(request, prepared)
        audit.errors.append(f"upstream call failed ({type(exc).__name__})")
        self._emit(audit)

    def _settle(self, request: APIRequest, prepared: _Prepared, response: Any, audit: Any, t0: float) -> bool:
        """Record the upstream answer in the audit record; True when the response is to be
        restored and scanned (otherwise the record is emitted now and it passes as is)."""
        audit.upstream_s = time.perf_counter() - t0
        raw = response.http_response
        audit.status = raw.status_code
        audit.headers = raw.headers  # the request id is read from them when the record is made
        if not raw.is_success:
            self._remember(request, prepared)  # the SDK may retry this attempt
            self._emit(audit)
            return False
        if not self.options.restore_responses or audit.route in ("count_tokens", "batches"):
            self._emit(audit)
            return False
        return True

    # -------------------------------------------------------------------- sync
    def handle(self, request: APIRequest, call_next: Any) -> Any:
        prepared = self._before(request)
        if prepared is None:
            record = self._batch_of_results(request)
            if record is None:
                return call_next(request)
            return self._restore_results(call_next(request), record, request)
        new_request, audit, rg, done = prepared
        t0 = time.perf_counter()
        try:
            response = call_next(new_request)
        except Exception as exc:
            self._upstream_failed(request, done, audit, exc)
            raise
        if not self._settle(request, done, response, audit, t0):
            if self._keeps_batch(audit, response):
                response.http_response.read()
                self._remember_batch(request, done, response)
            return response
        raw = response.http_response
        if request.stream and _is_sse(raw):
            return self._wrap_stream(response, rg)
        try:
            raw.read()
            return self._rewrite_json(response, rg, APIResponse)
        finally:
            self._emit(audit)

    def _stream_parts(self, rg: ResponseGuard) -> tuple[SseRewriter, Callable[[], None], Callable[[], None]]:
        """A streamed answer's rewriter, and what runs once it was read to the end (the
        report) and once it is over in any way (the audit record)."""
        rewriter = SseRewriter(rg, window=self.options.response_window)

        def finished() -> None:
            self._report(rewriter, rg)

        def closed() -> None:
            self._emit(rg.audit)

        return rewriter, finished, closed

    def _wrap_stream(self, response: Any, rg: ResponseGuard) -> Any:
        return _wrap_body(response, *self._stream_parts(rg))

    def _wrap_stream_async(self, response: Any, rg: ResponseGuard) -> Any:
        return _wrap_body_async(response, *self._stream_parts(rg))

    # ----------------------------------------------------------------- batches
    def _keeps_batch(self, audit: CallAudit, response: Any) -> bool:
        """A batch created (its results will be restored when read through this client)."""
        return (
            audit.route == "batches"
            and self.options.restore_responses
            and response.http_response.is_success
            and not _is_sse(response.http_response)
        )

    def _remember_batch(self, request: APIRequest, prepared: _Prepared, response: Any) -> None:
        try:
            batch = json.loads(response.http_response.content)
        except ValueError:
            return
        body = request.options.json_data
        batch_id = batch.get("id") if isinstance(batch, dict) else None
        if not isinstance(batch_id, str) or not _is_map(body) or not _is_map(prepared.body):
            return
        record = BatchRecord(prepared.session, produced_per_request(body, prepared.body))
        with self._lock:
            self._batches[batch_id] = record
            while len(self._batches) > BATCHES_KEPT:
                self._batches.popitem(last=False)

    def _batch_of_results(self, request: APIRequest) -> BatchRecord | None:
        """The record of the batch whose results ``request`` reads (None: not a results read,
        or a batch this client does not remember, whose results then pass as they are)."""
        options = request.options
        if options.method.lower() != "get":
            return None
        batch_id = results_batch_id(options.url)
        if batch_id is None:
            return None
        with self._lock:
            record = self._batches.get(batch_id)
            if record is not None:
                self._batches.move_to_end(batch_id)
        if record is None and self.options.restore_responses and not self._warned_batch:
            self._warned_batch = True
            log.warning(
                "promptguard: results of a message batch this client did not create (or no longer remembers) "
                "pass as they are: placeholders kept and the response policy not applied; restore each result "
                "with promptguard.integrations.anthropic.restore_message(result.result.message, session) "
                "in the session the batch was sent in, and scan it with the guard if your policy checks answers"
            )
        return record if self.options.restore_responses else None

    def _restore_results(self, response: Any, record: BatchRecord, request: APIRequest, *, sync: bool = True) -> Any:
        raw = response.http_response
        audit = CallAudit(route="batch_results", stream=True, attempt=request.retries_taken)
        if self._audit_sink is not None:
            audit.session_hash = self._hash(record.session.id)
        audit.status = raw.status_code
        audit.headers = raw.headers
        if not raw.is_success:
            self._emit(audit)
            return response
        rewriter = BatchResultsRewriter(
            self.guard, record, audit, rewrites=self.rewrites, max_placeholder=self._max_placeholder
        )

        def closed() -> None:
            self._emit(audit)

        wrap = _wrap_body if sync else _wrap_body_async
        return wrap(response, rewriter, lambda: None, closed)
    # ------------------------------------------------------------------- async
    async def handle_async(self, request: APIRequest, call_next: Any) -> Any:
        prepared = self._before(request)
        if prepared is None:
            record = self._batch_of_results(request)
            if record is None:
                return await call_next(request)
            return self._restore_results(await call_next(request), record, request, sync=False)
        new_request, audit, rg, done = prepared
        t0 = time.perf_counter()
        try:
            response = await call_next(new_request)
        except Exception as exc:
            self._upstream_failed(request, done, audit, exc)
            raise
        if not self._settle(request, done, response, audit, t0):
            if self._keeps_batch(audit, response):
                await response.http_response.aread()
                self._remember_batch(request, done, response)
            return response
        raw = response.http_response
        if request.stream and _is_sse(raw):
            return self._wrap_stream_async(response, rg)
        try:
            await raw.aread()
            return self._rewrite_json(response, rg, AsyncAPIResponse)
        finally:
            self._emit(audit)

    # ------------------------------------------------------------------ shared
    def _rewrite_json(self, response: Any, rg: ResponseGuard, cls: type[Any]) -> Any:
        raw = response.http_response
        try:
            payload = json.loads(raw.content)
        except ValueError:
            return response
        rewritten = rewrite_message(payload, rg)
        if rewritten is payload or rewritten == payload:
            return response
        content = json.dumps(rewritten, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return _rebuilt(response, cls, _replace_body(raw, content=content), stream=False)

    @staticmethod
    def _report(rewriter: SseRewriter, rg: ResponseGuard) -> None:
        """Report-only policies: scan the whole answer once the stream is over (no latency added)."""
        if rg.rewrites:
            return
        texts = rewriter.report_texts()
        if texts:
            with contextlib.suppress(PromptBlocked):  # already delivered; the record says it
                rg.scan(texts)


class _Rewriter(Protocol):
    """What rewrites a streamed body: SSE (:class:`.stream.SseRewriter`) or batch results (JSON lines)."""

    def feed_bytes(self, chunk: bytes) -> bytes: ...

    def end_bytes(self) -> bytes: ...


def _wrap_body(response: Any, rewriter: _Rewriter, finished: Callable[[], None], closed: Callable[[], None]) -> Any:
    """``response`` with its body rewritten while the SDK reads it (sync client).

    ``finished`` runs once the body was read to its end, ``closed`` once it is over in any way."""
    raw = response.http_response
    body = raw.stream
    if isinstance(body, httpx2.SyncByteStream) and _identity_encoded(raw):
        # Rewrite the body where it is, as the SDK's own tracing wraps it: no stand-in
        # response, no second pass of httpx's reading machinery over every chunk.
        raw.stream = _RewrittenBody(body, rewriter, finished, closed)
        _drop_length(raw)
        return response

    def frames() -> Iterator[bytes]:  # a compressed body: rewrite it decoded, in a stand-in
        try:
            for chunk in raw.iter_bytes():
                out = rewriter.feed_bytes(chunk)
                if out:
                    yield out
            out = rewriter.end_bytes()
            if out:
                yield out
            finished()
        except PromptGuardError as exc:
            raise _through_sdk(exc) from exc.__cause__
        finally:
            raw.close()
            closed()

    return _rebuilt(response, APIResponse, _replace_body(raw, stream=_FrameStream(frames())), stream=True)


def _wrap_body_async(
    response: Any, rewriter: _Rewriter, finished: Callable[[], None], closed: Callable[[], None]
) -> Any:
    """:func:`_wrap_body` for the async client."""
    raw = response.http_response
    body = raw.stream
    if isinstance(body, httpx2.AsyncByteStream) and _identity_encoded(raw):
        raw.stream = _AsyncRewrittenBody(body, rewriter, finished, closed)
        _drop_length(raw)
        return response

    async def frames() -> AsyncIterator[bytes]:
        try:
            async for chunk in raw.aiter_bytes():
                out = rewriter.feed_bytes(chunk)
                if out:
                    yield out
            out = rewriter.end_bytes()
            if out:
                yield out
            finished()
        except PromptGuardError as exc:
            raise _through_sdk(exc) from exc.__cause__
        finally:
            await raw.aclose()
            closed()

    return _rebuilt(response, AsyncAPIResponse, _replace_body(raw, stream=_AsyncFrameStream(frames())), stream=True)


def _with_body(request: APIRequest, body: Any, extra: Any) -> APIRequest:
    """``request`` with the sanitized body: ``request.copy(body=...)`` without its deep copy
    of the caller's body, which is about to be replaced (~10-40 us for a 2 KB prompt).

    The rest follows ``APIRequest.copy``: options shallow-copied, mutable parts copied, so
    nothing done to the new request reaches the caller's."""
    try:
        options = request.options
        params = options.params
        update: dict[str, Any] = {
            "json_data": body,
            "extra_json": extra,
            # Usually an empty dict: a new empty one is the same copy without deepcopy's machinery.
            "params": {} if type(params) is dict and not params else copy.deepcopy(params),
        }
        if isinstance(options.headers, Mapping):
            update["headers"] = dict(options.headers)
        # One copy with the new fields set (pydantic's model_copy(update=...)): as the
        # SDK's copy then four assignments, at about half the cost.
        return APIRequest(
            options=options.model_copy(update=update),
            cast_to=request.cast_to,
            stream=request.stream,
            stream_cls=request.stream_cls,
            retries_taken=request.retries_taken,
        )
    except (AttributeError, TypeError):  # an SDK whose request looks different: its own copy
        new_request = request.copy(body=body)
        new_request.options.extra_json = extra
        return new_request


def _is_map(value: Any) -> TypeGuard[Mapping[str, Any]]:
    # A plain dict (what the SDK hands over) without the abstract-class check's cost.
    return type(value) is dict or isinstance(value, Mapping)


def _route_of(url: Any) -> str | None:
    """The route a URL's path names (``None``: not a Messages path; the body decides)."""
    path = urlsplit(str(url)).path.rstrip("/")
    if path.endswith("/v1/messages"):
        return "messages"
    if path.endswith("/v1/messages/count_tokens"):
        return "count_tokens"
    if path.endswith("/v1/messages/batches"):
        return "batches"
    return None


def _is_sse(raw: Any) -> bool:
    return "text/event-stream" in raw.headers.get("content-type", "")


def _rebuilt(response: Any, cls: type[Any], raw: Any, *, stream: bool) -> Any:
    """``response`` as ``cls`` over the rewritten ``raw`` body, keeping what the SDK set
    on it (cast type, client, options, retry count) so its parsing is unchanged."""
    return cls(
        raw=raw,
        cast_to=response._cast_to,
        client=response._client,
        stream=stream,
        stream_cls=response._stream_cls,
        options=response._options,
        retries_taken=response.retries_taken,
    )


def _replace_body(raw: Any, *, content: bytes | None = None, stream: Any = None) -> Any:
    """A response standing in for ``raw`` with a new body (length/encoding headers dropped)."""
    headers = raw.headers.copy()
    for name in ("content-encoding", "content-length"):
        if name in headers:
            del headers[name]
    if content is not None:
        return httpx2.Response(status_code=raw.status_code, headers=headers, content=content, request=raw.request)
    return httpx2.Response(status_code=raw.status_code, headers=headers, stream=stream, request=raw.request)


def _identity_encoded(raw: Any) -> bool:
    """Whether the body's bytes on the wire are the SSE text itself (no content encoding)."""
    encoding = raw.headers.get("content-encoding")
    return encoding is None or encoding.strip().lower() in ("", "identity")


def _drop_length(raw: Any) -> None:
    # The rewritten body is not the length the server announced (SSE bodies seldom carry one).
    if "content-length" in raw.headers:
        del raw.headers["content-length"]


_SDK_ERROR_CLASSES: dict[type[PromptGuardError], type[PromptGuardError]] = {}


def _sdk_error_class(cls: type[PromptGuardError]) -> type[PromptGuardError]:
    """``cls`` made an ``anthropic.AnthropicError`` too (one class per promptguard error, made once)."""
    made = _SDK_ERROR_CLASSES.get(cls)
    if made is None:
        namespace = {"__module__": cls.__module__, "__doc__": cls.__doc__}
        made = _SDK_ERROR_CLASSES.setdefault(cls, type(cls.__name__, (cls, anthropic.AnthropicError), namespace))
    return made


def _through_sdk(exc: PromptGuardError) -> PromptGuardError:
    """``exc`` as the SDK lets it pass while it reads a streamed body.

    anthropic 2.17 turns any error raised while the body is read into ``APIConnectionError``, except
    its own (``AnthropicError``): a stream the response policy blocks would reach the caller as a
    connection failure. The same error, of a class that is both the promptguard error and an
    ``AnthropicError``, reaches the caller as ``PromptBlocked`` (or ``VaultUnavailableError`` ...) again:
    ``except PromptBlocked`` works as with earlier SDKs."""
    if isinstance(exc, anthropic.AnthropicError):  # raised through the SDK once already
        return cast(PromptGuardError, exc)
    cls = _sdk_error_class(type(exc))
    passed = cls.__new__(cls)
    passed.__dict__.update(exc.__dict__)
    passed.args = exc.args
    return passed.with_traceback(exc.__traceback__)


class _WrappedBody:
    """What the sync and async rewritten bodies share: the wrapped body, the rewriter, the two
    callbacks, and the attributes the SDK's tracing and httpx read from the body."""

    def __init__(
        self, body: Any, rewriter: _Rewriter, finished: Callable[[], None], closed: Callable[[], None]
    ) -> None:
        self._body = body
        self._rewriter = rewriter
        self._finished = finished
        self._closed = closed

    @property
    def stream_observer(self) -> Any:
        return getattr(self._body, "stream_observer", None)

    @property
    def elapsed(self) -> Any:
        return getattr(self._body, "elapsed", None)


class _RewrittenBody(_WrappedBody, httpx2.SyncByteStream):  # type: ignore[misc]
    """A streamed response's body, rewritten while the SDK reads it (``response.stream``).

    ``finished`` runs once the body was read to its end, ``closed`` once it is over in any
    way (read, closed early, failed). The SDK's tracing finds its observer, and httpx the
    elapsed time, on the wrapped body, as without the middleware."""

    def __iter__(self) -> Iterator[bytes]:
        feed = self._rewriter.feed_bytes
        try:
            for chunk in self._body:
                out = feed(chunk)
                if out:
                    yield out
            out = self._rewriter.end_bytes()
            if out:
                yield out
            self._finished()
        except PromptGuardError as exc:
            raise _through_sdk(exc) from exc.__cause__
        finally:
            self._closed()

    def close(self) -> None:
        try:
            self._body.close()
        finally:
            self._closed()


class _AsyncRewrittenBody(_WrappedBody, httpx2.AsyncByteStream):  # type: ignore[misc]
    """:class:`_RewrittenBody` for the async client."""

    async def __aiter__(self) -> AsyncIterator[bytes]:
        feed = self._rewriter.feed_bytes
        chunks = self._body.__aiter__()
        try:
            async for chunk in chunks:
                out = feed(chunk)
                if out:
                    yield out
            out = self._rewriter.end_bytes()
            if out:
                yield out
            self._finished()
        except PromptGuardError as exc:
            raise _through_sdk(exc) from exc.__cause__
        finally:
            # Close a body read in part in the task that read it (as the SDK's own wrapper does).
            aclose = getattr(chunks, "aclose", None)
            if aclose is not None:
                await aclose()
            self._closed()

    async def aclose(self) -> None:
        try:
            await self._body.aclose()
        finally:
            self._closed()


class _FrameStream(httpx2.SyncByteStream):  # type: ignore[misc]
    def __init__(self, frames: Iterator[bytes]) -> None:
        self._frames = frames

    def __iter__(self) -> Iterator[bytes]:
        return self._frames

    def close(self) -> None:
        close = getattr(self._frames, "close", None)
        if close is not None:
            close()


class _AsyncFrameStream(httpx2.AsyncByteStream):  # type: ignore[misc]
    def __init__(self, frames: AsyncIterator[bytes]) -> None:
        self._frames = frames

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._frames

    async def aclose(self) -> None:
        aclose = getattr(self._frames, "aclose", None)
        if aclose is not None:
            await aclose()


def protect(client: Any, guard: Any = None, **options: Any) -> Any:
    """A copy of ``client`` (``Anthropic`` or ``AsyncAnthropic``) with promptguard installed.

    The copy shares the connection pool; ``client`` itself is left unprotected. The
    middleware goes after any the client already has (so it sees their final request).
    ``options`` are :class:`ProtectOptions`.
    """
    if not hasattr(client, "with_middleware"):
        raise ConfigError(
            f"protect() takes an anthropic.Anthropic or AsyncAnthropic client, not {type(client).__name__}"
        )
    return client.with_middleware(PromptGuardMiddleware(guard, **options))
