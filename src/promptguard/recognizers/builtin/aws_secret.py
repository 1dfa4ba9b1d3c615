"""AWS_SECRET_ACCESS_KEY: 40 base64 characters, recognised by what is around them.

The secret has no prefix: it is 40 characters of ``[A-Za-z0-9/+]``, a shape shared by
git SHAs' base64 cousins, hashes and random test data. It is reported when it sits near
an access key id (``AKIA…``/``ASIA…`` within ``id_window`` characters, the way
``~/.aws/credentials``, ``.env`` files and CLI output print the pair) or after a keyword
such as ``aws_secret_access_key`` / ``SecretAccessKey`` on the same line. Candidates still
pass the secret filters (documented ``…EXAMPLEKEY`` values, sequences, low entropy).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import re2
from pydantic import BaseModel, ConfigDict, Field

from promptguard.config.schema import RecognizerSpec
from promptguard.findings import Finding
from promptguard.recognizers.base import Recognizer
from promptguard.recognizers.regex import TextBuffer, re2_options, re2_spans
from promptguard.recognizers.registry import recognizer_type
from promptguard.recognizers.secret_values import secret_filter

__all__ = ["AwsSecretOptions", "AwsSecretRecognizer"]

# Candidates: maximal runs of [A-Za-z0-9/+=] that are exactly 40 characters and hold no "=".
_KEYWORD = re.compile(
    r"(?i)aws.{0,20}secret|secret.?access.?key|secretaccesskey|aws.{0,20}(?:private|sak)|"
    r"aws_?secret|secret_?key.{0,3}$"
)

# Something AWS-like: the word, "secret access", or an access key id: AKIA (long-term), ASIA
# (STS), ABIA/ACCA (service) + 16.
# "access key id" (and "AccessKeyId") names the pair's other half: a 40-character candidate near it is
# the secret even on a line of its own ("I only have the secret part: <40 chars>, the access key id is
# in the other email").
_PREFILTER = r"(?i:aws|secret.?access|access.?key.?id)|\b(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}\b"
# The gate the engine tests in its set pass: _PREFILTER without the key id's body, so it matches
# wherever _PREFILTER does (a necessary condition still). The body's count multiplied the DFA
# states of the secrets pack's other entries: measured over 2 KB PII-dense prompts the set had not
# seen, 14% less DFA memory and ~1.7 us per text less; the prefix alone opens the gate on few more
# texts, where analyze stops at its candidate test (a C pass) unless a 40-character run is there.
#
# The names at a word start, after "_" (MY_AWS_...), or glued in camelCase / ALL CAPS (myAwsSecret,
# MYAWSKEY); not inside any lowercase word ("laws", "draws", "flaws" opened it on prose). The
# camelCase / caps branch comes last: the engine passes it with the provider-token set, where a
# name that may start inside a word costs less (see pattern_set._companions).
_GATE = (
    r"(?:(?:\b|_)(?i:aws|secret.?access|access.?key.?id)|\b(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])"
    r"|(?-i:[A-Za-z0-9](?:Aws|AWS|Secret.?Access|SECRET.?ACCESS|Access.?Key.?Id|ACCESS.?KEY.?ID)))"
)


class AwsSecretOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id_window: int = Field(400, ge=0)
    """Characters around an access key id in which a 40-character candidate is the secret."""
    keyword_window: int = Field(80, ge=0)
    score_with_id: float = Field(0.95, ge=0.0, le=1.0)
    score_with_keyword: float = Field(0.9, ge=0.0, le=1.0)
    min_entropy: float = Field(4.0, ge=0.0)


class AwsSecretRecognizer(Recognizer):
    def __init__(self, spec: RecognizerSpec, pack: str | None) -> None:
        self.configure(spec, pack, context=False)
        self.options = AwsSecretOptions.model_validate(spec.options)
        # One DFA pass over the bytes finds the access key ids (and anything AWS-like at all).
        self._prefilter = re2.compile(_PREFILTER.encode(), re2_options())
        # Nothing is reported on a text the prefilter misses: the engine tests a looser form of it
        # (_GATE) in its set pass (see Recognizer.gate) and skips this recognizer there.
        self.gate = _GATE

    def analyze(self, text: str) -> Iterable[Finding]:
        buf = TextBuffer.of(text)  # the scan's shared buffer: encoding and offset tables done once
        data = buf.data
        # Candidates before the prefilter pass: a text that mentions AWS rarely holds a 40-character
        # run that mixes cases and digits (git SHAs and hashes are one-case), and only a candidate
        # needs the key ids that pass finds. Every test here only drops, in the original order, so
        # the findings are those of prefilter-then-runs.
        candidates: list[tuple[int, int, str]] = []
        for a, b in _runs_of_40(data):
            if 40 < b - a <= 60:
                # "\x1b[93m<secret>" or "\\n<secret>": "93m" / "n" end an escape, not part of the key.
                a += _escape_tail(data, a, b)
                if b - a > 40 and data[b - 41] == 0x3D:
                    # "AWS_SECRET_ACCESS_KEY=<secret>" unquoted: the name and "=" run into the key.
                    a = b - 40
            if b - a != 40:
                continue
            run = data[a:b]
            if b"=" in run:
                continue
            if (a > 0 and data[a - 1] in _URLSAFE_EDGE) or data[b : b + 1] in _URLSAFE_EDGES:
                # "_" or "-" on either side: 40 characters of a longer base64url run (a JWT
                # signature, a url-safe token), whose own rule reports the whole of it.
                continue
            # Base64 of 30 random bytes mixes upper, lower and digits; a 40-hex git SHA or a
            # one-case run never does. Tested on the run's bytes (ASCII: the bytes methods decide
            # as the str ones on its text), before its offsets are mapped to characters.
            if run.isupper() or run.islower() or run.isalpha() or run.isdigit():
                continue
            if len(run.translate(None, _DIGIT_BYTES)) == 40:
                continue  # no digit
            start, end = buf.char_offset(a), buf.char_offset(b)
            candidates.append((start, end, text[start:end]))
        if not candidates:
            return []
        hits = re2_spans(self._prefilter, data)
        if not hits:
            return []
        opts = self.options
        # Key ids come out of the same RE2 pass (20-character hits); offsets only compared
        # within a window, so byte offsets are close enough for non-ASCII text too.
        # AWS's documented example id (AKIAIOSFODNN7EXAMPLE) anchors nothing: it sits in READMEs
        # next to unrelated base64.
        # An "access key id" phrase (11-13 bytes, starting with "a") anchors the same way.
        ids = [
            buf.char_offset(a)
            for a, b in hits
            if (b - a == 20 and b"EXAMPLE" not in data[a:b]) or (b - a < 20 and data[a] in b"aA" and b - a > 3)
        ]
        findings: list[Finding] = []
        for start, end, value in candidates:
            near_id = any(abs(i - start) <= opts.id_window for i in ids)
            if not near_id:
                line_start = max(text.rfind("\n", 0, start) + 1, start - opts.keyword_window)
                if not _KEYWORD.search(text[line_start:start].rstrip(" \t\"':=>,")):
                    continue
            verdict = secret_filter(value, kind="secret", name="aws_secret_access_key", min_length=40)
            if not verdict.keep or verdict.entropy < opts.min_entropy:
                continue
            score = opts.score_with_id if near_id else opts.score_with_keyword
            findings.append(self.finding(start, end, score, pattern="near_key_id" if near_id else "keyword"))
        return findings


# Bytes of base64url that standard base64 lacks: a 40-run next to one belongs to a longer token.
_URLSAFE_EDGE = b"_-"
_URLSAFE_EDGES = (b"_", b"-")
_DIGIT_BYTES = b"0123456789"
# The bytes of [A-Za-z0-9/+=] to "a", every other byte (non-ASCII ones included) to " ".
_RUN_CLASS = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+=")
_RUN_TABLE = bytes(0x61 if b in _RUN_CLASS else 0x20 for b in range(256))
_FORTY = b"a" * 40


def _runs_of_40(data: bytes) -> list[tuple[int, int]]:
    """Byte spans of the maximal runs of ``[A-Za-z0-9/+=]`` at least 40 long: what RE2's
    ``[A-Za-z0-9/+=]{40,}`` finds, in about half its time on 2 KB texts. The bytes are mapped to
    two classes in one C pass, then ``bytes.find`` of forty class bytes (it skips ahead by up to
    forty on a mismatch) finds each run's start and of a space its end."""
    classes = data.translate(_RUN_TABLE)
    spans: list[tuple[int, int]] = []
    find = classes.find
    start = find(_FORTY)
    while start >= 0:
        end = find(b" ", start + 40)
        if end < 0:
            end = len(classes)
        spans.append((start, end))
        start = find(_FORTY, end)
    return spans


def _escape_tail(data: bytes, a: int, b: int) -> int:
    """How many bytes at the start of the run ``data[a:b]`` end an escape rather than begin the
    value: ``n`` after a backslash (``\\n``, ``\\r``, ``\\t`` written out in JSON or a log line),
    or the ``33m`` of an ANSI colour escape (``\\x1b[1;33m``); 0 otherwise."""
    c = data[a]
    if c in b"nrt":
        return 1 if a > 0 and data[a - 1] == 0x5C else 0
    j = data.rfind(b"\x1b[", max(0, a - 16), a)
    if j < 0 or any(ch not in b"0123456789;" for ch in data[j + 2 : a]):
        return 0
    k = a
    while k < b and 0x30 <= data[k] <= 0x39:
        k += 1
    return k + 1 - a if k < b and data[k] == 0x6D else 0


@recognizer_type("aws_secret")
def _build(spec: RecognizerSpec, pack: str | None) -> Recognizer:
    return AwsSecretRecognizer(spec, pack)
