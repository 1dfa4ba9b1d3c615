"""promptguard for the official ``anthropic`` SDK: one line, every request and response.

>>> import anthropic, promptguard                                  # doctest: +SKIP
>>> client = promptguard.protect(anthropic.Anthropic())            # doctest: +SKIP

Needs ``anthropic>=2.14`` (client middleware); older releases raise
:class:`~promptguard.errors.MissingDependencyError` with the upgrade command.
"""

from __future__ import annotations

from promptguard.integrations.anthropic._compat import MIN_ANTHROPIC_VERSION
from promptguard.integrations.anthropic.audit import AuditSink, jsonl_sink, logging_sink
from promptguard.integrations.anthropic.batches import restore_message
from promptguard.integrations.anthropic.middleware import (
    PromptGuardMiddleware,
    ProtectOptions,
    conversation,
    protect,
)

__all__ = [
    "MIN_ANTHROPIC_VERSION",
    "AuditSink",
    "PromptGuardMiddleware",
    "ProtectOptions",
    "conversation",
    "jsonl_sink",
    "logging_sink",
    "protect",
    "restore_message",
]
