"""Message Batches: results come back restored, request by request, through the client that made the batch.

A batch (``client.messages.batches.create``) is sanitized like any request, in the session of
the call. Its results arrive later, through another call (``client.messages.batches.results(id)``),
as JSON lines. For each batch it created, the middleware keeps the session and, per
``custom_id``, the placeholders that request's own sanitizing produced (:class:`BatchRecord`);
results of that batch read through the same client are restored line by line with exactly
those, so a request of the batch that typed another request's placeholder gets nothing back,
as with single calls. The response policy applies to each result as to a message; a result it
blocks arrives as an ``errored`` result of type :data:`BLOCKED_ERROR_TYPE` (content withheld),
and the batch's other results go on.

The records live in this process (the last :data:`BATCHES_KEPT` batches of a client, and the
vault must still hold the session: give it a TTL longer than the batch takes). Results read by
another process or client, after a restart, or of a batch this client did not create, pass
through with their placeholders (logged once per client): restore those with
:func:`restore_message` in the session the batch was sent in.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from promptguard.anonymize.vault import Session, produced_tokens
from promptguard.errors import InputError, PromptBlocked
from promptguard.findings import Verdict
from promptguard.integrations.anthropic.audit import CallAudit
from promptguard.integrations.anthropic.request import walk_request
from promptguard.integrations.anthropic.response import ResponseGuard, _walk_message, rewrite_message

__all__ = ["BATCHES_KEPT", "BLOCKED_ERROR_TYPE", "BatchRecord", "BatchResultsRewriter", "restore_message"]

BATCHES_KEPT = 64
"""Batches a client remembers (least recently created or read goes first). A record holds one
small set per request that produced placeholders."""

BLOCKED_ERROR_TYPE = "promptguard_blocked"
"""``result.error.error.type`` of a batch result whose answer the response policy blocked: the
result reads as ``errored`` (its content withheld) and the other results go on."""

_RESULTS_PATH = re.compile(r"/v1/messages/batches/([^/]+)/results\Z")


@dataclass(frozen=True, slots=True)
class BatchRecord:
    """What restoring one batch's results needs: its session, and per ``custom_id`` the
    placeholders that request's sanitizing produced (requests that produced none are absent)."""

    session: Session
    allowed: Mapping[str, frozenset[str]]


def results_batch_id(url: Any) -> str | None:
    """The batch id of a results URL (``.../v1/messages/batches/{id}/results``), else None."""
    m = _RESULTS_PATH.search(urlsplit(str(url)).path)
    return m.group(1) if m else None


def produced_per_request(original: Any, sent: Any) -> dict[str, frozenset[str]]:
    """Per ``custom_id``: the placeholders sanitizing put into that request of a batch body.

    ``sent`` is the sanitized copy of ``original`` (same shape: the request walk only replaces
    texts, and keeps an unchanged request as the same object)."""
    out: dict[str, frozenset[str]] = {}
    before, after = original.get("requests"), sent.get("requests")
    if not isinstance(before, list) or not isinstance(after, list) or len(before) != len(after):
        return out
    for entry, sanitized in zip(before, after, strict=True):
        if entry is sanitized or not isinstance(entry, Mapping) or not isinstance(sanitized, Mapping):
            continue
        custom_id, params, new_params = entry.get("custom_id"), entry.get("params"), sanitized.get("params")
        if not isinstance(custom_id, str) or not isinstance(params, Mapping) or not isinstance(new_params, Mapping):
            continue
        texts = _texts(params)
        new_texts = _texts(new_params)
        made: set[str] = set()
        for t, n in zip(texts, new_texts, strict=True):
            if n != t:
                made |= produced_tokens(t, n)
        if made:
            out[custom_id] = frozenset(made)
    return out


def _texts(params: Mapping[str, Any]) -> list[str]:
    """Every text of one request, in the walk's order."""
    found: list[str] = []

    def visit(text: str, _source: Any) -> str:
        found.append(text)
        return text

    walk_request(params, visit)
    return found


class BatchResultsRewriter:
    """Rewrites a batch's results body (JSON lines) as the SDK reads it: each succeeded result's
    message gets the response policy and its own request's placeholders restored. Lines it does
    not change go on as the very bytes that came in. Same interface as the SSE rewriter."""

    def __init__(
        self, guard: Any, record: BatchRecord, audit: CallAudit, *, rewrites: bool, max_placeholder: int
    ) -> None:
        self.guard = guard
        self.record = record
        self.audit = audit
        self.rewrites = rewrites
        self.max_placeholder = max_placeholder
        self._rest: list[bytes] = []  # the unfinished last line, in the parts it came in

    def feed_bytes(self, chunk: bytes) -> bytes:
        # Only the new chunk is searched for a line end, and the unfinished line is kept in parts:
        # a results line of megabytes read in small chunks stays linear.
        cut = chunk.rfind(b"\n") + 1
        if not cut:
            if chunk:
                self._rest.append(chunk)
            return b""
        buf = b"".join([*self._rest, chunk[:cut]])
        self._rest = [chunk[cut:]] if cut < len(chunk) else []
        return b"".join(self._line(line) for line in buf.splitlines(keepends=True))

    def end_bytes(self) -> bytes:
        rest, self._rest = b"".join(self._rest), []
        return self._line(rest) if rest else b""

    def _line(self, line: bytes) -> bytes:
        body = line.rstrip(b"\r\n")
        try:
            item = json.loads(body)
        except ValueError:
            return line  # not ours to judge: the SDK's own reader reports it
        if not isinstance(item, dict) or not isinstance(item.get("result"), dict):
            return line
        result = item["result"]
        message = result.get("message")
        if result.get("type") != "succeeded" or not isinstance(message, dict):
            return line
        custom_id = item.get("custom_id")
        allowed = self.record.allowed.get(custom_id, frozenset()) if isinstance(custom_id, str) else frozenset()
        rg = ResponseGuard(
            self.guard,
            self.record.session,
            self.audit,
            rewrites=self.rewrites,
            allowed=allowed,
            max_placeholder=self.max_placeholder,
        )
        try:
            try:
                new = rewrite_message(message, rg)
            except RecursionError:
                # Nested too deeply to check (json.loads reads ~990 levels, the walk fewer): not
                # passed through unchecked, and not raised (the reading would end and the batch's
                # other results be lost): withheld like a blocked result.
                raise PromptBlocked("result nested too deeply to check") from None
        except PromptBlocked as exc:
            # One blocked answer must not cost the app the batch's other results (an exception
            # would end the reading, and the SDK's reader would drop what it had buffered): it
            # becomes an errored result, its content withheld, the reason in the error.
            self.audit.verdict = Verdict.BLOCKED
            self.audit.reason = exc.reason
            new_result: dict[str, Any] = {
                "type": "errored",
                "error": {
                    "type": "error",
                    "error": {"type": BLOCKED_ERROR_TYPE, "message": f"promptguard: {exc.reason}"},
                },
            }
            out = {**item, "result": new_result}
        else:
            if new is message or new == message:
                return line
            out = {**item, "result": {**result, "message": new}}
        return json.dumps(out, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + line[len(body) :]


def restore_message(
    message: Any, session: Session | str, guard: Any = None, *, only: Collection[str] | None = None
) -> Any:
    """A copy of ``message`` (an SDK ``Message`` or its dict) with placeholders restored in its
    text blocks, citations and ``tool_use`` inputs: for batch results the client did not
    restore itself (read by another process, or after a restart).

    ``session``: the session (or its id) the batch was sent in, in a vault that still holds it.
    Without ``only``, every placeholder of that session is restored: right when the batch
    carried one user's data; a batch mixing users should keep one session per user (a
    ``conversation(...)`` block around each ``create``) or pass ``only``."""
    if not isinstance(session, Session) and not (isinstance(session, str) and session):
        # A None or empty id would restore nothing, silently: the caller's mistake, said plainly.
        raise InputError(f"restore_message needs the batch's session or its id, not {type(session).__name__}")
    dump = getattr(message, "model_dump", None)
    if not callable(dump) and not isinstance(message, Mapping):
        raise InputError(f"restore_message expects an SDK Message or its dict, not {type(message).__name__}")
    if guard is None:
        from promptguard import default_guard

        guard = default_guard()
    payload = dump(mode="json") if callable(dump) else message
    if not isinstance(payload, Mapping) or not isinstance(payload.get("content"), list):
        return message
    restored = _walk_message(payload, lambda text: guard.restore(text, session, only=only))
    if callable(dump):
        return type(message).model_validate(restored)
    return restored
