"""The service's HTTP error: always a JSON body ``{"error": {...}}``."""

from __future__ import annotations

from typing import Any

__all__ = ["ApiError", "error_body"]


class ApiError(Exception):
    """An error answer. ``limit`` names the setting that was hit (``max_text_chars``...)."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        limit: str | None = None,
        max: int | None = None,
        headers: dict[str, str] | None = None,
        details: list[dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.limit = limit
        self.max = max
        self.headers = headers or {}
        self.details = details


def error_body(
    code: str,
    message: str,
    request_id: str | None = None,
    *,
    limit: str | None = None,
    max: int | None = None,
    details: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    err: dict[str, Any] = {"code": code, "message": message, "request_id": request_id}
    if limit is not None:
        err["limit"] = limit
    if max is not None:
        err["max"] = max
    if details:
        err["details"] = details
    return {"error": err}
