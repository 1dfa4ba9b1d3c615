"""Rules whose set entry starts at a word start (session 22, issue 4 cost): a keyword anchored with
``\\b`` (or ``(?:\\b|_)`` plus a capitalised form for product names) keeps the secrets pack's set
from starting a match inside every word of a prompt. What a user relies on stays found: the
keyword after an underscore (``MY_TWILIO_AUTH_TOKEN``), in camelCase (``myTwilioAuthToken``,
``herokuApiKey``) and the usual assignment and header shapes. Values are generated here."""

from __future__ import annotations

import random
import string

import pytest

from promptguard import Guard

RNG = random.Random(20261201)
HEX = "0123456789abcdef"


def pick(n: int, alphabet: str) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


def uuid() -> str:
    return "-".join(pick(n, HEX) for n in (8, 4, 4, 4, 12))


def found(guard: Guard, text: str, value: str) -> set[str]:
    """The secrets-pack recognizers with a finding exactly on ``value`` in ``text``."""
    start = text.index(value)
    return {
        f.recognizer
        for f in guard.scan(text).findings
        if f.pack == "secrets" and (f.start, f.end) == (start, start + len(value))
    }


TWILIO = pick(32, HEX)
HEROKU = uuid()
CLOUDFLARE = pick(40, string.ascii_letters + string.digits + "_-")
VERCEL = pick(24, string.ascii_letters + string.digits)
OKTA = "00" + pick(40, string.ascii_letters + string.digits)
FIGMA = "1234-" + uuid()
SONAR = pick(40, HEX)
NUGET = "oy2" + pick(43, string.ascii_lowercase + string.digits)
GH_STYLE = pick(40, HEX)

PRODUCT_CASES = [
    ("twilio_auth_token", "twilioAuthToken = '{v}'", TWILIO),
    ("twilio_auth_token", 'const myTwilioAuthToken = "{v}";', TWILIO),
    ("twilio_auth_token", "export MY_TWILIO_AUTH_TOKEN={v}", TWILIO),
    ("twilio_auth_token", "TWILIO_AUTH_TOKEN={v}", TWILIO),
    ("heroku_api_key", 'herokuApiKey: "{v}"', HEROKU),
    ("heroku_api_key", "APP_HEROKU_API_KEY={v}", HEROKU),
    ("heroku_api_key", "deployHerokuApiKey = '{v}'", HEROKU),
    ("cloudflare_api_token", "cloudflareApiToken = '{v}'", CLOUDFLARE),
    ("cloudflare_api_token", "TF_VAR_CLOUDFLARE_API_TOKEN={v}", CLOUDFLARE),
    ("cloudflare_api_token", "myCloudFlareToken: {v}", CLOUDFLARE),
    ("vercel_token", 'vercelToken = "{v}"', VERCEL),
    ("vercel_token", 'ci.VercelToken = "{v}"', VERCEL),
    ("okta_api_token", "OKTA_API_TOKEN={v}", OKTA),
    ("okta_api_token", "prodOktaApiToken: '{v}'", OKTA),
    ("figma_token_legacy", "figmaToken = '{v}'", FIGMA),
    ("figma_token_legacy", "X_FIGMA_TOKEN={v}", FIGMA),
    ("sonarqube_login", "sonar.login={v}", SONAR),
    ("sonarqube_login", "SONAR_TOKEN={v}", SONAR),
    ("sonarqube_login", "env.SonarToken = '{v}'", SONAR),
    ("sonarqube_login", "mvn sonar:sonar -Dsonar.host.url=https://sonarcloud.io -Dsonar.login={v}", SONAR),
    ("okta_api_token", "java -Dokta.api.token={v} -jar app.jar", OKTA),
    ("nuget_api_key", "NUGET_API_KEY={v}", NUGET),
    ("nuget_api_key", 'myNuGetApiKey = "{v}"', NUGET),
    ("http_token_header", 'HTTP_AUTHORIZATION="token {v}"', GH_STYLE),
    ("http_token_header", 'proxyAuthorization: "token {v}"', GH_STYLE),
]


@pytest.mark.parametrize(("rule", "template", "value"), PRODUCT_CASES)
def test_product_keyword_after_underscore_or_in_camel_case(guard: Guard, rule: str, template: str, value: str) -> None:
    text = template.format(v=value)
    assert rule in found(guard, text, value)


PASSWORD = "Vq7!mZ2rTx9w"
API_KEY = pick(32, string.ascii_letters + string.digits)
TELEGRAM = pick(10, string.digits) + ":q" + pick(34, string.ascii_letters + string.digits)


@pytest.mark.parametrize(
    ("template", "value"),
    [
        ("DB_PASSWORD={v}", PASSWORD),
        ("MYSQL_ROOT_PASSWORD={v}", PASSWORD),
        ("    environment:\n      - MYSQL_ROOT_PASSWORD={v}\n", PASSWORD),
        ('dbPassword = "{v}"', PASSWORD),
        ("curl -H 'x-api-key: {v}' https://api.example.com/v1/items", API_KEY),
        ("app.secretKey = '{v}'", API_KEY),
    ],
)
def test_assignments_and_headers_still_found(guard: Guard, template: str, value: str) -> None:
    text = template.format(v=value)
    assert found(guard, text, value)


@pytest.mark.parametrize(
    ("rule", "text", "value"),
    [
        # The set entries of these rules were tightened to the word start their regex has.
        ("told_password", "the admincode: Kz8#wQ4nLp2x", "Kz8#wQ4nLp2x"),
        ("pin_code", "Garagentorcode: 4821, bitte nicht weitergeben", "4821"),
        ("ldap_bind_password", "# /etc/sssd/sssd.conf\nldap_default_authtok Rt5kLm9Qzw\n", "Rt5kLm9Qzw"),
        ("cli_password_flag", "# users.acl\nuser deploy on >Gf5rT9wLq2z ~* +@all\n", "Gf5rT9wLq2z"),
        ("cli_password_flag", "lang en_US.UTF-8\n  rootpw --plaintext Rt5kLm9QzwPx2\n", "Rt5kLm9QzwPx2"),
        ("libcurl_password", 'curl_easy_setopt(h,CURLOPT_PASSWORD, "Hq4!zW8mNx");', "Hq4!zW8mNx"),
        ("env_fallback_secret", "const key = process.env.STRIPE_SECRET || 'Wq8zN3xL5mKt7Rb'", "Wq8zN3xL5mKt7Rb"),
        ("securestring_password", "$pw=(ConvertTo-SecureString 'Tb7nW2qLx9' -AsPlainText -Force)", "Tb7nW2qLx9"),
        # Session 23: "bot", "identified" and the Korean "api키" start at a word start too.
        ("telegram_bot_token_keyword", f"# telegram alerts\nmy_bot_token: {TELEGRAM}", TELEGRAM),
        ("telegram_bot_token_keyword", f"telegram bot: {TELEGRAM}", TELEGRAM),
        ("sql_password", "ALTER USER 'app'@'%' IDENTIFIED BY 'zh7HMN4yHFEKi0';", "zh7HMN4yHFEKi0"),
        ("prose_secret_value", f"발급받은 API키: {API_KEY}", API_KEY),
    ],
)
def test_rules_anchored_at_their_regex_word_start(guard: Guard, rule: str, text: str, value: str) -> None:
    assert rule in found(guard, text, value)
