"""PRIVATE_KEY: a whole PEM / OpenSSH / PGP / PuTTY private key block is one finding.

A regex per line would report the ``BEGIN`` line and leave the key material behind. This
recognizer finds the ``-----BEGIN … PRIVATE KEY…-----`` armour, then the matching
``-----END …-----`` (also across ``\\n`` escapes inside JSON or code strings) and reports the
span from one to the other. A block cut short (a truncated paste) runs to the last line
that still looks like key material; a lone ``END`` line takes the key lines above it.
Public keys and certificates (``BEGIN PUBLIC KEY``, ``BEGIN CERTIFICATE``) are not secrets
and are never reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field

from promptguard.config.schema import RecognizerSpec
from promptguard.findings import Finding
from promptguard.recognizers.base import Recognizer
from promptguard.recognizers.regex import compile_regex
from promptguard.recognizers.registry import recognizer_type

__all__ = ["PrivateKeyBlockRecognizer", "PrivateKeyOptions"]

# RFC 7468 armour; OpenSSH, PGP ("PRIVATE KEY BLOCK") and vendor variants ("ENCRYPTED",
# "EC", "DSA", "OPENSSH LOW ENTROPY") only differ in the words before PRIVATE KEY.
_BEGIN = r"-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----"
_END = re.compile(r"-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----")
_ANY = r"-----(?:BEGIN|END)[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----"
# One line of key material as it appears in files, JSON strings or string concatenations:
# base64 plus PEM headers ("Proc-Type: 4,ENCRYPTED"), quotes, escapes and "+" joins.
_BODY_LINE = re.compile(r"^[\s\"'`+*#/]*[A-Za-z0-9+/=:,\-. \\\"'`;]{8,}$")
_B64_RUN = re.compile(r"[A-Za-z0-9+/]{16,}")
# What leads a body line in code or comments: spaces, quotes, "#", "*", and a "+" join or "//"
# comment only before a space or quote, since "+" and "/" also start base64 ("/IUF8Q...").
_LEAD = re.compile(r"(?:[ \t\"'`#*]+|[+/]+(?=[ \t\"'`]))*")


class PrivateKeyOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    max_block_chars: int = Field(20_000, ge=100)
    """An RSA-8192 PEM is about 6.5 KB; 20 KB bounds the END search."""
    score: float = Field(1.0, ge=0.0, le=1.0)


class PrivateKeyBlockRecognizer(Recognizer):
    def __init__(self, spec: RecognizerSpec, pack: str | None) -> None:
        self.configure(spec, pack, context=False)
        self.options = PrivateKeyOptions.model_validate(spec.options)
        self._armour = compile_regex(_ANY)
        # The engine tests this in its set pass (see Recognizer.gate): analyze stops at once
        # without it, and "in" on a 2 KB non-ASCII str costs ~1 us.
        self.gate = "PRIVATE KEY"

    def analyze(self, text: str) -> Iterable[Finding]:
        if "PRIVATE KEY" not in text:
            return []
        findings: list[Finding] = []
        covered = -1
        for start, end in self._armour.spans(text):
            if start < covered:
                continue
            if text.startswith("-----BEGIN", start):
                block_end, how = self._block_end(text, end)
                block_start = start
            else:  # a lone END: the key lines above it
                block_start, how = self._block_start(text, start), "end_only"
                block_end = end
            covered = block_end
            findings.append(self.finding(block_start, block_end, self.options.score, pattern=how))
        return findings

    def _block_end(self, text: str, header_end: int) -> tuple[int, str]:
        window = text[header_end : header_end + self.options.max_block_chars]
        match = _END.search(window)
        nxt = window.find("-----BEGIN")
        if match is not None and (nxt < 0 or match.start() < nxt):
            return header_end + match.end(), "begin_end"
        # Truncated: consume the following lines that look like key material.
        pos = header_end
        rest = window if nxt < 0 else window[:nxt]
        first, sep, tail = rest.partition("\n")
        if _B64_RUN.search(first):  # material on the header line itself (JSON "\n" escapes)
            pos = header_end + len(first.rstrip("\"'`,; \r"))
        offset = header_end + len(first) + len(sep)
        for line in tail.split("\n"):
            if not line.strip() or not _BODY_LINE.match(line) or not _B64_RUN.search(line):
                break
            pos = offset + len(_material_end(line))
            offset += len(line) + 1
        return pos, "begin_truncated"

    @staticmethod
    def _block_start(text: str, end_start: int) -> int:
        pos = end_start
        lines = text[:end_start].split("\n")
        # The END marker's own line may start with key material ("...Xk8=\n-----END").
        offset = end_start - len(lines[-1])
        if _B64_RUN.search(lines[-1]):
            pos = offset + _lead_len(lines[-1])
        for line in reversed(lines[:-1][-200:]):
            offset -= len(line) + 1
            if not line.strip() or not _BODY_LINE.match(line) or not _B64_RUN.search(line):
                break
            pos = offset + _lead_len(line)
        return pos


@recognizer_type("private_key_block")
def _build(spec: RecognizerSpec, pack: str | None) -> Recognizer:
    return PrivateKeyBlockRecognizer(spec, pack)


def _lead_len(line: str) -> int:
    match = _LEAD.match(line)  # always matches (possibly empty)
    return match.end() if match is not None else 0


def _material_end(line: str) -> str:
    """A body line without what closes it in code: quotes, commas, a ``+`` that concatenates
    (``"...Xk" +``). A ``+`` right after base64 characters is key material ("...pV/+")."""
    stripped = line.rstrip(" \r")
    if stripped.endswith("+") and stripped[:-1].rstrip().endswith(('"', "'", "`")):
        stripped = stripped[:-1]
    return stripped.rstrip("\"'`,; \r")
