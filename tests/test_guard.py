"""The public API: sanitize, scan, restore and Guard."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import promptguard
from promptguard import Action, ConfigError, Guard, InputError, PromptBlocked, Verdict

SAMPLE = "Email jane.doe@acme.io, SSN 536-22-1234, card 4111 1111 1111 1111"


def test_sanitize_pseudonymizes_the_issue_example() -> None:
    r = promptguard.sanitize(SAMPLE)
    assert r.text == "Email <EMAIL_ADDRESS_1>, SSN <US_SSN_1>, card <CREDIT_CARD_1>"
    assert [f.entity_type for f in r.findings] == ["EMAIL_ADDRESS", "US_SSN", "CREDIT_CARD"]
    first = r.findings[0]
    assert (first.start, first.end) == (6, 22)
    assert SAMPLE[first.start : first.end] == "jane.doe@acme.io"
    assert not r.blocked
    assert r.verdict is Verdict.FLAGGED


def test_restore_puts_back_every_occurrence_and_leaves_unknown_placeholders() -> None:
    r = promptguard.sanitize(SAMPLE)
    answer = "Sure <EMAIL_ADDRESS_1>! I will mail <EMAIL_ADDRESS_1> about <CREDIT_CARD_1>. <PERSON_7> stays."
    assert promptguard.restore(answer, r.session) == (
        "Sure jane.doe@acme.io! I will mail jane.doe@acme.io about 4111 1111 1111 1111. <PERSON_7> stays."
    )


def test_same_value_same_placeholder_within_a_session_and_not_across() -> None:
    g = Guard()
    s = g.new_session()
    a = g.sanitize("mail a@acme.io and b@acme.io and a@acme.io", session=s)
    assert a.text == "mail <EMAIL_ADDRESS_1> and <EMAIL_ADDRESS_2> and <EMAIL_ADDRESS_1>"
    b = g.sanitize("again b@acme.io", session=s)
    assert b.text == "again <EMAIL_ADDRESS_2>"
    other = g.sanitize("again b@acme.io")
    assert other.text == "again <EMAIL_ADDRESS_1>"
    assert g.restore("<EMAIL_ADDRESS_1>", other.session) == "b@acme.io"
    assert g.restore("<EMAIL_ADDRESS_2>", other.session) == "<EMAIL_ADDRESS_2>"
    assert g.restore("<EMAIL_ADDRESS_2>", s.id) == "b@acme.io"


def test_scan_returns_text_unchanged() -> None:
    r = promptguard.scan(SAMPLE)
    assert r.text == SAMPLE
    assert r.session is None
    assert {f.entity_type for f in r.findings} == {"EMAIL_ADDRESS", "US_SSN", "CREDIT_CARD"}


def test_clean_text_is_clean() -> None:
    r = promptguard.scan("What is the capital of France?")
    assert r.verdict is Verdict.CLEAN
    assert r.findings == ()


def test_repr_never_shows_raw_values() -> None:
    r = promptguard.sanitize(SAMPLE)
    s = promptguard.scan(SAMPLE, explain=True)
    for obj in (r, s, *r.findings, *s.findings):
        text = repr(obj)
        assert "jane.doe" not in text
        assert "536-22-1234" not in text
        assert "4111" not in text


def test_findings_carry_keyed_hash_not_value() -> None:
    r = promptguard.scan("a@acme.io and a@acme.io")
    hashes = {f.value_hash for f in r.findings}
    assert len(r.findings) == 2 and len(hashes) == 1
    assert all(len(h) == 16 for h in hashes)


def test_explain_names_recognizer_pattern_validator_and_context() -> None:
    r = promptguard.scan("my social security number is 536-22-1234", explain=True)
    (f,) = r.findings
    assert f.explanation is not None
    assert f.explanation.recognizer == "us_ssn"
    assert f.explanation.validator == "us_ssn" and f.explanation.validator_result is True
    assert f.explanation.pattern
    no = promptguard.scan("my social security number is 536-22-1234")
    assert no.findings[0].explanation is None


@pytest.mark.parametrize("bad", [None, 42, 3.5, ["a"], object()])
def test_non_string_input_is_a_clear_error(bad: object) -> None:
    with pytest.raises(InputError, match="text must be str"):
        promptguard.scan(bad)  # type: ignore[arg-type]


def test_invalid_utf8_bytes_is_a_clear_error_and_valid_bytes_work() -> None:
    with pytest.raises(InputError, match="not valid UTF-8"):
        promptguard.scan(b"mail \xff\xfe a@acme.io")  # type: ignore[arg-type]
    assert promptguard.scan(b"mail a@acme.io").findings  # type: ignore[arg-type]


def test_empty_and_invisible_only_text() -> None:
    assert promptguard.sanitize("").text == ""
    assert promptguard.scan("").verdict is Verdict.CLEAN
    invisible = "\u200b\u200c\u200d\u2060\ufeff"
    r = promptguard.sanitize(invisible)
    assert r.verdict is not Verdict.INDETERMINATE


def test_zero_width_characters_do_not_hide_an_email() -> None:
    text = "write to jane\u200b.doe@acme\u200d.io now"
    r = promptguard.sanitize(text)
    assert "acme" not in r.text
    (f,) = [f for f in r.findings if f.entity_type == "EMAIL_ADDRESS"]
    assert text[f.start : f.end] == "jane\u200b.doe@acme\u200d.io"


def test_fullwidth_digits_are_folded() -> None:
    text = "card ４１１１ １１１１ １１１１ １１１１ thanks"
    r = promptguard.scan(text)
    (f,) = r.findings
    assert f.entity_type == "CREDIT_CARD"
    assert text[f.start : f.end] == "４１１１ １１１１ １１１１ １１１１"


def test_direction_and_source_are_validated() -> None:
    with pytest.raises(InputError, match="direction"):
        promptguard.scan("x", direction="sideways")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="source"):
        promptguard.scan("x", source="web")  # type: ignore[arg-type]


def test_response_direction_reports_only_by_default() -> None:
    r = promptguard.sanitize("contact jane@acme.io", direction="response")
    assert r.text == "contact jane@acme.io"
    assert r.findings[0].action is Action.DETECT


def test_block_policy_blocks_and_returns_no_text() -> None:
    g = Guard({"extends": "default", "entities": {"CREDIT_CARD": {"prompt": "block"}}})
    r = g.sanitize(SAMPLE)
    assert r.blocked and r.verdict is Verdict.BLOCKED
    assert r.text == ""
    assert "CREDIT_CARD" in r.reason


def test_prompt_blocked_error_carries_types() -> None:
    err = PromptBlocked("no", ["US_SSN", "CREDIT_CARD", "US_SSN"])
    assert err.entity_types == ("CREDIT_CARD", "US_SSN")


def test_entities_filter_restricts_results() -> None:
    r = promptguard.scan(SAMPLE, entities=["EMAIL_ADDRESS"])
    assert [f.entity_type for f in r.findings] == ["EMAIL_ADDRESS"]


def test_entities_filter_with_a_name_nothing_reports_is_an_error_not_a_clean_scan() -> None:
    # A typo (or a bare string, read letter by letter) used to filter out every finding and
    # answer "clean": failing open on a caller's mistake.
    with pytest.raises(InputError, match="did you mean 'EMAIL_ADDRESS'"):
        promptguard.scan(SAMPLE, entities=["EMAIL_ADRESS"])
    with pytest.raises(InputError, match="not a single string"):
        promptguard.sanitize(SAMPLE, entities="EMAIL_ADDRESS")
    with pytest.raises(InputError, match="'ZIP'"):
        promptguard.default_guard().scan_batch([SAMPLE], entities=["EMAIL_ADDRESS", "ZIP"])
    # Detector entities are real names even when the policy leaves their detector off.
    assert promptguard.scan(SAMPLE, entities=["PERSON", "EMAIL_ADDRESS"]).findings


def test_ten_megabytes_of_text_scans() -> None:
    chunk = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 10
    text = (chunk + "mail a@acme.io\n") * (10_000_000 // (len(chunk) + 15))
    r = promptguard.scan(text, entities=["EMAIL_ADDRESS"])
    assert len(r.findings) == text.count("a@acme.io")


def test_text_over_the_limit_is_refused_clearly() -> None:
    g = Guard({"extends": "default", "limits": {"max_text_chars": 10}})
    with pytest.raises(InputError, match="limit is 10"):
        g.scan("x" * 11)


def test_guard_is_thread_safe_and_sessions_do_not_mix() -> None:
    g = Guard()
    errors: list[BaseException] = []
    results: dict[int, tuple[str, str]] = {}

    def work(i: int) -> None:
        try:
            email = f"user{i}@acme.io"
            r = g.sanitize(f"mail {email} and {email}")
            results[i] = (email, g.restore(r.text, r.session))
        except Exception as exc:  # noqa: BLE001 - any failure in a thread must fail the test
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(32)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for email, restored in results.values():
        assert restored == f"mail {email} and {email}"


def test_failing_recognizer_makes_the_result_indeterminate() -> None:
    from promptguard.recognizers.base import Recognizer

    class Broken(Recognizer):
        id = "broken"
        entities = ("X",)

        def analyze(self, text: str):  # type: ignore[no-untyped-def]
            raise RuntimeError("boom " + text)

    g = Guard(recognizers=[Broken()])
    r = g.scan("jane@acme.io")
    assert r.verdict is Verdict.INDETERMINATE
    assert r.errors and "broken" in r.errors[0]
    assert "jane" not in " ".join(r.errors)


def test_static_recognizer_plugin_and_presidio_recognizer_plugin() -> None:
    from presidio_analyzer import Pattern, PatternRecognizer

    from promptguard.recognizers.base import StaticRecognizer

    presidio = PatternRecognizer(supported_entity="EMPLOYEE_ID", patterns=[Pattern("emp", r"\bEMP-\d{6}\b", 0.9)])
    g = Guard(recognizers=[StaticRecognizer("PERSON", ["Jane Doe"]), presidio])
    r = g.sanitize("Jane Doe has badge EMP-123456")
    assert r.text == "<PERSON_1> has badge <EMPLOYEE_ID_1>"
    assert {f.recognizer for f in r.findings} == {"static", "presidio.PatternRecognizer"}
    g2 = Guard().add_recognizer(presidio)
    assert g2.scan("EMP-654321").findings[0].entity_type == "EMPLOYEE_ID"


def test_finding_round_trips_through_presidio_result() -> None:
    from promptguard import Finding

    f = promptguard.scan("mail jane@acme.io").findings[0]
    pr = f.to_presidio()
    assert (pr.entity_type, pr.start, pr.end, pr.score) == ("EMAIL_ADDRESS", f.start, f.end, f.score)
    back = Finding.from_presidio(pr)
    assert (back.entity_type, back.start, back.end) == (f.entity_type, f.start, f.end)
    assert back.recognizer == f.recognizer


def test_importing_promptguard_is_cheap_and_side_effect_free() -> None:
    import subprocess
    import sys

    heavy = "('spacy', 'presidio_analyzer', 'yaml', 're2')"
    code = f"import sys, promptguard; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_an_empty_vault_given_to_the_guard_is_the_one_it_uses() -> None:
    # InMemoryVault has __len__, so an empty one is falsy: ``vault or InMemoryVault()``
    # silently replaced it, and add_recognizer() on a fresh guard split its sessions
    # over two vaults (placeholders made by one could not be restored by the other).
    from promptguard.anonymize.vault import InMemoryVault
    from promptguard.recognizers.base import StaticRecognizer

    vault = InMemoryVault(ttl_seconds=60)
    guard = Guard(vault=vault)
    assert guard.vault is vault
    other = guard.add_recognizer(StaticRecognizer("TICKET", ["T-1"]))
    assert other.vault is vault
    session = guard.new_session()
    text = other.sanitize("mail jane@acme.io", session=session).text
    assert text == "mail <EMAIL_ADDRESS_1>"
    assert guard.restore(text, session.id) == "mail jane@acme.io"


@pytest.mark.parametrize("name", ["strict", Path("my-policy.yaml")])
def test_guard_given_a_profile_name_points_at_from_config(name: str | Path) -> None:
    with pytest.raises(ConfigError, match=r"Guard\.from_config\("):
        promptguard.Guard(name)  # type: ignore[arg-type]
