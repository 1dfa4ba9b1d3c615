"""Secrets, session 27 (issue 4): keys whose only context is the code or sentence around them: a
literal an SDK client is built with, custom auth headers with UUID-shaped keys, passwords told in
prose in more languages and scripts, daemon configs (keepalived, NUT, pppd, IOS), key material
decoded from a literal. These templates were written after the rules, apart from the pack's
examples, as a held-out probe (first run: 42 of 44 values found, 1 of 27 negatives flagged; the
three fixes that followed are the pack's "Idempotency-Key", "Client.new" and Amharic examples).
Values are made up."""

from __future__ import annotations

import pytest
from secret_scan import secret_spans as _spans

from promptguard import Guard

_CLIENT_FOUND = [
    (
        'from vendorlib import GeoClient\ngeo = GeoClient("pX4mT9qLz2Wv7KbR5nYs8Dc3")\nprint(geo.lookup("8.8.8.8"))',
        ["pX4mT9qLz2Wv7KbR5nYs8Dc3"],
    ),
    ('let payments = PaymentsApi("Vb8Nq3Lz7Xk2Pm9Wt4Rs6Jd1Hy")', ["Vb8Nq3Lz7Xk2Pm9Wt4Rs6Jd1Hy"]),
    ('services.AddSingleton(new TranslatorClient("tR7yU2iO9pA4sD6fG1hJ3kL8zX"));', ["tR7yU2iO9pA4sD6fG1hJ3kL8zX"]),
    (
        'ctx := context.Background(); c := notify.NewClient("Qz9Wx2Ec7Rv4Tb8Yn3Um6Ik1Ol")',
        ["Qz9Wx2Ec7Rv4Tb8Yn3Um6Ik1Ol"],
    ),
    ('Mixpanel.init("Hf3Jk8Lq2Zx7Cv4Bn9Mw6Qe1Rt", { debug: true });', ["Hf3Jk8Lq2Zx7Cv4Bn9Mw6Qe1Rt"]),
    ('val client = SearchApiClient("mN4bV8cX2zL7kJ9hG3fD6sA1pQ", region = "eu")', ["mN4bV8cX2zL7kJ9hG3fD6sA1pQ"]),
    ('auth = TokenAuth("Gy7Uh2Ij9Ok4Pl6Az3Sx8Dc1Fv")', ["Gy7Uh2Ij9Ok4Pl6Az3Sx8Dc1Fv"]),
    ("$mailer = new MailerApi('kL2mN7bV4cX9zA3sD8fG1hJ6qW');", ["kL2mN7bV4cX9zA3sD8fG1hJ6qW"]),
    ('client = Orbit::Client.new("Wq3Er8Ty2Ui7Op4As9Df6Gh1Jk")', ["Wq3Er8Ty2Ui7Op4As9Df6Gh1Jk"]),
    ('sdk.setApiKey("Zm8Xn3Cb7Vq2Lw9Kp4Rt6Ys1Hd");', ["Zm8Xn3Cb7Vq2Lw9Kp4Rt6Ys1Hd"]),
]

_CLIENT_CLEAN = [
    'client = GeoClient("geo.internal.example:9443")',
    "let payments = PaymentsApi(config.apiKey)",
    'c := notify.NewClient("default")',
    "sdk.setApiKey(process.env.SDK_KEY);",
    'client = Orbit::Client.new("3c59dc048e8850243be8079a5c74d079")',
    'api = MapsApi("<INSERT_KEY>")',
    'tracker = Tracker.init("UA-1234567-1")',
    'auth = TokenAuth("c9f0f895-fb98-4b9f-9e3a-2d5c1a7b8e64")',
]


_HEADER_FOUND = [
    (
        'curl -s -H "X-Api-Token: 5d2b8f1e-9a3c-4e7b-8d0f-6c1a4e9b2d73" https://api.vendor.test/v2/status',
        ["5d2b8f1e-9a3c-4e7b-8d0f-6c1a4e9b2d73"],
    ),
    (
        'wget --header="Api-Key: b3e7a1d9-4c2f-48e6-9b05-7d1c3a8f2e69" https://feeds.example/export.csv',
        ["b3e7a1d9-4c2f-48e6-9b05-7d1c3a8f2e69"],
    ),
    (
        "POST /ingest HTTP/1.1\nHost: logs.example\nX-Auth: e1c9a7f3-5b2d-4d8e-a6f0-3b9c7e1d5a24\n"
        "Content-Type: application/json",
        ["e1c9a7f3-5b2d-4d8e-a6f0-3b9c7e1d5a24"],
    ),
    (
        "axios.get(url, { headers: { 'AccessKey': '8f4a2c6e-1d9b-47f3-a5e0-9c3b7d1f6a28-7c2e-41b9' } })",
        ["8f4a2c6e-1d9b-47f3-a5e0-9c3b7d1f6a28-7c2e-41b9"],
    ),
    (
        'Invoke-RestMethod -Uri $u -Headers @{ "X-Api-Key" = "c7d3e9a1-6b4f-4a28-9e1d-5f3b8c2a7e46" }',
        ["c7d3e9a1-6b4f-4a28-9e1d-5f3b8c2a7e46"],
    ),
]

_HEADER_CLEAN = [
    'curl -H "X-Trace-Id: 5d2b8f1e-9a3c-4e7b-8d0f-6c1a4e9b2d73" https://api.vendor.test',
    "X-Tenant: b3e7a1d9-4c2f-48e6-9b05-7d1c3a8f2e69",
    "Idempotency-Key: e1c9a7f3-5b2d-4d8e-a6f0-3b9c7e1d5a24",
]


_PROSE_FOUND = [
    ("Hi team, the guest network password is Lobby#2291x until Friday.", ["Lobby#2291x"]),
    ("Mon mot de passe Netflix : Qp7!fLz2Kw", ["Qp7!fLz2Kw"]),
    ("La clave de la red del hotel es Hotel$4482q", ["Hotel$4482q"]),
    ("Kata sandi router kantor: Kntr#8831p", ["Kntr#8831p"]),
    ("Mật khẩu email của tôi là Thu@9921Mx", ["Thu@9921Mx"]),
    ("Ang password ng router namin ay Rtr!5520Kz", ["Rtr!5520Kz"]),
    ("የኢሜይል የይለፍ ቃሌ: Em7#qLz2Vx", ["Em7#qLz2Vx"]),
    ("কম্পিউটারের পাসওয়ার্ড হলো Pc4$kWq8Zn", ["Pc4$kWq8Zn"]),
    ("ரூட்டர் கடவுச்சொல் Rt8@mXq2Lz ஆகும்", ["Rt8@mXq2Lz"]),
    ("ఇంటి వైఫై పాస్\u200cవర్డ్: Wf6!nQz3Kp", ["Wf6!nQz3Kp"]),
    ("ലാപ്ടോപ്പിന്റെ പാസ്\u200cവേഡ് Lp3#vTz9Qm ആണ്", ["Lp3#vTz9Qm"]),
    ("ਮੇਰਾ ਪਾਸਵਰਡ Pb5&kLq7Xz ਹੈ", ["Pb5&kLq7Xz"]),
    ("Nenosiri langu la benki ni Bk2#vMz8Qn", ["Bk2#vMz8Qn"]),
    ("Pasfhocal an ríomhaire: Rm9!tKq4Lz", ["Rm9!tKq4Lz"]),
    ("Cyfrinair fy nghyfrif ydy Cf6$wLp2Xq", ["Cf6$wLp2Xq"]),
    ("စကားဝှက်က My4#pKz8Qw ပါ", ["My4#pKz8Qw"]),
    ("ລະຫັດຜ່ານ wifi ແມ່ນ Lo7!vNq3Zx", ["Lo7!vNq3Zx"]),
    ("סיסמת הוויפי היא Wf8#kQz2Lm", ["Wf8#kQz2Lm"]),
    ("my bank PIN is 7391", ["7391"]),
]

_PROSE_CLEAN = [
    "Nywila lazima iwe na herufi 12 au zaidi.",
    "ওয়াইফাই পাসওয়ার্ড কীভাবে পরিবর্তন করব?",
    "Mật khẩu phải có ít nhất 8 ký tự.",
    "I forgot my wifi password, can you help me reset it?",
    "ਪਾਸਵਰਡ ਭੁੱਲ ਗਏ? Reset link ਤੇ ਕਲਿੱਕ ਕਰੋ",
    "የይለፍ ቃል ቢያንስ 8 ቁምፊዎች መሆን አለበት",
    "The password field is required.",
]


_DAEMON_FOUND = [
    ("authentication {\n    auth_type PASS\n    auth_pass Vr9#pQ2x\n}", ["Vr9#pQ2x"]),
    ("MONITOR myups@192.168.1.10 1 monuser Nut#7xQ2pL slave", ["Nut#7xQ2pL"]),
    ("# /etc/ppp/chap-secrets\nbob    *    Bb8#mQz2Lp    10.0.0.2", ["Bb8#mQz2Lp"]),
    ("snmp-server community Sn7pQ2xLm9 RW 10", ["Sn7pQ2xLm9"]),
    ("username backup secret Bkp#2291xZ", ["Bkp#2291xZ"]),
]

_DAEMON_CLEAN = [
    "auth_pass 1111",
    "MONITOR myups@localhost 1 monuser pass primary",
    "total = count * 2 * factor",
    "snmp-server community public RO",
]


_DECODED_FOUND = [
    ('hmacKey, err := hex.DecodeString("6b1f9e3a7c2d4e8f0a5b9c1d3e7f2a4b")', ["6b1f9e3a7c2d4e8f0a5b9c1d3e7f2a4b"]),
    (
        'const encryptionKey = Buffer.from("Qk8Zm3Xv9Lp2Wr7Tn4Bs6Yd1Hf5Jc0Ga8Lq2Mx4N=", "base64");',
        ["Qk8Zm3Xv9Lp2Wr7Tn4Bs6Yd1Hf5Jc0Ga8Lq2Mx4N="],
    ),
    ('SIGNING_KEY = bytes.fromhex("4e9a1c7f3b2d8e6a0f5c9b1d7e3a2c8f")', ["4e9a1c7f3b2d8e6a0f5c9b1d7e3a2c8f"]),
    (
        'var aesKey = Convert.FromBase64String("Tn4Bs6Yd1Hf5Jc0Ga8Lq2Mx4Nv7Rz3Wp=");',
        ["Tn4Bs6Yd1Hf5Jc0Ga8Lq2Mx4Nv7Rz3Wp="],
    ),
    (
        'let secret_key = hex::decode("a7c3e9f1b5d2486e0c9a1f3b7d5e2c84").unwrap();',
        ["a7c3e9f1b5d2486e0c9a1f3b7d5e2c84"],
    ),
]

_DECODED_CLEAN = [
    'msg, _ := hex.DecodeString("7468697320697320612074657374")',
    'const body = Buffer.from(req.body, "base64");',
    'checksum = bytes.fromhex("ffffffffffffffffffffffffffffffff")',
    'icon = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")',
]


_DISABLED_FOR_COST = frozenset(
    {
        "header-2",
        "header-3",
        "prose-6",
        "prose-8",
        "prose-10",
        "prose-11",
        "prose-15",
        "prose-16",
        "decoded-4",
    }
)
"""(decoded-0, Go's "key, err := hex.DecodeString(...)", is go_decoded_key_literal's, whose set entry is
literal-led.) Found by auth_header_uuid_key, decoded_key_literal (disabled) and prose_password's bare-value pattern for
Indic, Amharic and Southeast Asian scripts (dropped): their set entries start at an alternation of word heads,
which cost 22-160k instructions per new prompt (callgrind); each must become literal-led first."""

_KINDS = ("client", "header", "prose", "daemon", "decoded")
"""A key passed as a bare literal to an SDK client or auth helper; a custom auth header whose value is
a UUID-shaped key; a password told in a sentence, in many languages and scripts; a daemon or appliance
config that gives a password after a bare word; key material decoded from a literal under a key name."""


@pytest.mark.parametrize(
    ("text", "values"),
    [
        pytest.param(text, values, id=f"{kind}-{n}")
        for kind, cases in zip(
            _KINDS, (_CLIENT_FOUND, _HEADER_FOUND, _PROSE_FOUND, _DAEMON_FOUND, _DECODED_FOUND), strict=True
        )
        for n, (text, values) in enumerate(cases)
    ],
)
def test_found(guard: Guard, text: str, values: list[str], request: pytest.FixtureRequest) -> None:
    if request.node.callspec.id in _DISABLED_FOR_COST:
        request.applymarker(pytest.mark.xfail(strict=True, reason="rule or pattern disabled for its set cost"))
    spans = _spans(guard, text)
    for value in values:
        assert value in spans


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(text, id=f"{kind}-{n}")
        for kind, cases in zip(
            _KINDS, (_CLIENT_CLEAN, _HEADER_CLEAN, _PROSE_CLEAN, _DAEMON_CLEAN, _DECODED_CLEAN), strict=True
        )
        for n, text in enumerate(cases)
    ],
)
def test_look_alikes_clean(guard: Guard, text: str) -> None:
    """Ids, hashes, placeholders, variables and rules about a password stay clean."""
    assert _spans(guard, text) == []
