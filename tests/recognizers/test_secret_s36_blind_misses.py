"""Secrets the session-36 held-out sets (blind38s, blind39s, blind40s: developer prompts written
without reading the rules) missed or flagged wrongly, each as a kind with hard negatives next to it:
human passwords that spell a placeholder word inside a capitalised word ("Violetsunset"), UUID keys
under key names that grant access, Web3 RPC URLs with their key in the path, CJK and Dutch prose with
no copula, Go's "key, err := hex.DecodeString(...)", a PAT alone as a URL's userinfo or encoded for a
Basic header, and the values that are not secrets (a Spring "classpath:" file, a scanner's regex, the
Android debug keystore's documented password, Discord ids, certificate fingerprints).

Every credential here is generated at test time (seeded) or written for this file."""

from __future__ import annotations

import random
import string

import pytest

from promptguard import Guard
from promptguard.recognizers.secret_values import is_placeholder, secret_filter

LOWER = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
SECRETS = Guard({"packs": ["secrets"], "injection": {"enabled": False}, "ner": {"enabled": False}})
DEFAULT = Guard.from_config("default")


def rnd(n: int, alphabet: str = ALNUM, seed: str = "") -> str:
    rng = random.Random(f"s36:{seed}:{n}:{alphabet[:4]}")
    return "".join(rng.choice(alphabet) for _ in range(n))


def secret_spans(text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in SECRETS.scan(text).findings]


def values(text: str) -> list[str]:
    return [v for _, v in secret_spans(text)]


@pytest.mark.parametrize("word", ["Violetsunset", "Goldensample", "Counterexample", "Autumnfake"])
def test_a_placeholder_word_inside_a_capitalised_word_is_a_password(word: str) -> None:
    password = f"{word}{random.Random(word).randint(1000, 9999)}!"
    assert not is_placeholder(password)
    for text in (f"stringData:\n  admin-password: {password}\n", f"DB_PASSWORD={password}\n"):
        assert ("PASSWORD", password) in secret_spans(text), text


@pytest.mark.parametrize("value", ["ChangeMe2024!", "YourTokenHere", "Testexample123", "my-example-key", "Notset"])
def test_placeholders_written_as_words_stay_placeholders(value: str) -> None:
    assert is_placeholder(value)
    assert values(f"DB_PASSWORD={value}\n") == []


UUID = "294971b7-c478-4b40-b907-9940027f8d73"


@pytest.mark.parametrize("name", ["CYPRESS_RECORD_KEY", "NEW_RELIC_LICENSE_KEY", "ADMIN_KEY", "service_key"])
def test_a_uuid_under_a_key_name_that_grants_access_is_a_secret(name: str) -> None:
    assert values(f"{name}: {UUID}") == [UUID]


@pytest.mark.parametrize("name", ["ACCESS_KEY_ID", "IDEMPOTENCY_KEY", "partition_key", "CACHE_KEY", "client_key_id"])
def test_a_uuid_under_an_id_or_structural_key_name_is_not(name: str) -> None:
    assert values(f"{name}: {UUID}") == []


def test_web3_rpc_urls_carry_their_key_in_the_path() -> None:
    alchemy = rnd(32, ALNUM + "_-", "alchemy")
    infura = rnd(32, HEX, "infura")
    quicknode = rnd(40, HEX, "quicknode")
    text = (
        f'sepolia: {{ url: "https://eth-sepolia.g.alchemy.com/v2/{alchemy}" }},\n'
        f"WEB3_WS=wss://mainnet.infura.io/ws/v3/{infura}\n"
        f"RPC=https://frosty-wild.solana-mainnet.quiknode.pro/{quicknode}/\n"
    )
    found = secret_spans(text)
    assert ("ALCHEMY_API_KEY", alchemy) in found
    assert ("INFURA_API_KEY", infura) in found
    assert ("QUICKNODE_TOKEN", quicknode) in found
    assert values("https://eth-mainnet.g.alchemy.com/v2/demo and https://mainnet.infura.io/v3/YOUR-API-KEY") == []


def test_httpie_query_parameters_are_assignments() -> None:
    key = rnd(32, ALNUM, "owm")
    assert values(f"http GET https://api.openweathermap.org/data/2.5/weather q==Lisbon appid=={key} units==metric") == [
        key
    ]


def test_cjk_and_dutch_prose_passwords_without_a_copula() -> None:
    pw = rnd(12, ALNUM, "cjk")
    assert pw in values(f"数据库连不上了，用户名 admin，密码 {pw}，主机 10.1.2.3 端口 3306")
    assert pw in values(f"パスワード {pw} でログインできません")
    dutch = "Lemonmaple" + str(random.Random("nl").randint(1000, 9999))
    assert dutch in values(f"Gebruiker root@pam, wachtwoord {dutch}?. Via SSH lukt het wel.")
    for clean in ("密码 MD5 加密后存储，不要用 SHA1", "Benutzer admin, Passwort vergessen? Link anfordern"):
        assert values(clean) == [], clean


def test_go_decodes_key_material_into_two_results() -> None:
    key = rnd(64, HEX, "go")
    for text in (f'var encKey, _ = hex.DecodeString("{key}")', f'aesKey, err := hex.DecodeString("{key}")'):
        assert values(text) == [key], text
    assert values('data, _ := hex.DecodeString("48656c6c6f20576f726c6421212121")') == []
    assert values(f'pubKey, _ := hex.DecodeString("04{key}")') == []


def test_a_pat_as_userinfo_or_encoded_for_basic_auth() -> None:
    pat = rnd(52, LOWER + "234567", "ado")
    assert values(f"git clone https://{pat}@dev.azure.com/acme/Platform/_git/infra") == [pat]
    header = (
        f"git -c http.extraheader=\"AUTHORIZATION: Basic $(printf ':{pat}' | base64)\" clone https://dev.azure.com/a"
    )
    assert pat in values(header)
    for clean in (
        "ssh://git@github.com/acme/api.git",
        "https://${AZURE_DEVOPS_PAT}@dev.azure.com/acme/x/_git/y",
        "echo -n ':$AZURE_DEVOPS_PAT' | base64",
        "printf 'hello world' | base64",
    ):
        assert values(clean) == [], clean


def test_values_that_are_not_secrets() -> None:
    assert secret_filter("ghp_[A-Za-z0-9]{36}", kind="secret").filter == "regex_pattern"
    pw = "Orangemango" + str(random.Random("ks").randint(1000, 9999)) + "*"
    text = f"server:\n  ssl:\n    key-store: classpath:keystore.p12\n    key-store-password: {pw}\n"
    assert values(text) == [pw]
    assert (
        values("pre-commit patterns:\ngithub_pat: 'ghp_[A-Za-z0-9]{36}'\nslack: 'xox[baprs]-[0-9A-Za-z-]{10,48}'") == []
    )
    assert values("keytool -list -v -keystore debug.keystore -alias androiddebugkey -storepass android") == []


def test_chat_ids_and_fingerprints_are_not_cards_or_addresses() -> None:
    ids = "Discord: guild 653040397312924317, channel 2620738900143789465, message 5823294006619188483"
    assert [f.entity_type for f in DEFAULT.scan(ids).findings if f.entity_type == "CREDIT_CARD"] == []
    fingerprint = ":".join(rnd(2, "0123456789ABCDEF", f"fp{i}") for i in range(32))
    found = DEFAULT.scan(f"Certificate fingerprints:\n     SHA256: {fingerprint}\n").findings
    assert [f for f in found if f.entity_type == "IP_ADDRESS"] == []
    address = "6e40:4041:c617:e898:c11:40d2:c669:2eb4"
    assert [f.entity_type for f in DEFAULT.scan(f"peer {address} connected").findings] == ["IP_ADDRESS"]


def test_jndi_credentials_and_generated_passphrases_with_a_glued_number() -> None:
    pw = rnd(10, ALNUM, "jndi") + "?"
    jndi = 'env.put(Context.SECURITY_PRINCIPAL, "cn=admin,dc=acme,dc=io");\n'
    assert values(jndi + f'env.put(Context.SECURITY_CREDENTIALS, "{pw}");') == [pw]
    assert values('env.put(Context.SECURITY_CREDENTIALS, System.getenv("LDAP_PASSWORD"));') == []
    phrase = "-".join(rnd(6, LOWER, f"w{i}") for i in range(3)) + "40"
    assert values(f"Le mot de passe est « {phrase} » pour le wifi") == [phrase]
    for build in ("ubuntu-focal-amd64", "NIST-800-63B"):
        assert values(f"le mot de passe est {build}") == [], build


@pytest.mark.parametrize(
    "template",
    [
        'var auth = Convert.ToBase64String(Encoding.ASCII.GetBytes("svc_jira:{pw}"));',
        'auth = base64.b64encode(b"svc_jira:{pw}").decode()',
        "const auth = btoa('svc_jira:{pw}');",
        'creds := base64.StdEncoding.EncodeToString([]byte("svc_jira:{pw}"))',
        '$pair = "svc_jira:{pw}"\n$b64 = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))',
    ],
)
def test_a_user_password_pair_encoded_for_basic_auth_in_code(template: str) -> None:
    pw = rnd(9, ALNUM, template[:6]) + "#"
    assert values(template.replace("{pw}", pw)) == [pw]
    assert values(template.replace("svc_jira:{pw}", "user:password")) == []
