"""promptguard: a data-loss-prevention engine for LLM traffic.

>>> import promptguard
>>> r = promptguard.sanitize("Email jane.doe@acme.io")
>>> r.text
'Email <EMAIL_ADDRESS_1>'
>>> promptguard.restore("Reply to <EMAIL_ADDRESS_1>", r.session)
'Reply to jane.doe@acme.io'

Importing this package loads no model and touches no network; the default
:class:`Guard` is built on first use.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from promptguard._gcpause import gc_paused
from promptguard._version import __version__
from promptguard.errors import (
    ConfigError,
    InputError,
    MissingDependencyError,
    PromptBlocked,
    PromptGuardError,
    RecognizerError,
    VaultError,
    VaultUnavailableError,
)
from promptguard.findings import (
    Action,
    Direction,
    Explanation,
    Finding,
    InjectionVerdict,
    ScanResult,
    Source,
    Suppression,
    Verdict,
)

if TYPE_CHECKING:
    from promptguard.anonymize.vault import Session
    from promptguard.guard import Guard

__all__ = [
    "Action",
    "ConfigError",
    "Direction",
    "Explanation",
    "Finding",
    "Guard",
    "InjectionVerdict",
    "InputError",
    "MissingDependencyError",
    "PromptBlocked",
    "PromptGuardError",
    "RecognizerError",
    "ScanResult",
    "Session",
    "Source",
    "Suppression",
    "VaultError",
    "VaultUnavailableError",
    "Verdict",
    "__version__",
    "default_guard",
    "protect",
    "restore",
    "sanitize",
    "scan",
]

_default: Guard | None = None
_default_lock = threading.Lock()


def __getattr__(name: str) -> Any:
    # Lazy so that `import promptguard` stays cheap (no YAML, no regex compilation).
    if name == "Guard":
        from promptguard.guard import Guard

        return Guard
    if name == "Session":
        from promptguard.anonymize.vault import Session

        return Session
    raise AttributeError(f"module 'promptguard' has no attribute {name!r}")


def default_guard() -> Guard:
    """The process-wide guard with the ``default`` profile, built once on first use."""
    global _default
    if _default is None:
        with _default_lock, gc_paused():
            if _default is None:
                from promptguard.guard import Guard

                _default = Guard()
    return _default


def scan(
    text: str,
    *,
    direction: Direction = "prompt",
    source: Source = "user",
    entities: Sequence[str] | None = None,
    explain: bool = False,
    system_prompt: str | None = None,
) -> ScanResult:
    """Find sensitive data and prompt injection in ``text`` (returned unchanged).

    ``system_prompt``: the system prompt ``text`` goes with; the injection check also judges
    the text against what it protects."""
    return default_guard().scan(
        text, direction=direction, source=source, entities=entities, explain=explain, system_prompt=system_prompt
    )


def sanitize(
    text: str,
    *,
    session: Session | str | None = None,
    direction: Direction = "prompt",
    source: Source = "user",
    entities: Sequence[str] | None = None,
    explain: bool = False,
    system_prompt: str | None = None,
) -> ScanResult:
    """Apply the default policy: ``result.text`` is safe to send, ``result.session`` restores.

    ``system_prompt``: as in :func:`scan`."""
    return default_guard().sanitize(
        text,
        session=session,
        direction=direction,
        source=source,
        entities=entities,
        explain=explain,
        system_prompt=system_prompt,
    )


def restore(text: str, session: Session | str) -> str:
    """Put the originals back into a model answer that contains placeholders."""
    return default_guard().restore(text, session)


def protect(client: Any, guard: Guard | None = None, **options: Any) -> Any:
    """Return ``client`` (an ``anthropic`` client) with promptguard middleware installed."""
    from promptguard.integrations.anthropic import protect as _protect

    return _protect(client, guard=guard, **options)
