"""Operators: redact, mask, hash, encrypt, pseudonymize, custom (incl. Presidio operators)."""

from __future__ import annotations

import base64

import pytest

from promptguard import ConfigError, Guard
from promptguard.anonymize.keys import Keys
from promptguard.anonymize.operators import register_operator

TEXT = "card 4111 1111 1111 1111 and mail jane@acme.io"


def guard_with(action: object, **extra: object) -> Guard:
    return Guard({"extends": "default", "defaults": {"prompt": action}, **extra}, keys=Keys(b"k" * 32, b"e" * 32))


def test_redact() -> None:
    assert guard_with("redact").sanitize(TEXT).text == "card <CREDIT_CARD> and mail <EMAIL_ADDRESS>"


def test_redact_template() -> None:
    g = guard_with({"action": "redact", "template": "[{entity} removed]"})
    assert g.sanitize("mail jane@acme.io").text == "mail [EMAIL_ADDRESS removed]"


def test_mask_keeps_last_digits_and_separators() -> None:
    g = guard_with({"action": "mask", "char": "#", "keep_last": 4})
    assert g.sanitize("card 4111 1111 1111 1111").text == "card #### #### #### 1111"


def test_hash_is_keyed_and_stable() -> None:
    g = guard_with({"action": "hash", "length": 12})
    a = g.sanitize("mail jane@acme.io").text
    b = g.sanitize("mail jane@acme.io").text
    assert a == b and a.startswith("mail <EMAIL_ADDRESS:") and "jane" not in a
    other = Guard({"extends": "default", "defaults": {"prompt": {"action": "hash"}}}, keys=Keys(b"x" * 32))
    assert other.sanitize("mail jane@acme.io").text != a


def test_encrypt_round_trips_through_restore() -> None:
    g = guard_with("encrypt")
    r = g.sanitize(TEXT)
    assert "4111" not in r.text and ":enc:" in r.text
    assert g.restore(r.text, r.session) == TEXT


def test_encrypt_tokens_restore_only_in_their_scope() -> None:
    # The service gives each tenant's sessions the tenant as scope: a token made in one scope
    # is left as it is by a restore in another, with the same key; unscoped sessions (the
    # library's default) restore unscoped tokens as before.
    from promptguard.anonymize.vault import Session

    g = guard_with("encrypt")
    mine = Session(g.vault, "alpha:s1", scope="alpha")
    r = g.sanitize(TEXT, session=mine)
    assert g.restore(r.text, Session(g.vault, "alpha:s2", scope="alpha")) == TEXT
    assert g.restore(r.text, Session(g.vault, "beta:s1", scope="beta")) == r.text
    assert g.restore(r.text, Session(g.vault, "plain")) == r.text
    plain = g.sanitize(TEXT)
    assert g.restore(plain.text, Session(g.vault, "other")) == TEXT
    assert g.restore(plain.text, Session(g.vault, "alpha:x", scope="alpha")) == plain.text


def test_encrypt_without_key_is_a_config_error() -> None:
    g = Guard({"extends": "default", "defaults": {"prompt": "encrypt"}}, keys=Keys(b"k" * 32, None))
    with pytest.raises(ConfigError, match="encrypt"):
        g.sanitize("mail jane@acme.io")


def test_unknown_action_names_the_choices() -> None:
    with pytest.raises(ConfigError, match="unknown action 'obliterate'"):
        Guard({"extends": "default", "defaults": {"prompt": "obliterate"}})


def test_custom_callable_operator() -> None:
    register_operator("initials", lambda value, entity, params: value[: params.get("n", 1)] + "…")
    g = guard_with({"action": "custom", "operator": "initials", "params": {"n": 2}})
    assert g.sanitize("mail jane@acme.io").text == "mail ja…"


def test_presidio_operator_plugs_in() -> None:
    from presidio_anonymizer.operators import Replace

    register_operator("presidio_replace", Replace)
    g = guard_with({"action": "custom", "operator": "presidio_replace", "params": {"new_value": "[gone]"}})
    assert g.sanitize("mail jane@acme.io").text == "mail [gone]"


def test_keys_parse_hex_base64_and_passphrase() -> None:
    from promptguard.anonymize.keys import parse_key

    assert parse_key("00" * 32, name="K") == bytes(32)
    assert parse_key(base64.urlsafe_b64encode(b"a" * 16).decode(), name="K") == b"a" * 16
    assert len(parse_key("a long passphrase here", name="K")) == 32
    with pytest.raises(ConfigError, match="too short"):
        parse_key("short", name="K")
    assert "k" not in repr(Keys(b"k" * 32))


def test_plugin_entity_names_get_placeholders_that_restore() -> None:
    # Packs and policies allow only UPPER_SNAKE_CASE names, but a plugin may report
    # "zip-code" or "Person"; "<zip-code_1>" would never be restored (the value lost).
    from presidio_analyzer import Pattern, PatternRecognizer

    from promptguard.recognizers.base import StaticRecognizer

    zip_code = PatternRecognizer(supported_entity="zip-code", patterns=[Pattern("zip", r"\b\d{5}\b", 0.9)])
    text = "Jane Doe lives at 94110, Jane Doe"
    for action in ("pseudonymize", "encrypt"):
        g = Guard(
            {"extends": "default", "defaults": {"prompt": action}},
            recognizers=[StaticRecognizer("Person", ["Jane Doe"]), zip_code],
            keys=Keys(b"k" * 32, b"e" * 32),
        )
        r = g.sanitize(text)
        assert "Jane" not in r.text and "94110" not in r.text
        assert {f.entity_type for f in r.findings} == {"Person", "zip-code"}  # findings keep their names
        assert g.restore(r.text, r.session) == text, action
    assert r.text.startswith("<PERSON:enc:")


def test_placeholder_tag_folds_only_names_restore_cannot_read() -> None:
    from promptguard.anonymize.operators import placeholder_tag
    from promptguard.anonymize.vault import PLACEHOLDER_RE

    assert placeholder_tag("EMAIL_ADDRESS") == "EMAIL_ADDRESS"
    assert placeholder_tag("zip-code") == "ZIP_CODE"
    assert placeholder_tag("Person name") == "PERSON_NAME"
    assert placeholder_tag("3d key") == "ENTITY_3D_KEY"
    assert placeholder_tag("---") == "ENTITY"
    for name in ("zip-code", "Ünïcode", "3d key", "a.b.c", "X_2"):
        assert PLACEHOLDER_RE.fullmatch(f"<{placeholder_tag(name)}_12>")


def test_encrypt_template_must_keep_the_restorable_token() -> None:
    # Restore reads only "<ENTITY:enc:TOKEN>": a template without that form would make the
    # value impossible to put back, so it is refused when the policy loads.
    with pytest.raises(ConfigError, match="encrypt template"):
        guard_with({"action": "encrypt", "template": "[{entity}|{token}]"})
    g = guard_with({"action": "encrypt", "template": "[sealed] <{entity}:enc:{token}>"})
    r = g.sanitize("mail jane@acme.io")
    assert r.text.startswith("mail [sealed] <EMAIL_ADDRESS:enc:")
    assert g.restore(r.text, r.session) == "mail [sealed] jane@acme.io"
