"""Credential values a prompt names are masked before the classifier reads it.

People paste passwords and keys into prompts all day ("is it safe to keep this in my .env?
the admin password is @$1ThW*pJ*&WDme"): that traffic is what the secrets pack is for. A
random, symbol-laden value at the end of a text is also what an optimised adversarial suffix
looks like, so the suffix head and the character LM read such prompts as attacks (the own
``operator_help`` probes: 46 of 248 flagged, 0.72-0.78, every one of them by the model alone).

:func:`mask_credential_values` replaces the value right after a credential word ("password
is", "pass", "Password=", "token:") with ``0`` for the suffix head when that value ends the
text, as links and long ids are masked for the character LM. One token only: a suffix put
after "password is" keeps all but its first token in view, and a word ("password is
incorrect") is no value.
"""

from __future__ import annotations

import re

__all__ = ["mask_credential_values"]

_CUES = ("pass", "pw", "pin", "token", "secret", "key", "kennwort", "contrase", "senha", "mot de passe", "parol")
_VALUE_RE = re.compile(
    r"(?i)\b(?:pass(?:word|wd|wort|phrase|code)?|pwd|pw|pin|kennwort|contrase(?:ñ|n)a|senha|mot de passe|"
    r"parol[ae]?|token|secret|api[_ -]?key|apikey|access[_ -]?key|private[_ -]?key|client[_ -]?secret)"
    r"(?:[\"'`]?[ \t]*(?:[:=]|->|\bis\b|\bwas\b|\bist\b|\best\b|\bes\b|\bé\b)?[ \t]*[\"'`]?)"
    r"([^\s\"'`]{6,128})"
)

# "user / password" pairs: "smtp login: alerts@acme.example / gcb5t61vYygM!", "Basic auth: ops / ..."
_PAIR_RE = re.compile(
    r"(?i)\b(?:log(?:in|on)|user(?:name)?|auth|creds?|credentials|account)\b"
    r"[^\n]{0,60}?[ \t]/[ \t]*([^\s\"'`/]{6,128})$"
)
_PAIR_CUES = ("log", "user", "auth", "cred", "account")


def mask_credential_values(text: str) -> str:
    """``text`` with the value after a credential word replaced by ``0`` when that value is how
    the text ends (closing quotes, brackets and punctuation aside); else ``text`` as it is.

    Only the end: the suffix head compares the cost of a text's last characters with the cost
    of what comes before, so masking a value in the middle makes an ordinary ending look
    dearer (measured: four operator prompts with a password mid-text went 0.37-0.64 -> 0.69-0.82)."""
    end = len(text.rstrip(" \t\r\n.,;:!?)]}>\"'`"))
    body = text[max(0, end - 200) : end]
    low = body.lower()
    pair = " /" in body and any(c in low for c in _PAIR_CUES)
    if not pair and not any(c in low for c in _CUES):
        return text
    last = None
    for m in _VALUE_RE.finditer(body):
        last = m
    if last is None or last.end(1) != len(body):
        last = _PAIR_RE.search(body) if pair else None
    if last is None or last.end(1) != len(body) or last.group(1).isalpha():
        return text
    cut = max(0, end - 200) + last.start(1)
    return text[:cut] + "0" + text[end:]
