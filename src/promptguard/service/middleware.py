"""The boundary every request crosses before any handler: a pure ASGI middleware.

In order: request id, client allow-list, body size (413) and read timeout (408), UTF-8 and
JSON nesting checks (400), then the app; afterwards metrics and one audit record. It buffers
the body (it has to be read whole to be parsed anyway) so the size limit also holds for
chunked uploads without a ``Content-Length``.
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from typing import Any

import anyio

from promptguard.audit import make_record
from promptguard.service.errors import error_body
from promptguard.service.state import ServiceState

__all__ = ["AUDITED_ROUTES", "BoundaryMiddleware"]

log = logging.getLogger("promptguard.service")

AUDITED_ROUTES = {
    "/scan": "scan",
    "/v1/scan": "scan",
    "/v1/restore": "restore",
    "/beta/litellm_basic_guardrail_api": "litellm_guardrail",
}
_KNOWN = {*AUDITED_ROUTES, "/healthz", "/readyz", "/metrics", "/v1/recognizers", "/openapi.json", "/docs"}
_UNFILTERED = {"/healthz", "/readyz"}  # load balancer probes come from anywhere in the cluster
_REQUEST_ID = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")
# A string token (skipped whole, C speed) or one bracket: only brackets need Python work.
_JSON_TOKENS = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]')

Scope = dict[str, Any]


def _too_deep(body: bytes, limit: int) -> bool:
    if body.count(b"[") + body.count(b"{") <= limit:
        return False
    depth = 0
    for m in _JSON_TOKENS.finditer(body):
        c = m.group()
        if c in (b"[", b"{"):
            depth += 1
            if depth > limit:
                return True
        elif c in (b"]", b"}"):
            depth -= 1
    return False


class BoundaryMiddleware:
    def __init__(self, app: Any, state: ServiceState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        st = self.state
        started = time.perf_counter()
        headers = dict(scope.get("headers") or [])
        given = headers.get(b"x-request-id", b"").decode("latin-1")
        request_id = given if _REQUEST_ID.match(given) else uuid.uuid4().hex
        pg: dict[str, Any] = {"request_id": request_id}
        scope.setdefault("state", {})["pg"] = pg
        path: str = scope.get("path", "")
        route = path if path in _KNOWN else "other"
        status_box = [0]

        async def send_wrapper(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                status_box[0] = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", request_id.encode())]
            await send(message)

        async def reply(status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            await send_wrapper({
                "type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())],
            })
            await send_wrapper({"type": "http.response.body", "body": data})

        try:
            client = scope.get("client")
            if route not in _UNFILTERED and not st.access.client_allowed(client[0] if client else None):
                st.metrics.auth_failures.labels("client_network").inc()
                await reply(403, error_body("client_not_allowed", "this client address is not allowed", request_id))
                return
            if scope.get("method") in ("POST", "PUT", "PATCH"):
                ctype = headers.get(b"content-type", b"").split(b";")[0].strip().lower()
                if not ctype:
                    # curl -d without -H, many scripts: a missing type is taken as JSON.
                    scope["headers"] = [*(h for h in scope.get("headers", []) if h[0] != b"content-type"),
                                        (b"content-type", b"application/json")]
                elif ctype != b"application/json" and not ctype.endswith(b"+json"):
                    await reply(415, error_body("unsupported_media_type", "send the body as application/json",
                                                request_id))
                    return
                body, problem = await self._read_body(headers, receive)
                if problem is not None:
                    status, err = problem
                    await reply(status, {"error": {**err, "request_id": request_id}})
                    return
                receive = _replay(body, receive)
            try:
                await self.app(scope, receive, send_wrapper)
            except Exception as exc:  # noqa: BLE001
                # Logged by type only (a message could quote scanned text), and never re-raised:
                # the server's default handler would print the message with the traceback.
                log.error("unhandled %s on %s (request %s)", type(exc).__name__, path, request_id)
                if not status_box[0]:
                    await reply(500, error_body("internal_error", "internal error; see the server log", request_id))
        finally:
            elapsed = time.perf_counter() - started
            status = status_box[0] or 500
            st.metrics.requests.labels(route, scope.get("method", ""), str(status)).inc()
            st.metrics.latency.labels(route).observe(elapsed)
            if path in AUDITED_ROUTES:
                self._audit(pg, path, status, elapsed)

    async def _read_body(
        self, headers: dict[bytes, bytes], receive: Any
    ) -> tuple[bytes, tuple[int, dict[str, Any]] | None]:
        settings = self.state.settings
        limit = settings.max_body_bytes
        too_big = (413, {"code": "body_too_large", "message": f"request body is over {limit} bytes",
                         "limit": "max_body_bytes", "max": limit})
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                if int(declared) > limit:
                    return b"", too_big
            except ValueError:
                return b"", (400, {"code": "bad_request", "message": "invalid Content-Length"})
        chunks: list[bytes] = []
        size = 0
        try:
            with anyio.fail_after(settings.request_timeout_s):
                while True:
                    message = await receive()
                    if message["type"] == "http.disconnect":
                        break
                    chunk = message.get("body", b"")
                    size += len(chunk)
                    if size > limit:
                        return b"", too_big
                    chunks.append(chunk)
                    if not message.get("more_body", False):
                        break
        except TimeoutError:
            return b"", (408, {"code": "body_timeout", "message": "the request body arrived too slowly",
                               "limit": "request_timeout_s"})
        body = b"".join(chunks)
        try:
            body.decode("utf-8")
        except UnicodeDecodeError as exc:
            return body, (400, {"code": "invalid_utf8",
                                "message": f"the body is not valid UTF-8 (bad byte at offset {exc.start})"})
        if _too_deep(body, settings.max_json_depth):
            return body, (400, {"code": "too_deep", "message": f"JSON nested deeper than {settings.max_json_depth}",
                                "limit": "max_json_depth", "max": settings.max_json_depth})
        return body, None

    def _audit(self, pg: dict[str, Any], path: str, status: int, elapsed: float) -> None:
        record = pg.get("audit")
        if record is None:
            # Refused before a handler produced results (auth, limits, bad input): still one record.
            principal = pg.get("principal")
            record = make_record(
                request_id=pg["request_id"], key_id=getattr(principal, "key_id", None), event=AUDITED_ROUTES[path],
            )
        record["status"] = status
        record["route"] = path
        record["latency_ms"] = round(elapsed * 1000.0, 3)
        try:
            self.state.audit(record)
        except Exception as exc:  # noqa: BLE001 - the answer is already sent; make the failure loud
            self.state.metrics.audit_failures.inc()
            log.error("audit record could not be written (%s)", type(exc).__name__)


def _replay(body: bytes, receive: Any) -> Any:
    sent = False

    async def _receive() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        message: dict[str, Any] = await receive()
        return message

    return _receive
