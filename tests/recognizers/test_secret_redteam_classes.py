"""Secrets pack classes found missing or over-reported by an independent red-team set (issue 4):
published constants, elided vendor prefixes, aligned and attribute-pair assignments, pre-shared
keys, path segments and checksums, OpenLDAP and Telegram URL forms, OpenRouter keys, "%" and
non-ASCII passwords, quoted passphrases, policy prose, leetspeak stand-ins and passwords written
in sentences in several languages; each with the hard negatives next to it.

Every credential here is generated at test time or written for this file; none comes from the
red-team set or a dataset. The published constants are the vendors' own documentation values."""

from __future__ import annotations

import base64
import string

import pytest
from test_secrets import hexs, rand  # shared random-token helpers; tests/recognizers is on sys.path

from promptguard import Guard
from promptguard.recognizers.secret_validators import github_token_crc32, prose_password
from promptguard.recognizers.secret_values import is_placeholder, secret_filter, typed_letters

ALNUM = string.ascii_letters + string.digits
GUARD = Guard({"packs": ["secrets"], "injection": {"enabled": False}, "ner": {"enabled": False}})


def found(text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in GUARD.scan(text).findings]


def values(text: str) -> list[str]:
    return [v for _, v in found(text)]


def typed_password() -> str:
    """A password as people make them: a word, digits, a symbol, a word (3+ classes)."""
    return "Kestrel" + rand(4, string.digits) + "#" + rand(4, string.ascii_lowercase)


# ----------------------------------------------------------------- published constants
@pytest.mark.parametrize(
    "text",
    [
        # Azure Storage emulator / Azurite: one fixed key for account devstoreaccount1 (Microsoft docs).
        "UseDevelopmentStorage=true is the same as DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;",
        # RFC 7617's Basic example (Aladdin:open sesame).
        "Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
        # Google Authenticator "Key Uri Format" example secret.
        "otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example",
    ],
)
def test_published_constants_are_not_secrets(text: str) -> None:
    assert found(text) == []


def test_a_real_azure_key_and_basic_credentials_are_still_found() -> None:
    key = rand(86, ALNUM + "+/") + "=="
    assert values(f"DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey={key};") == [key]
    creds = base64.b64encode(b"deploy:" + typed_password().encode()).decode()
    assert values(f"Authorization: Basic {creds}") == [creds]


@pytest.mark.parametrize(
    "text",
    [
        "ANTHROPIC_API_KEY=sk-ant-api03-...",
        "OPENAI_API_KEY=sk-proj-...",
        "GITHUB_TOKEN=ghp_...",
        "api_key: sk-ant-api03-\u2026",
        "HF_TOKEN=hf_...",
    ],
)
def test_vendor_prefix_with_an_ellipsis_is_a_placeholder(text: str) -> None:
    assert found(text) == []


def test_a_token_followed_by_a_sentence_end_is_still_found() -> None:
    token = rand(32, ALNUM)
    assert values(f"my api_key={token}...") == [token]


def test_github_filler_with_a_failed_checksum_is_dropped() -> None:
    assert github_token_crc32("ghp_1234567890abcdefghijklmnopqrstuvwxyz") is False
    assert github_token_crc32("ghp_abcdefghijklmnopqrstuvwxyz0123456789") is False
    # A random body with a bad checksum keeps the pattern score (maybe a hand-edited real token).
    assert github_token_crc32("ghp_" + rand(36, ALNUM)) in (None, True)


# ----------------------------------------------------------------- assignment layouts
def test_terraform_aligned_assignment() -> None:
    pw = typed_password()
    text = (
        'resource "aws_db_instance" "main" {\n'
        '  engine              = "postgres"\n'
        f'  password            = "{pw}"\n'
        "  skip_final_snapshot = true\n}"
    )
    assert values(text) == [pw]


def test_terraform_aligned_negatives() -> None:
    text = (
        'resource "aws_db_instance" "main" {\n'
        "  password            = var.db_password\n"
        '  password_policy     = "strict-default"\n'
        '  password            = "${random_password.db.result}"\n}'
    )
    assert found(text) == []


def test_xml_name_value_attribute_pair() -> None:
    pw = typed_password()
    text = (
        '<DataSource name="ds">\n  <Property name="user" value="app"/>\n'
        f'  <Property name="password" value="{pw}"/>\n</DataSource>'
    )
    assert values(text) == [pw]
    spring = f'<bean id="ds"><property name="password" value="{pw}"/></bean>'
    assert values(spring) == [pw]


@pytest.mark.parametrize(
    "text",
    [
        '<property name="password" value="${db.password}"/>',
        '<input type="password" name="password" value="" />',
        '<input type="hidden" name="csrf_token" value="' + hexs(40) + '">',
        '<Property name="passwordPolicy" value="StrongPolicy2024"/>',
        '<param name="password" value="changeme"/>',
    ],
)
def test_xml_name_value_negatives(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "template",
    [
        'network={{\n    ssid="Office-5G"\n    psk="{pw}"\n    key_mgmt=WPA-PSK\n}}',
        "interface=wlan0\nssid=HomeNet\nwpa_passphrase={pw}\n",
        "Add-VpnConnection -Name corp -L2tpPsk x\n$PreSharedKey = '{pw}'",
    ],
)
def test_pre_shared_keys_are_passwords(template: str) -> None:
    pw = typed_password()
    assert ("PASSWORD", pw) in found(template.format(pw=pw))


@pytest.mark.parametrize(
    "text",
    [
        "key_mgmt=WPA-PSK\nproto=RSN",
        "psk_identity=client01-laptop",
        'psk="your-wifi-password"',
    ],
)
def test_pre_shared_key_negatives(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # A secret-like word as a path segment: an image reference and Helm checksum annotations.
        "image: registry.acme.io/acme/api:git-" + hexs(12),
        "annotations:\n  checksum/secret: " + hexs(64) + "\n  checksum/config: " + hexs(64),
        "secret_checksum = " + hexs(64),
    ],
)
def test_path_segments_and_checksums_are_not_secrets(text: str) -> None:
    assert found(text) == []


def test_secret_after_a_path_flag_or_url_query_is_still_found() -> None:
    token = rand(32, ALNUM)
    assert values(f"GET https://api.acme.io/v1/items?api_key={token}") == [token]
    assert values(f"client_secret: {token}") == [token]


# ----------------------------------------------------------------- command lines and URLs
def test_ldap_bind_password() -> None:
    pw = typed_password()
    assert values(f"ldapsearch -x -H ldaps://dir.corp -D 'cn=admin,dc=corp' -w '{pw}' -b dc=corp uid=bob") == [pw]
    assert values(f"ldapdelete -D cn=admin,dc=corp -w {pw} uid=bob,ou=people,dc=corp") == [pw]


@pytest.mark.parametrize(
    "text",
    [
        "ldapsearch -x -D cn=admin,dc=corp -W -b dc=corp",
        "ldapsearch -x -D cn=admin,dc=corp -y /root/.ldap_pw -b dc=corp",
        "ldapadd -D cn=admin,dc=corp -w $LDAP_BIND_PW -f users.ldif",
    ],
)
def test_ldap_negatives(text: str) -> None:
    assert found(text) == []


def test_telegram_token_glued_to_bot_in_the_api_url() -> None:
    token = rand(10, string.digits) + ":AA" + rand(33, ALNUM + "_-")
    text = f'curl -s "https://api.telegram.org/bot{token}/getUpdates" | jq .'
    assert ("TELEGRAM_BOT_TOKEN", token) in found(text)
    assert found("curl https://api.telegram.org/bot<TOKEN>/getMe") == []


def test_percent_leading_cli_password_and_percent_templates() -> None:
    pw = "%" + rand(14, ALNUM) + "=k"
    assert values(f"docker login registry.acme.io -u ci -p {pw}") == [pw]
    assert found("docker login registry.acme.io -u ci -p %REGISTRY_PASSWORD%") == []
    assert found("docker login registry.acme.io -u ci -p %1") == []


# ----------------------------------------------------------------- providers
def test_openrouter_key() -> None:
    key = "sk-or-v1-" + hexs(64)
    assert found(f'const client = new OpenAI({{ baseURL: "https://openrouter.ai/api/v1", apiKey: "{key}" }});') == [
        ("OPENROUTER_API_KEY", key)
    ]
    assert found("OPENROUTER_API_KEY=sk-or-v1-...") == []


# ----------------------------------------------------------------- filters
def test_non_ascii_letters_in_a_password() -> None:
    pw = "Grün" + rand(4, string.digits) + "!Bär"
    assert values(f'datasource:\n  username: app\n  password: "{pw}"\n') == [pw]
    assert typed_letters("Grüße1!") and typed_letters("пароль1") and not typed_letters("安全配置")


@pytest.mark.parametrize(
    "text",
    [
        "API8:2023安全配置错误",
        "Passwort: Änderung erforderlich",
        "password: 安全配置错误2023",
    ],
)
def test_non_ascii_prose_stays_clean(text: str) -> None:
    assert found(text) == []


def test_quoted_multi_word_passphrase() -> None:
    phrase = " ".join(rand(6, string.ascii_lowercase) for _ in range(5))
    assert values(f'signing:\n  passphrase: "{phrase}"\n') == [phrase]


@pytest.mark.parametrize(
    "text",
    [
        'passphrase: "the passphrase you chose when creating the key"',
        'password: "must be at least twelve characters long"',
        'passphrase: "Enter your passphrase here please"',
        'error: "Invalid username or password provided"',
    ],
)
def test_quoted_sentences_stay_prose(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Passwort-Richtlinie: mindestens 12 Zeichen, keine Wiederverwendung.",
        "Password policy: minimum twelve characters",
        "Kennwort-Regeln: mindestens acht Zeichen",
    ],
)
def test_policy_label_followed_by_a_sentence_is_prose(text: str) -> None:
    assert found(text) == []


def test_a_word_password_ending_its_line_is_still_found() -> None:
    assert values("DB_USER=app\nDB_PASSWORD=sunflower\n") == ["sunflower"]


@pytest.mark.parametrize("word", ["s3cret", "S3cr3t", "passw0rd", "p@ssw0rd", "chang3me", "4dm1n", "s3cr3ts"])
def test_leetspeak_placeholders(word: str) -> None:
    assert is_placeholder(word)
    assert not secret_filter(word, kind="password", literal=True, quoted=True).keep


@pytest.mark.parametrize("word", ["l3tm31n", "Tr0ub4dor&3", "h4ck3rm4n"])
def test_leetspeak_passwords_are_not_placeholders(word: str) -> None:
    assert not is_placeholder(word)


# ----------------------------------------------------------------- passwords in sentences
@pytest.mark.parametrize(
    "template",
    [
        "Mi contraseña del servidor es {pw} y el usuario es root, ¿qué pasa?",
        "A senha do servidor é {pw}, usuário admin.",
        "Das Passwort für den Testserver lautet {pw}, Benutzer ist jenkins.",
        "Bonjour, le mot de passe de la base est {pw} mais Django refuse.",
        "Salve, la password del NAS è {pw} ma non funziona",
        "мой пароль {pw} не подходит к серверу",
        "サーバーのパスワードは {pw} です。",
        "服务器密码是 {pw}，用户名是 admin",
        "비밀번호는 {pw} 입니다",
        "मेरा पासवर्ड {pw} है लेकिन लॉगिन नहीं हो रहा",
        "login admin, pw {pw}. the cpu panel is broken",
    ],
)
def test_passwords_in_sentences(template: str) -> None:
    pw = typed_password()
    assert ("PASSWORD", pw) in found(template.format(pw=pw))


@pytest.mark.parametrize(
    "text",
    [
        "the password is too short",
        "password is required",
        "See the password policy for details.",
        "Das Passwort ist erforderlich und muss 12 Zeichen haben.",
        "La contraseña es incorrecta.",
        "Le mot de passe est trop court (8 caractères minimum).",
        "パスワードは必須です",
        "密码是必填项，至少8位",
        "пароль должен содержать не менее 8 символов",
        "पासवर्ड गलत है",
        "Das Passwort lautet P@ssw0rd und muss geändert werden",
        "la contraseña es: <tu-contraseña>",
        "pw reset done for user bob",
        "mot de passe : jean.dupont@exemple.fr",
        "A senha é SHA256 (hash).",
    ],
)
def test_password_sentences_negatives(text: str) -> None:
    assert found(text) == []


def test_prose_password_validator() -> None:
    assert prose_password("Kestrel4821#mnop") is None
    assert prose_password("required") is False  # one class
    assert prose_password("Abc1!") is False  # too short
    assert prose_password("P@ssw0rd") is False  # a placeholder
    assert prose_password("v1.22.0-rc1") is False  # a version
