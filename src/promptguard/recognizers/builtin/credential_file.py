"""PASSWORD: the lines of a plain-text credential file pasted under its name.

Three daemons read passwords from a file of bare lines, with no name on the line to say what the
value is; a prompt names the file, then pastes it::

    /etc/rsyncd.secrets:            # rsyncd.conf(5) "secrets file": user:password per line
    backup:l3RS-blV*2tdbQ
    mirror:4jzaeuSO8FXmRb

    # pgbouncer userlist.txt        # auth_file: "user" "password" per line
    "app" "p=NGbZi5ZdIuNZ3L"

    auth.txt (auth-user-pass):      # openvpn(8) --auth-user-pass: user on line 1, password on line 2
    vpn.jkowalski
    Juniper.2026#

    $ cat /etc/openvpn/auth.txt     # the same file named by its place: a login file under openvpn/

So a value counts only in the block of lines right after a line naming the file (up to two blank
lines or a code fence between). rsyncd and pgbouncer lines each hold their user and password; a
pgbouncer value that is a hash (``md5`` + 32 hex, ``SCRAM-SHA-256$...``) is left alone, as is any
value the assignment password filters drop (placeholders, ``changeme``, masks). For OpenVPN the
block must be exactly two one-token lines ending at a blank line or the text's end, and the second
is judged like a login pair's password (``login_pair_password``: not a word, a version or a
compound of words such as ``persist-key``): config directives after ``auth-user-pass`` are words.

Cost: :data:`_GATE` (the file names, literal heads) rides in the RE2 set pass the engine makes
anyway; only texts naming one of the files are read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field

from promptguard.config.schema import RecognizerSpec
from promptguard.findings import Finding
from promptguard.recognizers.base import Recognizer
from promptguard.recognizers.registry import recognizer_type

__all__ = ["CredentialFileOptions", "CredentialFileRecognizer"]

# OpenVPN's file is named by its directive ("auth-user-pass auth.txt") or by its place: a file under an
# OpenVPN directory whose name says it holds the login ("/etc/openvpn/auth.txt", "client/creds.txt",
# "C:\\Program Files\\OpenVPN\\config\\login.conf"), printed with "cat" or pasted under its path.
_OPENVPN_FILE = r"(?i:openvpn)[\w.\-/\\]*[/\\][\w.\-]*(?i:auth|cred|pass|login|user)[\w.\-]*"
# Each name at a word start or after "_" ("/etc/rsyncd.secrets", "--auth-user-pass", "pgb_userlist.txt"),
# as in the gate below.
_NAME_RE = re.compile(r"(?<![^\W_])(?:rsyncd?\.secrets|userlist\.txt|auth-user-pass|" + _OPENVPN_FILE + ")")
# The set pass's gate: the same names, the OpenVPN path by its directory's name alone (a literal, where
# the path's runs would keep RE2 states alive); _NAME_RE then finds the file names.
# At a word start or after "_" (RE2's ASCII \b holds wherever _NAME_RE's look-behind does): unanchored,
# the names kept a DFA thread alive inside every word with an "r", "u", "a" or "o" (~7 k instructions
# per new 2 KB prompt in the secrets pack's set, callgrind).
_GATE = r"(?:\b|_)(?:rsyncd?\.secrets|userlist\.txt|auth-user-pass|(?i:openvpn))"
# The lines of each file (their daemons' man pages): rsyncd "user:password" (no spaces in the user;
# the password runs to the line end), pgbouncer '"user" "password"' (doubled quotes escape a quote),
# OpenVPN one token per line.
_RSYNC_LINE = re.compile(r"[ \t]*[A-Za-z0-9_.@\-]{1,64}:([^\s:][^\r\n]{2,126}[^\s])[ \t]*\r?$")
_PGB_LINE = re.compile(r"[ \t]*\"(?:[^\"\r\n]|\"\"){1,64}\"[ \t]+\"((?:[^\"\r\n]|\"\"){3,128})\"[ \t]*\r?$")
_TOKEN_LINE = re.compile(r"[ \t]*(\S{1,128})[ \t]*\r?$")
# pgbouncer also accepts stored hashes: md5(password + user) in hex, or a SCRAM secret.
_PGB_HASH = re.compile(r"md5[0-9a-f]{32}|SCRAM-SHA-256\$")
_SKIP = re.compile(r"[ \t]*(?:```[\w-]*)?[ \t]*\r?$")  # a blank line or a code fence


class CredentialFileOptions(BaseModel):
    """Options of ``type: credential_file``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    score: float = Field(0.85, ge=0.0, le=1.0)
    """The file's format says where the password is; its name is the only context."""


class CredentialFileRecognizer(Recognizer):
    def __init__(self, spec: RecognizerSpec, pack: str | None) -> None:
        self.configure(spec, pack, context=False)
        self.options = CredentialFileOptions.model_validate(spec.options)
        # Tested in the engine's set pass (see Recognizer.gate): no file name, no work.
        self.gate = _GATE

    def analyze(self, text: str) -> Iterable[Finding]:
        findings: list[Finding] = []
        read_to = 0
        for m in _NAME_RE.finditer(text):
            if m.start() < read_to:
                continue
            lines = _block(text, m.end())
            name = m.group()
            if name == "auth-user-pass" or name[:7].lower() == "openvpn":
                found = self._openvpn(text, lines)
            else:
                found = self._lines(text, lines, _PGB_LINE if name == "userlist.txt" else _RSYNC_LINE)
            findings.extend(found)
            if lines:
                read_to = lines[-1][1]
        return findings

    def _lines(self, text: str, lines: list[tuple[int, int]], line_re: re.Pattern[str]) -> list[Finding]:
        # Imported here: the entropy module imports the validators the built-in modules register.
        from promptguard.recognizers.builtin.entropy import password_value

        out: list[Finding] = []
        for start, end in lines:
            m = line_re.match(text, start, end)
            if m is None:
                break  # the file's block ends at the first line not in its format
            value = m.group(1)
            if _PGB_HASH.match(value) or password_value(value) is False:
                continue
            out.append(self.finding(m.start(1), m.end(1), self.options.score, pattern="credential_file_line"))
        return out

    def _openvpn(self, text: str, lines: list[tuple[int, int]]) -> list[Finding]:
        from promptguard.recognizers.builtin.login_pair import login_pair_password

        if len(lines) < 2:
            return []
        user = _TOKEN_LINE.match(text, *lines[0])
        pw = _TOKEN_LINE.match(text, *lines[1])
        if user is None or pw is None:
            return []
        if len(lines) > 2 and not _SKIP.match(text, *lines[2]):
            return []  # a third line: config directives, not the two-line file
        if login_pair_password(pw.group(1)) is False:
            return []
        return [self.finding(pw.start(1), pw.end(1), self.options.score, pattern="openvpn_auth_file")]


def _block(text: str, after: int) -> list[tuple[int, int]]:
    """The (start, end) of the lines after the line holding ``after``: up to two blank lines or code
    fences skipped first, then lines up to the next blank line; a blank line that ends the block is
    kept as its last item so callers can see where it ended."""
    nl = text.find("\n", after)
    if nl < 0:
        return []
    pos, skipped = nl + 1, 0
    out: list[tuple[int, int]] = []
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if _SKIP.match(text, pos, end):
            if out:
                out.append((pos, end))
                break
            skipped += 1
            if skipped > 2:
                break
        else:
            out.append((pos, end))
        pos = end + 1
    return out


@recognizer_type("credential_file")
def _build(spec: RecognizerSpec, pack: str | None) -> Recognizer:
    return CredentialFileRecognizer(spec, pack)
