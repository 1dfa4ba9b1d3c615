"""A negative context word lowers a match only when it speaks of that match: in the match's own
field (a form line, a list item, a table cell) with no context word of the recognizer between
them. Before, an earlier field's word within 25 characters ("SSN ...\\nPhone: ...": "ssn" is a
negative word for phone numbers) dropped the next value, which then reached the model."""

from __future__ import annotations

import pytest

from promptguard import Guard


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard({"name": "pii", "packs": ["pii-core", "pii-us", "pii-eu", "pii-intl"]})


@pytest.mark.parametrize(
    ("entity", "text", "value"),
    [
        ("PHONE_NUMBER", "SSN 536-22-1234\nPhone: +1 415 555 2671", "+1 415 555 2671"),
        ("PHONE_NUMBER", "Name: Jane, SSN: 536-22-1234, Phone: +1 (415) 555-2671", "+1 (415) 555-2671"),
        ("PHONE_NUMBER", "Patient SSN 536-22-1234, mobile +1 415 555 2671", "+1 415 555 2671"),
        ("PHONE_NUMBER", "Card ending 1111. Call +44 20 7946 0958", "+44 20 7946 0958"),
        ("PHONE_NUMBER", "zip 94110, tel +1 415 555 2671", "+1 415 555 2671"),
        ("US_SSN", "tel 415 555 2671\nSSN: 536-22-1234", "536-22-1234"),
        ("US_SSN", "call me, SSN 536-22-1234", "536-22-1234"),
    ],
)
def test_a_value_after_its_own_label_is_found(guard: Guard, entity: str, text: str, value: str) -> None:
    found = {(f.entity_type, text[f.start : f.end]) for f in guard.scan(text).findings}
    assert (entity, value) in found
    assert value not in guard.sanitize(text).text


@pytest.mark.parametrize(
    "text", ["order number 541-714-1388", "Order #100234567881 shipped", "invoice 2023-0042-118"]
)
def test_a_negative_word_in_the_same_field_still_lowers_the_match(guard: Guard, text: str) -> None:
    assert "PHONE_NUMBER" not in {f.entity_type for f in guard.scan(text).findings}
