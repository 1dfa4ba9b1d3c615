"""The local fake of the Anthropic Messages API used by these tests.

It ships in the library as :mod:`promptguard.testing.fake_anthropic` (users testing their own
apps want it too); this module re-exports it under the path the tests document.
"""

from promptguard.testing.fake_anthropic import FakeAnthropic, RecordedRequest, Reply

__all__ = ["FakeAnthropic", "RecordedRequest", "Reply"]
