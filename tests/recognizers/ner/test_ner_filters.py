"""Every filter rule with examples it must drop and look-alikes it must keep."""

from __future__ import annotations

import pytest

from promptguard.recognizers.ner.filters import SpanFilter

F = SpanFilter()

DROP = [
    ("PERSON", "12345"),
    ("PERSON", "A"),
    ("PERSON", "Agent 47"),
    ("ORGANIZATION", "JIRA-1234"),
    ("ORGANIZATION", "GDPR"),
    ("ORGANIZATION", "API"),
    ("PERSON", "$1,200"),
    ("ORGANIZATION", "USD 40k"),
    ("PERSON", "user_id"),
    ("PERSON", "jane.doe@acme.io"),
    ("ORGANIZATION", "https://acme.io"),
    ("DATE_TIME", "today"),
    ("DATE_TIME", "last week"),
    ("DATE_TIME", "every Monday morning"),
    ("DATE_TIME", "Q3"),
    ("DATE_TIME", "30 days"),
    ("DATE_TIME", "a few minutes ago"),
    ("DATE_TIME", "10:30 am"),
    ("ORGANIZATION", "P.O. Box"),
    ("ORGANIZATION", "Ticket SUP-8812"),
    ("DATE_TIME", "the last 30 days"),
    ("DATE_TIME", "over 2 years"),
]

KEEP = [
    ("PERSON", "Maria Gonzalez"),
    ("PERSON", "Li"),
    ("PERSON", "O'Neil"),
    ("ORGANIZATION", "Acme Corp"),
    ("ORGANIZATION", "AT&T"),
    ("ORGANIZATION", "3M"),
    ("LOCATION", "Paris"),
    ("LOCATION", "221B Baker Street"),
    ("NRP", "Norwegian"),
    ("DATE_TIME", "3 May 1985"),
    ("DATE_TIME", "1985-05-03"),
    ("DATE_TIME", "March 2021"),
    ("DATE_TIME", "35 years old"),
    ("DATE_TIME", "May 3"),
]


@pytest.mark.parametrize(
    ("value", "entity", "expected"),
    [
        ("Initech GmbH", "PERSON", "ORGANIZATION"),
        ("Acme Corp.", "PERSON", "ORGANIZATION"),
        ("04/12/1978", "ORGANIZATION", "DATE_TIME"),
        ("Maria Inc", "LOCATION", "LOCATION"),
        ("Anna Co", "ORGANIZATION", "ORGANIZATION"),
        ("Co", "PERSON", "PERSON"),
    ],
)
def test_relabel(value: str, entity: str, expected: str) -> None:
    assert F.relabel(value, entity) == expected


@pytest.mark.parametrize(("entity", "value"), DROP)
def test_drops_clearly_non_personal(entity: str, value: str) -> None:
    assert F.reject(value, entity) is not None


@pytest.mark.parametrize(("entity", "value"), KEEP)
def test_keeps_names_places_dates(entity: str, value: str) -> None:
    assert F.reject(value, entity) is None


def test_disabled_filters_keep_everything_but_blanks() -> None:
    off = SpanFilter(enabled=False)
    assert off.reject("12345", "PERSON") is None
    assert off.reject("  ", "PERSON") == "empty"


def test_extra_stopwords() -> None:
    assert SpanFilter(extra_stopwords=["Project Falcon"]).reject("project falcon", "ORGANIZATION") == "stopword"


@pytest.mark.parametrize(
    ("text", "span", "entity", "expected"),
    [
        ("Ask Anna's team", "Anna's", "PERSON", "Anna"),
        ("Ask Anna\u2019s team", "Anna\u2019s", "PERSON", "Anna"),
        ("to James' desk", "James'", "PERSON", "James"),
        ("(Acme Corp.)", "(Acme Corp.)", "ORGANIZATION", "Acme Corp"),
        ('"Paris",', '"Paris",', "LOCATION", "Paris"),
        ("Hi Maria, see", "Hi Maria", "PERSON", "Maria"),
        ("RT @anna_k said", "RT @anna_k", "PERSON", "anna_k"),
        ("Maria Lopez\nSales Director", "Maria Lopez\nSales", "PERSON", "Maria Lopez"),
        ("see DOB 04/12/1978 here", "DOB 04/12/1978", "ORGANIZATION", "04/12/1978"),
        ("API Acme Corp", "API Acme Corp", "ORGANIZATION", "Acme Corp"),
    ],
)
def test_trim_keeps_surrounding_text_intact(text: str, span: str, entity: str, expected: str) -> None:
    start = text.index(span)
    s, e, _ = F.trim(text, start, start + len(span), entity)
    assert text[s:e] == expected
