"""A plain ask *about* a forbidden topic, told from an in-scope question that brushes it.
Examples written for this test (not from any dataset)."""

from __future__ import annotations

import pytest

from promptguard.recognizers.injection import InjectionDetector, InjectionOptions
from promptguard.recognizers.injection import system_context as sc

BOOKSHOP = (
    "You are the assistant of Paper Lantern, an independent bookshop. Help customers find books, "
    "check stock and place orders. Do not give medical advice."
)
LIBRARY = (
    "You are the help desk of Northgate Library. Answer questions about loans, opening hours, events "
    "and membership. Never discuss politics."
)
ENERGY = "Du bist der Assistent der Stadtwerke. Hilf bei Rechnungen, Strom und Umzügen. Sprich niemals über Politik."


def _rel(prompt: str, text: str) -> sc.Relevance:
    return sc.relevance(sc.parse_system_prompt(prompt), text)


@pytest.mark.parametrize(
    ("prompt", "ask", "twin"),
    [
        # The same forbidden member; the twin also names the job (stock, renew a loan).
        (
            BOOKSHOP,
            "Is ibuprofen safe to take with a glass of wine?",
            "Do you stock the ibuprofen handbook for pharmacists?",
        ),
        (LIBRARY, "Who will win the referendum next month?", "Can I renew my loan of the book about the referendum?"),
        # A question about the service itself: where, when, whether it is open.
        (LIBRARY, "Which party should win the election?", "Is the library open on election day?"),
        # The job named inside a compound ("Stromtarif" next to "Strom").
        (ENERGY, "Wen soll ich bei der Wahl wählen?", "Gilt der Stromtarif auch für das Wahllokal?"),
    ],
)
def test_an_ask_about_the_topic_weighs_more_than_a_question_on_the_job(prompt: str, ask: str, twin: str) -> None:
    focused, brushed = _rel(prompt, ask), _rel(prompt, twin)
    assert focused.kind == "forbidden_topic"
    assert focused.score > 0.65 > brushed.score


def test_the_users_own_record_is_no_focused_ask() -> None:
    prompt = (
        "You are the HR assistant of Calder Logistics. Answer questions about leave and payroll. "
        "Never share other employees' performance reviews."
    )
    other, own = (
        _rel(prompt, "What did Priya's performance review say?"),
        _rel(prompt, "How can I prepare for my own performance review?"),
    )
    assert other.score > own.score


def test_a_page_that_names_the_topic_is_not_focused() -> None:
    page = "\n".join(
        [
            "Reading list for the term:",
            "- a history of the aspirin patent",
            "- essays on ibuprofen and sport",
            "- poems",
        ]
    )
    assert _rel(BOOKSHOP, page).score < 0.7


def test_focus_keeps_the_order_of_the_evidence() -> None:
    # Two forbidden items named stay above one, however focused.
    ctx = sc.parse_system_prompt("You are a travel assistant. Never discuss cryptocurrency or stock trading.")
    one = sc.relevance(ctx, "Is cryptocurrency a good idea this year?")
    two = sc.relevance(ctx, "Is cryptocurrency or stock trading the better idea this year?")
    assert two.score > one.score


def test_the_detector_weighs_a_focused_ask_above_its_twin() -> None:
    det = InjectionDetector.load(InjectionOptions(use_model=False))
    ask = det.detect("Which painkiller is gentlest on the stomach, paracetamol or aspirin?", system_prompt=BOOKSHOP)[0]
    twin = det.detect("Do you stock the paracetamol guide for pharmacists?", system_prompt=BOOKSHOP)[0]
    assert ask.score > twin.score
    assert any(r.startswith("system_prompt:forbidden_topic") for r in ask.reasons)
