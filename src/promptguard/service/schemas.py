"""Wire models of the HTTP API (they are the OpenAPI schema, so keep them precise)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from promptguard.findings import Finding, InjectionVerdict, ScanResult

__all__ = [
    "BatchScanResponse",
    "ErrorBody",
    "ErrorResponse",
    "FindingOut",
    "HealthResponse",
    "InjectionOut",
    "LiteLLMGuardrailRequest",
    "LiteLLMGuardrailResponse",
    "RecognizerOut",
    "RecognizersResponse",
    "RestoreRequest",
    "RestoreResponse",
    "ScanItem",
    "ScanRequest",
    "ScanResponse",
]

SESSION_PATTERN = r"^[A-Za-z0-9_\-]{8,128}$"
POLICY_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$"


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ScanRequest(_In):
    """Give ``text`` for one text or ``texts`` for a batch (processed together)."""

    # Typed without ``| None`` so the schema says "string when present"; absence is what
    # the ``oneOf`` below is about (pydantic does not validate the None default).
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"oneOf": [{"required": ["text"]}, {"required": ["texts"]}]}
    )

    text: str = Field(default=None, description="One text to scan and sanitize.")  # type: ignore[assignment]
    texts: list[str] = Field(
        default=None,  # type: ignore[arg-type]
        min_length=1, description="Several texts, processed together; they share one session."
    )
    direction: Literal["prompt", "response"] = "prompt"
    source: Literal["user", "system", "document", "tool_result", "model"] = "user"
    policy: str | None = Field(default=None, pattern=POLICY_PATTERN, description="A policy this key may use.")
    session_id: str | None = Field(
        default=None, pattern=SESSION_PATTERN, description="Reuse a pseudonym session (multi-turn chats)."
    )
    explain: bool = Field(default=False, description="Add why each finding exists and won.")
    system_prompt: str | None = Field(
        default=None,
        description=(
            "The system prompt the text(s) will be sent with. The injection check then also judges them "
            "against it (asking for a secret it declares, a topic it forbids). Read only: never returned, "
            "logged or audited."
        ),
    )

    @model_validator(mode="after")
    def _one_of(self) -> ScanRequest:
        if (self.text is None) == (self.texts is None):
            raise ValueError("give exactly one of 'text' or 'texts'")
        return self


class FindingOut(BaseModel):
    entity_type: str
    start: int = Field(description="Offset into the input text (characters).")
    end: int
    score: float
    recognizer: str
    action: str | None
    pack: str | None = None
    severity: str = "medium"
    value_hash: str = Field(default="", description="Keyed hash of the value (correlation without the value).")
    explanation: dict[str, Any] | None = None

    @classmethod
    def of(cls, f: Finding, explain: bool) -> FindingOut:
        return cls(
            entity_type=f.entity_type, start=f.start, end=f.end, score=round(f.score, 4), recognizer=f.recognizer,
            action=str(f.action) if f.action else None, pack=f.pack, severity=f.severity, value_hash=f.value_hash,
            explanation=f.explanation.to_dict() if explain and f.explanation is not None else None,
        )


class SuppressedOut(BaseModel):
    """A match a filter, validator, threshold or overlap dropped (``explain`` only; no value)."""

    entity_type: str
    start: int
    end: int
    recognizer: str
    pack: str | None = None
    reason: str = Field(description="validator <name>, filter <name>, allow_list, below_threshold or overlap.")


class InjectionOut(BaseModel):
    score: float
    flagged: bool
    reasons: list[str]

    @classmethod
    def of(cls, v: InjectionVerdict | None) -> InjectionOut | None:
        if v is None:
            return None
        return cls(score=round(v.score, 4), flagged=v.flagged, reasons=list(v.reasons))


Verdict = Literal["clean", "flagged", "blocked", "indeterminate"]


class ScanItem(BaseModel):
    verdict: Verdict
    text: str = Field(description="The sanitized text (empty when blocked).")
    findings: list[FindingOut]
    injection: InjectionOut | None
    reason: str = ""
    errors: list[str] = Field(default_factory=list)
    suppressed: list[SuppressedOut] | None = Field(
        default=None, description="With explain: what was matched and dropped, and by which step."
    )

    @classmethod
    def of(cls, r: ScanResult, explain: bool) -> ScanItem:
        return cls(
            verdict=str(r.verdict),  # type: ignore[arg-type]
            text=r.text,
            findings=[FindingOut.of(f, explain) for f in r.findings],
            injection=InjectionOut.of(r.injection),
            reason=r.reason,
            errors=list(r.errors),
            suppressed=[SuppressedOut(**x.to_dict()) for x in r.suppressed] if explain else None,
        )


class ScanResponse(ScanItem):
    """Answer to a single ``text``."""

    session_id: str
    policy: str
    request_id: str


class BatchScanResponse(BaseModel):
    """Answer to ``texts``: one result per text, in order."""

    verdict: Verdict = Field(description="The most severe verdict of the batch.")
    results: list[ScanItem]
    session_id: str
    policy: str
    request_id: str


class RestoreRequest(_In):
    text: str
    session_id: str = Field(pattern=SESSION_PATTERN)


class RestoreResponse(BaseModel):
    text: str
    session_id: str
    request_id: str


class RecognizerOut(BaseModel):
    id: str
    entities: list[str]
    pack: str | None
    kind: str
    severity: str


class RecognizersResponse(BaseModel):
    policy: str
    recognizers: list[RecognizerOut]


class HealthResponse(BaseModel):
    status: Literal["ok", "starting", "unavailable"]
    checks: dict[str, str] = Field(default_factory=dict)


class ErrorBody(BaseModel):
    code: str
    message: str
    request_id: str | None = None
    limit: str | None = Field(default=None, description="The limit that was hit (setting name).")
    max: int | None = None
    details: list[dict[str, Any]] | None = Field(default=None, description="Field errors (location, message, type).")


class ErrorResponse(BaseModel):
    error: ErrorBody


# ------------------------------------------------------------------ LiteLLM
class LiteLLMGuardrailRequest(BaseModel):
    """LiteLLM's Generic Guardrail API request (``/beta/litellm_basic_guardrail_api``).

    Unknown fields are ignored: LiteLLM adds fields across versions.
    """

    model_config = ConfigDict(extra="ignore")

    input_type: Literal["request", "response"] = "request"
    texts: list[str] | None = None
    images: list[str] | None = None
    tools: list[dict[str, Any]] | None = None
    structured_messages: list[dict[str, Any]] | None = None
    litellm_call_id: str | None = None
    litellm_trace_id: str | None = None
    request_data: dict[str, Any] | None = None
    additional_provider_specific_params: dict[str, Any] | None = None


class LiteLLMGuardrailResponse(BaseModel):
    action: Literal["BLOCKED", "NONE", "GUARDRAIL_INTERVENED"]
    texts: list[str] | None = None
    blocked_reason: str | None = None
