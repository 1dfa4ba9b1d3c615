"""A promptguard error raised while the SDK reads a streamed body reaches the caller as itself.

anthropic 2.17 turns any error raised during a body read into ``APIConnectionError`` unless it is an
``AnthropicError``; the middleware raises its errors as classes that are both. (The streaming tests
against the local fake server check the whole path: they expect ``PromptBlocked``.)"""

from __future__ import annotations

import anthropic
import pytest

from promptguard.errors import PromptBlocked, VaultUnavailableError
from promptguard.integrations.anthropic.middleware import _through_sdk


def test_a_blocked_stream_keeps_its_class_reason_and_types() -> None:
    original = PromptBlocked("INTERNAL_TOKEN found in the response", ["INTERNAL_TOKEN"], None)
    passed = _through_sdk(original)
    assert isinstance(passed, PromptBlocked) and isinstance(passed, anthropic.AnthropicError)
    assert not isinstance(passed, anthropic.APIConnectionError)
    assert passed.reason == original.reason and passed.entity_types == ("INTERNAL_TOKEN",)
    assert str(passed) == str(original)
    with pytest.raises(PromptBlocked):
        raise passed


def test_other_promptguard_errors_pass_too_and_are_made_once() -> None:
    passed = _through_sdk(VaultUnavailableError("vault down"))
    assert isinstance(passed, VaultUnavailableError) and isinstance(passed, anthropic.AnthropicError)
    assert type(_through_sdk(VaultUnavailableError("again"))) is type(passed)
    assert _through_sdk(passed) is passed
