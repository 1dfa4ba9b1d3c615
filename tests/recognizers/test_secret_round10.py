"""Blind secrets round 10 (session 13): a value form the round found too eager. Values are made up
for these tests."""

from __future__ import annotations

from promptguard import Guard

# A Jenkins hudson.util.Secret as credentials.xml and job config.xml store it: format version 1
# ("AQAAAB" = 0x01 and the IV length), then IV and ciphertext, base64 in braces.
JENKINS_SECRET = "{AQAAABAAAAAQ60+PCuYdKHoBzUweoQfvN0FBq9QWn9wxIcWdfJeEIMc=}"


def test_jenkins_encrypted_secret_is_ciphertext_not_a_password() -> None:
    guard = Guard.from_config("secrets-only")
    for text in (
        f"<password>{JENKINS_SECRET}</password>",
        f"<secret>{JENKINS_SECRET}</secret>",
        f'<hudson.util.Secret password="x">\n  <apiToken>{JENKINS_SECRET}</apiToken>',
    ):
        assert not [f for f in guard.scan(text).findings if f.pack == "secrets"], text


def test_a_plain_jenkins_password_is_still_reported() -> None:
    guard = Guard.from_config("secrets-only")
    text = "<username>deployer</username>\n<password>Tz4!pWq8Ln</password>"
    spans = [text[f.start : f.end] for f in guard.scan(text).findings if f.pack == "secrets"]
    assert "Tz4!pWq8Ln" in spans
