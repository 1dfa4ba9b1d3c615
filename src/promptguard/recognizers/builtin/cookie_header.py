"""SESSION_COOKIE: random cookie values sent or set in HTTP traffic, whatever the cookie's name.

``session_cookie`` knows the names frameworks give their session cookie (``sessionid``,
``PHPSESSID``, ``connect.sid``, ``_<app>_session`` with Rails' shapes...). Apps name theirs as
they like (``_acme_admin_session``, ``remember_user_token``, ``auth``, ``sid``), and a browser's
"copy as cURL" or a pasted request carries every cookie of the site. Here the place says what a
value is: the pairs of a ``Cookie:`` / ``Set-Cookie:`` header (HTTP dumps, ``-H 'Cookie: ...'``,
a JSON / HAR headers list, ``document.cookie = "..."``) and of curl's ``-b`` / ``--cookie``
(RFC 6265: ``name=value; name2=value2``; ``Set-Cookie`` has one pair, then attributes), and
cookies passed as data: ``cookies={"name": "value"}`` (requests, httpx), cookie objects with
their attributes (Playwright / Puppeteer ``addCookies``, Selenium ``add_cookie``, browser
exports, HAR ``cookies``) and the lines of a Netscape ``cookies.txt``.

A value counts when it is what a server issues: random for its alphabet (the secret-value bar of
:func:`~promptguard.recognizers.secret_values.secret_filter`, 16+ characters), or, under a name
that says session / auth / token (``sid``, ``remember_token``...), also a UUID. Cookies that
are not credentials stay out by name even when random: analytics and consent (``_ga``,
``_hjSessionUser_*``, ``OptanonConsent``), CSRF tokens (useless without the session), load
balancer and bot-defence cookies (``AWSALB``, ``__cf_bm``, ``_abck``); preferences (``theme=dark``,
``lang=en-GB``) are short or low-entropy anyway.

Cost: :data:`_GATE` rides in the RE2 set pass the engine makes anyway.
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field

from promptguard._lazyre import lazy
from promptguard.config.schema import RecognizerSpec
from promptguard.findings import Finding
from promptguard.recognizers.base import Recognizer
from promptguard.recognizers.registry import recognizer_type

__all__ = ["CookieHeaderOptions", "CookieHeaderRecognizer"]

# RE2 (engine set pass): a cookie header, curl's cookie flag, a cookie object's attributes, a
# cookies.txt line. The names at a word start or after "_", or glued in camelCase / caps
# (sessionCookie; the last branch, passed with the provider-token set: see
# pattern_set._companions); a header or object starts at a word start anyway (see _START).
_GATE = (
    r"(?i)(?:(?:\b|_)(?:cookie|httponly|samesite)|\s-b[ \t]|\t(?:TRUE|FALSE)\t"
    r"|(?-i:[A-Za-z0-9](?:Cookie|COOKIE|HttpOnly|SameSite)))"
)
# Where a cookie string starts: a header (with JSON's or a HAR entry's quoting), document.cookie,
# or curl's -b / --cookie. Group "set": Set-Cookie (one pair, then attributes); "q": the quote
# the string opened with (it ends at the same quote, else at the line's end).
_START = lazy(
    r"(?i)(?:(?<![\w\-])(?P<set>set-)?cookie\\?[\"']?[ \t]*:[ \t]*(?P<q1>\\?[\"'`])?"
    r"|\"name\"[ \t]*:[ \t]*\"(?P<hset>set-)?cookie\"[ \t]*,[ \t]*\"value\"[ \t]*:[ \t]*(?P<q2>\")"
    r"|\bdocument\.cookie[ \t]*=[ \t]*(?P<q3>[\"'`])"
    r"|(?<!\S)(?P<curl>-b|--cookie)(?:[ \t]+|=)(?P<q4>[\"'])?)"
)
# One name=value pair (RFC 6265 cookie-name token; the value runs to a separator, quote or space).
_PAIR = lazy(r"(?:^|;)[ \t]*([!#$%&*+\-.^_|~0-9A-Za-z]{1,128})=\"?([^\s;,\"'`\\]{1,4096})")
# Names that say what the cookie grants: the session, a login, a token.
_SESSION_NAME = lazy(r"(?i)sess|sid|auth|token|remember|login|jwt|identity|credential|access|refresh|user_?key")
# Cookies that are random but no credential (see the module docstring), by name prefix.
_NOT_CREDENTIAL = lazy(
    r"(?i)(?:__(?:secure|host)-)?(?:_ga|_gid|_gat|__utm|_gcl|_fbp|_fbc|_hj|_pk_|ajs_|amplitude|mp_|_clck|_clsk|_uet"
    r"|__hs|hubspotutk|__cf_bm|_cfuvid|cf_clearance|optanon|cookieconsent|cookie_?consent|euconsent|consent|gdpr"
    r"|_dd_s|datadome|ai_user|ai_session|_vwo|__stripe_|[\w.\-]*csrf|[\w.\-]*xsrf|__requestverificationtoken"
    r"|\.aspnetcore\.antiforgery|ak_bmsc|bm_sv|bm_sz|_abck|awsalb|awselb|_octo|_shopify_[ys]|_tt_|_pin_unauth"
    r"|_rdt_uuid|_scid|_sctr|li_|bcookie|lidc|intercom-id|_ym_|yandexuid|_dc_gtm|_derived_epik|_lr_"
    r"|wp-settings|lang|locale|language|theme|timezone|tz|currency|country)"
)
# Cookies as data (see CookieHeaderRecognizer._objects): a dict passed as cookies, its items, a
# cookie object's name and value members and the attributes that mark one.
_COOKIE_DICT = lazy(r"(?i)\bcookies?[\"']?[ \t]*[=:][ \t]*(?:dict\(|\{)")
_DICT_ITEM = lazy(r"[\"']([!#$%&*+\-.^_|~0-9A-Za-z]{1,128})[\"'][ \t]*:[ \t]*[\"']([^\s\"'\\;,]{1,4096})[\"']")
_OBJECT_NAME = lazy(r"(?<![\w\-$])[\"']?name[\"']?[ \t]*:[ \t]*[\"']([!#$%&*+\-.^_|~0-9A-Za-z]{1,128})[\"']")
_OBJECT_VALUE = lazy(r"(?<![\w\-$])[\"']?value[\"']?[ \t]*:[ \t]*[\"']([^\s\"'\\;,]{1,4096})[\"']")
_COOKIE_ATTRIBUTE = lazy(r"(?i)[\"']?(?:domain|httpOnly|sameSite|expires|expirationDate|hostOnly)[\"']?[ \t]*:")
_MAX_OBJECT = 2000
# A Netscape cookies.txt line: domain, TRUE/FALSE, path, TRUE/FALSE, expiry, name, value.
_NETSCAPE_LINE = lazy(
    r"(?m)^(?:#HttpOnly_)?[\w.\-]+\t(?:TRUE|FALSE)\t\S+\t(?:TRUE|FALSE)\t\d+\t"
    r"([^\t\n]{1,128})\t([^\s]{1,4096})[ \t\r]*$"
)
_SET_COOKIE_ATTRIBUTES = frozenset({"path", "domain", "expires", "max-age", "samesite", "priority", "partitioned"})
_UUID = lazy(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_MIN_LENGTH = 16
# Under a name that does not say session / auth / token, a value must be longer (an issued id is
# 20+ characters; 16-23 random-looking characters are as often a build id or a device id) and
# not carry URL-encoded structure: "%7B" / "%22" (JSON), "%3D" / "%26" inside (key=value fields,
# "libraryContent%3Dbrowse"). Base64 padding ("...%3D%3D") at the end is a value's own.
_MIN_OTHER_LENGTH = 24
_ENCODED_FIELDS = lazy(r"(?i)%(?:7B|22|26|7C)|%3D(?!(?:%3D)*$)")
# "curl" before "-b" (a multi-line command's first line); other tools' -b is something else.
_CURL_BEFORE = 600


class CookieHeaderOptions(BaseModel):
    """Options of ``type: cookie_header``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    session_score: float = Field(0.9, ge=0.0, le=1.0)
    """A random value under a session / auth / token name."""
    score: float = Field(0.75, ge=0.0, le=1.0)
    """A random value under another name: still what the site issued to this browser."""


class CookieHeaderRecognizer(Recognizer):
    def __init__(self, spec: RecognizerSpec, pack: str | None) -> None:
        self.configure(spec, pack, context=False)
        self.options = CookieHeaderOptions.model_validate(spec.options)
        # Tested in the engine's set pass (see Recognizer.gate).
        self.gate = _GATE

    def analyze(self, text: str) -> Iterable[Finding]:
        low = text.lower()
        if not any(k in low for k in ("cookie", "-b", "\t", "httponly", "samesite")):  # no gate: a cheap test
            return []
        findings: list[Finding] = []
        for start in _START.finditer(text):
            if start.group("curl") == "-b" and "curl" not in low[max(0, start.start() - _CURL_BEFORE) : start.start()]:
                continue
            quote = start.group("q1") or start.group("q2") or start.group("q3") or start.group("q4")
            begin = start.end()
            line_end = text.find("\n", begin)
            end = len(text) if line_end < 0 else line_end
            if quote:
                close = text.find(quote, begin, end)
                end = end if close < 0 else close
            one_pair = bool(start.group("set") or start.group("hset"))
            findings.extend(self._pairs(text, begin, end, one_pair))
        if "cookie" in low or "httponly" in low or "samesite" in low:
            findings.extend(self._objects(text, low))
        if "\tTRUE\t" in text or "\tFALSE\t" in text:
            findings.extend(self._netscape(text))
        return findings

    def _pairs(self, text: str, begin: int, end: int, one_pair: bool) -> list[Finding]:
        out: list[Finding] = []
        # A slice: "^" in _PAIR must match at the string's start (a search from ``pos`` never does).
        for pair in _PAIR.finditer(text[begin:end]):
            if pair.start() != 0 and one_pair:
                break  # Set-Cookie: the attributes after the cookie
            name = pair.group(1)
            if name.lower() in _SET_COOKIE_ATTRIBUTES:
                continue
            found = self._judge(name, pair.group(2), begin + pair.start(2))
            if found is not None:
                out.append(found)
                if one_pair:
                    break
        return out

    def _objects(self, text: str, low: str) -> list[Finding]:
        """Cookies as data: ``cookies={"name": "value"}`` (requests, httpx, aiohttp) and cookie
        objects ``{"name": ..., "value": ..., "domain": ...}`` (Playwright / Puppeteer
        ``addCookies``, Selenium ``add_cookie``, browser-extension exports, HAR ``cookies``)."""
        out: list[Finding] = []
        for opened in _COOKIE_DICT.finditer(text):
            close = text.find("}", opened.end(), opened.end() + _MAX_OBJECT)
            if close < 0:
                continue
            for item in _DICT_ITEM.finditer(text, opened.end(), close):
                found = self._judge(item.group(1), item.group(2), item.start(2))
                if found is not None:
                    out.append(found)
        for name in _OBJECT_NAME.finditer(text):
            start = text.rfind("{", max(0, name.start() - _MAX_OBJECT), name.start())
            end = text.find("}", name.end(), name.end() + _MAX_OBJECT)
            if start < 0 or end < 0 or "}" in text[start : name.start()] or "{" in text[name.end() : end]:
                continue
            body = text[start:end]
            # A cookie object has its attributes, or "cookie" just before it (add_cookie({...}),
            # "cookies": [{...}]); a HAR header entry {"name": "Cookie", ...} is read as a header.
            if _COOKIE_ATTRIBUTE.search(body) is None and "cookie" not in low[max(0, start - 80) : start]:
                continue
            value = _OBJECT_VALUE.search(text, start, end)
            if value is not None and name.group(1).lower() not in ("cookie", "set-cookie"):  # HAR header
                found = self._judge(name.group(1), value.group(1), value.start(1))
                if found is not None:
                    out.append(found)
        return out

    def _netscape(self, text: str) -> list[Finding]:
        """Lines of a Netscape cookies.txt (curl -c, wget --save-cookies, browser exports):
        domain, include-subdomains, path, secure, expiry, name, value, separated by tabs."""
        out: list[Finding] = []
        for line in _NETSCAPE_LINE.finditer(text):
            found = self._judge(line.group(1), line.group(2), line.start(2))
            if found is not None:
                out.append(found)
        return out

    def _judge(self, name: str, value: str, at: int) -> Finding | None:
        """A finding for the cookie ``name``'s ``value`` (at offset ``at``), or None when it is not
        a credential (see the module docstring)."""
        # Imported here: secret_values imports the validators the built-in modules register.
        from promptguard.recognizers.secret_values import is_placeholder, secret_filter

        if _NOT_CREDENTIAL.match(name) or len(value) < _MIN_LENGTH or is_placeholder(value):
            return None
        session = _SESSION_NAME.search(name) is not None
        if session and _UUID.fullmatch(value):
            return self.finding(at, at + len(value), self.options.session_score, pattern="uuid")
        if not secret_filter(value, kind="secret", name=name, literal=True, min_length=_MIN_LENGTH).keep:
            return None
        if not session and (len(value) < _MIN_OTHER_LENGTH or _ENCODED_FIELDS.search(value)):
            return None  # URL-encoded JSON or key=value fields: preferences, a tracking object
        score = self.options.session_score if session else self.options.score
        return self.finding(at, at + len(value), score, pattern="cookie")


@recognizer_type("cookie_header")
def _build(spec: RecognizerSpec, pack: str | None) -> Recognizer:
    return CookieHeaderRecognizer(spec, pack)
