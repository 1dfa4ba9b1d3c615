"""Unquoted .env-style values hold brackets (Django's key alphabet has them): the value runs to the
next space, so no part of the key is left in the text, without swallowing a template glued to it
or turning code into a value."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import pytest

from promptguard import Guard

KEY = "to6!wm-xi7^z*k9$q1v@p8)x#e2r(w"


@cache
def _guard() -> Guard:
    return Guard.from_config("secrets-only")


@pytest.mark.parametrize(
    "line",
    [
        f"SECRET_KEY={KEY}",
        f"export DJANGO_SECRET_KEY={KEY}",
        f"ENV SECRET_KEY={KEY}",
        f"    - SECRET_KEY={KEY}",
        f"secret_key={KEY}",
    ],
)
def test_a_bracketed_key_is_replaced_whole(line: str, uncovered: Callable[[str, str], str]) -> None:
    text = "DEBUG=False\n" + line + "\nALLOWED_HOSTS=api.acme.io"
    assert uncovered(text, KEY) == ""
    last_line = text.index("ALLOWED_HOSTS")
    assert all(f.end <= last_line for f in _guard().scan(text).findings)  # the next line is left alone


@pytest.mark.parametrize("suffix", ["${ENV_SUFFIX}", "{{x}}"])
def test_a_template_glued_to_a_key_does_not_hide_the_key(suffix: str, uncovered: Callable[[str, str], str]) -> None:
    key = "Xk9mQ2vL8pR4tZ7wN1yB6cD3fG5hJ0aS"
    assert uncovered(f"API_TOKEN={key}{suffix}", key) == ""


@pytest.mark.parametrize(
    "line",
    ["SECRET_KEY=get_random_secret_key()", "token=get_token()", "SECRET_KEY=$(openssl rand -base64 32)"],
)
def test_code_and_templates_are_not_values(line: str) -> None:
    assert _guard().scan(line).findings == ()
