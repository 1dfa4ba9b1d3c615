"""Which ``anthropic`` releases this integration runs on, checked once on first use.

The hook is built on the SDK's client middleware (``anthropic.Middleware``,
``Anthropic(middleware=[...])``, ``APIRequest``), so the check is on those features,
not only on the version string: a release without them fails with the upgrade command.
"""

from __future__ import annotations

from typing import Any

from promptguard.errors import MissingDependencyError

__all__ = ["MIN_ANTHROPIC_VERSION", "require_anthropic"]

MIN_ANTHROPIC_VERSION = "2.14.0"
"""The oldest ``anthropic`` release promptguard's middleware is tested with (client middleware,
``APIRequest``, ``Stream.raw_events``)."""

_INSTALL = f'pip install -U "anthropic>={MIN_ANTHROPIC_VERSION}"'


def _version_tuple(version: str) -> tuple[int, ...]:
    parts: list[int] = []
    for piece in version.split(".")[:3]:
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


def require_anthropic() -> Any:
    """Import ``anthropic`` or raise :class:`MissingDependencyError` naming the fix."""
    try:
        import anthropic
    except ImportError:
        raise MissingDependencyError("the Anthropic SDK integration", _INSTALL) from None
    version = str(getattr(anthropic, "__version__", "0"))
    has_middleware = hasattr(anthropic, "Middleware")
    try:
        from anthropic._request import APIRequest  # noqa: F401 - presence check
        from anthropic._streaming import Stream

        has_raw_events = hasattr(Stream, "raw_events")
    except ImportError:
        has_raw_events = False
    if not has_middleware or not has_raw_events or _version_tuple(version) < _version_tuple(MIN_ANTHROPIC_VERSION):
        raise MissingDependencyError(
            f"the Anthropic SDK integration (client middleware; anthropic {version} is installed, "
            f"{MIN_ANTHROPIC_VERSION} or newer is needed)",
            _INSTALL,
        )
    return anthropic
