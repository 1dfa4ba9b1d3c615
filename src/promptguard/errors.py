"""The one exception tree of promptguard.

Every error a caller can see derives from :class:`PromptGuardError`, and every
message says what to fix. None of them ever carries a raw detected value.

    PromptGuardError
    ├── ConfigError            a policy or pack file is invalid (file, line, field)
    ├── InputError             the text given to scan is not usable (type, encoding)
    ├── MissingDependencyError an optional part is not installed (with the install command)
    ├── RecognizerError        a recognizer failed; the scan is *indeterminate*, never clean
    ├── VaultError             the pseudonym vault could not be used
    │   └── VaultUnavailableError  the backend (e.g. Redis) is down
    └── PromptBlocked          the policy refused the text (carries the reason and entity types)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from promptguard.findings import ScanResult

__all__ = [
    "ConfigError",
    "InputError",
    "MissingDependencyError",
    "PromptBlocked",
    "PromptGuardError",
    "RecognizerError",
    "VaultError",
    "VaultUnavailableError",
]


class PromptGuardError(Exception):
    """Base class of every promptguard error."""


class ConfigError(PromptGuardError):
    """A policy, pack or settings file is invalid.

    ``file``, ``line`` and ``field`` locate the problem when they are known.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.file = file
        self.line = line
        self.field = field
        where = ""
        if file:
            where = f"{file}"
            if line:
                where += f":{line}"
            where += ": "
        if field:
            where += f"{field}: "
        super().__init__(f"{where}{message}")


class InputError(PromptGuardError, ValueError):
    """The input cannot be scanned as given (wrong type, invalid UTF-8, too large)."""


class MissingDependencyError(PromptGuardError, ImportError):
    """An optional dependency is missing; the message holds the exact install command."""

    def __init__(self, feature: str, install: str) -> None:
        self.feature = feature
        self.install = install
        super().__init__(f"{feature} needs an optional dependency; install it with: {install}")


class RecognizerError(PromptGuardError):
    """A recognizer raised; results of such a scan are *indeterminate*."""

    def __init__(self, recognizer: str, cause: BaseException) -> None:
        self.recognizer = recognizer
        # Only the exception type travels: a message could quote the scanned text.
        super().__init__(f"recognizer {recognizer!r} failed with {type(cause).__name__}")


class VaultError(PromptGuardError):
    """The pseudonym vault could not store or return a value."""


class VaultUnavailableError(VaultError):
    """The vault backend cannot be reached; pseudonymize and restore fail closed."""


class PromptBlocked(PromptGuardError):
    """The policy blocks this text. Nothing was sent anywhere.

    ``entity_types`` lists what caused the block (entity types, ``PROMPT_INJECTION``...),
    ``reason`` is a sentence for humans, ``result`` the full scan result (no raw values).
    """

    def __init__(
        self,
        reason: str,
        entity_types: Sequence[str] = (),
        result: ScanResult | None = None,
    ) -> None:
        self.reason = reason
        self.entity_types = tuple(sorted(set(entity_types)))
        self.result = result
        super().__init__(reason)
