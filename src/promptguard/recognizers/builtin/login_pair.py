"""The ``login_pair_password`` validator of the ``login_pair`` rule in ``secrets.yaml``.

Chat shorthand gives a login as a pair: ``root / Pa55w0rd!``, ``creds: deploy / s3cr3t-Pass``,
``user admin pass hunter22``. Nothing marks the password but its place after the user name, and
the same places hold words ("root / sudo access", "user admin pass through", "root /
Administrator"), so a value counts only when it could not be a word: 6+ characters with a letter
and a digit or a symbol, not a file name or version, and kept by the password filters of an
assignment (placeholders such as ``<password>``, documented defaults such as ``changeme``, code).
Registered when the built-in modules load (the registry imports every module here).
"""

from __future__ import annotations

import re

from promptguard.recognizers.validators import validator

__all__ = ["login_pair_password"]

# "index.html", "app.py", "v1.2.3", "2.0-rc1": names and versions, not passwords.
_FILE_OR_VERSION = re.compile(r"^(?:[\w\-]+\.[a-z]{1,4}|v?\d+(?:\.\d+)+[\w\-.]*)$")


@validator("login_pair_password")
def login_pair_password(value: str) -> bool | None:
    if len(value) < 6 or value.isdigit() or not any(c.isalpha() for c in value):
        return False
    if value.isalpha() or _FILE_OR_VERSION.match(value):
        return False
    # Imported here: the entropy module imports the validators this module's siblings register.
    from promptguard.recognizers.builtin.entropy import password_value

    return password_value(value)
