"""Credential values in a prompt, as the classifier reads them: masked at the end of a text,
and named as a cue when the text hands one over.

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

:func:`credential_given` says whether a text *gives* a credential (a value after its label, a
command line's password flag, a URL's password): the model's ``intent:cred_given`` cue.
"""

from __future__ import annotations

import functools
import re

import re2

from promptguard.recognizers.regex import re2_options

__all__ = ["credential_given", "mask_credential_values"]

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


# ------------------------------------------------------------------ a credential handed over
# Labels of a credential in the languages of the pack, lower case (the text is lowered).
_GIVEN_LABELS = (
    r"pass(?:word|wd|wort|phrase|code)?|pwd|kennwort|contrase(?:ñ|n)a|clave|senha|mot de passe|"
    r"wachtwoord|has(?:ł|l)o|heslo|lösenord|salasana|şifre|sifre|parol[ae]?|пароль|口令|密码|密碼|"
    r"パスワード|비밀번호|암호|mật khẩu|kata sandi|token|secret|api[_ -]?key|apikey|access[_ -]?key"
)
# RE2 finds the labels (~6 us per 2 KB, where an alternation of literals in ``re`` walked every
# position for ~40-60 us); the tail after each is parsed with ``re`` (lazy parts, few labels).
_GIVEN_LABEL_RE = re2.compile(_GIVEN_LABELS, re2_options())
# What follows a label, matched anchored at each label's end (see credential_given): a short
# joint ("=", ": ", " is ", "は", "是", "(", a table's "|" ...; no line break), then the value.
_GIVEN_TAIL = (
    r"[\w.\-]{0,24}?[\"'`]?(?:[^\S\n]+[^\s:=：]{1,20}){0,3}?[^\S\n]{0,3}"
    r"(?:[:=：]|->|\bis\b|\bist\b|\best\b|\bes\b|\bè\b|\bé\b|\bto\b|\bje\b|\bär\b|\ber\b|\bjest\b|は|是|为|為|\(|\|)"
    r"[^\S\n]{0,3}[\"'`(]?([^\s\"'`<>(){}\[\],;\u0080-\uffff]{6,128})"
)
# A command line's password or key flag and its value ("-p'...'", "-P ...", "--password=...",
# "-storepass ...", "-passin pass:...", "user%pass" for smbclient is the URL shape below).
_FLAG_RE = re2.compile(
    r"(?:^|\s)(?:-p|-w|-a|--password|--pass|--token|-storepass|-keypass|-pass(?:in|out)|/p:)"
    r"(?:[ =]|\b)[\"']?(?:pass:)?([^\s\"'`]{6,128})",
    re2_options(),
)
# Credentials inside a URL or a connection string: "scheme://user:pass@", "Password=...;".
_URL_RE = re.compile(r"://[^\s/:@]{1,64}:([^\s/@]{4,128})@")


@functools.cache
def _given_tail() -> re.Pattern[str]:
    """:data:`_GIVEN_TAIL` compiled, for the first text with a credential label (~2.5 ms of CPU,
    which every cold start paid at import)."""
    return re.compile(_GIVEN_TAIL)


_MAX_LABELS = 32
"""Labels tried per text: a prompt handing over a credential names it within its first few."""

# Words of encodings and hashes that look like values ("write the password in base64").
_NOT_VALUES = frozenset(
    {"base64", "base32", "sha256", "sha512", "sha-256", "sha-512", "sha1", "md5sum", "rot-13", "x-api-key"}
)


def _value_like(value: str) -> bool:
    """A credential value, not a word, a placeholder or a variable."""
    value = value.rstrip(".,:;!?")
    if len(value) < 6 or value in _NOT_VALUES:
        return False
    if value[0] in "$%<{*x" and (value[0] != "x" or set(value) <= {"x", "X"}):
        return False  # $VAR, %VAR%, <token>, {{ secret }}, ****, xxxx
    digits = any(c.isdigit() for c in value)
    letters = any(c.isalpha() for c in value)
    symbols = any(not c.isalnum() and c not in "-_." for c in value)
    dashed = value.count("-") >= 2 and letters  # a passphrase of words
    return (letters and (digits or symbols)) or dashed


def credential_given(lowered: str) -> bool:
    """Whether the (lower-cased) text hands over a credential value: a password, token or key
    after its label, a command line's password flag and its value, or the password of a URL.

    A prompt that *gives* a password (a developer's failing command, a handover note) is not
    asking for one; the model reads this as the cue ``intent:cred_given`` (model 1.13.0+) and
    its training data holds both sides: such prompts as they are, and the same prompts with an
    order to the AI in them (``data/make_devcred_data.py``)."""
    if "://" in lowered:
        for m in _URL_RE.finditer(lowered):
            if _value_like(m.group(1)):
                return True
    if " -" in lowered or "/p:" in lowered:
        for m in _FLAG_RE.finditer(lowered):
            if _value_like(m.group(1)):
                return True
    # The labels are found first and the rest is matched at each one, at most _MAX_LABELS of
    # them: one regex searched from every position cost 20-35 ms on 6 KB of repeated labels
    # ("密码密码...", "password password ..."), where each start retried every split of the
    # name suffix and the words before the joint. Bounded so, the check costs microseconds.
    tail = None
    for n, label in enumerate(_GIVEN_LABEL_RE.finditer(lowered)):
        if n == _MAX_LABELS:
            break
        if tail is None:
            tail = _given_tail().match
        after = tail(lowered, label.end())
        if after is not None and _value_like(after.group(1)):
            return True
    return False
