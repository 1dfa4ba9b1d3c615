"""The ``pin_code`` validator of the ``pin_code`` rule in ``secrets.yaml``.

A 4-6 digit PIN, door, alarm or safe code is only found by the words before it ("my card's PIN is",
"door code for the server room:"); the value itself is any number. What the validator can judge
alone is the placeholder: the codes that documentation, forms and factory defaults show ("PIN:
0000", "alarm code: 1234", "123456") are one digit repeated or a straight run up or down.
Registered when the built-in modules load (the registry imports every module here).
"""

from __future__ import annotations

from promptguard.recognizers.validators import validator

__all__ = ["pin_code"]

_UP = "0123456789"
_DOWN = "9876543210"


@validator("pin_code")
def pin_code(value: str) -> bool | None:
    if not value.isdigit() or len(set(value)) == 1 or value in _UP or value in _DOWN:
        return False
    return None
