"""Secrets, session 33 (issue 4): credentials a developer pastes whose shape says little on its own
(a UUID, a webhook URL, a Fernet key) and which only their surroundings name: Splunk HEC tokens in an
``Authorization: Splunk`` header or a splunk ... token name, Snyk tokens after ``snyk auth`` or in
SNYK_TOKEN, Feishu / Lark, DingTalk and WeCom group-robot webhooks, Fernet keys passed to
``Fernet(...)``, vendors' own Authorization schemes (Opsgenie ``GenieKey``, Klaviyo
``Klaviyo-API-Key``), a curl ``-u`` pair whose user part is an 80-character API client id (PayPal),
and PostHog project keys, which are public by design, no longer reported when passed to
``posthog.init``. Written apart from the pack's examples, from the vendors' documented formats;
values are random."""

from __future__ import annotations

import pytest
from secret_scan import secret_spans as _spans

import promptguard
from promptguard import Guard

_FOUND = [
    (
        'HEC keeps answering {"text":"Invalid token","code":4}:\n\ncurl -k '
        "https://splunk.corp.example:8088/services/collector/event -H "
        '"Authorization: Splunk aa0a0c3a-99bb-4182-b688-07556d935cb7" -d \'{"event": "ping"}\'',
        "aa0a0c3a-99bb-4182-b688-07556d935cb7",
    ),
    (
        "[http]\nsplunk_hec_token = b9d55058-de80-49cf-ac57-dff5b87c957d\nsplunk_url = https://hec.corp.example:8088",
        "b9d55058-de80-49cf-ac57-dff5b87c957d",
    ),
    (
        "pipelines:\n  default:\n    - step:\n        script:\n          - npm i -g snyk\n"
        "          - snyk auth 91dc9148-0b39-47bb-912f-b8c61709ae99\n          - snyk test",
        "91dc9148-0b39-47bb-912f-b8c61709ae99",
    ),
    (
        "SNYK_TOKEN=94a9d345-0ed1-4e77-bfd6-1d7e11652b10 snyk monitor --all-projects",
        "94a9d345-0ed1-4e77-bfd6-1d7e11652b10",
    ),
    (
        "飞书机器人一直报 19021，代码如下：\nWEBHOOK = "
        '"https://open.feishu.cn/open-apis/bot/v2/hook/cc6f30b4-7553-4db1-b2f4-047074283897"',
        "https://open.feishu.cn/open-apis/bot/v2/hook/cc6f30b4-7553-4db1-b2f4-047074283897",
    ),
    (
        "requests.post('https://oapi.dingtalk.com/robot/send?access_token="
        "4ad759bfb9e902fc2a7f8591e40ff9c31a6e8ddd24ba4b3569822a946f38e16b', json=payload)",
        "https://oapi.dingtalk.com/robot/send?access_token="
        "4ad759bfb9e902fc2a7f8591e40ff9c31a6e8ddd24ba4b3569822a946f38e16b",
    ),
    (
        "curl 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=cc6f30b4-7553-4db1-b2f4-047074283897' "
        "-H 'Content-Type: application/json' -d '{\"msgtype\": \"text\"}'",
        "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=cc6f30b4-7553-4db1-b2f4-047074283897",
    ),
    (
        "InvalidToken when the worker decrypts:\n\nfrom cryptography.fernet import Fernet\n"
        'f = Fernet(b"aZemI3QIuCCUUE9RYDVKiP1ryfYE8NmL1m2RjX36GK4=")',
        "aZemI3QIuCCUUE9RYDVKiP1ryfYE8NmL1m2RjX36GK4=",
    ),
    (
        "invalid_client in live mode:\n\ncurl -v https://api-m.paypal.com/v1/oauth2/token \\\n  -u "
        '"8mDOlCVcGXLMsXg7uOrvaORPUEyeQIu8MjyZ9ikS08y2zLh65QoTXsqyDYrQEmsv57HL3qfP_vzqbdE0:'
        '_fSa4CgjB3ese7e5SAUZjUiqXficFH_6uR2w1DO-9C40JC5WvD7SOYVe7p0Q1HJ1ENd0J1tVfDBl3_fK" \\\n'
        '  -d "grant_type=client_credentials"',
        "_fSa4CgjB3ese7e5SAUZjUiqXficFH_6uR2w1DO-9C40JC5WvD7SOYVe7p0Q1HJ1ENd0J1tVfDBl3_fK",
    ),
    (
        "alerts are not created, API says 422:\n\ncurl -X POST https://api.eu.opsgenie.com/v2/alerts "
        '-H "Content-Type: application/json" -H "Authorization: GenieKey b9d55058-de80-49cf-ac57-dff5b87c957d"',
        "b9d55058-de80-49cf-ac57-dff5b87c957d",
    ),
    (
        "headers = {'Authorization': 'Klaviyo-API-Key pk_8mDOlCVcGXLMsXg7uOrvaORPUEyeQIu8', 'revision': '2024-10-15'}",
        "pk_8mDOlCVcGXLMsXg7uOrvaORPUEyeQIu8",
    ),
]

_CLEAN = [
    "posthog.init('phc_aJVMsWjhuHBDxnfRyOCp3nJNPtVJRubvGPPWiWEa0JY', { api_host: 'https://eu.i.posthog.com' })",
    'curl -H "Authorization: Splunk $HEC_TOKEN" https://hec.corp.example:8088/services/collector/event',
    "Splunk search id 94a9d345-0ed1-4e77-bfd6-1d7e11652b10 finished in 2.3 s",
    "snyk test --org=91dc9148-0b39-47bb-912f-b8c61709ae99 --severity-threshold=high",
    "snyk auth $SNYK_TOKEN",
    "https://open.feishu.cn/open-apis/bot/v2/hook/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
    "See https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot for the bot setup.",
    "f = Fernet(Fernet.generate_key())",
    "key = os.environ['FERNET_KEY']; f = Fernet(key)",
    'curl -u "$PAYPAL_CLIENT_ID:$PAYPAL_SECRET" https://api-m.paypal.com/v1/oauth2/token',
    'curl -H "Authorization: GenieKey $OPSGENIE_KEY" https://api.opsgenie.com/v2/alerts',
    "Opsgenie's header is Authorization: GenieKey <your-api-key>, see their REST docs",
]


@pytest.mark.parametrize(("text", "value"), _FOUND, ids=[f"found{i}" for i in range(len(_FOUND))])
def test_found(guard: Guard, text: str, value: str) -> None:
    assert value in _spans(guard, text)


@pytest.mark.parametrize("text", _CLEAN, ids=[f"clean{i}" for i in range(len(_CLEAN))])
def test_clean(guard: Guard, text: str) -> None:
    assert _spans(guard, text) == []


def test_redacted_by_default_profile() -> None:
    """The new rules' findings are redacted by the default profile like any secret."""
    text = _FOUND[0][0]
    out = promptguard.sanitize(text).text
    assert _FOUND[0][1] not in out
