"""The HTTP service (FastAPI): ``create_app(settings)`` and ``promptguard serve``.

Importing this package does not import FastAPI; ``create_app`` does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI

    from promptguard.settings import Settings

__all__ = ["create_app"]


def create_app(settings: Settings | None = None) -> FastAPI:
    from promptguard.service.app import create_app as _create_app

    return _create_app(settings)
