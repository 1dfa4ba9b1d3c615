"""Integrations with LLM client libraries (loaded only when imported).

``promptguard.integrations.anthropic`` hooks the official ``anthropic`` SDK through its
client middleware; see :func:`promptguard.protect`.
"""

from __future__ import annotations

__all__: list[str] = []
