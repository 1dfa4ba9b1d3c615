"""Secrets on realistic developer prompts, second set: file kinds, languages and names
``secrets_prompts`` does not write.

``benchmarks/secrets_prompts.py`` holds the data model (``Item``, ``Doc``, ``Prompt``), the
provider families and the scorer; this module adds templates written independently of it and of
any dataset: code in Go, Rust, C#, Kotlin, Swift, PHP and Ruby; Kubernetes Secrets mixing
``data:`` (base64) and ``stringData:``; registry credential files (``.npmrc``, ``.pypirc``,
``pip.conf``, ``.netrc``, ``.git-credentials``, docker ``config.json``); JDBC / ODBC / Mongo /
Redis URLs; CI logs (GitHub Actions, GitLab, Jenkins); stack traces that print their config; raw
HTTP request dumps; chat messages in nine languages; Azure keys pasted from a localised portal;
camelCase and glued names (``dbpass``, ``apiKey``, ``clientsecret``); passwords in prose.

It also adds families the first set lacks (``password`` and ``generic_secret`` under glued or
camelCase names, session keys, a few provider formats) and hard negatives written where a
secret would go: redacted values (``****``, ``<redacted>``, ``sk-...XXXX``), CI secret and
environment references, documented example keys, checksums, SRI hashes, commit SHAs, UUIDs,
base64 of non-secret text, and primary keys in the database sense.

Templates are split by template: ``dev`` (looked at while fixing the pack) and ``holdout``
(scored before and after only, never tuned on). Scoring is ``secrets_prompts.score_promptguard``.

Run: ``python -m benchmarks.secrets_prompts_more [--n N] [--seed S] [--out DIR] [--show-misses]``.
Results never contain a prompt's text or a value; ``--show-misses`` prints dev-split misses
(generated values only) to the terminal.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import sys
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.secrets_prompts import (
    _ALNUM,
    _B64,
    _HEX,
    _URLSAFE,
    FAMILIES,
    Doc,
    Fam,
    Item,
    Prompt,
    Template,
    _pct,
    any_password,
    b64url,
    generate,
    name,
    negatives,
    promptguard_findings,
    rs,
    score_promptguard,
    slot,
)

__all__ = ["MORE_FAMILIES", "MORE_TEMPLATES", "generate_more", "main", "more_negatives"]

_LOWER_DIGITS = string.ascii_lowercase + string.digits


# ============================================================================ extra families
_GLUED_PASSWORD_NAMES = [
    ("dbpass",),
    ("dbpassword",),
    ("mysqlpwd",),
    ("rootpw",),
    ("adminpass",),
    ("smtppasswd",),
    ("db", "Pass"),
    ("admin", "Password"),
    ("sftp", "Password"),
    ("keystore", "Pass"),
    ("redis", "Auth"),
    ("user", "Pwd"),
    ("pgpassword",),
    ("mongo", "Pass"),
]


def f_password_glued(r: random.Random) -> list[Item]:
    """A password under a glued or camelCase name (``dbpass``, ``adminPassword``)."""
    return [Item(r.choice(_GLUED_PASSWORD_NAMES), any_password(r), "password_glued")]


_GLUED_SECRET_NAMES = [
    ("apikey",),
    ("authtoken",),
    ("accesstoken",),
    ("clientsecret",),
    ("secretkey",),
    ("api", "Secret"),
    ("x", "Api", "Key"),
    ("service", "Token"),
    ("private", "Token"),
    ("signing", "Secret"),
    ("hmac", "Key"),
    ("bearer", "Token"),
]


def f_generic_glued(r: random.Random) -> list[Item]:
    """A prefix-less random secret under a glued or camelCase name."""
    k = r.randrange(4)
    if k == 0:
        v = rs(r, _HEX, r.choice([32, 40, 64]))
    elif k == 1:
        v = rs(r, _ALNUM, r.choice([28, 32, 48]))
    elif k == 2:
        v = b64url(r.randbytes(r.choice([24, 32])))
    else:
        v = base64.b64encode(r.randbytes(r.choice([30, 33]))).decode()
    return [Item(r.choice(_GLUED_SECRET_NAMES), v, "generic_glued")]


def f_session(r: random.Random) -> list[Item]:
    """Session keys and cookies: ``sess_``/``sess-`` tokens, framework session cookies."""
    k = r.randrange(3)
    if k == 0:
        return [Item(("session", "key"), "sess_" + rs(r, _ALNUM, r.choice([32, 40])), "session")]
    if k == 1:
        return [Item(("session", "token"), "sess-" + rs(r, _ALNUM, 40), "session")]
    return [Item(("session", "id"), rs(r, _LOWER_DIGITS, 32), "session", kind="cookie")]


def f_azure_key(r: random.Random) -> list[Item]:
    """Azure resource keys as the portal shows them (Cognitive Services / OpenAI: 32 hex; storage,
    Service Bus, Cosmos DB: 88-character base64), pasted under the portal's localised labels."""
    if r.random() < 0.5:
        return [Item(("primary", "key"), rs(r, _HEX, 32), "azure_portal", kind="portal")]
    return [Item(("primary", "key"), rs(r, _B64, 86) + "==", "azure_portal", kind="portal")]


# Provider formats the first set does not write (shapes from the providers' own documentation;
# Akamai, Stytch, E2B, Anyscale, Browserbase and Paddle had no rule before this set).
def f_new_provider(r: random.Random) -> list[Item]:
    k = r.randrange(11)
    if k == 0:
        # Atlassian API token (Jira / Confluence Cloud, since 2023): ATATT3 + 180 + "=" + 8 hex.
        v = "ATATT3" + rs(r, _URLSAFE, 176) + "=" + rs(r, _HEX.upper(), 8)
        return [Item(("jira", "api", "token"), v, "new_provider")]
    if k == 1:
        return [Item(("do", "token"), "dop_v1_" + rs(r, _HEX, 64), "new_provider")]
    if k == 2:
        return [Item(("linear", "api", "key"), "lin_api_" + rs(r, _ALNUM, 40), "new_provider")]
    if k == 3:
        return [Item(("notion", "token"), "ntn_" + rs(r, _DIGITS, 11) + rs(r, _ALNUM, 35), "new_provider")]
    if k == 4:
        return [Item(("docker", "hub", "token"), "dckr_pat_" + rs(r, _URLSAFE, 27), "new_provider")]
    if k == 5:
        v = "akab-" + rs(r, _LOWER_DIGITS, 16) + "-" + rs(r, _LOWER_DIGITS, 16)
        return [Item(r.choice([("client", "token"), ("access", "token")]), v, "new_provider")]
    if k == 6:
        v = "secret-" + r.choice(["live", "test"]) + "-" + rs(r, _URLSAFE, 36) + "="
        return [Item(("stytch", "secret"), v, "new_provider")]
    if k == 7:
        return [Item(("e2b", "api", "key"), "e2b_" + rs(r, _HEX, 40), "new_provider")]
    if k == 8:
        return [Item(("anyscale", "api", "key"), "esecret_" + rs(r, _LOWER_DIGITS, 32), "new_provider")]
    if k == 9:
        return [Item(("browserbase", "api", "key"), "bb_live_" + rs(r, _URLSAFE, 27), "new_provider")]
    ulid = "01" + rs(r, "0123456789abcdefghjkmnpqrstvwxyz", 24)
    v = "pdl_" + r.choice(["live", "sdbx"]) + "_apikey_" + ulid + "_" + rs(r, _ALNUM, 22) + "_" + rs(r, _ALNUM, 3)
    return [Item(("paddle", "api", "key"), v, "new_provider")]


_DIGITS = string.digits

MORE_FAMILIES: dict[str, Fam] = {
    **FAMILIES,
    "password_glued": f_password_glued,
    "generic_glued": f_generic_glued,
    "session": f_session,
    "azure_portal": f_azure_key,
    "new_provider": f_new_provider,
}


# ============================================================================ extra hard negatives
def more_negatives(r: random.Random) -> list[Item]:
    """Look-alikes written where a secret would go."""
    sha = rs(r, _HEX, 40)
    pool = [
        (
            ("api", "key"),
            r.choice(
                ["sk-...XXXX", "sk-proj-****************", "sk-ant-...", "<redacted>", "sk-proj-..." + rs(r, _ALNUM, 4)]
            ),
            "redacted",
        ),
        (("password",), r.choice(["[REDACTED]", "********", "***", "<hidden>", "(redacted)", "•••••••"]), "redacted"),
        (("github", "token"), "ghp_" + "*" * 36, "redacted"),
        (
            ("token",),
            r.choice(["${{ secrets.DEPLOY_TOKEN }}", "$CI_JOB_TOKEN", "%API_TOKEN%", "$(API_TOKEN)"]),
            "env_ref",
        ),
        (
            ("secret", "key"),
            r.choice(['os.environ["SECRET_KEY"]', "process.env.SECRET_KEY", "ENV['SECRET_KEY']"]),
            "env_ref",
        ),
        (
            ("db", "password"),
            r.choice(["${DB_PASSWORD:?missing}", "{{ vault_db_password }}", "${DB_PASSWORD:-}"]),
            "env_ref",
        ),
        (("stripe", "key"), "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "documented_example"),
        (("aws", "secret", "access", "key"), "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "documented_example"),
        (("checksum",), "sha256:" + hashlib.sha256(r.randbytes(20)).hexdigest(), "hash"),
        (("integrity",), "sha384-" + base64.b64encode(r.randbytes(48)).decode(), "integrity_hash"),
        (("commit",), sha, "git_sha"),
        (("correlation", "id"), str(uuid.UUID(int=r.getrandbits(128))), "uuid"),
        (
            ("config",),
            base64.b64encode(r.choice([b"log_level=debug\nport=8080\n", b"hello world", b"mode: standalone"])).decode(),
            "base64_text",
        ),
        (("primary", "key"), r.choice(["order_id", "(tenant_id, user_id)", "id", "customer_uuid"]), "db_primary_key"),
        (("md5",), hashlib.md5(r.randbytes(8)).hexdigest(), "hash"),
        (("public", "key"), "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, _B64, 43) + " ci@build", "ssh_public_key"),
        (("key", "id"), "kid-" + rs(r, _LOWER_DIGITS, 8), "hex_id"),
        (("password", "hint"), r.choice(["at least 12 chars", "same as wifi", "ask Priya"]), "prose"),
    ]
    return [Item(words, v, look=look) for words, v, look in pool]


def _neg_pool(r: random.Random) -> list[Item]:
    return negatives(r) + more_negatives(r)


# ============================================================================ helpers
_SLOT_LOOKS = ("redacted", "env_ref", "placeholder", "documented_example")


def _slot(r: random.Random, it: Item) -> Item:
    """In a place that says "credential" (a .netrc password, an Authorization header, "here's my
    key:"), a hard negative is a placeholder, a redacted value, a reference or a documented example."""
    return it if it.family is not None or it.look in _SLOT_LOOKS else slot(r, it)


def json_escape(s: str) -> str:
    """A JSON / C-family string body; non-ASCII stays as typed (an editor does not escape it)."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def _lit(it: Item) -> str:
    """Secret names as code identifiers."""
    return name(it.words, "camel")


def _scream(it: Item) -> str:
    return name(it.words, "SCREAMING")


def _one_line(it: Item) -> bool:
    return it.kind not in ("block", "json_blob")


def _ask(r: random.Random, options: Sequence[str]) -> str:
    return r.choice(list(options))


def _is_password(it: Item) -> bool:
    return it.family in ("password", "password_glued")


def _pw_user(r: random.Random) -> str:
    return r.choice(["deploy", "svc_api", "admin", "ci", "j.doe", "root", "backup"])


# ============================================================================ templates (dev)
def t_go_client(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    d = Doc().t(_ask(r, ["why do I get 403 from this Go client?", "Go: refactor this into a config struct pls"]))
    d.t('\n\n```go\npackage client\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nvar cfg = Config{\n')
    d.t('\tBaseURL: "https://api.acme.dev/v3",\n\tRegion:  os.Getenv("AWS_REGION"),\n')
    for it in items + r.sample(neg, 2):
        field = name(it.words, "Pascal")
        if _one_line(it):
            d.t(f'\t{field}: "').item(it, json_escape).t('",\n')
        else:
            d.t(f"\t{field}: `").item(it).t("`,\n")
    d.t("}\n\nfunc (c *Client) do(req *http.Request) (*http.Response, error) {\n")
    d.t('\treq.Header.Set("Authorization", "Bearer "+c.token)\n\treturn c.hc.Do(req)\n}\n```\n')
    return d


def t_rust_main(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    d = Doc().t("Rust borrow checker complains about the client builder, full file:\n\n```rust\n")
    d.t("use reqwest::Client;\n\n")
    for it in items + r.sample(neg, 1):
        if _one_line(it):
            d.t(f'const {_scream(it)}: &str = "').item(it, json_escape).t('";\n')
        else:
            d.t(f'const {_scream(it)}: &str = r#"').item(it).t('"#;\n')
    d.t('\n#[tokio::main]\nasync fn main() -> anyhow::Result<()> {\n    let region = std::env::var("REGION")?;\n')
    d.t("    let client = Client::builder().build()?;\n    let res = client.get(URL)")
    first = items[0]
    if first.kind == "header" or first.family is None:
        d.t(".send().await?;\n")
    elif _is_password(first):
        d.t(f'.basic_auth("{_pw_user(r)}", Some("').item(first, json_escape).t('")).send().await?;\n')
    else:
        d.t('.bearer_auth("').item(first, json_escape).t('").send().await?;\n')
    d.t('    println!("{}", res.status());\n    Ok(())\n}\n```\n')
    return d


def t_csharp(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    d = Doc().t("C# / .NET 8: HttpClient returns Unauthorized. What am I missing?\n\n```csharp\n")
    d.t("public static class Secrets\n{\n")
    for it in items + r.sample(neg, 2):
        if _one_line(it):
            d.t(f'    public const string {name(it.words, "Pascal")} = "').item(it, json_escape).t('";\n')
        else:
            d.t(f'    public const string {name(it.words, "Pascal")} = @"').item(it).t('";\n')
    d.t("}\n\nvar handler = new HttpClientHandler();\n")
    for it in items:
        if _is_password(it) and r.random() < 0.6:
            pw = Item(it.words, it.secret.replace('"', ""), it.family)
            d.t(f'handler.Credentials = new NetworkCredential("{_pw_user(r)}", "').item(pw).t('");\n')
    d.t('var client = new HttpClient(handler) { BaseAddress = new Uri("https://erp.acme.local/") };\n')
    d.t('client.DefaultRequestHeaders.Add("X-Api-Key", Secrets.')
    d.t(name(items[0].words, "Pascal") + ");\n```\n")
    return d


def t_k8s_secret_mixed(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    d = Doc().t("the pod crashloops with 'auth failed', here is the secret and the configmap:\n\n")
    d.t("apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-credentials\n  namespace: prod\ntype: Opaque\ndata:\n")
    d.t(f"  username: {base64.b64encode(_pw_user(r).encode()).decode()}\n")
    string_data: list[Item] = []
    for it in items:
        if _one_line(it) and it.look != "env_ref" and r.random() < 0.6:
            enc = Item(it.words, base64.b64encode(it.value.encode()).decode(), it.family, look=it.look)
            d.t(f"  {name(it.words, 'snake')}: ").item(enc).t("\n")
        else:
            string_data.append(it)
    if string_data:
        d.t("stringData:\n")
        for it in string_data:
            if _one_line(it):
                d.t(f'  {name(it.words, "kebab")}: "').item(it, json_escape).t('"\n')
            else:
                d.t(f"  {name(it.words, 'kebab')}: |\n    ").item(it, lambda s: s.replace("\n", "\n    ")).t("\n")
    d.t("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api-config\ndata:\n")
    for it in r.sample(neg, 2):
        d.t(f'  {name(it.words, "snake")}: "').item(it, json_escape).t('"\n')
    d.t(f"  app.properties: {base64.b64encode(b'feature.x=true').decode()}\n")
    return d


def t_registry_files(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    """Registry and VCS credential files in their own syntax."""
    items = [slot(r, it) for it in items]  # a placeholder or a variable, never an env lookup
    d = Doc().t(_ask(r, ["pip/npm/git all fail with 401 on the new runner, config files:", "setting up a dev box:"]))
    d.t("\n\n")
    host = r.choice(["nexus.acme.corp", "artifactory.acme.io", "gitlab.acme.net"])
    for it in items:
        if not _one_line(it):
            d.t("and the deploy key:\n").item(it).t("\n\n")
            continue
        k = r.randrange(6)
        v = Item(it.words, it.secret, it.family) if it.family else it  # the credential alone
        if k == 0 and (_is_password(it) or it.family == "connection_credentials"):
            # npm keeps a registry password base64-encoded (_password), next to the username.
            b64 = Item(it.words, base64.b64encode(it.secret.encode()).decode(), it.family)
            d.t(f"~/.npmrc\n//{host}/repository/npm/:username={_pw_user(r)}\n//{host}/repository/npm/:_password=")
            d.item(b64).t("\nalways-auth=true\n\n")
        elif k == 0:
            d.t(f"~/.npmrc\n//{host}/repository/npm/:_authToken=").item(v).t("\nalways-auth=true\n\n")
        elif k == 1:
            d.t(f"~/.pypirc\n[internal]\nrepository = https://{host}/pypi/\nusername = {_pw_user(r)}\npassword = ")
            d.item(v).t("\n\n")
        elif k == 2:
            v = Item(it.words, quote_userinfo(it.secret), it.family) if it.family else it
            d.t(f"/etc/pip.conf\n[global]\nindex-url = https://{_pw_user(r)}:").item(v).t(f"@{host}/simple\n\n")
        elif k == 3:
            d.t(f"~/.netrc\nmachine {host}\n  login {_pw_user(r)}\n  password ").item(v).t("\n\n")
        elif k == 4:
            v = Item(it.words, quote_userinfo(it.secret), it.family) if it.family else it
            d.t("~/.git-credentials\nhttps://oauth2:").item(v).t(f"@{host}\n\n")
        else:
            auth = base64.b64encode(f"{_pw_user(r)}:{v.value}".encode()).decode()
            d.t('~/.docker/config.json\n{\n  "auths": {\n    "' + host + '": {\n      "auth": "')
            d.item(Item(it.words, auth, it.family)).t('"\n    }\n  },\n  "credsStore": "desktop"\n}\n\n')
    for it in r.sample(neg, 2):
        d.t(f"# {' '.join(it.words)}: ").item(it).t("\n")
    return d


def t_http_dump(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    items = [_slot(r, it) for it in items]
    d = Doc().t("Copied from Charles / mitmproxy; the server answers 401. Request:\n\n")
    d.t("POST /api/v2/sync HTTP/1.1\r\nHost: api.acme.io\r\nUser-Agent: okhttp/4.12.0\r\n")
    for it in items:
        if not _one_line(it):
            d.t('Content-Type: application/json\r\n\r\n{"key": "').item(it, json_escape).t('"}\r\n')
            continue
        if it.kind == "cookie":
            d.t(f"Cookie: _ga=GA1.2.{r.randrange(10**9)}.{r.randrange(10**9)}; sessionid=").item(it).t(
                "; theme=dark\r\n"
            )
            continue
        if it.kind == "header":
            d.t("Authorization: ").item(it).t("\r\n")
            continue
        hdr = r.choice(
            ["Authorization: Token ", "Authorization: Bearer ", "X-Api-Key: ", "X-Auth-Token: ", "api-key: "]
        )
        if _is_password(it):
            basic = base64.b64encode(f"{_pw_user(r)}:{it.secret}".encode()).decode()
            d.t("Authorization: Basic ").item(Item(it.words, basic, it.family)).t("\r\n")
        elif it.kind in ("url",):
            d.t("Referer: ").item(it).t("\r\n")
        else:
            d.t(hdr).item(it).t("\r\n")
    for it in r.sample(neg, 2):
        d.t(f"X-{'-'.join(w.capitalize() for w in it.words)}: ").item(it).t("\r\n")
    d.t(f"X-Request-ID: {uuid.UUID(int=r.getrandbits(128))}\r\n")
    if r.random() < 0.4:
        d.t(
            'Authorization: Digest username="ops", realm="api", nonce="'
            + rs(r, _HEX, 32)
            + '", uri="/api/v2/sync", response="'
            + rs(r, _HEX, 32)
            + '"\r\n'
        )
    d.t('\r\nResponse:\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\n')
    return d


_CHAT_LINES = {
    "ja": ("APIキーはこれです：", "。なぜか401になります。", "パスワードは "),
    "ko": ("제 API 키는 ", " 인데 계속 인증 오류가 나요.", "비밀번호는 "),
    "zh": ("这是我的密钥：", "，调用时一直报错 401。", "密码是 "),
    "de": ("hier ist mein Schlüssel: ", " – trotzdem kommt 401 zurück.", "das Passwort ist "),
    "fr": ("voici ma clé : ", ", mais j'ai toujours une erreur 401.", "le mot de passe est "),
    "es": ("esta es mi clave: ", " y sigue dando error 401.", "la contraseña es "),
    "pt": ("segue minha chave: ", " mas continua dando 401.", "a senha é "),
    "ru": ("вот мой ключ: ", ", но API всё равно отвечает 401.", "пароль "),
    "en": ("here's my key: ", " and it still says unauthorized.", "the password is "),
}


def t_chat_i18n(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    items = [_slot(r, it) for it in items]
    lang = r.choice(list(_CHAT_LINES))
    key_intro, trouble, pw_intro = _CHAT_LINES[lang]
    d = Doc()
    for it in items:
        if not _one_line(it):
            d.t(key_intro.rstrip(" ：:") + "\n\n").item(it).t("\n\n")
        elif _is_password(it):
            d.t(pw_intro).item(it).t(trouble + "\n")
        else:
            d.t(key_intro).item(it).t(trouble + "\n")
    if r.random() < 0.5:
        n = r.choice(neg)
        d.t(f"(request id {uuid.UUID(int=r.getrandbits(128))}, {' '.join(n.words)} ").item(n).t(")\n")
    return d


def t_gha_log(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    d = Doc().t("Our GitHub Actions job fails at the deploy step, log below:\n\n")
    ts = f"2026-11-{r.randrange(10, 28)}T{r.randrange(10, 23)}:{r.randrange(10, 59)}:"
    d.t(f"{ts}01.1234567Z ##[group]Run ./scripts/deploy.sh\n{ts}01.1234901Z env:\n")
    d.t(f"{ts}01.1235001Z   NPM_TOKEN: ***\n{ts}01.1235101Z   AWS_REGION: eu-west-1\n")
    for it in items:
        if _one_line(it):
            d.t(f"{ts}01.1235201Z   {_scream(it)}: ").item(it).t("\n")
        else:
            d.t(f"{ts}01.1235201Z   {_scream(it)}: ").item(it, lambda s: s.replace("\n", "\\n")).t("\n")
    for it in r.sample(neg, 2):
        d.t(f"{ts}01.1235301Z   {_scream(it)}: ").item(it).t("\n")
    d.t(f"{ts}01.1236001Z ##[endgroup]\n{ts}02.0000001Z + curl -fsS https://deploy.acme.io/hook\n")
    d.t(f"{ts}03.0000001Z ##[error]Process completed with exit code 22.\n")
    return d


def t_ts_config(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    d = Doc().t("TypeScript: how do I type this config object properly?\n\n```ts\nexport const config = {\n")
    d.t("  env: process.env.NODE_ENV ?? 'development',\n  apiBase: 'https://api.acme.io',\n")
    for it in items + r.sample(neg, 2):
        key = name(it.words, "camel")
        if _one_line(it):
            q = r.choice(["'", '"', "`"])
            d.t(f"  {key}: {q}").item(it, json_escape).t(f"{q},\n")
        else:
            d.t(f"  {key}: `").item(it).t("`,\n")
    d.t("} as const;\n```\n")
    return d


_CONNECTABLE = ("password", "password_glued", "connection_credentials", "generic_secret", "generic_glued")


def t_connection_urls(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    d = Doc().t("Which of these connection strings is wrong? The app can't reach any of the stores.\n\n")
    for it in items:
        if it.family in _CONNECTABLE and _one_line(it):
            pw = it.secret
            k = r.randrange(5)
            user = _pw_user(r)
            if it.family == "connection_credentials":
                d.t("url: ").item(it).t("\n")
            elif k == 0:
                d.t(f"spring.datasource.url=jdbc:postgresql://pg.acme.local:5432/app?user={user}&password=")
                d.item(Item(it.words, pw.replace("&", ""), it.family)).t("\n")
            elif k == 1:
                d.t(f"ODBC: Driver={{ODBC Driver 18 for SQL Server}};Server=sql01;Database=erp;Uid={user};Pwd=")
                d.item(Item(it.words, pw.replace(";", "").replace("}", ""), it.family)).t(";\n")
            elif k == 2:
                d.t(f"MONGO_URI=mongodb://{user}:").item(Item(it.words, quote_userinfo(pw), it.family))
                d.t("@mongo-0.mongo:27017,mongo-1.mongo:27017/admin?replicaSet=rs0\n")
            elif k == 3:
                d.t("REDIS_URL=rediss://default:").item(Item(it.words, quote_userinfo(pw), it.family))
                d.t("@redis.acme.cloud:6380/0\n")
            else:
                d.t(f"jdbc:sqlserver://sql01:1433;databaseName=erp;user={user};password=")
                d.item(Item(it.words, pw.replace(";", ""), it.family)).t(";encrypt=true\n")
        elif _one_line(it):
            d.t(f"{_scream(it)}=").item(it).t("\n")
        else:
            d.t("cert:\n").item(it).t("\n")
    d.t("spring.datasource.username=app\nspring.datasource.password=${DB_PASSWORD}\n")
    for it in r.sample(neg, 2):
        d.t(f"{name(it.words, 'dotted')}=").item(it).t("\n")
    return d


def quote_userinfo(v: str) -> str:
    from benchmarks.secrets_prompts import userinfo

    return userinfo(v)


def t_prose_password(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    items = [_slot(r, it) for it in items]
    d = Doc().t(r.choice(["Hi team, ", "FYI ", "", "Quick handover note: "]))
    for it in items:
        what = " ".join(it.words)
        if not _one_line(it):
            d.t(f"the {what} is attached below\n\n").item(it).t("\n\n")
        elif _is_password(it):
            d.t(
                r.choice(
                    [
                        f"you can log into the staging box as {_pw_user(r)}, password is ",
                        "I reset it, the new one is ",
                        f"creds for the vpn: {_pw_user(r)} / ",
                        "use this password: ",
                    ]
                )
            ).item(it).t(r.choice([" (please change it after)", ". ", " - don't share it\n"]))
        else:
            d.t(r.choice([f"the {what} we got from the vendor is ", f"I generated a new {what}: "])).item(it).t(". ")
    n = r.choice(neg)
    d.t(f"\nOld ticket for reference: {' '.join(n.words)} was ").item(n).t(".\n")
    return d


def t_cli_session(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    """A terminal session: clients that take the credential on the command line."""
    d = Doc().t("None of these connect from the bastion, what's wrong? Terminal:\n\n")
    host = r.choice(["10.20.4.17", "db-prod-1.internal", "pg.acme.local"])
    for it in items:
        if not _one_line(it):
            d.t("$ cat > ~/.ssh/id_deploy <<'EOF'\n").item(it).t("\nEOF\n")
        elif it.family == "connection_credentials":
            d.t('$ psql "').item(it).t('"\npsql: error: connection refused\n')
        elif _is_password(it):
            k = r.randrange(4)
            if k == 0:
                d.t(f"$ mysql -h {host} -u {_pw_user(r)} -p'").item(it, lambda v: v.replace("'", "")).t("' shop\n")
            elif k == 1:
                d.t(f"$ redis-cli -h {host} -a '").item(it, lambda v: v.replace("'", "")).t("' ping\n")
            elif k == 2:
                d.t("$ PGPASSWORD='").item(it, lambda v: v.replace("'", "")).t(f"' psql -h {host} -U app\n")
            else:
                d.t("$ sshpass -p '").item(it, lambda v: v.replace("'", "")).t(f"' ssh {_pw_user(r)}@{host}\n")
            d.t("ERROR 1045 (28000): Access denied\n")
        else:
            d.t(f"$ docker run --rm -e {_scream(it)}=").item(it).t(" acme/cli:2.3 sync\n401 Unauthorized\n")
    for it in r.sample(neg, 2):
        d.t(f"$ echo ${_scream(it)}\n").item(it).t("\n")
    return d


def t_systemd_unit(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    d = Doc().t("systemd keeps restarting the worker; /etc/systemd/system/worker.service:\n\n[Unit]\n")
    d.t("Description=Acme worker\nAfter=network-online.target\n\n[Service]\nUser=acme\n")
    for it in items + r.sample(neg, 2):
        if _one_line(it):
            q = r.choice(['"', ""])
            d.t(f"Environment={q}{_scream(it)}=").item(it).t(f"{q}\n")
    d.t("ExecStart=/opt/acme/bin/worker --queue default\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n")
    for it in items:
        if not _one_line(it):
            d.t("\nand /etc/acme/tls.key:\n").item(it).t("\n")
    return d


def t_python_settings(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    d = Doc().t("Python: how do I load this from env vars instead? settings.py:\n\n```python\nimport os\n\n")
    d.t('CONFIG = {\n    "debug": False,\n    "region": os.environ.get("REGION", "eu-west-1"),\n    "services": {\n')
    for it in items + r.sample(neg, 2):
        if _one_line(it):
            d.t(f'        "{name(it.words, "snake")}": "').item(it, json_escape).t('",\n')
        else:
            d.t(f'        "{name(it.words, "snake")}": """').item(it).t('""",\n')
    d.t("    },\n}\n\n")
    tok = next((it for it in items if _one_line(it) and it.family and not it.prefix and not _is_password(it)), None)
    if tok is not None and r.random() < 0.5:
        d.t('resp = requests.post(URL, headers={"Authorization": f"Bearer ').item(tok, json_escape).t('"})\n')
    d.t("```\n")
    return d


def t_xml_config(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    k = r.randrange(3)
    if k < 2:
        items = [slot(r, it) for it in items]  # <password>, ClearTextPassword: credential slots
    if k == 0:
        d = Doc().t("mvn deploy fails with 401, ~/.m2/settings.xml:\n\n<settings>\n  <servers>\n")
        for it in items:
            if _one_line(it):
                d.t(f"    <server>\n      <id>nexus</id>\n      <username>{_pw_user(r)}</username>\n      <password>")
                d.item(it, _xml_escape).t("</password>\n    </server>\n")
        d.t("  </servers>\n</settings>\n")
    elif k == 1:
        d = Doc().t(
            "dotnet restore can't reach our feed, NuGet.Config:\n\n<configuration>\n  <packageSourceCredentials>\n"
        )
        d.t("    <AcmeFeed>\n")
        for it in items:
            if _one_line(it):
                d.t(f'      <add key="Username" value="{_pw_user(r)}" />\n      <add key="ClearTextPassword" value="')
                d.item(it, _xml_escape).t('" />\n')
        d.t("    </AcmeFeed>\n  </packageSourceCredentials>\n</configuration>\n")
    else:
        d = Doc().t("web.config transform for prod, does this look right?\n\n<configuration>\n  <appSettings>\n")
        for it in items + r.sample(neg, 2):
            if _one_line(it):
                d.t(f'    <add key="{name(it.words, "Pascal")}" value="').item(it, _xml_escape).t('" />\n')
        d.t("  </appSettings>\n</configuration>\n")
    for it in items:
        if not _one_line(it):
            d.t("\nsigning key:\n").item(it).t("\n")
    return d


def _xml_escape(v: str) -> str:
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def t_team_chat_log(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    """A pasted team-chat thread: who said what, the credential in one message."""
    items = [_slot(r, it) for it in items]
    people = r.sample(["alice", "bob", "chen.wei", "priya", "tomasz", "yuki", "marta"], 3)
    h = r.randrange(9, 17)
    d = Doc().t("summarise this thread for the incident doc pls:\n\n")
    d.t(f"[{h}:02] {people[0]}: staging deploy is red again\n[{h}:03] {people[1]}: which creds is it using?\n")
    for i, it in enumerate(items):
        who = people[(i + 2) % 3]
        if not _one_line(it):
            d.t(f"[{h}:0{4 + i}] {who}: here, paste this into the vault\n```\n").item(it).t("\n```\n")
        elif _is_password(it):
            d.t(f"[{h}:0{4 + i}] {who}: " + r.choice(["pw is ", "new password: ", "try "])).item(it).t("\n")
        else:
            what = " ".join(it.words)
            d.t(f"[{h}:0{4 + i}] {who}: " + r.choice([f"{what}: ", "use this one ", f"rotated the {what}, new one "]))
            d.item(it).t("\n")
    n = r.choice(neg)
    d.t(f"[{h}:09] {people[1]}: thx. btw {' '.join(n.words)} for the ticket is ").item(n).t("\n")
    return d


# ============================================================================ templates (holdout)
def t_kotlin_android(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    d = Doc().t("Android build: BuildConfig fields are empty at runtime. build.gradle.kts:\n\n```kotlin\n")
    d.t('android {\n    defaultConfig {\n        applicationId = "io.acme.app"\n')
    for it in items + r.sample(neg, 1):
        if _one_line(it):
            d.t(f'        buildConfigField("String", "{_scream(it)}", "\\"').item(it, json_escape).t('\\"")\n')
    d.t("    }\n}\n```\n\nand in the repository class:\n\n```kotlin\nobject Keys {\n")
    for it in items:
        if _one_line(it):
            d.t(f'    val {_lit(it)} = "').item(it, json_escape).t('"\n')
        else:
            d.t(f'    val {_lit(it)} = """').item(it).t('"""\n')
    d.t("}\n```\n")
    return d


def t_swift_ios(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    d = Doc().t("iOS app: where should these live instead? Info.plist and Swift:\n\n```xml\n<dict>\n")
    for it in items[:1] + r.sample(neg, 1):
        if _one_line(it):
            d.t(f"  <key>{name(it.words, 'Pascal')}</key>\n  <string>").item(it).t("</string>\n")
    d.t("</dict>\n```\n\n```swift\nenum Env {\n")
    for it in items:
        if _one_line(it):
            d.t(f'    static let {_lit(it)} = "').item(it, json_escape).t('"\n')
        else:
            d.t(f'    static let {_lit(it)} = """\n').item(it).t('\n"""\n')
    d.t('    static let region = ProcessInfo.processInfo.environment["REGION"] ?? "eu"\n}\n```\n')
    return d


def t_php_laravel(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    d = Doc().t("Laravel config/services.php, the mail driver can't authenticate:\n\n```php\n<?php\n\nreturn [\n")
    d.t("    'mailgun' => [\n        'domain' => env('MAILGUN_DOMAIN'),\n    ],\n")
    for it in items + r.sample(neg, 2):
        key = name(it.words, "snake")
        if _one_line(it):
            if r.random() < 0.5:
                d.t(f"    '{key}' => env('{_scream(it)}', '").item(it, lambda s: s.replace("'", "\\'")).t("'),\n")
            else:
                d.t(f"    '{key}' => '").item(it, lambda s: s.replace("'", "\\'")).t("',\n")
        else:
            d.t(f"    '{key}' => <<<EOT\n").item(it).t("\nEOT,\n")
    d.t("];\n```\n")
    return d


def t_ruby(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    d = Doc().t("config/initializers/clients.rb, rails boots but API calls 401:\n\n```ruby\n")
    d.t("Rails.application.configure do\n  config.x.region = ENV.fetch('REGION', 'us-east-1')\nend\n\n")
    for it in items + r.sample(neg, 1):
        if _one_line(it):
            const = name(it.words, "SCREAMING")
            if r.random() < 0.5:
                d.t(f"{const} = ENV.fetch('{const}') {{ '").item(it, lambda s: s.replace("'", "\\'")).t("' }\n")
            else:
                d.t(f'Acme.configure {{ |c| c.{name(it.words, "snake")} = "').item(it, json_escape).t('" }\n')
        else:
            d.t(f"{_scream(it)} = <<~PEM\n").item(it).t("\nPEM\n")
    d.t("```\n")
    return d


def t_tfvars_ansible(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    if r.random() < 0.5:
        d = Doc().t("terraform plan shows the provider failing to auth; prod.auto.tfvars:\n\n")
        d.t('region      = "eu-central-1"\ninstance_type = "t3.medium"\n')
        for it in items + r.sample(neg, 2):
            if _one_line(it):
                d.t(f'{name(it.words, "snake")} = "').item(it, json_escape).t('"\n')
            else:
                d.t(f"{name(it.words, 'snake')} = <<EOT\n").item(it).t("\nEOT\n")
        return d
    d = Doc().t("ansible-playbook can't connect, group_vars/prod.yml (not vaulted yet, I know):\n\n---\n")
    d.t("ansible_user: deploy\nansible_become: true\n")
    for it in items + r.sample(neg, 2):
        if _one_line(it):
            d.t(f'{name(it.words, "snake")}: "').item(it, json_escape).t('"\n')
        else:
            d.t(f"{name(it.words, 'snake')}: |\n  ").item(it, lambda s: s.replace("\n", "\n  ")).t("\n")
    return d


def t_helm_set(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    d = Doc().t("helm upgrade doesn't pick up the values, this is what the pipeline runs:\n\n")
    d.t("helm upgrade --install api ./charts/api \\\n  --namespace prod \\\n  --set image.tag=1.8.2 \\\n")
    for it in items + r.sample(neg, 1):
        if _one_line(it):
            flag = r.choice(["--set", "--set-string"])
            d.t(f"  {flag} secrets.{name(it.words, 'camel')}=").item(it, lambda s: s.replace(",", "\\,")).t(" \\\n")
        else:
            d.t(f"  --set-file secrets.{name(it.words, 'camel')}=./key.pem \\\n")
            d.t("\nkey.pem:\n").item(it).t("\n")
    d.t("  --wait --timeout 5m\n")
    return d


def t_jenkins_gitlab_log(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    if r.random() < 0.5:
        d = Doc().t("Jenkins console output, build #" + str(r.randrange(100, 999)) + ":\n\n")
        d.t("[Pipeline] withCredentials\nMasking supported pattern matches of $REGISTRY_PASS\n[Pipeline] sh\n")
        for it in items:
            if _one_line(it):
                d.t(f"+ export {_scream(it)}=").item(it).t("\n")
            else:
                d.t(f"+ echo '{_scream(it)}=").item(it).t("'\n")
        for it in r.sample(neg, 2):
            d.t(f"+ {_scream(it)}=").item(it).t("\n")
        d.t("+ docker login -u ci -p **** registry.acme.io\nERROR: script returned exit code 1\nFinished: FAILURE\n")
        return d
    d = Doc().t("GitLab job log (debug tracing on):\n\n$ env | sort\nCI_COMMIT_SHA=" + rs(r, _HEX, 40) + "\n")
    d.t("CI_JOB_TOKEN=[MASKED]\nCI_PIPELINE_ID=" + str(r.randrange(10**6, 10**7)) + "\n")
    for it in items + r.sample(neg, 2):
        if _one_line(it):
            d.t(f"{_scream(it)}=").item(it).t("\n")
        else:
            d.t(f"{_scream(it)}=").item(it, lambda s: s.replace("\n", "\\n")).t("\n")
    d.t("$ ./deploy.sh\nfatal: Authentication failed\n")
    return d


def t_stack_trace_config(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    if r.random() < 0.5:
        d = Doc().t("Got this traceback (local vars on), what's the issue?\n\nTraceback (most recent call last):\n")
        d.t('  File "/app/worker.py", line 88, in connect\n    conn = psycopg.connect(**cfg)\n    cfg = {')
        parts = items + r.sample(neg, 2)
        for i, it in enumerate(parts):
            sep = ", " if i else ""
            d.t(f"{sep}'{name(it.words, 'snake')}': '").item(it, lambda s: s.replace("\n", "\\n")).t("'")
        d.t('}\npsycopg.OperationalError: connection failed: FATAL:  password authentication failed for user "app"\n')
        return d
    d = Doc().t("Spring Boot fails at startup:\n\n")
    d.t("org.springframework.beans.factory.BeanCreationException: Error creating bean 'apiClient'\n")
    d.t("Caused by: java.lang.IllegalStateException: invalid properties {")
    parts = items + r.sample(neg, 2)
    for i, it in enumerate(parts):
        sep = ", " if i else ""
        d.t(f"{sep}{name(it.words, 'dotted')}=").item(it, lambda s: s.replace("\n", "\\n"))
    d.t("}\n\tat io.acme.ApiClient.<init>(ApiClient.java:42)\n\tat java.base/java.lang.Thread.run(Thread.java:1583)\n")
    return d


_CHAT2 = [
    ("ja", "お疲れ様です。本番の{w}を共有します。\n{v}\n取り扱い注意でお願いします。\n"),
    ("ko", "안녕하세요, 운영 {w} 공유드립니다: {v}\n외부 유출 주의해주세요.\n"),
    ("zh", "你好，生产环境的{w}是 {v} ，用完请删除。\n"),
    ("de", "Moin, der {w} für Prod lautet {v} – bitte nicht ins Repo committen.\n"),
    ("fr", "Salut, le {w} de prod c'est {v} , ne le commit pas stp.\n"),
    ("es", "Hola, el {w} de producción es {v} , no lo subas al repo.\n"),
    ("pt", "Oi, o {w} de produção é {v} , não sobe pro git.\n"),
    ("ru", "Привет, {w} от прода: {v} — не коммить его.\n"),
]
_CHAT2_WORDS = {
    "ja": ("APIキー", "パスワード"),
    "ko": ("API 키", "비밀번호"),
    "zh": ("API密钥", "密码"),
    "de": ("API-Key", "Passwort"),
    "fr": ("token d'API", "mot de passe"),
    "es": ("token de API", "password"),
    "pt": ("token da API", "senha"),
    "ru": ("API-токен", "пароль"),
}


def t_chat_i18n_team(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    items = [_slot(r, it) for it in items]
    lang, tmpl = r.choice(_CHAT2)
    key_word, pw_word = _CHAT2_WORDS[lang]
    d = Doc()
    for it in items:
        w = pw_word if _is_password(it) else key_word
        head, _, tail = tmpl.partition("{v}")
        d.t(head.replace("{w}", w)).item(it).t(tail)
    if r.random() < 0.5:
        n = r.choice(neg)
        d.t(f"ref: {' '.join(n.words)} ").item(n).t("\n")
    return d


_PORTAL = [
    ("ko", "키 및 엔드포인트\n\n키 1\n{v}\n\n키 2\n{v2}\n\n위치/지역\nkoreacentral\n\n엔드포인트\n"),
    ("ko", "액세스 키\n\n스토리지 계정 이름\nacmestore01\n\n기본 키\n{v}\n\n보조 키\n{v2}\n"),
    ("ja", "キーとエンドポイント\n\nキー 1\n{v}\n\nキー 2\n{v2}\n\n場所/リージョン\njapaneast\n\nエンドポイント\n"),
    ("ja", "アクセス キー\n\nプライマリ キー\n{v}\n\nセカンダリ キー\n{v2}\n"),
    ("zh", "密钥和终结点\n\n密钥 1\n{v}\n\n密钥 2\n{v2}\n\n位置/区域\neastasia\n\n终结点\n"),
    ("en", "Keys and Endpoint\n\nKEY 1\n{v}\n\nKEY 2\n{v2}\n\nLocation/Region\nwesteurope\n\nEndpoint\n"),
]


def t_azure_portal(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    """Keys copied from a localised Azure portal page, asking how to wire them up."""
    items = [_slot(r, it) for it in items]
    lang, page = r.choice(_PORTAL)
    d = Doc().t(
        {
            "ko": "Azure 포털에서 복사했어요. 코드에 어떻게 넣나요?\n\n",
            "ja": "Azureポータルからコピーしました。Pythonでどう使えばいいですか？\n\n",
            "zh": "从 Azure 门户复制的，怎么在代码里用？\n\n",
        }.get(lang, "Copied from the Azure portal, how do I use it from Python?\n\n")
    )
    head, _, rest = page.partition("{v}")
    mid, _, tail = rest.partition("{v2}")
    it = items[0]
    if it.kind == "portal" or (it.family is None and _one_line(it)):
        second = (
            Item(it.words, rs(r, _HEX, len(it.secret)) if len(it.secret) == 32 else rs(r, _B64, 86) + "==", it.family)
            if it.family
            else _slot(r, r.choice(neg))
        )
        d.t(head).item(it).t(mid).item(second).t(tail)
    else:
        d.t(head).t("(see below)").t(mid).t("(see below)").t(tail)
        for x in items:
            d.t(f"\n{' '.join(x.words)}:\n").item(x).t("\n")
    d.t("https://acme-ai.cognitiveservices.azure.com/\n")
    if r.random() < 0.5:
        d.t("\nDB 스키마: PRIMARY KEY (tenant_id, user_id) / 主キー: order_id\n")
    return d


# name -> (function, split)
MORE_TEMPLATES: dict[str, tuple[Template, str]] = {
    "go_client": (t_go_client, "dev"),
    "rust_main": (t_rust_main, "dev"),
    "csharp": (t_csharp, "dev"),
    "k8s_secret_mixed": (t_k8s_secret_mixed, "dev"),
    "registry_files": (t_registry_files, "dev"),
    "http_dump": (t_http_dump, "dev"),
    "chat_i18n": (t_chat_i18n, "dev"),
    "gha_log": (t_gha_log, "dev"),
    "ts_config": (t_ts_config, "dev"),
    "connection_urls": (t_connection_urls, "dev"),
    "prose_password": (t_prose_password, "dev"),
    "cli_session": (t_cli_session, "dev"),
    "systemd_unit": (t_systemd_unit, "dev"),
    "python_settings": (t_python_settings, "dev"),
    "xml_config": (t_xml_config, "dev"),
    "team_chat_log": (t_team_chat_log, "dev"),
    "kotlin_android": (t_kotlin_android, "holdout"),
    "swift_ios": (t_swift_ios, "holdout"),
    "php_laravel": (t_php_laravel, "holdout"),
    "ruby": (t_ruby, "holdout"),
    "tfvars_ansible": (t_tfvars_ansible, "holdout"),
    "helm_set": (t_helm_set, "holdout"),
    "jenkins_gitlab_log": (t_jenkins_gitlab_log, "holdout"),
    "stack_trace_config": (t_stack_trace_config, "holdout"),
    "chat_i18n_team": (t_chat_i18n_team, "holdout"),
    "azure_portal": (t_azure_portal, "holdout"),
}


def generate_more(n: int = 1200, seed: int = 4242) -> list[Prompt]:
    """``n`` prompts from this module's templates and families (``secrets_prompts.generate``'s
    scheme: about 3 positives to 1 negative, one ``Random`` per prompt)."""
    return generate(n, seed, templates=MORE_TEMPLATES, families=MORE_FAMILIES, neg_pool=_neg_pool, tag="more")


# ============================================================================ run
def run_set(
    argv: Sequence[str] | None, name: str, doc: str, gen: Callable[[int, int], list[Prompt]], seed: int
) -> dict[str, Any]:
    """Generate and score one prompt set (this one, or another module's with the same options)."""
    from benchmarks.common import base_parser, environment, positive_int

    parser = base_parser(name, doc)
    parser.add_argument("--n", type=positive_int, default=None, help="prompts (default 1200; 240 with --quick)")
    parser.add_argument("--seed", type=int, default=seed)
    parser.add_argument("--out", type=Path, default=None, help="results directory (default: benchmarks/results)")
    parser.add_argument("--show-misses", action="store_true", help="print dev-split misses with their text")
    args = parser.parse_args(argv)
    n = args.n if args.n is not None else (240 if args.quick else 1200)
    prompts = gen(n, args.seed)
    res: dict[str, Any] = {"prompts": n, "seed": args.seed, "environment": environment()}
    res["promptguard"] = score_promptguard(prompts, promptguard_findings())
    if args.show_misses:
        by_id = {p.id: p for p in prompts}
        for line in res["promptguard"].get("dev", {}).get("misses", []):
            p = by_id[line.split()[0]]
            print("=" * 20, line, [(s.family, p.text[s.start : s.end][:80]) for s in p.secrets])
            print(p.text)
    return res


def run(argv: Sequence[str] | None = None) -> dict[str, Any]:
    return run_set(argv, "secrets_prompts_more", __doc__ or "", generate_more, 4242)


def render_markdown(res: dict[str, Any], title: str = "second set", module: str = "secrets_prompts_more") -> str:
    from benchmarks.common import md_table

    pg = res["promptguard"]
    lines = [
        f"# Secrets on realistic developer prompts, {title}",
        "",
        f"{res['prompts']} generated prompts (seed {res['seed']}; `benchmarks/{module}.py`). "
        "*Record* = any secrets finding in the prompt; *span* = every labelled value covered by one finding.",
        "",
    ]
    rows = [
        [
            split,
            f"{_pct(h['recall_record'])} ({h['positives']})",
            _pct(h["recall_span"]),
            f"{_pct(h['fpr'])} ({h['negatives']})",
            h["stray_findings"],
        ]
        for split, h in ((s, pg.get(s)) for s in ("dev", "holdout"))
        if h
    ]
    lines.append(md_table(["split", "recall record (n)", "recall span", "FPR (n)", "stray findings"], rows))
    lines += ["", "## Per family (record / span)", ""]
    fams = sorted({f for s in ("dev", "holdout") for f in pg.get(s, {}).get("families", {})})
    rows = []
    for f in fams:
        row: list[Any] = [f]
        for split in ("dev", "holdout"):
            x = pg.get(split, {}).get("families", {}).get(f)
            row.append(f"{_pct(x['recall_record'])} / {_pct(x['recall_span'])} ({x['n']})" if x else "-")
        rows.append(row)
    lines.append(md_table(["family", "dev", "holdout"], rows))
    for split in ("dev", "holdout"):
        fb = pg.get(split, {}).get("false_findings_by_lookalike", {})
        lines.append(
            f"\n- false findings by look-alike, {split}: " + (", ".join(f"{k} {v}" for k, v in fb.items()) or "none")
        )
    return "\n".join(lines)


def main_set(
    argv: Sequence[str] | None,
    name: str,
    doc: str,
    gen: Callable[[int, int], list[Prompt]],
    seed: int,
    title: str,
) -> int:
    """Run one prompt set, write ``<name>.json`` / ``.md`` and print the per-split summary."""
    from benchmarks.common import write_results

    args_list = list(sys.argv[1:] if argv is None else argv)
    res = run_set(args_list, name, doc, gen, seed)
    out = Path(args_list[args_list.index("--out") + 1]) if "--out" in args_list else None
    write_results(name, res, render_markdown(res, title, name), out)
    for split in ("dev", "holdout"):
        h = res["promptguard"].get(split)
        if h:
            print(
                f"{split:8s} recall record {_pct(h['recall_record'])} span {_pct(h['recall_span'])} "
                f"FPR {_pct(h['fpr'])} ({h['negatives']}) stray {h['stray_findings']}"
            )
            weak = {f: c for f, c in h["families"].items() if (c["recall_span"] or 0) < 1}
            if weak:
                print(
                    "          families below 100% span: "
                    + ", ".join(f"{f} {c['recall_span']:.2f}" for f, c in weak.items())
                )
            if h["false_findings_by_lookalike"]:
                print("          false findings by look-alike: " + json.dumps(h["false_findings_by_lookalike"]))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    return main_set(argv, "secrets_prompts_more", __doc__ or "", generate_more, 4242, "second set")


if __name__ == "__main__":
    raise SystemExit(main())
