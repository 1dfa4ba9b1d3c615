"""``PromptGuardMiddleware``: every Messages request and response through promptguard.

Built on the SDK's client middleware, which runs inside the SDK's retry loop once per HTTP
attempt. Per attempt the middleware:

1. walks the request body (:mod:`.request`) and sanitizes every text in one batch per
   source, in the conversation's pseudonym session; a ``block`` verdict raises
   :class:`~promptguard.errors.PromptBlocked` before anything is sent;
2. sends the sanitized copy (the caller's body object is never mutated; a retry of the same
   call reuses the first attempt's sanitized body, found by the SDK's idempotency key, so
   retries neither double-pseudonymize nor pay for a second scan);
3. restores placeholders in the answer and applies the response policy, for JSON bodies
   (:mod:`.response`) and SSE streams (:mod:`.stream`) alike;
4. hands one metadata-only record to the audit sink (:mod:`.audit`).
"""

from __future__ import annotations

import contextlib
import contextvars
import copy
import json
import threading
import time
from collections import Counter, OrderedDict
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from promptguard.anonymize.keys import keyed_hash
from promptguard.anonymize.vault import Session
from promptguard.errors import ConfigError, PromptBlocked
from promptguard.findings import ScanResult, Source, Verdict
from promptguard.integrations.anthropic._compat import require_anthropic
from promptguard.integrations.anthropic.audit import AuditSink, CallAudit, logging_sink
from promptguard.integrations.anthropic.cache import ScanCache
from promptguard.integrations.anthropic.request import walk_request
from promptguard.integrations.anthropic.response import (
    ResponseGuard,
    _block_types,
    placeholder_bound,
    placeholder_counts,
    policy_rewrites_responses,
    produced_tokens,
    rewrite_message,
)
from promptguard.integrations.anthropic.stream import DEFAULT_WINDOW, SseRewriter, arewrite_events, rewrite_events

anthropic = require_anthropic()

import httpx2  # noqa: E402 - the SDK's HTTP library, present once the check above passed
from anthropic._compat import model_copy  # noqa: E402
from anthropic._request import APIRequest  # noqa: E402
from anthropic._response import APIResponse, AsyncAPIResponse  # noqa: E402
from anthropic._streaming import AsyncStream, Stream  # noqa: E402

__all__ = ["PromptGuardMiddleware", "ProtectOptions", "conversation", "protect"]

_SOURCES: tuple[Source, ...] = ("system", "user", "model", "tool_result", "document")
_CACHE_SIZE = 64

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
    """Refuse to send a prompt whose scan was indeterminate (a detector failed)."""
    restore_responses: bool = True
    """Put original values back into answers (text, tool inputs, streams)."""
    response_window: int = Field(DEFAULT_WINDOW, ge=0, le=100_000)
    """Characters a stream holds back for the response-policy scan (only when that policy rewrites).
    0 holds back only the unfinished last word: enough for single-token secrets, not for
    multi-word values such as spaced card numbers."""
    scan_cache: int = Field(1024, ge=0, le=1_000_000)
    """Prompt-side scan results kept (all sessions together, least recently used goes first) so
    a conversation's history, re-sent with every call, is scanned once per session, not once
    per turn (:mod:`.cache`). 0 turns the cache off."""


@dataclass
class _Prepared:
    body: Any
    extra: Any
    results: list[ScanResult]
    unscanned: Counter[str]
    session: Session
    allowed: frozenset[str]
    """Placeholders this request's sanitizing produced: the only ones its answer may restore."""
    cached: int = 0
    """Texts whose result came from the session's scan cache (history already scanned)."""


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

    def __repr__(self) -> str:
        return f"PromptGuardMiddleware(policy={self.guard.policy.name!r}, session={self.session!r})"

    # ------------------------------------------------------------------ routing
    def _route(self, request: APIRequest) -> str | None:
        if request.method.lower() != "post" or not isinstance(request.json, Mapping):
            return None
        path = urlsplit(str(request.url)).path.rstrip("/")
        if path.endswith("/v1/messages"):
            return "messages"
        if path.endswith("/v1/messages/count_tokens"):
            return "count_tokens"
        if path.endswith("/v1/messages/batches"):
            return "batches"
        body = request.json
        if "messages" in body or "system" in body:  # Bedrock / Vertex style routes carry the same body
            return "other"
        return None

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
        body = request.json if isinstance(request.json, Mapping) else {}
        meta = body.get("metadata")
        user = meta.get("user_id") if isinstance(meta, Mapping) else None
        key = self.guard.keys.hash_key
        params = request.query_params
        headers = request.headers
        beta = bool(
            (isinstance(params, Mapping) and params.get("beta") in (True, "true"))
            or (isinstance(headers, Mapping) and isinstance(headers.get("anthropic-beta"), str))
        )
        max_tokens = body.get("max_tokens")
        return CallAudit(
            route=route,
            beta=beta,
            model=str(body["model"]) if isinstance(body.get("model"), str) else None,
            max_tokens=max_tokens if isinstance(max_tokens, int) else None,
            stream=bool(request.stream),
            user_id_hash=keyed_hash(key, user) if isinstance(user, str) and user else None,
            session_hash=keyed_hash(key, session.id),
            attempt=request.retries_taken,
        )

    def _prepare(self, request: APIRequest, session: Session) -> _Prepared:
        key = request.options.idempotency_key
        if key:
            with self._lock:
                cached = self._cache.get(key)
            if cached is not None:
                return cached
        body = request.json
        extra = request.options.extra_json
        texts: list[tuple[Source, str]] = []
        unscanned: Counter[str] = Counter()

        def collect(text: str, source: Source) -> str:
            texts.append((source, text))
            return text

        walk_request(body, collect, unscanned)  # type: ignore[arg-type]
        if isinstance(extra, Mapping):
            walk_request(extra, collect)
        results: list[ScanResult | None] = [None] * len(texts)
        produced: list[frozenset[str]] = [frozenset()] * len(texts)
        keys: list[Any] = [None] * len(texts)
        from_cache = 0
        for source in _SOURCES:
            idx = [i for i, (s, t) in enumerate(texts) if s == source and t.strip()]
            if not idx:
                continue
            todo: list[int] = []
            for i in idx:
                keys[i] = self._scans.key(session, source, texts[i][1])
                hit = self._scans.get(keys[i], session)
                if hit is None:
                    todo.append(i)
                else:
                    results[i], produced[i] = hit
                    from_cache += 1
            if not todo:
                continue
            batch = self.guard.sanitize_batch([texts[i][1] for i in todo], session=session, source=source)
            for i, r in zip(todo, batch, strict=True):
                results[i] = r
                made = placeholder_counts(r.text)
                produced[i] = frozenset(produced_tokens(texts[i][1], r.text, made))
                self._scans.put(keys[i], session, r, produced[i], made)
        it = iter(results)

        def put_back(text: str, _source: Source) -> str:
            r = next(it)
            return text if r is None else r.text

        new_body = walk_request(body, put_back)  # type: ignore[arg-type]
        new_extra = walk_request(extra, put_back) if isinstance(extra, Mapping) else extra
        kept = [r for r in results if r is not None]
        prepared = _Prepared(new_body, new_extra, kept, unscanned, session, frozenset().union(*produced), from_cache)
        if key and not any(r.blocked for r in prepared.results):
            with self._lock:
                self._cache[key] = prepared
                while len(self._cache) > _CACHE_SIZE:
                    self._cache.popitem(last=False)
        return prepared

    def _check(self, prepared: _Prepared) -> None:
        blocked = [r for r in prepared.results if r.blocked]
        if blocked:
            types = sorted({t for r in blocked for t in _block_types(r)})
            raise PromptBlocked(blocked[0].reason or "blocked by policy", types, blocked[0])
        if self.options.fail_closed:
            bad = [r for r in prepared.results if r.verdict is Verdict.INDETERMINATE]
            if bad:
                raise PromptBlocked(
                    "a detector failed, so the prompt could not be fully checked and was not sent "
                    "(pass fail_closed=False to send it anyway)",
                    (),
                    bad[0],
                )

    def _before(self, request: APIRequest) -> tuple[APIRequest, CallAudit, ResponseGuard] | None:
        """Sanitize; ``None`` for requests this middleware does not touch. Raises ``PromptBlocked``."""
        route = self._route(request)
        if route is None:
            return None
        session = self.session_for(request.json)  # type: ignore[arg-type]
        audit = self._audit_for(request, route, session)
        t0 = time.perf_counter()
        try:
            prepared = self._prepare(request, session)
            audit.prompt.unscanned.update(prepared.unscanned)
            audit.prompt.cached += prepared.cached
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
        new_request = _with_body(request, prepared.body, prepared.extra)
        rg = ResponseGuard(
            self.guard,
            prepared.session,
            audit,
            rewrites=self.rewrites,
            allowed=prepared.allowed,
            max_placeholder=self._max_placeholder,
        )
        return new_request, audit, rg

    def _emit(self, audit: CallAudit) -> None:
        audit.emit(self.options.audit, raise_errors=self.options.audit_errors == "raise")

    def _forget(self, request: APIRequest) -> None:
        key = request.options.idempotency_key
        if key:
            with self._lock:
                self._cache.pop(key, None)

    # ------------------------------------------------------- shared by sync/async
    def _upstream_failed(self, audit: Any, exc: BaseException) -> None:
        audit.errors.append(f"upstream call failed ({type(exc).__name__})")
        self._emit(audit)

    def _settle(self, request: APIRequest, response: Any, audit: Any, t0: float) -> bool:
        """Record the upstream answer in the audit record; True when the response is to be
        restored and scanned (otherwise the record is emitted now and it passes as is)."""
        audit.upstream_s = time.perf_counter() - t0
        raw = response.http_response
        audit.status = raw.status_code
        audit.request_id = raw.headers.get("request-id")
        if not raw.is_success:
            self._emit(audit)
            return False
        self._forget(request)
        if not self.options.restore_responses or audit.route in ("count_tokens", "batches"):
            self._emit(audit)
            return False
        return True

    # -------------------------------------------------------------------- sync
    def handle(self, request: APIRequest, call_next: Any) -> Any:
        prepared = self._before(request)
        if prepared is None:
            return call_next(request)
        new_request, audit, rg = prepared
        t0 = time.perf_counter()
        try:
            response = call_next(new_request)
        except Exception as exc:
            self._upstream_failed(audit, exc)
            raise
        if not self._settle(request, response, audit, t0):
            return response
        raw = response.http_response
        if request.stream and _is_sse(raw):
            return self._wrap_stream(response, rg)
        try:
            raw.read()
            return self._rewrite_json(response, rg, APIResponse)
        finally:
            self._emit(audit)

    def _wrap_stream(self, response: Any, rg: ResponseGuard) -> Any:
        raw = response.http_response
        rewriter = SseRewriter(rg, window=self.options.response_window)

        def frames() -> Iterator[bytes]:
            try:
                yield from rewrite_events(Stream.raw_events(raw), rewriter)
                self._report(rewriter, rg)
            finally:
                raw.close()
                self._emit(rg.audit)

        return _rebuilt(response, APIResponse, _replace_body(raw, stream=_FrameStream(frames())), stream=True)

    # ------------------------------------------------------------------- async
    async def handle_async(self, request: APIRequest, call_next: Any) -> Any:
        prepared = self._before(request)
        if prepared is None:
            return await call_next(request)
        new_request, audit, rg = prepared
        t0 = time.perf_counter()
        try:
            response = await call_next(new_request)
        except Exception as exc:
            self._upstream_failed(audit, exc)
            raise
        if not self._settle(request, response, audit, t0):
            return response
        raw = response.http_response
        if request.stream and _is_sse(raw):
            return self._wrap_stream_async(response, rg)
        try:
            await raw.aread()
            return self._rewrite_json(response, rg, AsyncAPIResponse)
        finally:
            self._emit(audit)

    def _wrap_stream_async(self, response: Any, rg: ResponseGuard) -> Any:
        raw = response.http_response
        rewriter = SseRewriter(rg, window=self.options.response_window)

        async def frames() -> AsyncIterator[bytes]:
            try:
                async for frame in arewrite_events(AsyncStream.raw_events(raw), rewriter):
                    yield frame
                self._report(rewriter, rg)
            finally:
                await raw.aclose()
                self._emit(rg.audit)

        return _rebuilt(
            response, AsyncAPIResponse, _replace_body(raw, stream=_AsyncFrameStream(frames())), stream=True
        )

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


def _with_body(request: APIRequest, body: Any, extra: Any) -> APIRequest:
    """``request`` with the sanitized body: ``request.copy(body=...)`` without its deep copy
    of the caller's body, which is about to be replaced (~10-40 us for a 2 KB prompt).

    The rest follows ``APIRequest.copy``: options shallow-copied, mutable parts copied, so
    nothing done to the new request reaches the caller's."""
    try:
        options = model_copy(request.options)
        options.params = copy.deepcopy(options.params)
        if isinstance(options.headers, Mapping):
            options.headers = dict(options.headers)
        options.json_data = body
        options.extra_json = extra
        return APIRequest(
            options=options,
            cast_to=request.cast_to,
            stream=request.stream,
            stream_cls=request.stream_cls,
            retries_taken=request.retries_taken,
        )
    except (AttributeError, TypeError):  # an SDK whose request looks different: its own copy
        new_request = request.copy(body=body)
        new_request.options.extra_json = extra
        return new_request


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
