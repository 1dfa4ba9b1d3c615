"""Built-in secret recognizers: ``entropy`` (generic assignments), ``private_key_block`` and
``aws_secret``, with their false-positive filters. Every value here is generated at test time."""

from __future__ import annotations

import math
import random
import re
import string
from itertools import pairwise

import pytest
from pydantic import ValidationError

from promptguard.config.schema import RecognizerSpec
from promptguard.recognizers.builtin.entropy import (
    EntropyRecognizer,
    _word_before,
    not_placeholder,
)
from promptguard.recognizers.registry import build_recognizer, known_types
from promptguard.recognizers.secret_values import (
    _CODE_PARTS,
    _CODE_PARTS_RE,
    _PLACEHOLDER_PARTS_GATE,
    _PLACEHOLDER_PARTS_RE,
    _interleaved_sequence,
    _longest_run,
    _sequential_fraction,
    _trie,
    alphabet_of,
    is_placeholder,
    secret_filter,
    shannon_entropy,
)

RNG = random.Random(4)
ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"


def token(n: int, alphabet: str = ALNUM) -> str:
    """A random token that has upper, lower and digit characters (like a real key)."""
    while True:
        value = "".join(RNG.choice(alphabet) for _ in range(n))
        if alphabet != ALNUM and alphabet != B64:
            return value
        if any(c.isupper() for c in value) and any(c.islower() for c in value) and any(c.isdigit() for c in value):
            return value


def hexs(n: int) -> str:
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def entropy_rec(kind: str) -> EntropyRecognizer:
    entity = "PASSWORD" if kind == "password" else "GENERIC_SECRET"
    spec = RecognizerSpec(id=f"generic_{kind}", entity=entity, type="entropy", options={"kind": kind})
    rec = build_recognizer(spec, "secrets")
    assert isinstance(rec, EntropyRecognizer)
    return rec


PASSWORD = entropy_rec("password")
SECRET = entropy_rec("secret")


def found(rec: EntropyRecognizer, text: str) -> list[str]:
    return [text[f.start : f.end] for f in rec.analyze(text)]


# ------------------------------------------------------------------------ measures
def test_builtin_types_are_registered() -> None:
    assert {"entropy", "private_key_block", "aws_secret"} <= set(known_types())


def test_shannon_entropy_and_alphabets() -> None:
    assert shannon_entropy("") == 0.0
    assert shannon_entropy("aaaa") == 0.0
    assert shannon_entropy("abcd") == pytest.approx(2.0)
    assert alphabet_of(hexs(32)) == "hex"
    assert alphabet_of("sgp_" + hexs(40)) == "hex"  # a short prefix does not change the alphabet
    assert alphabet_of("zpczok4kqgnw5prpfy3ehiylbqvgbjfk") == "base36"
    assert alphabet_of(token(30, B64)) == "base64"
    assert alphabet_of("Tr0ub4dor&3") == "other"


@pytest.mark.parametrize(
    ("value", "kind", "why"),
    [
        ("AKIAIOSFODNN7EXAMPLE", "secret", "documented_example"),
        ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "secret", "documented_example"),
        ("YOUR_API_KEY_HERE_123456", "secret", "placeholder"),
        ("xxxxxxxxxxxxxxxxxxxxxxxx", "password", "placeholder"),
        # For machine secrets the randomness test runs first (the cheap, common drop).
        ("xxxxxxxxxxxxxxxxxxxxxxxx", "secret", "low_entropy"),
        ("sk-Y0UR-API-KEY-HERE-x7Q2mZ9pL4", "secret", "placeholder"),
        ("changeme", "password", "placeholder"),
        ("${DB_PASSWORD}", "password", "placeholder"),
        ("{{vault_secret}}", "secret", "placeholder"),
        ("<token>", "password", "placeholder"),
        ("os.environ.get(PWD)", "password", "code_reference"),
        ("$dbPassword", "password", "placeholder"),
        ("config.get(x)", "password", "code_reference"),
        ("sha512-" + token(86, B64) + "==", "secret", "lockfile_integrity"),
        ("3f2504e0-4f89-11d3-9a0c-0305e82c3301", "secret", "uuid"),
        ("1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d", "secret", "sequential"),
        ("abcdefghijklmnop1234", "secret", "sequential"),
        ("aaaaaaaaaaaaaaaaaaaaaaaa", "secret", "low_entropy"),
        ("snake_case_variable_name", "password", "identifier"),
        ("userPassword", "password", "identifier"),
        ("#add-password", "password", "placeholder"),
        ("abc", "password", "low_entropy"),
        ("api.example-host.com", "secret", "placeholder"),
    ],
)
def test_filters_name_the_reason(value: str, kind: str, why: str) -> None:
    verdict = secret_filter(value, kind=kind)
    assert not verdict.keep
    assert verdict.filter == why


def test_git_sha_is_dropped_only_in_a_commit_context() -> None:
    sha = hexs(40)
    assert secret_filter(sha, name="commit_sha").filter == "git_sha"
    # A 40-hex value assigned to a token name is a credential (GitHub OAuth secrets look so).
    assert secret_filter(sha, name="client_secret").keep


def test_per_alphabet_thresholds() -> None:
    assert secret_filter(hexs(32)).keep  # random hex clears 3.0 bits/char
    assert secret_filter(token(40, B64)).keep  # random base64 clears 4.5 (scaled for length)
    assert secret_filter(token(16)).keep  # short tokens are judged against log2(length)
    assert not secret_filter("0101010101010101").keep
    assert not secret_filter("ab12ab12ab12ab12ab12").keep


def test_passwords_are_judged_as_people_write_them() -> None:
    assert secret_filter("Tr0ub4dor&3", kind="password").keep
    assert secret_filter("whiteduke", kind="password", literal=True).keep  # a quoted / .env word
    assert not secret_filter("whiteduke", kind="password", literal=False).keep  # a bare word is a variable
    assert not secret_filter("password", kind="password", literal=True).keep
    assert not secret_filter("12345", kind="password").keep


@pytest.mark.parametrize(
    "value", ["YOUR_API_KEY", "<your-token>", "${TOKEN}", "{{ secret }}", "changeme", "sk-xxxx-xxxx", "%(pw)s"]
)
def test_placeholders(value: str) -> None:
    assert is_placeholder(value)


def test_random_value_is_not_a_placeholder() -> None:
    assert not is_placeholder(token(24))


# --------------------------------------------------------------------- recognizer
def test_assignments_in_env_yaml_json_code_and_cli() -> None:
    secret, pw = token(32), "Xk29#mQv!7zz"
    texts = [
        f"API_KEY={secret}",
        f"  client_secret: {secret}",
        f'{{"apiKey": "{secret}"}}',
        f'self.signing_key = "{secret}"',
        f'<add key="ApiSecret" value="{secret}" />',
    ]
    for text in texts:
        assert found(SECRET, text) == [secret], text
    pw_texts = [f"DB_PASSWORD={pw}", f"password: '{pw}'", f"mysql -u root --password {pw}", f'#define PASSWORD "{pw}"']
    for text in pw_texts:
        assert found(PASSWORD, text) == [pw], text


def test_long_names_are_read_past_the_keyword() -> None:
    # The name runs on well past its secret-like word: the hint pass has no length bound there
    # (the name itself is read up to 64 characters).
    secret, pw = token(32), "Xk29#mQv!7zz"
    assert found(PASSWORD, f"DB_PASSWORD_PRIMARY_REPLICATION_USER_EU_WEST={pw}") == [pw]
    assert found(SECRET, f"  api_key_of_the_billing_service_in_eu_west_1: {secret}") == [secret]
    assert found(PASSWORD, f"  --password-of-the-replication-user-on-primary {pw}") == [pw]
    assert found(SECRET, f'<mycompany:integrationApiTokenForTheLegacyBillingSystem>{secret}</') == [secret]


def test_xml_elements_prose_and_escaped_json() -> None:
    pw = "Xk29#mQv!7zz"
    texts = [
        f"<server><id>nexus</id><password>{pw}</password></server>",
        f"The password for the staging db is {pw}",
        f'the default password for user "ci-bot" is "{pw}"',
        f"password for master:{pw}",
        f"the password is '{pw}'",
        '{"config": "{\\"db_password\\": \\"' + pw + '\\"}"}',
        f"Server=db01;User ID=billing;Password={pw};Database=x;",
    ]
    for text in texts:
        assert found(PASSWORD, text) == [pw], text
    # An identifier-looking password is a literal inside a connection string, a variable in code.
    assert found(PASSWORD, "Server=db01;User ID=billing;Password=billing_prod;") == ["billing_prod"]
    assert found(PASSWORD, "password = billing_prod") == []
    assert found(SECRET, f"<apiToken>{token(32)}</apiToken>") != []


def test_weak_literal_passwords_are_found_placeholders_are_not() -> None:
    assert found(PASSWORD, 'password = "Secret123"') == ["Secret123"]
    for text in ("password=password1", "password: SOME_PASSWORD", "secret = secret2", "password=changeme"):
        assert found(PASSWORD, text) == [] and found(SECRET, text) == [], text


def test_parentheses_inside_quotes_are_characters_not_calls() -> None:
    assert found(PASSWORD, 'password = "Tr0ub(4)dor!"') == ["Tr0ub(4)dor!"]
    assert found(PASSWORD, 'password = "getpass()"') == []
    assert found(PASSWORD, "password = Tr0ub(4)dor!") == []  # unquoted: a call in code


def test_query_parameter_value_ends_at_the_next_ampersand() -> None:
    secret = token(24)
    assert found(SECRET, f"GET /v1/items?api_key={secret}&limit=10") == [secret]
    assert found(PASSWORD, "DB_PASSWORD=Tr0ub4dor&3x") == ["Tr0ub4dor&3x"]  # not a query: "&" is in the value


def test_provider_prefixed_value_off_the_provider_shape_is_still_reported() -> None:
    # 30 characters after ghp_ (the provider rule wants 36): a truncated or hand-made token.
    short = "ghp_" + token(30)
    assert found(SECRET, f"GITHUB_TOKEN={short}") == [short]


def test_uuid_counts_only_under_an_explicit_secret_name() -> None:
    uid = "1ace4d19-fa7e-44b2-83f0-9129474bcd81"
    assert found(SECRET, f"--deploy-token {uid}") == [uid]
    assert found(SECRET, f"SERVICE_API_KEY={uid}") == [uid]
    for text in (f"request_id={uid}", f"key = {uid}", f"token_uuid = {uid}", f"api_key_guid: {uid}"):
        assert found(SECRET, text) == [], text


def test_each_entry_reports_only_its_kind() -> None:
    text = f"DB_PASSWORD=Xk29#mQv!7zz\nAPI_TOKEN={token(32)}"
    assert [f.entity_type for f in PASSWORD.analyze(text)] == ["PASSWORD"]
    assert [f.entity_type for f in SECRET.analyze(text)] == ["GENERIC_SECRET"]


@pytest.mark.parametrize(
    "text",
    [
        "password = os.environ['DB_PASSWORD']",
        "password: ${DB_PASSWORD}",
        'api_key = "<your-api-key>"',
        "API_KEY=xxxxxxxxxxxxxxxxxxxxxxxx",
        "token = hashlib.sha256(data).hexdigest()",
        "the password is incorrect",
        "Please pass the token to the next step.",
        f"commit_sha = {hexs(40)}",
        "request_id = 3f2504e0-4f89-11d3-9a0c-0305e82c3301",
        '"integrity": "sha512-' + token(86, B64) + '=="',
        "password_reset_url = /account/reset",
        "max_tokens = 4096",
        "primary_key = id",
        "cache miss key=session:" + hexs(40),
        "keyboard: us-intl",
        "The password for each user is hashed with bcrypt.",
        "the password for root is not set",
        "Your password is too short.",
        "<password>${DB_PASSWORD}</password>",
        "<token>YOUR_TOKEN_HERE</token>",
        "<secretName>db-credentials</secretName>",
        "Change the password for account: admin@corp-mail.com",
    ],
)
def test_hard_negatives(text: str) -> None:
    assert found(PASSWORD, text) == [] and found(SECRET, text) == []


def test_suppressed_names_the_filter_without_values() -> None:
    text = "API_KEY=YOUR-API-KEY-HERE-4f9Qz7Lk2\nSECRET_KEY=" + token(40)
    dropped = SECRET.suppressed(text)
    assert [x.reason for x in dropped] == ["filter placeholder"]
    assert text[dropped[0].start : dropped[0].end] == "YOUR-API-KEY-HERE-4f9Qz7Lk2"
    kept = next(f for f in SECRET.analyze(text))
    assert kept.explanation is not None and kept.explanation.pattern.startswith("assignment:secret")
    assert all(text[kept.start : kept.end] not in str(x) for x in dropped)


def test_options_are_validated() -> None:
    with pytest.raises(ValidationError):
        build_recognizer(RecognizerSpec(id="x", entity="GENERIC_SECRET", type="entropy", options={"treshold": 3}), "p")


# -------------------------------------------------------------- private_key_block
def _pem(kind: str = "RSA PRIVATE KEY", lines: int = 4) -> str:
    body = "\n".join(token(64, B64) for _ in range(lines))
    return f"-----BEGIN {kind}-----\n{body}\n-----END {kind}-----"


PK = build_recognizer(RecognizerSpec(id="private_key", entity="PRIVATE_KEY", type="private_key_block"), "secrets")


@pytest.mark.parametrize(
    "kind",
    [
        "RSA PRIVATE KEY",
        "PRIVATE KEY",
        "EC PRIVATE KEY",
        "OPENSSH PRIVATE KEY",
        "ENCRYPTED PRIVATE KEY",
        "PGP PRIVATE KEY BLOCK",
    ],
)
def test_whole_block_is_one_finding(kind: str) -> None:
    pem = _pem(kind)
    text = f"Here is my key:\n{pem}\nwhy does ssh reject it?"
    findings = list(PK.analyze(text))
    assert len(findings) == 1
    assert text[findings[0].start : findings[0].end] == pem


def test_json_escaped_block_and_truncated_block() -> None:
    pem = _pem("PRIVATE KEY").replace("\n", "\\n")
    text = '{"type": "service_account", "private_key": "' + pem + '\\n", "client_email": "x@y.iam"}'
    (f,) = PK.analyze(text)
    assert text[f.start : f.end] == pem
    truncated = "-----BEGIN RSA PRIVATE KEY-----\n" + token(64, B64) + "\n" + token(64, B64) + "\n\nthanks"
    (g,) = PK.analyze(truncated)
    assert truncated[g.start : g.end].endswith(truncated.split("\n")[2])
    assert g.explanation is not None and g.explanation.pattern == "begin_truncated"


def test_truncated_block_keeps_a_trailing_plus_of_the_key_material() -> None:
    last = token(62, B64) + "/+"
    text = "-----BEGIN RSA PRIVATE KEY-----\n" + token(64, B64) + "\n" + last + "\n\nthanks"
    (f,) = PK.analyze(text)
    assert text[f.start : f.end].endswith(last)
    concatenated = 'key = "-----BEGIN RSA PRIVATE KEY-----\\n" +\n  "' + token(64, B64) + '" +\n  "tail"'
    (g,) = PK.analyze(concatenated)
    assert not concatenated[g.start : g.end].endswith("+")


def test_lone_end_line_takes_the_key_lines_above() -> None:
    tail = token(64, B64) + "\n" + token(40, B64) + "==\n-----END OPENSSH PRIVATE KEY-----"
    text = "...rest of the file:\n" + tail
    (f,) = PK.analyze(text)
    assert text[f.start : f.end] == tail


@pytest.mark.parametrize("first", ["/", "+", "//"])
def test_lone_end_line_keeps_base64_that_starts_with_slash_or_plus(first: str) -> None:
    # "+" and "/" are base64 digits: a key line may start with them, and none may be left out.
    tail = first + token(63, B64) + "\n" + token(40, B64) + "==\n-----END OPENSSH PRIVATE KEY-----"
    text = "...rest of the file:\n" + tail
    (f,) = PK.analyze(text)
    assert text[f.start : f.end] == tail


def test_lone_end_line_leaves_out_code_around_the_lines() -> None:
    lines = [token(64, B64), token(64, B64)]
    text = 'key = (\n  "' + lines[0] + '" +\n  // ' + lines[1] + '\n  "-----END RSA PRIVATE KEY-----")'
    (f,) = PK.analyze(text)
    assert text[f.start : f.end].startswith(lines[0])


def test_public_keys_and_certificates_are_not_secrets() -> None:
    text = _pem("PUBLIC KEY") + "\n" + _pem("CERTIFICATE") + "\nssh-ed25519 AAAAC3Nza" + token(40) + " me@host"
    assert list(PK.analyze(text)) == []


# ---------------------------------------------------------------------- aws_secret
AWS = build_recognizer(
    RecognizerSpec(id="aws_secret_access_key", entity="AWS_SECRET_ACCESS_KEY", type="aws_secret"), "secrets"
)


def test_aws_secret_near_key_id_or_keyword() -> None:
    secret = token(40, B64)
    key_id = "AKIA" + "".join(RNG.choice(string.ascii_uppercase + "234567") for _ in range(16))
    creds = f"[default]\naws_access_key_id = {key_id}\naws_secret_access_key = {secret}\n"
    assert [creds[f.start : f.end] for f in AWS.analyze(creds)] == [secret]
    pair = f"{key_id} {secret}"
    assert [pair[f.start : f.end] for f in AWS.analyze(pair)] == [secret]
    json_text = f'{{"SecretAccessKey": "{secret}"}}'
    assert len(list(AWS.analyze(json_text))) == 1


def test_aws_secret_needs_context_and_skips_documented_keys() -> None:
    assert list(AWS.analyze(f"checksum: {token(40, B64)}")) == []
    assert list(AWS.analyze("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")) == []


# ------------------------------------------------------------- issue 4, second pass
def test_placeholder_words_count_only_when_written_as_words() -> None:
    # A random key may spell EXAMbLE in random case; a stand-in writes the word.
    spelled = token(20, B64) + "QjEXAMbLE" + token(11, B64)
    assert not is_placeholder(spelled)
    assert secret_filter(spelled, name="api_secret").keep
    for stand_in in ("sk-example-" + token(12), "EXAMPLE_" + token(12), "Example" + token(12), "my-fake-" + token(12)):
        assert is_placeholder(stand_in), stand_in


def test_letter_prefixed_hex_is_judged_as_hex() -> None:
    value = "ANzaSy" + hexs(33)
    assert alphabet_of(value) == "hex"
    assert found(SECRET, f"gcp_secret = {value}") == [value]
    # A cache key names a digest, whatever its alphabet.
    assert found(SECRET, f"cache key: build-{hexs(40)}") == []


def test_one_word_compound_secret_names() -> None:
    value = token(40, B64)
    assert found(SECRET, f'jwtsecret: "{value}"') == [value]
    assert found(SECRET, f"authtoken={value}") == [value]
    assert found(SECRET, f"hotkey={value}") == []  # "-key" compounds are not secret names


def test_backslash_inside_a_quoted_value_is_part_of_it() -> None:
    value = "7`D'}/vYR)T;W\\5]EBrf;_&k>qX??]G&3CF=;@vyrVBp"
    assert found(SECRET, f'  jwt_secret: "{value}"') == [value]
    # An escaped closing quote (JSON logged inside a string) still ends the value.
    inner = token(24)
    assert found(SECRET, f'{{\\"api_key\\":\\"{inner}\\"}}') == [inner]


def test_public_keys_and_word_qualified_keys_are_not_secret_names() -> None:
    value = token(40)
    for name in ("STRIPE_PUBLISHABLE_KEY", "VAPID_PUBLIC_KEY", "publicKey"):
        assert found(SECRET, f"{name}={value}") == [], name
    assert found(SECRET, f"primary key: {value}") == []


def test_mixed_case_letters_are_a_password_but_camel_case_is_a_name() -> None:
    assert found(PASSWORD, "[db]\npassword = jhYQusDRpUkcmT\n") == ["jhYQusDRpUkcmT"]
    assert found(PASSWORD, "password = userPasswordInput") == []
    assert found(PASSWORD, "password = XMLHttpRequestObj") == []


def test_pagination_cursors_are_not_credentials() -> None:
    cursor = token(28)
    assert found(SECRET, f"https://example.org/w/index.php?search=x&searchToken={cursor}") == []
    assert found(SECRET, f'{{"nextPageToken": "{cursor}"}}') == []
    assert found(SECRET, f'{{"access_token": "{cursor}"}}') == [cursor]


def test_committed_ciphertext_is_not_a_secret() -> None:
    sealed = "AgB" + token(300, B64)
    text = f"kind: SealedSecret\nspec:\n  encryptedData:\n    password: {sealed}\n    api-token: {sealed}\n"
    assert found(PASSWORD, text) == [] and found(SECRET, text) == []
    sops = f"password: ENC[AES256_GCM,data:{token(24, B64)}=,iv:{token(43, B64)}=,type:str]"
    assert found(PASSWORD, sops) == []
    # The same value in a plain Secret manifest is base64 of the password: reported.
    assert found(PASSWORD, f"kind: Secret\ndata:\n  password: {token(24, B64)}\n") != []


def test_unquoted_value_ends_at_an_escaped_newline() -> None:
    value = "Xk9#mQ2vLp"
    assert found(PASSWORD, f'{{"log": "line1\\npassword: {value}\\nline3"}}') == [value]


def test_triple_quoted_python_values() -> None:
    secret = token(30)
    assert found(SECRET, f"api_key = '''{secret}'''") == [secret]
    assert found(SECRET, f'token = """{secret}"""') == [secret]
    assert found(SECRET, "doc = '''") == []


def test_yaml_tags_are_code_but_a_password_may_start_with_a_bang() -> None:
    pw = "!" + token(9)
    assert found(PASSWORD, f"password:{pw}") == [pw]
    assert found(PASSWORD, f"password: {pw}") == [pw]
    for text in ("password: !vault |", "password: !secret db_password", "password: *default_pw", "password: |-"):
        assert found(PASSWORD, text) == [], text


def test_pass_glued_to_the_service_it_unlocks() -> None:
    pw = token(14)
    for name in ("MYSQLPASS", "DBPASS", "smtppass", "ROOTPASSWD"):
        assert found(PASSWORD, f"{name}: {pw}") == [pw], name
    for name in ("COMPASS", "BYPASS", "SURPASS", "overpass"):
        assert found(PASSWORD, f"{name}: {pw}") == [], name


def test_set_and_export_leads_in_any_case() -> None:
    pw = token(12) + "!"
    assert found(PASSWORD, f'SET password "{pw}"') == [pw]
    assert found(PASSWORD, f'set PASSWORD "{pw}"') == [pw]
    assert found(PASSWORD, "SET password for this user") == []


def test_value_validators_for_named_pattern_rules() -> None:
    from promptguard.recognizers.validators import get_validator

    password_value, secret_value = get_validator("password_value"), get_validator("secret_value")
    assert password_value(token(14)) is None
    assert password_value("password_here") is False
    assert password_value("getenv('DB_PASSWORD')") is False
    assert secret_value(token(40)) is None
    assert secret_value("put your unique phrase here") is False
    assert secret_value("wp_cache_site_main") is False


def test_names_after_an_escaped_newline_in_a_json_string() -> None:
    secret, pw = token(30), token(12)
    assert found(SECRET, f'{{"log": "started\\\\ntoken={secret}\\\\nnext"}}') == [secret]
    assert found(PASSWORD, f'{{"log": "a\\\\tpassword: {pw}"}}') == [pw]


@pytest.mark.parametrize("lead", ["\x1b[33m", "\x1b[1;33m", "\\n", "\\t"])
def test_aws_secret_after_an_ansi_or_string_escape(lead: str) -> None:
    secret = token(40, B64)
    text = f"aws_secret_access_key={lead}{secret}\x1b[0m"
    assert [text[f.start : f.end] for f in AWS.analyze(text)] == [secret]
    # A 41-character run that no escape explains stays out (it is not a 40-character key).
    glued = f"aws_secret_access_key=m{secret}"
    assert list(AWS.analyze(glued)) == []


def test_values_printed_in_colour() -> None:
    secret, pw = token(30), token(12) + "#"
    assert found(SECRET, f"INFO token=\x1b[33m{secret}\x1b[0m ok") == [secret]
    assert found(PASSWORD, f"DB_PASSWORD=\x1b[1;31m{pw}\x1b[0m") == [pw]


# ------------------------------------------------------------- fast paths (issue 4)
# The measures and filters run in C where they can (bytes.translate, map, prefix-tree regexes).
# Each must decide exactly what the plain Python it replaced decided: the references below are
# those plain versions, compared on random values that hit every branch (ASCII and not,
# sequences, placeholders, hex, masks).
def _ref_sequential_fraction(value: str) -> float:
    if len(value) < 2:
        return 1.0
    codes = value.encode("utf-8", "replace")
    return sum(1 for a, b in pairwise(codes) if -1 <= b - a <= 1) / (len(codes) - 1)


def _ref_interleaved(value: str) -> bool:
    core = "".join(ch for ch in value[:96] if ch.isalnum())
    if len(core) < 8:
        return False
    skips = sum(abs(ord(core[i + 2]) - ord(core[i])) <= 1 for i in range(len(core) - 2))
    return skips / (len(core) - 2) > 0.5


def _ref_longest_run(value: str) -> int:
    value = value[:96]
    best = run = 1
    for a, b in pairwise(value):
        run = run + 1 if abs(ord(b) - ord(a)) <= 1 and a.isalnum() and b.isalnum() else 1
        best = max(best, run)
    return best if value else 0


def _ref_alphabet(value: str) -> str:
    hex_chars = set("0123456789abcdefABCDEF")
    chars = set(value)
    non_hex = sum(1 for c in value if c not in hex_chars)
    if chars <= hex_chars or (len(value) >= 16 and non_hex <= 0.1 * len(value)):
        return "hex"
    if len(value) >= 24 and re.match(r"^[A-Za-z]{1,8}(?:[0-9a-f]{20,}|[0-9A-F]{20,})$", value):
        return "hex"
    b36 = set(string.ascii_lowercase + string.digits)
    if chars <= b36 or (chars <= b36 | set(string.ascii_uppercase) and (value.isupper() or value.islower())):
        return "base36"
    return "base64" if chars <= set(ALNUM + "+/=_-") else "other"


def _ref_entropy(value: str) -> float:
    if not value:
        return 0.0
    n = len(value)
    counts: dict[str, int] = {}
    for c in value:
        counts[c] = counts.get(c, 0) + 1
    return max(0.0, math.log2(n) - sum(c * math.log2(c) for c in counts.values()) / n)


_POOLS = (
    string.printable,
    "0123456789abcdef",
    string.ascii_lowercase + string.digits,
    ALNUM + "+/=_-",
    "abcdefg123_-.x*#",
    "xX*.#_-\u2026\u2022<>${}%@[]()",
    ALNUM + "\u00e9\u00fc\u20ac\u00df\u03a9\u0663\u00b2\u6f22",
    "ab12",
)
_WORDS = (
    "your_",
    "example",
    "Example",
    "password",
    "token",
    "changeme",
    "${",
    "{{",
    "<tok>",
    "xxxx",
    "...",
    "os.environ",
    "(",
)


def _random_values(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        value = "".join(rng.choice(rng.choice(_POOLS)) for _ in range(rng.randint(0, 70)))
        if rng.random() < 0.3:
            i = rng.randint(0, len(value))
            value = value[:i] + rng.choice(_WORDS) + value[i:]
        out.append(value)
    return out


def test_fast_measures_match_their_plain_versions() -> None:
    for value in _random_values(6000, seed=11):
        assert _sequential_fraction(value) == _ref_sequential_fraction(value), value
        assert _interleaved_sequence(value) == _ref_interleaved(value), value
        assert _longest_run(value) == _ref_longest_run(value), value
        assert alphabet_of(value) == _ref_alphabet(value), value
        assert shannon_entropy(value) == pytest.approx(_ref_entropy(value), abs=1e-12), value
    # The step tables see code points beyond a byte (non-ASCII path) and long runs.
    assert _interleaved_sequence("\u0100\u0100\u0101\u0101\u0102\u0102\u0103\u0103\u0104")
    assert _longest_run("ABCDEFGH-xyz") == 8
    assert shannon_entropy("ab" * 600) == pytest.approx(1.0)  # counts past the c*log2(c) table


def test_prefix_tree_gates_find_what_the_flat_alternations_find() -> None:
    for value in _random_values(6000, seed=12):
        low = value.lower()
        assert (_PLACEHOLDER_PARTS_GATE.search(low) is None) == (_PLACEHOLDER_PARTS_RE.search(low) is None), value
        assert (_CODE_PARTS_RE.search(low) is not None) == any(p in low for p in _CODE_PARTS), value
    assert _trie(["env.", "env[", "environ", "os."]) == r"e(?:n(?:v(?:\.|\[|iron)))|os\."


def test_word_before_matches_the_regex_it_replaced() -> None:
    regex = re.compile(r"[A-Za-z]+$")
    rng = random.Random(13)
    for _ in range(5000):
        text = "".join(rng.choice("ab Z\n-_1\u00e9") for _ in range(rng.randint(0, 30)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        m = regex.search(text, start, end)
        assert _word_before(text, start, end) == (m.group(0) if m else ""), (text, start, end)


def test_not_placeholder_verdicts() -> None:
    assert not_placeholder(token(40)) is None
    for stand_in in (
        "xxxxxxxxxxxxxxxxxxxx",
        "${TOKEN}",
        "{token}",
        "%TOKEN%",
        "<your-token>",
        "abcdefghijklmnop",
        "1a2b3c4d5e6f7g8h",
        "aaaaaaa",
    ):
        assert not_placeholder(stand_in) is False, stand_in
    assert not_placeholder(" my_api_token ") is False  # stripped before the placeholder words


def test_assignment_search_runs_once_per_scan_not_once_per_text() -> None:
    """The password and secret entries share one search per scan (a memo keyed by the scan's
    buffer); scanning the same text again searches again (no cache across scans)."""
    import promptguard.recognizers.builtin.entropy as entropy_module
    from promptguard import Guard

    guard = Guard({"name": "t", "packs": ["secrets"], "injection": {"enabled": False}, "ner": {"enabled": False}})
    hint = next(r for r in guard.engine.recognizers if isinstance(r, EntropyRecognizer))._hint
    calls = 0
    real = entropy_module.re2_spans

    def counting(regex, data):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += regex is hint
        return real(regex, data)

    text = f"DB_PASSWORD={token(16)}\napi_key = {token(32)}\n"
    entropy_module.re2_spans = counting  # type: ignore[assignment]
    try:
        first = guard.scan(text)
        assert calls == 1
        second = guard.scan(text)
        assert calls == 2
    finally:
        entropy_module.re2_spans = real  # type: ignore[assignment]
    assert {f.entity_type for f in first.findings} == {"PASSWORD", "GENERIC_SECRET"}
    assert [(f.start, f.end) for f in first.findings] == [(f.start, f.end) for f in second.findings]
