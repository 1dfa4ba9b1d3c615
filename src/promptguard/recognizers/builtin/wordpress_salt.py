"""The ``wordpress_salt`` validator of the ``wordpress_salt`` rule in ``secrets.yaml``.

wp-config.php's eight keys and salts (``AUTH_KEY`` ... ``NONCE_SALT``) are 64 characters drawn by
``wp_generate_password(64, true, true)`` from letters, digits and ``!@#$%^&*()-_ []{}<>~`+=,.;:/?|``:
spaces, ``->``, ``$`` and ``;`` that the code-reference filters of the generic secret check read as
code. A generated salt uses dozens of distinct characters; the shipped placeholder ("put your unique
phrase here") and hand-typed phrases use few, and are words separated by spaces.
Registered when the built-in modules load (the registry imports every module here).
"""

from __future__ import annotations

import re

from promptguard.recognizers.validators import validator

__all__ = ["wordpress_salt"]

# "put your unique phrase here", "change me to something random": words and spaces only.
_PHRASE = re.compile(r"^[A-Za-z' ]+$")
# A 64-character draw from ~92 symbols repeats few of them (~46 distinct on average); 20 keeps any
# real salt of 32+ characters and drops "aaaaaaaa..." and short typed phrases.
_MIN_DISTINCT = 20


@validator("wordpress_salt")
def wordpress_salt(value: str) -> bool | None:
    if _PHRASE.match(value) or len(set(value)) < _MIN_DISTINCT:
        return False
    return None
