"""HTTP routes. Each handler: authorize, check limits, run the engine in a thread, answer."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, Response

from promptguard.anonymize.vault import Session, Vault, new_session_id, placeholder_counts, produced_tokens
from promptguard.audit import make_record
from promptguard.errors import InputError, PromptGuardError, VaultError, VaultUnavailableError
from promptguard.findings import ScanResult
from promptguard.guard import Guard
from promptguard.service.auth import Principal
from promptguard.service.errors import ApiError
from promptguard.service.metrics import CONTENT_TYPE_LATEST
from promptguard.service.schemas import (
    BatchScanResponse,
    ErrorResponse,
    HealthResponse,
    LiteLLMGuardrailRequest,
    LiteLLMGuardrailResponse,
    RecognizerOut,
    RecognizersResponse,
    RestoreRequest,
    RestoreResponse,
    ScanItem,
    ScanRequest,
    ScanResponse,
)
from promptguard.service.state import ServiceState

__all__ = ["router"]

router = APIRouter()

_VERDICT_RANK = {"clean": 0, "flagged": 1, "indeterminate": 2, "blocked": 3}
_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorResponse, "description": desc}
    for code, desc in (
        (400, "Malformed body (JSON syntax, UTF-8, nesting)"),
        (401, "No or unknown API key"),
        (403, "Key lacks the scope, policy not allowed, or client address not allowed"),
        (413, "Body larger than max_body_bytes"),
        (422, "Invalid request (field errors, or a limit such as max_text_chars, named in 'limit')"),
        (409, "The session holds vault.max_entries_per_session pseudonyms already (vault_full): start a new one"),
        (429, "Rate limit of this key; see Retry-After"),
        (500, "The key's policy cannot be loaded (policy_unavailable): an operator's configuration error"),
        (503, "Vault unavailable or scan timed out"),
    )
}


# ---------------------------------------------------------------------- dependencies
def get_state(request: Request) -> ServiceState:
    return request.app.state.pg  # type: ignore[no-any-return]


StateDep = Annotated[ServiceState, Depends(get_state)]


def _token(request: Request) -> str | None:
    auth = request.headers.get("authorization")
    if auth:
        scheme, _, value = auth.partition(" ")
        return value.strip() if scheme.lower() == "bearer" and value.strip() else None
    # LiteLLM's generic guardrail sends its ``api_key`` this way.
    return request.headers.get("x-api-key") or None


def require(scope: str) -> Callable[..., Principal]:
    def dependency(request: Request, state: StateDep) -> Principal:
        pg = request.scope.setdefault("state", {}).setdefault("pg", {})
        token = _token(request)
        principal = state.access.authenticate(token)
        if principal is None:
            if token is None and state.settings.insecure_no_auth:
                principal = state.access.anonymous()
            else:
                state.metrics.auth_failures.labels("missing_key" if token is None else "unknown_key").inc()
                raise ApiError(401, "unauthorized", "a valid API key is required (Authorization: Bearer <key>)",
                               headers={"WWW-Authenticate": "Bearer"})
        pg["principal"] = principal
        if scope not in principal.scopes:
            state.metrics.auth_failures.labels("scope").inc()
            raise ApiError(403, "forbidden", f"this key lacks the '{scope}' scope")
        per_minute = principal.rate_limit_per_minute
        if per_minute is None:
            per_minute = state.settings.rate_limit_per_minute
        decision = state.limiter.hit(principal.key_id, per_minute)
        if not decision.allowed:
            state.metrics.rate_limited.labels(principal.key_id).inc()
            raise ApiError(429, "rate_limited", f"rate limit of {per_minute} requests per minute reached",
                           limit="rate_limit_per_minute", max=per_minute,
                           headers={"Retry-After": str(decision.retry_after_s)})
        return principal

    return dependency


def _request_id(request: Request) -> str:
    return str(request.scope.get("state", {}).get("pg", {}).get("request_id", ""))


def _pg(request: Request) -> dict[str, Any]:
    return request.scope.setdefault("state", {}).setdefault("pg", {})  # type: ignore[no-any-return]


def _check_texts(state: ServiceState, texts: Sequence[str]) -> None:
    s = state.settings
    if not texts:
        raise ApiError(422, "no_text", "'texts' is empty")
    if len(texts) > s.max_texts:
        raise ApiError(422, "too_many_texts", f"{len(texts)} texts; the limit is {s.max_texts} per request",
                       limit="max_texts", max=s.max_texts)
    for i, t in enumerate(texts):
        if len(t) > s.max_text_chars:
            raise ApiError(422, "text_too_long", f"text {i} has {len(t)} characters; the limit is {s.max_text_chars}",
                           limit="max_text_chars", max=s.max_text_chars)
        try:
            t.encode("utf-8")
        except UnicodeEncodeError as exc:
            # JSON may spell a lone surrogate (\ud800): not a character, and not encodable in the answer.
            raise ApiError(422, "invalid_text", f"text {i} holds an unpaired surrogate at offset {exc.start}") from None


def _check_system_prompt(state: ServiceState, system_prompt: str | None) -> None:
    if system_prompt is None:
        return
    limit = state.settings.max_text_chars
    if len(system_prompt) > limit:
        raise ApiError(422, "text_too_long", f"system_prompt has {len(system_prompt)} characters; the limit is {limit}",
                       limit="max_text_chars", max=limit)
    try:
        system_prompt.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ApiError(
            422, "invalid_text", f"system_prompt holds an unpaired surrogate at offset {exc.start}"
        ) from None


def _system_of(messages: Sequence[Any] | None) -> str | None:
    """The system prompt of OpenAI-style structured messages (LiteLLM passes them), if any."""
    parts: list[str] = []
    for m in messages or ():
        if not isinstance(m, dict) or m.get("role") not in ("system", "developer"):
            continue
        content = m.get("content")
        if isinstance(content, str):
            parts.append(content)
        elif isinstance(content, list):
            parts += [c["text"] for c in content if isinstance(c, dict) and isinstance(c.get("text"), str)]
    return "\n\n".join(parts) or None


def _policy_for(state: ServiceState, principal: Principal, requested: str | None) -> str:
    name = requested or principal.policy
    if not principal.may_use(name):
        raise ApiError(403, "policy_not_allowed", f"this key may not use policy {name!r}")
    if state.access.policy_ref(name) is None:
        raise ApiError(422, "unknown_policy", f"policy {name!r} is not configured on this server")
    return name


def _session(guard: Guard, principal: Principal, session_id: str) -> Session:
    # The tenant prefix scopes every session to its key's tenant: another tenant naming the
    # same session id reaches a different vault entry and restores nothing; the scope binds
    # `encrypt` tokens to the tenant, so another tenant's restore cannot decrypt them either.
    return Session(guard.vault, f"{principal.tenant}:{session_id}", scope=principal.tenant)


def _call_marks(state: ServiceState, principal: Principal, call_id: str | None) -> Session | None:
    """Where a LiteLLM call's request records the placeholders it produced, for its answer.

    The restore session follows the trace id, which LiteLLM lets a client set: without this
    record, an answer that says ``<EMAIL_ADDRESS_1>`` would get the value another call of the
    same trace put there. The record is a session of ``state.call_marks`` keyed by the call id
    (the Redis vault, so any worker can read it; in memory, a store of its own, so records do
    not evict conversations), holding the produced placeholders as reserved entries (a reserved
    placeholder resolves to itself, see :meth:`Vault.reserve`). None without a call id.

    Records are not dropped once an answer is restored: a streamed answer comes back in several
    rounds under the same call id, and LiteLLM says none is the last. They expire as vault
    sessions do (TTL since last use) and the in-memory store is bounded
    (:data:`~promptguard.service.state.LITELLM_CALLS_KEPT`)."""
    if not call_id:
        return None
    digest = hashlib.sha256(call_id.encode()).hexdigest()[:32]
    return Session(state.call_marks, f"{principal.tenant}:litellm-call-{digest}", scope=principal.tenant)


def _restorable(marks: Session | None, texts: Sequence[str]) -> frozenset[str] | None:
    """The placeholders of ``texts`` that the call's own request produced (None: the vault keeps
    no record, restore every placeholder of the session)."""
    if marks is None:
        return None
    found = {p for t in texts for p in placeholder_counts(t)}
    if not found:
        return frozenset()
    return frozenset(p for p, v in marks.vault.resolve(marks.id, found).items() if v == p)


async def _engine(state: ServiceState, fn: Callable[[], Any]) -> Any:
    try:
        return await state.run(fn)
    except VaultUnavailableError:
        raise ApiError(503, "vault_unavailable", "the pseudonym vault is unreachable; nothing was processed",
                       headers={"Retry-After": "5"}) from None
    except InputError as exc:
        raise ApiError(422, "invalid_input", str(exc)) from None
    except VaultError as exc:
        raise ApiError(409, "vault_full", str(exc)) from None
    except PromptGuardError as exc:
        # Configuration or a missing optional part of a policy: the operator's problem, said plainly.
        raise ApiError(500, "policy_unavailable", str(exc)) from None


def _record(state: ServiceState, request: Request, principal: Principal, results: Sequence[ScanResult],
            texts: Sequence[str], direction: str, event: str, policy: str, engine_ms: float) -> None:
    _pg(request)["audit"] = make_record(
        results, texts=texts, hmac_key=state.audit_key, request_id=_request_id(request), key_id=principal.key_id,
        direction=direction, event=event, policy=policy, engine_ms=round(engine_ms, 3),
    )


# ------------------------------------------------------------------------- scan
async def _scan(request: Request, body: ScanRequest, state: ServiceState, principal: Principal
                ) -> ScanResponse | BatchScanResponse:
    texts = [body.text] if body.text is not None else list(body.texts or [])
    _check_texts(state, texts)
    _check_system_prompt(state, body.system_prompt)
    policy = _policy_for(state, principal, body.policy)
    guard = await state.guard(policy)
    session_id = body.session_id or new_session_id()
    session = _session(guard, principal, session_id)
    t0 = time.perf_counter()
    results: list[ScanResult] = await _engine(state, lambda: guard.sanitize_batch(
        texts, session=session, direction=body.direction, source=body.source, explain=body.explain,
        system_prompt=body.system_prompt))
    elapsed = time.perf_counter() - t0
    state.metrics.observe_results(results, body.direction, body.source, elapsed)
    _record(state, request, principal, results, texts, body.direction, "scan", policy, elapsed * 1000)
    rid = _request_id(request)
    if body.text is not None:
        item = ScanItem.of(results[0], body.explain)
        return ScanResponse(**item.model_dump(), session_id=session_id, policy=policy, request_id=rid)
    items = [ScanItem.of(r, body.explain) for r in results]
    worst = max((i.verdict for i in items), key=_VERDICT_RANK.__getitem__)
    return BatchScanResponse(verdict=worst, results=items, session_id=session_id, policy=policy, request_id=rid)


_SCAN_DOC = dict(
    response_model=ScanResponse | BatchScanResponse,
    responses=_ERRORS,
    summary="Scan and sanitize one text or a batch",
    description=(
        "Finds PII, secrets and prompt injection and applies the policy (pseudonymize, redact, mask, block...). "
        "Offsets in `findings` refer to the input text. Give `session_id` to reuse pseudonyms across turns; "
        "it is scoped to your key's tenant."
    ),
)


@router.post("/v1/scan", **_SCAN_DOC)  # type: ignore[arg-type]
async def scan_v1(
    request: Request, body: ScanRequest, state: StateDep, principal: Annotated[Principal, Depends(require("scan"))]
) -> ScanResponse | BatchScanResponse:
    return await _scan(request, body, state, principal)


@router.post("/scan", **_SCAN_DOC)  # type: ignore[arg-type]
async def scan(
    request: Request, body: ScanRequest, state: StateDep, principal: Annotated[Principal, Depends(require("scan"))]
) -> ScanResponse | BatchScanResponse:
    return await _scan(request, body, state, principal)


# ---------------------------------------------------------------------- restore
@router.post("/v1/restore", response_model=RestoreResponse, responses=_ERRORS,
             summary="Put the original values back for a session's placeholders")
async def restore(
    request: Request, body: RestoreRequest, state: StateDep,
    principal: Annotated[Principal, Depends(require("restore"))],
) -> RestoreResponse:
    _check_texts(state, [body.text])
    guard = await state.guard(_policy_for(state, principal, None))
    session = _session(guard, principal, body.session_id)
    t0 = time.perf_counter()
    text: str = await _engine(state, lambda: guard.restore(body.text, session))
    _pg(request)["audit"] = make_record(
        texts=[body.text], hmac_key=state.audit_key, request_id=_request_id(request), key_id=principal.key_id,
        direction="response", event="restore", engine_ms=round((time.perf_counter() - t0) * 1000, 3),
    )
    return RestoreResponse(text=text, session_id=body.session_id, request_id=_request_id(request))


# ------------------------------------------------------------------ recognizers
@router.get("/v1/recognizers", response_model=RecognizersResponse, responses=_ERRORS,
            summary="What is loaded, from which pack")
async def recognizers(
    state: StateDep, principal: Annotated[Principal, Depends(require("scan"))],
    policy: Annotated[str | None, Query(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$")] = None,
) -> RecognizersResponse:
    name = _policy_for(state, principal, policy)
    guard = await state.guard(name)
    recs = await state.run(lambda: guard.recognizers)
    return RecognizersResponse(policy=name, recognizers=[
        RecognizerOut(id=r.id, entities=list(r.entities), pack=getattr(r, "pack", None) or guard.packs.get(r.id),
                      kind=type(r).__name__, severity=str(getattr(r, "severity", "medium")))
        for r in recs
    ])


# ---------------------------------------------------------------------- health
@router.get("/healthz", response_model=HealthResponse, summary="Liveness: the process answers")
async def healthz() -> HealthResponse:
    return HealthResponse(status="ok")


@router.get("/readyz", response_model=HealthResponse, responses={503: {"model": HealthResponse}},
            summary="Readiness: policies and models loaded, vault reachable")
async def readyz(state: StateDep) -> Any:
    checks: dict[str, str] = {}
    ok = state.ready
    checks["models"] = "loaded" if state.ready else (state.ready_error or "loading")
    if state.redis is not None:
        ping = getattr(state.vault, "ping", None)
        alive = bool(ping and await state.run(ping))
        checks["vault"] = "ok" if alive else "unreachable"
        ok = ok and alive
    # A failed preload will not finish by waiting: "unavailable", so an orchestrator stops waiting too.
    waiting = not state.ready and state.ready_error is None
    body = HealthResponse(status="ok" if ok else ("starting" if waiting else "unavailable"), checks=checks)
    return JSONResponse(body.model_dump(), status_code=200 if ok else 503)


# --------------------------------------------------------------------- metrics
async def _metrics_auth(request: Request, state: StateDep) -> None:
    if not state.settings.metrics_public:
        require("admin")(request, state)


@router.get("/metrics", response_class=Response, dependencies=[Depends(_metrics_auth)],
            responses={200: {"content": {"text/plain": {}}, "description": "Prometheus text format"}, **_ERRORS},
            summary="Prometheus metrics (admin scope unless metrics_public)")
async def metrics(state: StateDep) -> Response:
    return Response(state.metrics.render(), media_type=CONTENT_TYPE_LATEST)


# --------------------------------------------------------------------- LiteLLM
@router.post("/beta/litellm_basic_guardrail_api", response_model=LiteLLMGuardrailResponse, responses=_ERRORS,
             summary="LiteLLM Generic Guardrail API")
async def litellm_guardrail(
    request: Request, body: LiteLLMGuardrailRequest, state: StateDep,
    principal: Annotated[Principal, Depends(require("scan"))],
) -> LiteLLMGuardrailResponse:
    """LiteLLM sends the texts of a request (``input_type: request``) or a response. Requests are
    sanitized with the key's policy; when the key also has the ``restore`` scope, placeholders in
    the model's response are put back, using a session tied to LiteLLM's trace id. Only the
    placeholders that the same call's request produced are restored (see :func:`_call_marks`)."""
    texts = list(body.texts or [])
    if not texts:
        return LiteLLMGuardrailResponse(action="NONE")
    _check_texts(state, texts)
    params = body.additional_provider_specific_params or {}
    requested = params.get("policy")
    policy = _policy_for(state, principal, requested if isinstance(requested, str) else None)
    source = params.get("source", "user" if body.input_type == "request" else "model")
    if source not in ("user", "system", "document", "tool_result", "model"):
        raise ApiError(422, "invalid_source", "additional_provider_specific_params.source is not a known source")
    direction = "prompt" if body.input_type == "request" else "response"
    system_prompt = _system_of(body.structured_messages)
    _check_system_prompt(state, system_prompt)
    if body.litellm_call_id:
        # The answer's call usually carries no messages: use the request's system prompt, so a
        # secret it declares is caught when the model gives it away.
        if direction == "prompt" and system_prompt is not None:
            state.recent_system_prompts.remember(principal.tenant, body.litellm_call_id, system_prompt)
        elif direction == "response" and system_prompt is None:
            system_prompt = state.recent_system_prompts.recall(principal.tenant, body.litellm_call_id)
    guard = await state.guard(policy)
    conversation = body.litellm_trace_id or body.litellm_call_id
    session_id = ("litellm-" + hashlib.sha256(conversation.encode()).hexdigest()[:32]) if conversation \
        else new_session_id()
    session = _session(guard, principal, session_id)
    # Restored: the placeholders this call's request produced (recorded under its call id), or, with
    # a vault of your own that cannot record them, every placeholder of the trace. No call id, no
    # record: nothing is restored.
    keeps_marks = type(state.call_marks).reserve is not Vault.reserve
    marks = _call_marks(state, principal, body.litellm_call_id) if keeps_marks else None
    restore = (
        direction == "response"
        and conversation is not None
        and "restore" in principal.scopes
        and (marks is not None or not keeps_marks)
    )

    def work() -> tuple[list[ScanResult], list[str]]:
        results = guard.sanitize_batch(
            texts, session=session, direction=direction, source=source, system_prompt=system_prompt  # type: ignore[arg-type]
        )
        out = [r.text for r in results]
        if direction == "prompt" and marks is not None and "restore" in principal.scopes:
            made = set().union(*(produced_tokens(t, r.text) for t, r in zip(texts, results, strict=True)))
            if made:
                marks.vault.reserve(marks.id, made)
        if restore:
            only = _restorable(marks, out)
            out = [guard.restore(t, session, only=only) for t in out]
        return results, out

    t0 = time.perf_counter()
    results, out = await _engine(state, work)
    elapsed = time.perf_counter() - t0
    state.metrics.observe_results(results, direction, source, elapsed)
    _record(state, request, principal, results, texts, direction, "litellm_guardrail", policy, elapsed * 1000)
    blocked = [r for r in results if r.blocked]
    if blocked:
        return LiteLLMGuardrailResponse(action="BLOCKED", blocked_reason=blocked[0].reason)
    if any(r.verdict.value == "indeterminate" for r in results):
        # LiteLLM reads only the action: NONE would send a text no detector fully checked.
        # Fail closed, as the SDK hook does (its fail_closed default).
        return LiteLLMGuardrailResponse(
            action="BLOCKED", blocked_reason="a detector failed, so the text could not be fully checked"
        )
    if out != texts:
        return LiteLLMGuardrailResponse(action="GUARDRAIL_INTERVENED", texts=out)
    return LiteLLMGuardrailResponse(action="NONE")
