"""``create_app(settings)``: the FastAPI application of ``promptguard serve``."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import AsyncIterator
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from promptguard._version import __version__
from promptguard.service.errors import ApiError, error_body
from promptguard.service.middleware import BoundaryMiddleware
from promptguard.service.routes import router
from promptguard.service.state import ServiceState
from promptguard.settings import Settings

__all__ = ["create_app"]

log = logging.getLogger("promptguard.service")


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app. Configuration errors (bad access file, missing vault key) raise here,
    before a port is opened."""
    settings = settings or Settings()
    state = ServiceState(settings)
    if settings.insecure_no_auth:
        log.warning("running WITHOUT authentication (--insecure-no-auth): every caller has every scope")
    if settings.vault == "memory" and settings.workers > 1:
        log.warning("%d workers with the in-memory vault: a session is only restorable by the worker that "
                    "created it; use --vault redis", settings.workers)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        loop = asyncio.get_running_loop()
        tasks = [asyncio.create_task(state.access.watch())]
        if settings.preload:
            tasks.append(asyncio.create_task(state.preload_async()))
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            # Revocation must not wait for the poll interval: SIGHUP reloads at once.
            loop.add_signal_handler(signal.SIGHUP, _on_sighup, state)
        try:
            yield
        finally:
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.remove_signal_handler(signal.SIGHUP)
            for t in tasks:
                t.cancel()

    app = FastAPI(
        title="promptguard",
        version=__version__,
        description="Data-loss prevention for LLM traffic: find and pseudonymize PII and secrets, flag prompt "
        "injection. Authenticate with `Authorization: Bearer <key>`.",
        lifespan=lifespan,
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.pg = state
    app.include_router(router)
    _install_error_handlers(app)
    app.add_middleware(BoundaryMiddleware, state=state)
    return app


def _on_sighup(state: ServiceState) -> None:
    log.info("SIGHUP: reloading the access file")
    state.access.reload(force=True)


def _rid(request: Request) -> str | None:
    pg = request.scope.get("state", {}).get("pg", {})
    return pg.get("request_id")  # type: ignore[no-any-return]


def _clean(value: object, limit: int = 80) -> str:
    """A location part or message fit for the answer: field names come from the caller and
    may be huge or hold lone surrogates, which JSON encoding to UTF-8 would choke on."""
    text = str(value)[:limit]
    return text.encode("utf-8", "replace").decode("utf-8")


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(
            error_body(exc.code, exc.message, _rid(request), limit=exc.limit, max=exc.max, details=exc.details),
            status_code=exc.status, headers=exc.headers,
        )

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        if any(e.get("type") == "json_invalid" for e in errors):
            return JSONResponse(error_body("malformed_json", "the body is not valid JSON", _rid(request)),
                                status_code=400)
        # Only location, message and type: pydantic's 'input' would echo (possibly sensitive) text.
        details: list[dict[str, Any]] = [
            {"loc": [_clean(x) for x in e.get("loc", ())], "msg": _clean(e.get("msg", ""), 300),
             "type": str(e.get("type", ""))}
            for e in errors[:20]
        ]
        message = "invalid request"
        if details:
            loc = ".".join(details[0]["loc"])
            message = f"{loc}: {details[0]['msg']}" if loc else str(details[0]["msg"])
        return JSONResponse(error_body("invalid_request", message, _rid(request), details=details),
                            status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return JSONResponse(error_body(code, str(exc.detail), _rid(request)), status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        # Type only: an exception message could quote the scanned text.
        log.error("unhandled %s on %s (request %s)", type(exc).__name__, request.url.path, _rid(request))
        return JSONResponse(error_body("internal_error", "internal error; see the server log", _rid(request)),
                            status_code=500)


def app_from_env() -> Any:
    """Factory for ``uvicorn --factory promptguard.service.app:app_from_env`` (workers re-read env)."""
    return create_app(Settings())
