"""The ``secrets`` pack: its rules and examples, and what a developer's prompt looks like after
``promptguard.sanitize`` (every occurrence replaced, nothing raw in reprs or logs), per profile.

All credentials below are generated at test time (checksums recomputed where the format has
one); none is real and none comes from a dataset."""

from __future__ import annotations

import base64
import json
import logging
import random
import string
import zlib
from pathlib import Path

import pytest

import promptguard
from promptguard import Guard
from promptguard.config.loader import builtin_packs, load_pack
from promptguard.config.schema import ExampleSpec
from promptguard.findings import Verdict
from promptguard.recognizers.registry import build_recognizer
from promptguard.recognizers.secret_validators import _b62, byte_array_key, license_key_groups
from promptguard.recognizers.validators import get_validator

RNG = random.Random(20261129)
ALNUM = string.ascii_letters + string.digits
PACK_PATH = builtin_packs()["secrets"]
PACK = load_pack(PACK_PATH)


def rand(n: int, alphabet: str = ALNUM) -> str:
    while True:
        value = "".join(RNG.choice(alphabet) for _ in range(n))
        if alphabet != ALNUM or (any(c.isdigit() for c in value) and any(c.isupper() for c in value)):
            return value


def hexs(n: int) -> str:
    return rand(n, "0123456789abcdef")


def github_token(prefix: str = "ghp_") -> str:
    body = rand(30)
    return prefix + body + _b62(zlib.crc32(body.encode()))


def anthropic_key() -> str:
    return "sk-ant-api03-" + rand(93, ALNUM + "-_") + "AA"


def pem_block() -> str:
    lines = "\n".join(rand(64, ALNUM + "+/") for _ in range(6))
    return f"-----BEGIN RSA PRIVATE KEY-----\n{lines}\n-----END RSA PRIVATE KEY-----"


# --------------------------------------------------------------------------- the pack
def test_pack_shape() -> None:
    assert PACK.pack == "secrets"
    assert len(PACK.recognizers) >= 40
    for rec in PACK.recognizers:
        assert rec.provider, rec.id
        assert rec.severity in ("critical", "high"), rec.id
        assert rec.examples.match, f"{rec.id} has no match example"
        if rec.type == "pattern":
            # A cheap literal prefilter: keywords, or a literal prefix every pattern starts with
            # (the engine's RE2 set pass then only reports the rule where the prefix occurs).
            prefixes = [_literal_prefix(p.regex) for p in rec.patterns]
            # Or a validator that checks the token's structure (a class-led regex alone would
            # report any look-alike).
            structural = rec.validator in _STRUCTURAL_VALIDATORS
            assert rec.keywords or structural or all(len(p) >= 3 for p in prefixes), f"{rec.id}: needs a prefilter"


_STRUCTURAL_VALIDATORS = frozenset({"discord_bot_token", "jwt_structure", "github_token_crc32", "pypi_macaroon"})


# The pack's token boundary: a word boundary, the end of an ANSI colour escape or a string escape.
_BOUNDARY = "(?:\\b|\\x1b\\[[0-9;]{0,16}m|\\\\[nrt])"


def _literal_prefix(regex: str) -> str:
    """The literal characters a case-sensitive regex must start with (after an optional \\b or
    the pack's boundary group and the capture group it opens)."""
    if regex.startswith("(?i)"):
        return ""
    if regex.startswith(_BOUNDARY):
        body = regex[len(_BOUNDARY) :]
        body = body[1:] if body.startswith("(") and not body.startswith("(?") else body
    else:
        body = regex[2:] if regex.startswith("\\b") else regex
    out, i = "", 0
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body) and body[i + 1] in ".-$|/+*?()[]{}^":
            out, i = out + body[i + 1], i + 2
            continue
        if not (c.isalnum() or c in "_-:/!@#%&=~,;'\"<> ") or body[i + 1 : i + 2] in ("?", "*", "{"):
            break
        out, i = out + c, i + 1
    return out


def test_literal_prefix_reader() -> None:
    assert _literal_prefix(r"\bsk-ant-(?:api|admin)\d{2}") == "sk-ant-"
    assert _literal_prefix(r"\bsbp_[a-z0-9]{40}\b") == "sbp_"
    assert _literal_prefix(r"\bgh[pousr]_[A-Za-z0-9]{36}") == "gh"
    assert _literal_prefix(r"(?i)vercel[A-Za-z_]{0,20}") == ""
    assert _literal_prefix(r"\bhttps?://hooks") == "http"
    assert _literal_prefix(_BOUNDARY + r"(sk-ant-(?:api|admin)\d{2})") == "sk-ant-"


def test_provider_entities_are_specific() -> None:
    entities = {r.entity for r in PACK.recognizers}
    for name in (
        "ANTHROPIC_API_KEY",
        "OPENAI_API_KEY",
        "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY",
        "GITHUB_TOKEN",
        "GITLAB_TOKEN",
        "SLACK_TOKEN",
        "STRIPE_API_KEY",
        "PRIVATE_KEY",
        "JWT",
        "PASSWORD",
        "GENERIC_SECRET",
        "GOOGLE_API_KEY",
        "AZURE_STORAGE_KEY",
        "NPM_TOKEN",
        "PYPI_TOKEN",
        "HUGGINGFACE_TOKEN",
        "DATABRICKS_TOKEN",
        "SHOPIFY_TOKEN",
        "DISCORD_TOKEN",
        "TELEGRAM_BOT_TOKEN",
        "SENDGRID_API_KEY",
        "TWILIO_API_KEY",
        "MAILGUN_API_KEY",
    ):
        assert name in entities


def test_pack_examples_direct() -> None:
    """Every rule's own examples, run on the recognizer alone (the shared pack test runs them
    through a Guard too)."""
    failures = []
    for spec in PACK.recognizers:
        rec = build_recognizer(spec, PACK.pack)
        for ex in spec.examples.match:
            text = ex.text if isinstance(ex, ExampleSpec) else ex
            if not any(f.entity_type == spec.entity and f.score >= 0.5 for f in rec.analyze(text)):
                failures.append(f"{spec.id}: match example not found")
        for text in spec.examples.no_match:
            if list(rec.analyze(text)):
                failures.append(f"{spec.id}: no_match example reported")
    assert failures == []


def test_checksum_validators_resolve() -> None:
    gh = get_validator("github_token_crc32")
    assert gh(github_token()) is True
    assert gh("ghp_" + rand(36)) is None  # a bad checksum keeps the pattern score
    npm = get_validator("npm_token_crc32")
    body = rand(30)
    assert npm("npm_" + body + _b62(zlib.crc32(body.encode()))) is True
    macaroon = "pypi-" + base64.urlsafe_b64encode(b"\x02\x01\x08pypi.org\x02\x02" + bytes(40)).decode().rstrip("=")
    assert get_validator("pypi_macaroon")(macaroon) is True
    jwt = get_validator("jwt_structure")
    header = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    assert jwt(f"{header}.eyJzdWIiOiIxIn0.{rand(43)}") is True
    assert jwt("eyJub3RqdWxz.eyJzdWIiOiIxIn0.abcdefghij") is False
    assert get_validator("not_documented_example")("AKIAIOSFODNN7EXAMPLE") is False


# --------------------------------------------------------------- developer prompts
def _prompts() -> dict[str, tuple[str, list[str]]]:
    """name -> (prompt, raw secret values that must not survive sanitize)."""
    ant, gh, aws_id = anthropic_key(), github_token(), "AKIA" + rand(16, string.ascii_uppercase + "234567")
    aws_secret = rand(40, ALNUM + "+/")
    db_pw, stripe = rand(18), "sk_live_" + rand(32)
    slack = f"xoxb-{rand(12, string.digits)}-{rand(13, string.digits)}-{rand(24)}"
    jwt_header = base64.urlsafe_b64encode(b'{"alg":"RS256","typ":"JWT"}').decode().rstrip("=")
    jwt_payload = base64.urlsafe_b64encode(b'{"sub":"svc-billing","iat":1764400000}').decode().rstrip("=")
    jwt = f"{jwt_header}.{jwt_payload}.{rand(86, ALNUM + '-_')}"
    pem = pem_block()
    k8s_pw = rand(20)
    gcp_key_id = hexs(40)
    return {
        "dotenv": (
            "My app crashes on start, here is my .env:\n"
            f"ANTHROPIC_API_KEY={ant}\nGITHUB_TOKEN={gh}\nDATABASE_URL=postgres://app:{db_pw}@db.internal:5432/app\n"
            f"STRIPE_SECRET_KEY={stripe}\nDEBUG=true\nPORT=8080\n",
            [ant, gh, db_pw, stripe],
        ),
        "curl": (
            "Why does this return 401?\n"
            f"curl -s https://api.anthropic.com/v1/messages -H 'x-api-key: {ant}' "
            f'-H "Authorization: Bearer {jwt}" -d \'{{"model": "claude"}}\'',
            [ant, jwt],
        ),
        "stack_trace": (
            "Traceback (most recent call last):\n"
            '  File "app/db.py", line 42, in connect\n'
            f"    engine = create_engine('mysql+pymysql://root:{db_pw}@10.0.3.7/orders')\n"
            'sqlalchemy.exc.OperationalError: (2003, "Can\'t connect to MySQL server")\n'
            f"Also the aws cli said: aws_access_key_id={aws_id} aws_secret_access_key={aws_secret}",
            [db_pw, aws_id, aws_secret],
        ),
        "k8s": (
            "Fix my manifest please:\n"
            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\nstringData:\n"
            f'  SLACK_BOT_TOKEN: {slack}\n  DB_PASSWORD: "{k8s_pw}"\n---\n'
            "apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n"
            "        - name: app\n          image: ghcr.io/acme/app:1.4.2\n",
            [slack, k8s_pw],
        ),
        "json_config": (
            "Is this service account JSON valid?\n"
            + json.dumps(
                {
                    "type": "service_account",
                    "project_id": "acme-prod",
                    "private_key_id": gcp_key_id,
                    "private_key": pem + "\n",
                    "client_email": "ci@acme-prod.iam.gserviceaccount.com",
                },
                indent=2,
            ),
            [gcp_key_id, pem.split("\n")[1], pem.split("\n")[3]],
        ),
        "repeats": (
            f"export GITHUB_TOKEN={gh}\ngit clone https://x-access-token:{gh}@github.com/acme/api.git\n"
            f"# token again for the CI: {gh}\n",
            [gh],
        ),
    }


PROMPTS = _prompts()


@pytest.fixture(scope="module")
def default_guard() -> Guard:
    return Guard()


@pytest.mark.parametrize("name", sorted(PROMPTS))
def test_sanitize_removes_every_occurrence(default_guard: Guard, name: str) -> None:
    prompt, secrets = PROMPTS[name]
    result = default_guard.sanitize(prompt)
    assert result.verdict is Verdict.FLAGGED
    for value in secrets:
        assert value not in result.text, f"{name}: a secret survived"
    for f in result.findings:
        if f.pack == "secrets":
            assert str(f.action) == "redact"
            assert f.severity in ("critical", "high")
            assert f.provider
    # Prose and structure around the secrets stay readable.
    first_line = prompt.splitlines()[0]
    if not any(v in first_line for v in secrets):
        assert first_line in result.text


def test_module_level_sanitize_and_repeats() -> None:
    prompt, (gh,) = PROMPTS["repeats"]
    result = promptguard.sanitize(prompt)
    assert gh not in result.text
    assert result.text.count("<GITHUB_TOKEN>") == 3


def test_private_key_block_is_replaced_whole(default_guard: Guard) -> None:
    pem = pem_block()
    result = default_guard.sanitize(f"ssh fails with this key:\n{pem}\nany idea?")
    assert result.text == "ssh fails with this key:\n<PRIVATE_KEY>\nany idea?"


def test_responses_are_redacted_too(default_guard: Guard) -> None:
    ant = anthropic_key()
    result = default_guard.sanitize(f"Use this key: {ant}", direction="response")
    assert ant not in result.text and "<ANTHROPIC_API_KEY>" in result.text


@pytest.mark.parametrize(
    "text",
    [
        "Set AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE and AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "ANTHROPIC_API_KEY=your-api-key-here\nOPENAI_API_KEY=sk-...\nDB_PASSWORD=${DB_PASSWORD}\nSECRET={{ secret }}",
        'password = os.environ["DB_PASSWORD"]\napi_key = settings.API_KEY\ntoken: <token>',
        '"node_modules/left-pad": {"version": "1.3.0", "resolved": "https://registry.npmjs.org/left-pad/-/'
        'left-pad-1.3.0.tgz", "integrity": "sha512-XI5MPzVNApjAyhQzphX8BkmKsKUxD4LdyK24iZeQEXAMPLE0123456789ab'
        'cdefghijklmnopqrstuvwxyzABCDEFGHIJ=="}',
        "commit 9fceb02d0ae598e95dc970b74767f19372d61af8\nAuthor: Jane <jane@acme.io>\n\n    Rotate keys",
        "request_id=3f2504e0-4f89-11d3-9a0c-0305e82c3301 trace_id=4bf92f3577b34da6a3ce929d0e0e4736",
        "The password must be at least 12 characters. Tokens expire after 3600 seconds.",
        "Use `Authorization: Bearer <ACCESS_TOKEN>` and replace YOUR_API_KEY with your key.",
        "postgres://user:password@localhost:5432/db is the default in docker-compose.yml",
    ],
)
def test_hard_negatives_are_left_alone(text: str) -> None:
    guard = Guard({"packs": ["secrets"], "injection": {"enabled": False}})
    result = guard.scan(text)
    assert [f.recognizer for f in result.findings] == []


# ------------------------------------------------------------------------- profiles
@pytest.mark.parametrize("profile", ["secrets-only", "strict"])
def test_blocking_profiles_block_secrets(profile: str) -> None:
    guard = Guard.from_config(profile)
    prompt, _ = PROMPTS["dotenv"]
    result = guard.sanitize(prompt)
    assert result.verdict is Verdict.BLOCKED
    assert result.text == ""
    assert "ANTHROPIC_API_KEY" in result.reason


def test_blocking_profile_lets_clean_prompts_through() -> None:
    result = Guard.from_config("secrets-only").sanitize("How do I rotate an API key safely?")
    assert result.verdict is Verdict.CLEAN


# -------------------------------------------------------------- explain / no leaks
def test_explain_shows_rule_provider_and_filters(default_guard: Guard) -> None:
    ant = anthropic_key()
    text = f"ANTHROPIC_API_KEY={ant}\nDB_PASSWORD=Xk29#mQv!7zz"
    result = default_guard.scan(text, explain=True)
    by_entity = {f.entity_type: f for f in result.findings}
    a = by_entity["ANTHROPIC_API_KEY"]
    assert a.recognizer == "anthropic_api_key" and a.provider == "anthropic"
    assert a.explanation is not None and a.explanation.pattern == "api_key"
    p = by_entity["PASSWORD"]
    assert p.recognizer == "generic_password_assignment"
    assert p.explanation is not None and any(x.startswith("entropy=") for x in p.explanation.filters)
    data = result.to_dict(explain=True, include_text=False)
    assert data["findings"][0]["explanation"]["recognizer"]


def test_raw_values_never_reach_reprs_or_logs(default_guard: Guard, caplog: pytest.LogCaptureFixture) -> None:
    prompt, secrets = PROMPTS["stack_trace"]
    with caplog.at_level(logging.DEBUG, logger="promptguard"):
        result = default_guard.sanitize(prompt, explain=True)
        scanned = default_guard.scan(prompt, explain=True)
    dumped = [
        repr(result),
        repr(scanned),
        *(repr(f) for f in result.findings),
        json.dumps(result.to_dict(explain=True, include_text=False)),
        caplog.text,
    ]
    for value in secrets:
        for blob in dumped:
            assert value not in blob


def test_secrets_pack_file_is_shipped() -> None:
    assert Path(PACK_PATH).name == "secrets.yaml"


def test_provider_token_drops_documentation_stand_ins() -> None:
    check = get_validator("provider_token")
    for stand_in in (
        "sk_live_" + "x" * 24,
        "AKIA" + "X" * 16,
        "ghp_" + "*" * 36,
        "sk-proj-...",
        "hf_<your-token>",
        "xoxb-your-token-here",
        "glpat-" + "0" * 20,
        "sk-ant-api03-EXAMPLE" + rand(40),
    ):
        assert check(stand_in) is False, stand_in
    assert check("ghp_" + rand(36)) is None
    assert check("sk-ant-api03-" + rand(93) + "AA") is None
    # GitHub's checksummed tokens still validate; stand-ins fail even with the prefix.
    assert get_validator("github_token_crc32")("ghp_" + "x" * 36) is False


def test_provider_rules_use_a_placeholder_filter() -> None:
    # Every prefix rule either checks a checksum/structure or drops stand-ins: a pack entry
    # added without one reports "sk_live_xxxx..." from tutorials.
    exempt = {"private_key_armor", "putty_private_key", "x_bearer_token", "ntlm_auth_message", "aws_session_token",
              "aws_session_token_prefixed"}  # fmt: skip
    missing = [r.id for r in PACK.recognizers if r.patterns and not r.validator and r.id not in exempt]
    assert missing == []


def test_jwt_io_sample_token_is_a_documented_example() -> None:
    sample = (
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
        "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
    )
    assert get_validator("jwt_structure")(sample) is False


# ------------------------------------------------------------- tokens inside escapes
@pytest.mark.parametrize(
    "before, after",
    [
        ("\x1b[93m", "\x1b[0m"),  # a coloured log line
        ("\x1b[1;31m", "\x1b[0m"),
        ("\\n", "\\n"),  # an escaped newline in a JSON string
        ("\\t", ""),
        ("=", ""),
    ],
)
def test_tokens_after_ansi_colour_and_string_escapes(before: str, after: str) -> None:
    """The token's span is the token alone: the escape around it survives redaction."""
    guard = Guard({"packs": ["secrets"], "injection": {"enabled": False}})
    gh, ant = github_token(), anthropic_key()
    for token in (gh, ant):
        text = f'{{"log": "auth failed {before}{token}{after} retrying"}}'
        found = [text[f.start : f.end] for f in guard.scan(text).findings]
        assert found == [token], (before, found)
        cleaned = guard.sanitize(text).text
        assert token not in cleaned and before in cleaned


def test_a_letter_before_a_prefix_is_still_no_boundary() -> None:
    guard = Guard({"packs": ["secrets"], "injection": {"enabled": False}})
    for lead in ("m", "x", "\\x"):
        assert [f.recognizer for f in guard.scan(lead + "sk-" + hexs(32)).findings] == [], lead


def test_new_provider_formats() -> None:
    """Formats added from the providers' documentation (values generated here)."""
    guard = Guard({"packs": ["secrets"], "injection": {"enabled": False}})
    uuid = f"{hexs(8)}-{hexs(4)}-4{hexs(3)}-a{hexs(3)}-{hexs(12)}"
    cases = {
        "dckr_oat_" + rand(32, ALNUM + "_-"): "DOCKER_HUB_TOKEN",
        "SWMKEY-1-" + rand(43, ALNUM + "+/"): "DOCKER_SWARM_TOKEN",
        "glrtr-" + rand(20): "GITLAB_TOKEN",
        "sbp_v0_" + hexs(40): "SUPABASE_ACCESS_TOKEN",
        "vcp_" + rand(56): "VERCEL_TOKEN",
        "sgp_local_" + hexs(40): "SOURCEGRAPH_TOKEN",
        "px-api-" + uuid: "NEW_RELIC_KEY",
        "eu01xx" + hexs(30) + "NRAL": "NEW_RELIC_KEY",
        f"{hexs(32)}-{hexs(8)}-{hexs(8)}": "MAILGUN_API_KEY",
    }
    for value, entity in cases.items():
        text = f"export SERVICE_KEY={value}\n"
        got = [(f.entity_type, text[f.start : f.end]) for f in guard.scan(text).findings]
        assert (entity, value) in got, (entity, got)


def test_sql_php_gradle_and_vault_cli_credentials() -> None:
    guard = Guard({"packs": ["secrets"], "injection": {"enabled": False}})
    pw, key = rand(14), rand(40)
    texts = [
        f"ALTER USER 'app'@'%' IDENTIFIED WITH caching_sha2_password BY '{pw}';",
        f"CREATE ROLE etl WITH LOGIN PASSWORD {pw};",
        f"define( 'DB_PASSWORD', '{pw}' );",
        f'buildConfigField "String", "API_KEY", "\\"{key}\\""',
        f"vault operator unseal {rand(44, ALNUM + '+/')}",
    ]
    for text in texts:
        assert guard.scan(text).findings, text
    for text in ("define( 'DB_PASSWORD', 'password_here' );", "vault operator unseal $KEY1"):
        assert [f.recognizer for f in guard.scan(text).findings] == [], text


def test_grafana_legacy_key_needs_its_json_shape() -> None:
    check = get_validator("grafana_api_key")

    def b64(obj: dict[str, object]) -> str:
        return base64.b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode()

    assert check(b64({"k": rand(32), "n": "ci", "id": 1})) is True
    # A Power BI report link's view id shares the {"k": start.
    uuid = f"{hexs(8)}-{hexs(4)}-4{hexs(3)}-a{hexs(3)}-{hexs(12)}"
    assert check(b64({"k": uuid, "t": uuid})) is False


def test_checksum_valid_github_token_that_spells_a_stand_in_word_is_kept() -> None:
    """A random token can spell "Here" or "YOUR"; a valid CRC32 says it was issued."""
    import zlib

    from promptguard.recognizers.secret_validators import _b62, github_token_crc32, npm_token_crc32

    payload = "k3RzHere9QwErTyUiOpAsDfGhJkLzX"  # 30 characters, contains "Here"
    body = payload + _b62(zlib.crc32(payload.encode()))
    assert github_token_crc32("ghp_" + body) is True
    assert npm_token_crc32("npm_" + body) is True
    # A bad checksum with the same stand-in word is still dropped as a placeholder.
    assert github_token_crc32("ghp_" + payload + "AAAAAA") is False


@pytest.mark.parametrize(
    ("value", "kept"),
    [
        ("0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6", True),
        ("0x35, 0x34, 0x65, 0x9b, 0x1c, 0x2e, 023, 010, 041", True),  # hex and octal mixed
        ("0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00", False),  # zeroed buffer
        ("0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08", False),  # counting sequence
        ("0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2", False),  # fewer than 8 bytes
        ("333, 9, 100, 114, 245, 164, 134, 217", False),  # 333 is not a byte
    ],
)
def test_byte_array_key_validator(value: str, kept: bool) -> None:
    assert (byte_array_key(value) is None) is kept


@pytest.mark.parametrize(
    ("value", "kept"),
    [
        ("QK7PD-M4R2X-9TWHV-C3J8B-YF6GN", True),
        ("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX", False),
        ("QK7PD-M4R2X-9TWHV-C3J8B-KLMNO", False),  # one straight run marks a stand-in
        ("12345-QK7PD-M4R2X-9TWHV-C3J8B", False),
        ("QK7PD-M4R2X-9TWHV-C3J8B-77777", False),
    ],
)
def test_license_key_groups_validator(value: str, kept: bool) -> None:
    assert (license_key_groups(value) is None) is kept


def test_a_hard_coded_byte_array_key_is_redacted_in_a_prompt() -> None:
    guard = Guard.from_config("default")
    text = "Why does decrypt fail?\nstatic const uint8_t aes_key[16] = "
    text += "{0xc4, 0x1f, 0x93, 0x5a, 0x07, 0xe2, 0xb8, 0x6d};"
    result = guard.sanitize(text)
    assert "0xc4" not in result.text and "aes_key[16] = {" in result.text
    assert [f.recognizer for f in result.findings] == ["byte_array_key"]
