"""The ``login_pair_password`` validator of the ``login_pair`` rule in ``secrets.yaml``.

Chat shorthand gives a login as a pair: ``root / Pa55w0rd!``, ``creds: deploy / s3cr3t-Pass``,
``user admin pass hunter22``. Nothing marks the password but its place after the user name, and
the same places hold words ("root / sudo access", "user admin pass through", "root /
Administrator"), so a value counts only when it could not be a word: 6+ characters with a letter
and a digit or a symbol, not a file name, version, time, amount, address or a compound of words
and numbers ("2FA-verification", "COVID-19", "pg16-replica"), and kept by the password filters of an
assignment (placeholders such as ``<password>``, documented defaults such as ``changeme``, code).
Registered when the built-in modules load (the registry imports every module here).
"""

from __future__ import annotations

import re

from promptguard.recognizers.secret_validators import prose_passphrase, prose_password, word_passphrase
from promptguard.recognizers.validators import validator

__all__ = ["login_pair_password", "told_password"]

# "index.html", "app.py", "v1.2.3", "2.0-rc1": names and versions, not passwords.
_FILE_OR_VERSION = re.compile(r"^(?:[\w\-]+\.[a-z]{1,4}|v?\d+(?:\.\d+)+[\w\-.]*)$")
# "root@db01", "deploy@10.0.4.7", "jane.doe@acme.io": a login at a host or an address, written where
# the password would be. A password with "@" mixes case or holds another symbol ("iPK=m.Cue@H7km0",
# "Zephyr@857"), or has only digits after it ("admin@123").
_USER_AT_HOST = re.compile(r"^[a-z0-9._\-]{1,32}@(?:(?=[a-z0-9.\-]*[a-z])[a-z0-9.\-]{1,63}|\d{1,3}(?:\.\d{1,3}){3})$")
# "12:30pm", "3400ms", "10GB": times and amounts.
_TIME_OR_AMOUNT = re.compile(r"^(?:\d{1,2}:\d{2}(?::\d{2})?(?:[ap]m)?|\d+(?:[a-z]{1,3}|%))$", re.IGNORECASE)
# "OAuth2.0", "Python3.11", "Chrome120.0.1": a name with its version.
_NAME_VERSION = re.compile(r"^[A-Za-z][A-Za-z\-]*\d+(?:\.\d+)+$")
# "Firefox128", "Keycloak23": one word and a number, a product named where a password could be.
_NAME_NUMBER = re.compile(r"^[A-Z]?[a-z]+\d+$")
# "bcrypt_v2", "max-retries-3": a lower-case identifier or setting name; "mfa=totp6",
# "host=db1.internal", "expires_in=90d": a setting and its value (a log's key=value field).
_SNAKE_NAME = re.compile(r"^[a-z][a-z0-9]*(?:[_\-][a-z0-9]+)+$|^[a-z_][a-z0-9_.\-]*=")
# One plain part of a compound: a word or acronym, a number, a number with a unit or ordinal
# ("10GB", "3rd", "21c"), a short code ("2FA", "pg16", "Q3").
_PLAIN_PART = re.compile(r"^(?:[A-Za-z]+|\d+|\d+[A-Za-z]{1,3}|[A-Za-z]{1,3}\d+|[A-Za-z0-9]{1,4})$")


def _plain_compound(value: str) -> bool:
    """Words, acronyms and numbers joined by "-" or ".": "2FA-verification", "COVID-19",
    "jammy-22.04", "pg16-replica", "Q3-2025". A password mixes within a part ("s3cr3t-Pass")
    or carries another symbol ("Gr4nite#77")."""
    parts = re.split(r"[-.]", value)
    return len(parts) > 1 and all(_PLAIN_PART.match(p) for p in parts)


@validator("login_pair_password")
def login_pair_password(value: str) -> bool | None:
    if len(value) < 6 or value.isdigit() or not any(c.isalpha() for c in value):
        return False
    if value.isalpha() or _FILE_OR_VERSION.match(value) or _TIME_OR_AMOUNT.match(value):
        return False
    if "@" in value and _USER_AT_HOST.match(value):
        return False
    if _plain_compound(value) and not word_passphrase(value) and not prose_passphrase(value):
        # ("Raven-Walnut-41", "granite-ivory-spruce-cedar" are passphrases: capitalised words of 4+
        # letters and a number, or four lower-case words)
        return False
    # Imported here: the entropy module imports the validators this module's siblings register.
    from promptguard.recognizers.builtin.entropy import password_value

    return password_value(value)


@validator("told_password")
def told_password(value: str) -> bool | None:
    """The ``told_password`` rule's check: a value that only the words around it mark ("log in as
    <user> with", "password (...)", the answer to a question about one), so it must look like a typed
    password to both the prose and the login-pair checks, and be a passphrase of lower-case words
    or hold a lower-case letter and a digit: not a product, module, ticket, compound, file,
    identifier, key=value field or versioned name ("Firefox128", "PAM_unix", "JIRA-1234", "bcrypt_v2",
    "mfa=totp6", "OAuth2.0")."""
    if prose_password(value) is False or login_pair_password(value) is False:
        return False
    if prose_passphrase(value):
        return None
    if not any(c.isdigit() for c in value) or not any(c.islower() for c in value):
        return False
    if _NAME_VERSION.match(value) or _NAME_NUMBER.match(value) or _SNAKE_NAME.match(value):
        return False
    return None
