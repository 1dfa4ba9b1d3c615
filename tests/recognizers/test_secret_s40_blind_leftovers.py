"""Leftovers of the held-out set blind43s (session 39), fixed as kinds in session 40: an S3 object's
key read as a secret under its name "Key", and a password told as what one types at its prompt.
Values are made up for these tests."""

from __future__ import annotations

import pytest
from secret_scan import found as _found


@pytest.mark.parametrize(
    "text",
    [
        # aws s3api list-object-versions / list-objects-v2 output: "Key" names the object
        '{ "ETag": "\\"e59764adf660219ec83b38f03ae39042\\"", "Size": 4096, "Key": "exports/_SUCCESS",\n'
        '  "VersionId": "uICqQEHP7ICOWHhT8GT5eXF_FQ8eeKqJ", "IsLatest": true }',
        '{"Contents": [{"Key": "raw/Events_2024-06", "LastModified": "2024-06-02T10:00:00Z",\n'
        '  "StorageClass": "STANDARD"}]}',
        "aws s3api put-object --bucket acme-exports --key exports/_SUCCESS --body empty.txt",
    ],
)
def test_an_s3_objects_key_is_not_a_secret(text: str) -> None:
    assert not [v for e, v in _found(text) if e in ("GENERIC_SECRET", "PASSWORD")], _found(text)


def test_a_key_named_key_without_s3_fields_is_still_judged() -> None:
    text = '{"Key": "Xk9#mQ2vLp7_Zr84tW", "Region": "eu-west-1"}'
    assert ("GENERIC_SECRET", "Xk9#mQ2vLp7_Zr84tW") in _found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "SSH mit `ssh deploy@10.20.4.17` fragt nach dem Passwort, ich gebe marble0pumice=uD ein "
            "(hat letzte Woche noch funktioniert) und bekomme Permission denied.",
            "marble0pumice=uD",
        ),
        ("The sudo password prompt shows up and I type Tq7!harbor-Lime, still rejected.", "Tq7!harbor-Lime"),
        ("Le mot de passe est demandé, je tape Vx4$kelp9Moor et rien ne se passe.", "Vx4$kelp9Moor"),
    ],
)
def test_a_password_typed_at_its_prompt_is_found(text: str, value: str) -> None:
    assert ("PASSWORD", value) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The password prompt appears, I type it again and nothing happens.",
        "Beim Passwort-Dialog gebe ich einfach mein Passwort ein und es klappt.",
        "<input type=password name=password minlength=12 required>",
        "password mfa=totp6 step=2",
    ],
)
def test_words_and_settings_at_a_password_prompt_are_not_passwords(text: str) -> None:
    assert not [v for e, v in _found(text) if e == "PASSWORD"], _found(text)


def test_kotlin_pairs_under_secret_names_are_found() -> None:
    # blind41s: a Plaid client configured with Kotlin's "key" to "value" pairs
    text = (
        "val client = PlaidApi(ApiClient(mapOf(\n"
        '    "clientId" to "d28d466c594effe888414c76",\n'
        '    "secret" to "a4f09c2be7d1358f6e0b9d27c4a1e8",\n'
        '    "plaidVersion" to "2020-09-14"\n'
        ")))"
    )
    found = _found(text)
    assert ("GENERIC_SECRET", "a4f09c2be7d1358f6e0b9d27c4a1e8") in found
    assert not [v for _, v in found if v in ("d28d466c594effe888414c76", "2020-09-14")]
