"""Blind red-team round 8 (session 11): the private members of JSON Web Keys (``d``, an RSA key's
CRT parameters, an ``oct`` key's ``k``) and random cookie values in Cookie / Set-Cookie headers,
curl -b and cookies passed as data. Values are made up for these tests."""

from __future__ import annotations

from functools import cache

import pytest

from promptguard import Guard

COOKIE = "Q3lAJiCGV7M1dkRvS2khl2E3mJy540FMYMQx2mm8F39jr8tuC14sNqk-NQz0nj5uGsWZGYu"


@cache
def _guard() -> Guard:
    return Guard.from_config("secrets-only")


def _values(text: str) -> list[str]:
    return [text[f.start : f.end] for f in _guard().scan(text).findings]


def _covered(text: str, value: str) -> bool:
    start = text.index(value)
    return any(f.start <= start and f.end >= start + len(value) for f in _guard().scan(text).findings)



D_EC = "hFQ6sXsT_JaGoOR_b8wGsR-lcXDfHdXiNkGr2nUSUiw"
X_EC = "Qu8TWS47vMQpu0iZJxc0AAoTRfibgXPAoCU-py36hWQ"
Y_EC = "IUWlp5sarZ6BCI85J44ZW3Ch2--f-mZjHnl8W3zTlQk"


@pytest.mark.parametrize(
    "text",
    [
        f'{{\n  "kty": "EC",\n  "crv": "P-256",\n  "x": "{X_EC}",\n  "y": "{Y_EC}",\n  "d": "{D_EC}"\n}}',
        f'{{"d": "{D_EC}", "crv": "P-256", "kty": "EC", "x": "{X_EC}", "y": "{Y_EC}"}}',
        f"jwk = {{'kty': 'EC', 'crv': 'P-256', 'x': '{X_EC}', 'y': '{Y_EC}', 'd': '{D_EC}'}}",
        f"const key = await importJWK({{ kty: 'OKP', crv: 'Ed25519', x: '{X_EC}', d: '{D_EC}' }}, 'EdDSA');",
        f'PRIVATE_JWK="{{\\"kty\\":\\"EC\\",\\"crv\\":\\"P-256\\",\\"x\\":\\"{X_EC}\\",\\"d\\":\\"{D_EC}\\"}}"',
        f'{{"keys": [{{"kty": "EC", "kid": "pub", "x": "{X_EC}", "y": "{Y_EC}"}}, '
        f'{{"kty": "EC", "x": "{X_EC}", "d": "{D_EC}"}}]}}',
    ],
)
def test_private_jwk_d_member(text: str) -> None:
    assert D_EC in _values(text), text


def test_private_rsa_jwk_reports_every_private_member() -> None:
    p, q, qi = (
        "83i-7IvMGXoMXCskv73TKr8637FiO7Z27zv8",
        "3dfOR9cuYq-0S-mkFLzgItgMEfFzB2q3hWeh",
        "GyM_p6JrXySiz1toFgKbWV-JdI3jQ4ypu9rb",
    )
    text = (
        f'{{"kty": "RSA", "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps", "e": "AQAB", '
        f'"d": "{D_EC}", "p": "{p}", "q": "{q}", "qi": "{qi}"}}'
    )
    assert sorted(_values(text)) == sorted([D_EC, p, q, qi])


@pytest.mark.parametrize(
    "text",
    [
        f'{{"kty": "EC", "crv": "P-256", "x": "{X_EC}", "y": "{Y_EC}", "use": "sig", "kid": "k1"}}',
        '{"kty": "RSA", "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aP", "e": "AQAB"}',
        '{"kty": "EC", "d": "<private scalar, base64url>"}',
        f'{{"id": "42", "d": "{D_EC}"}}',  # no "kty": not a JWK
    ],
)
def test_public_or_non_jwk_objects_are_not_private_keys(text: str) -> None:
    assert not any(f.recognizer == "jwk_private_key" for f in _guard().scan(text).findings), text


# ------------------------------------------------------------------ H: cookies
@pytest.mark.parametrize(
    "text",
    [
        f"curl 'https://admin.acme-shop.com/orders/export.csv' \\\n  -H 'Accept: text/csv' \\\n"
        f"  -b '_acme_admin_session={COOKIE}' \\\n  --compressed",
        f'curl --cookie "auth={COOKIE}" https://api.acme.io/me',
        f"curl https://app.acme.io -H 'Cookie: _ga=GA1.2.1433879361.1732871120; _app_session={COOKIE}; theme=dark'",
        f"GET /dashboard HTTP/1.1\nHost: portal.acme.io\nCookie: locale=de; remember_user_token={COOKIE}\nAccept: */*",
        f"HTTP/1.1 302 Found\nSet-Cookie: __Secure-next-auth.session-token={COOKIE}; Path=/; HttpOnly; Secure",
        f'{{"name": "Cookie", "value": "_ga=GA1.1.1.2; user_session={COOKIE}"}}',
        f'{{"headers": {{"Cookie": "sid={COOKIE}"}}}}',
        f'document.cookie = "token={COOKIE}; path=/";',
        f'wget --header="Cookie: dancer.session={COOKIE}" https://intranet.acme.lan/report',
        # A name that says nothing, a long random value: still what the site issued.
        f"Cookie: _x9={COOKIE}",
    ],
)
def test_random_cookie_values_are_secrets(text: str) -> None:
    assert _covered(text, COOKIE), text


@pytest.mark.parametrize(
    "text",
    [
        f'r = requests.get(url, cookies={{"_acme_admin_session": "{COOKIE}"}})',
        f"async with httpx.AsyncClient(cookies={{'sid': '{COOKIE}', 'theme': 'dark'}}) as client:",
        f"await context.addCookies([{{ name: 'auth_token', value: '{COOKIE}', domain: '.acme.io', path: '/' }}]);",
        f'driver.add_cookie({{"name": "remember_token", "value": "{COOKIE}"}})',
        f'[{{"domain": ".acme.io", "httpOnly": true, "name": "_acme_session", "value": "{COOKIE}"}}]',
        f"# Netscape HTTP Cookie File\n#HttpOnly_.acme.io\tTRUE\t/\tTRUE\t1767225600\t_acme_session\t{COOKIE}\n",
    ],
)
def test_cookies_as_data(text: str) -> None:
    assert _covered(text, COOKIE), text


def test_har_cookie_header_entry_is_read_once() -> None:
    text = f'{{"name": "Cookie", "value": "user_session={COOKIE}"}}'
    assert _values(text) == [COOKIE]


def test_uuid_under_a_session_name() -> None:
    sid = "9f1c2e7a-4b3d-4e8f-a6c5-0d2b7e9f1a3c"
    assert sid in _values(f"Set-Cookie: sid={sid}; Path=/; HttpOnly")


@pytest.mark.parametrize(
    "text",
    [
        "Cookie: _ga=GA1.2.1433879361.1732871120; _gid=GA1.2.998877665.1732871120; theme=dark; cookie_consent=accepted",
        f"Cookie: csrftoken={COOKIE}; lang=en-GB",
        f"Cookie: XSRF-TOKEN={COOKIE}",
        f"Set-Cookie: AWSALB={COOKIE}; Expires=Tue, 07 Dec 2026 10:00:00 GMT; Path=/",
        f"Cookie: __cf_bm={COOKIE}; _cfuvid={COOKIE}",
        "Cookie: _hjSessionUser_123456=eyJpZCI6IjVjYjQ1ZjE1LWE2ZjMtNWI0Ny04ZGI0LWRkNjY1MDM5MzVmZiIsImNyZWF0ZWQiOjE3M",
        "Cookie: ajs_anonymous_id=9f1c2e7a-4b3d-4e8f-a6c5-0d2b7e9f1a3c; visitor=9f1c2e7a-4b3d-4e8f-a6c5-0d2b7e9f1a3",
        "Cookie: OptanonConsent=isGpcEnabled=0&datestamp=Mon+Nov+30+2026&version=202310.1.0&groups=C0001%3A1%2CC0002",
        "Cookie: wp-settings-1=libraryContent%3Dbrowse%26editor%3Dtinymce; wp-settings-time-1=1732871120",
        "Set-Cookie: session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
        "Set-Cookie: id=a3fWa; Expires=Thu, 21 Oct 2021 07:28:00 GMT; Secure; HttpOnly",
        "Cookie: session=<your-session-cookie>",
        "the session cookie is set with Set-Cookie: sid=...; HttpOnly",
        "curl -b cookies.txt -c cookies.txt https://acme.io/login",
        'document.cookie = "theme=dark; path=/; max-age=31536000";',
        '[{"domain": ".acme.io", "httpOnly": false, "name": "theme", "value": "dark"}]',
        "# Netscape HTTP Cookie File\n.acme.io\tTRUE\t/\tFALSE\t1767225600\tlang\ten-GB\n",
        f'{{"headers": [{{"name": "X-Request-Id", "value": "{COOKIE}"}}]}}',
        # -b of another tool is not a cookie.
        f"htpasswd -b /etc/nginx/.htpasswd admin={COOKIE}",
    ],
)
def test_non_credential_cookies(text: str) -> None:
    assert not any(f.recognizer == "cookie_session_value" for f in _guard().scan(text).findings), text
