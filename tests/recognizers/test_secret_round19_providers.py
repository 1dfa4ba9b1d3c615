"""Secrets round 19 (session 22, issue 4): developer prompts with keys of less common providers
(Perplexity, DeepSeek, Mistral, Cohere, Together, Fireworks, Pinecone, Supabase, Netlify, DigitalOcean,
Cloudflare, Atlassian, Notion, Airtable, Figma, Grafana, Datadog, New Relic, HubSpot, Resend, PlanetScale,
ElevenLabs, Okta, Razorpay, Dropbox, Doppler, Postman) in code, CI configs, tables and prose in several
languages, and passwords told in prose; each beside clean twins a user relies on staying clean
(placeholders, masks, digests, public and publishable keys, encrypted blobs, documented example keys,
passwords talked about without a value). Keys are made up here from a seeded generator, in each
provider's published shape; none is real."""

from __future__ import annotations

import random
import string
from collections.abc import Callable

import pytest
from secret_scan import secret_spans as _spans

from promptguard import Guard

_RNG = random.Random(20261201)
_LOWER_HEX = "0123456789abcdef"
_ALNUM = string.ascii_letters + string.digits
_URLSAFE = _ALNUM + "-_"


def _draw(alphabet: str, n: int) -> str:
    return "".join(_RNG.choice(alphabet) for _ in range(n))


def _password() -> str:
    """A typed password: 12 characters with lower, upper, digit and a symbol."""
    body = [_RNG.choice(string.ascii_uppercase), _RNG.choice(string.ascii_lowercase), _RNG.choice(string.digits)]
    body += [_RNG.choice(_ALNUM) for _ in range(8)]
    _RNG.shuffle(body)
    return "".join(body[:6]) + _RNG.choice("#!%&*^@") + "".join(body[6:])


# Each provider's published shape (prefix, alphabet, length).
_KEYS: dict[str, Callable[[], str]] = {
    "perplexity": lambda: "pplx-" + _draw(_ALNUM, 48),
    "deepseek": lambda: "sk-" + _draw(_LOWER_HEX, 32),
    "mistral": lambda: _draw(_ALNUM, 32),
    "cohere": lambda: _draw(_ALNUM, 40),
    "together": lambda: "tgp_v1_" + _draw(_URLSAFE, 43),
    "fireworks": lambda: "fw_" + _draw(_ALNUM, 24),
    "pinecone": lambda: "pcsk_" + _draw(_ALNUM, 6) + "_" + _draw(_ALNUM, 63),
    "supabase": lambda: "sbp_" + _draw(_LOWER_HEX, 40),
    "netlify": lambda: "nfp_" + _draw(_ALNUM, 36),
    "digitalocean": lambda: "dop_v1_" + _draw(_LOWER_HEX, 64),
    "cloudflare": lambda: _draw(_URLSAFE, 40),
    "atlassian": lambda: "ATATT3xFfGF0" + _draw(_URLSAFE, 171) + "=" + _draw("0123456789ABCDEF", 8),
    "notion": lambda: "ntn_" + _draw(_ALNUM, 46),
    "airtable": lambda: "pat" + _draw(_ALNUM, 14) + "." + _draw(_LOWER_HEX, 64),
    "figma": lambda: "figd_" + _draw(_URLSAFE, 40),
    "grafana": lambda: "glsa_" + _draw(_ALNUM, 32) + "_" + _draw(_LOWER_HEX, 8),
    "datadog_api": lambda: _draw(_LOWER_HEX, 32),
    "datadog_app": lambda: _draw(_LOWER_HEX, 40),
    "newrelic": lambda: "NRAK-" + _draw(string.ascii_uppercase + string.digits, 27),
    "hubspot": lambda: "pat-na1-" + "-".join(_draw(_LOWER_HEX, n) for n in (8, 4, 4, 4, 12)),
    "resend": lambda: "re_" + _draw(_ALNUM, 8) + "_" + _draw(_ALNUM, 24),
    "planetscale": lambda: "pscale_pw_" + _draw(_URLSAFE, 43),
    "elevenlabs": lambda: "sk_" + _draw(_LOWER_HEX, 48),
    "okta": lambda: "00" + _draw(_URLSAFE, 40),
    "razorpay_secret": lambda: _draw(_ALNUM, 24),
    "dropbox": lambda: "sl.B" + _draw(_URLSAFE, 138),
    "doppler": lambda: "dp.st.prd." + _draw(_ALNUM, 43),
    "postman": lambda: "PMAK-" + _draw(_LOWER_HEX, 24) + "-" + _draw(_LOWER_HEX, 34),
    "password": _password,
}

# (prompt, the slot's key kind): "{k}" is where the key goes; the key must be covered by a finding.
_PROMPTS: list[tuple[str, str]] = [
    (
        'Why does this return 401?\n```python\nclient = OpenAI(api_key="{k}", base_url="https://api.perplexity.ai")\n'
        'resp = client.chat.completions.create(model="sonar-pro", messages=msgs)\n```',
        "perplexity",
    ),
    (
        "curl https://api.deepseek.com/chat/completions \\\n  -H \"Content-Type: application/json\" \\\n"
        '  -H "Authorization: Bearer {k}" \\\n  -d \'{{"model": "deepseek-chat", "messages": []}}\'\nkeeps timing out',
        "deepseek",
    ),
    (
        "my .env for the summariser:\nMISTRAL_API_KEY={k}\nMISTRAL_MODEL=mistral-large-latest\nLOG_LEVEL=debug",
        "mistral",
    ),
    (
        'import {{ CohereClient }} from "cohere-ai";\nconst cohere = new CohereClient({{ token: "{k}" }});\n'
        "// rerank returns 429 after 10 calls, why?",
        "cohere",
    ),
    (
        "jobs:\n  eval:\n    runs-on: ubuntu-latest\n    env:\n      TOGETHER_API_KEY: {k}\n"
        "    steps:\n      - run: python eval.py --model meta-llama/Llama-3.3-70B-Instruct-Turbo",
        "together",
    ),
    (
        "Hola, mi clave de Fireworks es {k} y me da error 403 al llamar a llama-v3p1-8b-instruct. ¿Qué hago?",
        "fireworks",
    ),
    ("Hier mein Pinecone-API-Schlüssel: {k} – der Index 'docs' wird trotzdem nicht gefunden.", "pinecone"),
    ("supabase login --token {k}\nError: cannot link project: unauthorized", "supabase"),
    (
        "deploy:\n  stage: deploy\n  variables:\n    NETLIFY_AUTH_TOKEN: {k}\n"
        "    NETLIFY_SITE_ID: 5b1e0c8e-7f3a-4d2b-9c61-2f8e4a7d3b90\n"
        "  script:\n    - netlify deploy --prod --dir=dist",
        "netlify",
    ),
    ('provider "digitalocean" {{\n  token = "{k}"\n}}\n\nterraform plan fails with 401', "digitalocean"),
    (
        "CLOUDFLARE_ACCOUNT_ID=8f3c2a1b9d7e6f5a4b3c2d1e0f9a8b7c\nCLOUDFLARE_API_TOKEN={k}\n"
        "wrangler deploy says auth error 10000",
        "cloudflare",
    ),
    (
        'from jira import JIRA\njira = JIRA(server="https://acme.atlassian.net", basic_auth=("dev@acme.io", "{k}"))\n'
        "print(jira.search_issues('project = OPS'))",
        "atlassian",
    ),
    (
        "J'utilise le jeton d'intégration Notion {k} mais l'API renvoie object_not_found sur la base.",
        "notion",
    ),
    (
        'curl "https://api.airtable.com/v0/appQ3kT9vXnL2pWz8/Tasks?maxRecords=3" \\\n  -H "Authorization: Bearer {k}"',
        "airtable",
    ),
    ("Figma のアクセストークン {k} でファイルを取得すると 403 になります。", "figma"),
    (
        "apiVersion: 1\ndatasources:\n  - name: Loki\n    type: loki\n    url: http://loki:3100\n"
        "    secureJsonData:\n      httpHeaderValue1: 'Bearer {k}'",
        "grafana",
    ),
    ("datadog:\n  site: datadoghq.eu\n  apiKey: {k}\n  logs:\n    enabled: true", "datadog_api"),
    ("datadog:\n  site: datadoghq.com\n  appKey: {k}\n  clusterAgent:\n    enabled: true", "datadog_app"),
    (
        "| Variable | Value |\n|---|---|\n| NEW_RELIC_APP_NAME | checkout |\n| NEW_RELIC_API_KEY | {k} |",
        "newrelic",
    ),
    (
        'resp = requests.get("https://api.hubapi.com/crm/v3/objects/contacts",\n'
        '    headers={{"Authorization": "Bearer {k}"}})\nprint(resp.status_code)  # 401??',
        "hubspot",
    ),
    ("import {{ Resend }} from 'resend';\nconst resend = new Resend('{k}');\nawait resend.emails.send(msg);", "resend"),
    (
        'DATABASE_URL="mysql://7x2kq9pl3m:{k}@aws.connect.psdb.cloud/shop?sslaccept=strict"\n'
        "prisma db push hangs",
        "planetscale",
    ),
    ("Minha chave da ElevenLabs é {k}, mas a voz não é gerada. Alguém sabe por quê?", "elevenlabs"),
    ('okta_org_name  = "acme"\nokta_base_url  = "okta.com"\nokta_api_token = "{k}"', "okta"),
    (
        "RAZORPAY_KEY_ID=rzp_live_Q3kT9vXnL2pWz8\nRAZORPAY_KEY_SECRET={k}\nwebhook signature never matches",
        "razorpay_secret",
    ),
    ('import dropbox\ndbx = dropbox.Dropbox("{k}")\ndbx.files_upload(data, "/backup/db.sql.gz")', "dropbox"),
    ("FROM node:20-slim\nENV DOPPLER_TOKEN={k}\nRUN doppler run -- npm run build", "doppler"),
    (
        "newman run https://api.getpostman.com/collections/1234567-abcd?apikey={k} -e staging.json",
        "postman",
    ),
    # Passwords told in prose: the name a sentence before, verb-final languages, quotation marks, tables.
    ("Our Grafana admin password expired. I set it to {k} - can you update the helm secret?", "password"),
    ("Parola pentru contul de deploy a fost setată la {k}, te rog verifică pipeline-ul.", "password"),
    ("Yeni sunucuda şifre olarak {k} kullan, root girişini kapattım.", "password"),
    ("스테이징 DB에는 비밀번호로 {k} 를 사용해 주세요.", "password"),
    ("検証環境のパスワードとして {k} を設定しました。", "password"),
    ("स्टेजिंग सर्वर के लिए पासवर्ड के रूप में {k} इस्तेमाल करें।", "password"),
    ("Hasło do Jenkinsa wygasło, więc ustawiłem je na {k}.", "password"),
    ("Le mot de passe du compte de service : «{k}» (à changer après la démo).", "password"),
    ("Passwort: „{k}“ – bitte im Vault ablegen.", "password"),
    (
        "| Variable | Description | Value |\n|---|---|---|\n| SMTP_HOST | mail relay | smtp.acme.io |\n"
        "| SMTP_PASSWORD |  | {k} |",
        "password",
    ),
    ("| System | User | Password |\n|:--|:--|:--|\n| Grafana |  | {k} |\n| Kibana | elastic | (vault) |", "password"),
    ("La contraseña del wifi de la oficina caducó; la cambié a {k} esta mañana.", "password"),
    ("Пароль от Grafana истёк, я поменял его на {k}.", "password"),
    ("[09:12] ana: the okta admin password was reset?\n[09:13] ben: yes, it's now {k}", "password"),
]

# Clean twins: the same settings with nothing secret in them.
_CLEAN: list[str] = [
    'client = OpenAI(api_key="pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", base_url="https://api.perplexity.ai")',
    'curl https://api.deepseek.com/chat/completions -H "Authorization: Bearer $DEEPSEEK_API_KEY"',
    "MISTRAL_API_KEY=********************************\nMISTRAL_MODEL=mistral-large-latest",
    "SUPABASE_URL=https://qwxkzjvbnmlp.supabase.co\nSUPABASE_PUBLISHABLE_KEY=sb_publishable_Q3kT9vXnL2pWz8Rm4YcH7d_fJ6Gb1Ks",
    'headers = {"Authorization": "Bearer ntn_<your-integration-token>", "Notion-Version": "2022-06-28"}',
    "image: grafana/grafana@sha256:7d1fbb0ea7e8d03a3e2bc8f0a1c5d4e6b7a8c9d0e1f2a3b4c5d6e7f8a9b0c1d2",
    "Cloudflare Pages: deploying commit 4c266089c3457370689bb1fcfce74cea66e601f0 to production",
    "Airtable base appQ3kT9vXnL2pWz8, table tblR4mY7cH2dF6gB1 - how do I filter by a linked record?",
    "DD_RUM_CLIENT_TOKEN=pub3f9a2c7e1b4d8a6c0e5f7b9d2a4c6e8f (the RUM client token is public by design)",
    'window.Razorpay({ key: "rzp_live_Q3kT9vXnL2pWz8", amount: 49900, currency: "INR" })',
    "The Grafana admin password expired. I set it to the value in Vault, can you restart the pod?",
    "Parola pentru contul de deploy a fost setată la valoarea din Vault.",
    "Lütfen şifre olarak doğum tarihinizi kullanmayın.",
    "パスワードとして 12 文字以上の英数字を設定してください。",
    "비밀번호로 생일을 사용하지 마세요.",
    "Hasło do Jenkinsa wygasło, więc ustawiłem je na takie jak w KeePassie.",
    "| Variable | Description | Value |\n|---|---|---|\n| SMTP_PASSWORD |  | •••••••• |\n"
    "| SMTP_HOST | relay | smtp.acme.io |",
    "| System | User | Password |\n|:--|:--|:--|\n| Grafana |  | <in 1Password> |\n"
    "| Kibana | elastic | see vault |",
    "db:\n  password: ENC[AES256_GCM,data:Zq8vN2kLp9Xz4Tm=,iv:Qm4kT9vXLp2Wz8Rn5Yc7Hd3Fj6Gb1Ks0aE=,"
    "tag:Rk2vQ8xLm4TzW7pNc9YbH3==,type:str]",
    "deploy key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl ci@acme",
    "Okta app client id 0oa8k2m4n6p8r0t2v4x6 and issuer https://acme.okta.com/oauth2/default",
    "e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2  elevenlabs-cli_1.2.0_linux_amd64.tar.gz",
    '{"status": "error", "message": "Authentication credentials not found",'
    ' "correlationId": "7f3a9c2e-4b1d-4e8f-a6c5-2d9b0e7f1a3c"}',
    '{"key": "postman_api_key", "value": "{{postman_api_key}}", "type": "secret", "enabled": true}',
    "The Wi-Fi password changed last week. I set it to ******** in the kiosk config too.",
    "le mot de passe : « à demander à l'équipe infra »",
    "Our password policy changed. It's now NIST-800-63B compliant, and the wifi uses WPA3-Personal.",
    # A key named in a sentence whose value says where the key is or which one it is.
    "our KMS key is alias/prod-payments-2024, and the role can't decrypt with it",
    "the cache key is build-cache-linux-x64-node20 but the restore step misses it",
    "my Datadog key is 0123456789abcdef0123456789abcdef (the docs' example, I know)",
]


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard.from_config("secrets-only")


_FILLED = [(template.format(k=_KEYS[kind]()), kind) for template, kind in _PROMPTS]
_VALUES = [text for text, _ in _FILLED]


@pytest.mark.parametrize(("text", "kind"), _FILLED, ids=[f"{i:02d}-{k}" for i, (_, k) in enumerate(_FILLED)])
def test_the_key_in_a_developer_prompt_is_found_whole(guard: Guard, text: str, kind: str) -> None:
    # The slot's value: the text of the template's "{k}" in the filled prompt.
    template = _PROMPTS[_VALUES.index(text)][0]
    head = template.split("{k}")[0].replace("{{", "{").replace("}}", "}")
    tail = template.split("{k}")[1].replace("{{", "{").replace("}}", "}")
    value = text[len(head) : len(text) - len(tail)]
    assert any(value in span for span in _spans(guard, text)), kind


@pytest.mark.parametrize("text", _CLEAN)
def test_the_clean_twin_stays_clean(guard: Guard, text: str) -> None:
    assert _spans(guard, text) == []
