"""Secrets pack recall classes: human-chosen passwords in config blocks, URLs, PHP barewords and
remote-admin command lines, and provider shapes added from the providers' documentation; with
the hard negatives each class must leave alone.

Every credential here is generated at test time or written for this file; none comes from a
dataset."""

from __future__ import annotations

import string

import pytest
from test_secrets import hexs, rand  # shared random-token helpers; tests/recognizers is on sys.path

from promptguard import Guard
from promptguard.recognizers.secret_values import assignment_in_config, is_placeholder, secret_filter

ALNUM = string.ascii_letters + string.digits
GUARD = Guard({"packs": ["secrets"], "injection": {"enabled": False}, "ner": {"enabled": False}})


def found(text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in GUARD.scan(text).findings]


def values(text: str) -> list[str]:
    return [v for _, v in found(text)]


# ----------------------------------------------------------------- human-chosen passwords
@pytest.mark.parametrize(
    ("text", "password"),
    [
        # .ini block: "name = value" with spaces, corroborated by the other lines of the block.
        ("[database]\nhost = db.internal\nuser = app\npassword = bluefalcon\n", "bluefalcon"),
        ("user = jdoe\n; comment\npassword = blue_falcon\n", "blue_falcon"),
        # YAML and .env values are literals on their own.
        ("redis:\n  host: cache\n  password: open-sesame\n", "open-sesame"),
        ("password: open_sesame", "open_sesame"),
        ("DB_USER=app\nDB_PASSWORD=sunflower\n", "sunflower"),
        ("[client]\nuser=root\npassword=hunter2\n", "hunter2"),
        # PHP bareword string.
        ('$host = "localhost";\n$user = "app"; $password = bluefalcon;', "bluefalcon"),
        # Weak real passwords are passwords (not placeholders) in URLs and netrc too.
        ("mongodb+srv://app:hunter2@cluster0.ab1cd.mongodb.net/test", "hunter2"),
        ("machine git.corp.example login jdoe password letmein\n", "letmein"),
        ("Server=tcp:db;Database=x;User Id=app;Password=sunflower;", "sunflower"),
    ],
)
def test_human_chosen_passwords_in_clear_assignments(text: str, password: str) -> None:
    assert ("PASSWORD", password) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Set the password to your own value before deploying.",
        "password: ${DB_PASSWORD}",
        "password=<your password>",
        "password = input()",
        'password = os.environ["DB_PASSWORD"]',
        "password = getpass()",
        "password=None",
        'password = ""',
        "password_field = forms.CharField()",
        "if password == confirm:",
        # A bare word on its own "name = value" line is as often Python as .ini: a variable.
        "password = user_input",
        "password = billing_prod",
        # Code nearby: the bare words are variables.
        "import os\nuser = os.getenv('APP_USER')\npassword = user_input\n",
        "def login():\n    username = form.username\n    password = form_secret\n",
        "host = args.host\npassword = args.password\n",
        "user = request.form['user']\npassword = typed_value\n",
        "user = current_user\npassword = current_pw\n",
        # Names of the value passed along, constants, placeholders, masks, templates.
        "[db]\nhost = localhost\npassword = db_pass\n",
        "password = PASSWORD\nuser = USER\n",
        "[database]\nhost = localhost\npassword = <your password here>\n",
        "password: changeme\n",
        "password: xxxxxxxx\n",
        "password=******",
        "password={{ secret }}",
        "password=%DB_PASS%",
        "password=$DB_PASS",
        "password: YOUR_PASSWORD",
        "password = None\nuser = None\n",
        "  password: ${DB_PASSWORD}\n  user: ${DB_USER}\n",
        "password:\n  type: string\n  minLength: 8\n",
        "password: required\nemail: required\n",
        # PHP / PowerShell: calls, superglobals and cmdlets are code.
        "$password = $_POST['password'];",
        "$password = trim($input);",
        "$password = PASSWORD_CONST;",
        "$password = Read-Host -AsSecureString",
        # A documented example password (FastAPI's HTTP Basic tutorial) stays a placeholder.
        'if not (credentials.password == "swordfish"):',
        "mongodb+srv://user:<password>@cluster0.mongodb.net/",
        "mongodb://user:${MONGO_PW}@host/db",
    ],
)
def test_password_hard_negatives(text: str) -> None:
    assert found(text) == [], found(text)


def test_weak_real_passwords_are_not_placeholders() -> None:
    for word in ("hunter2", "letmein", "iloveyou", "open_sesame"):
        assert not is_placeholder(word), word
    # Slot names, documented defaults and examples stay placeholders.
    for word in ("password", "changeme", "your_password", "swordfish", "tiger", "correcthorsebatterystaple"):
        assert is_placeholder(word), word


def test_config_flag_accepts_typed_words_but_not_names() -> None:
    assert secret_filter("open_sesame", kind="password", literal=True, config=True).keep
    assert secret_filter("goodspec", kind="password", literal=True, config=True).keep
    assert not secret_filter("open_sesame", kind="password", literal=True).keep  # no config context
    for name_like in ("db_pass", "smtp_pwd", "current_pw", "api_secret", "userPassword", "DB_PASSWORD", "SecretStr"):
        assert not secret_filter(name_like, kind="password", literal=True, config=True).keep, name_like
    assert secret_filter("Read-Host", kind="password", literal=True).filter == "code_reference"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("user = a\npassword = v4lue\n", True),
        ("password = v4lue", False),  # "=" with spaces alone: Python as often as .ini
        ("password: v4lue", True),
        ("PASSWORD=v4lue", True),
        ("export PASSWORD=v4lue", True),
        ("[s]\npassword = v4lue  # set by ops\n", True),
        ("x = f(1)\npassword = v4lue\n", False),
        ("user = a\npassword = v4lue\nif user:\n", False),
        ("user = form['user']\npassword = v4lue\n", False),
        ("run(password = v4lue)", False),
        ("$password = v4lue;", True),
        ("$password = V4LUE;", False),  # a constant
        ("$password = v4lue", False),
        ("user = a\n# if this fails, ask ops\npassword = v4lue\n", True),  # comments are not code
    ],
)
def test_assignment_in_config(text: str, expected: bool) -> None:
    low = text.lower()
    name_start = low.index("password")
    value_start = low.index("v4lue")
    spans = (name_start, name_start + len("password"), value_start, value_start + len("v4lue"))
    assert assignment_in_config(text, *spans) is expected


# ----------------------------------------------------------------- command lines
def test_remote_admin_command_line_passwords() -> None:
    pw = rand(12)
    texts = [
        f"PsExec.exe \\\\host01 -u CORP\\svc -p {pw} cmd",
        f"paexec \\\\host02 -u admin -p {pw} ipconfig",
        f"backup-agent.exe --sync -u svc_backup -p {pw}",
        f"rdesktop -u administrator -p {pw} 10.0.0.5",
        f"plink -ssh admin@10.0.0.7 -pw {pw} uptime",
    ]
    for text in texts:
        assert ("PASSWORD", pw) in found(text), text
    for text in (
        "mysql -u root -p orders",
        "docker.exe run -u 1000 -p 8080:80 nginx",
        "tool.exe -u admin -p $ADMIN_PASS",
        "tool.exe -u admin -p %ADMIN_PASS%",
        "ssh -p 2222 root@host",
    ):
        assert found(text) == [], text


# ----------------------------------------------------------------- provider shapes
def test_provider_shapes_added_from_documentation() -> None:
    cases = {
        "CODY_KEY=slk_" + hexs(64): "SOURCEGRAPH_TOKEN",
        "SRC_ACCESS_TOKEN=sgp_" + hexs(16) + "_local_" + hexs(40): "SOURCEGRAPH_TOKEN",
        "Postman: PMAT-" + rand(26, string.ascii_uppercase + string.digits): "POSTMAN_API_KEY",
        "explorer token EAACEdEose0cBA" + rand(40): "FACEBOOK_ACCESS_TOKEN",
        "nuget setapikey " + rand(46, string.ascii_lowercase + string.digits): "NUGET_API_KEY",
        'DJANGO_SECRET_KEY = "' + rand(50, string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)") + '"': (
            "DJANGO_SECRET_KEY"
        ),
        "vercel secret " + rand(24): "VERCEL_TOKEN",
    }
    for text, entity in cases.items():
        assert entity in [e for e, _ in found(text)], (text[:30], found(text))


@pytest.mark.parametrize(
    "text",
    [
        # Keyword forms: masked values and words longer than the token are left alone.
        "nuget apikey " + "x" * 46,
        "VERCEL_TOKEN=" + "*" * 24,
        "vercel token internationalizationsupport",
        "PMAT-XXXXXXXXXXXXXXXXXXXXXXXXXX",
        "slk_" + "0" * 64,
    ],
)
def test_provider_shape_hard_negatives(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    "text",
    [
        # Random-looking values in the shapes the brief lists are found (named generic assignments
        # or provider rules).
        "azure_openai_key=" + hexs(32),
        "newrelic_key = NRAK-" + rand(27, string.ascii_uppercase + string.digits),
        "sentry_token=" + hexs(64),
        "sonar_api_token=" + hexs(40),
        "mailgun_api_key=" + hexs(32) + "-" + hexs(8) + "-" + hexs(8),
        "ATLASSIAN_API_TOKEN:'" + rand(24) + "'",
        "square EAAA" + rand(60, ALNUM + "-_"),
        "sq0csp-" + rand(43),
        "r8_" + rand(37),
        "fio-u-" + rand(64),
        "CFPAT-" + rand(43),
    ],
)
def test_random_values_in_named_shapes_are_found(text: str) -> None:
    assert found(text) != [], text


@pytest.mark.parametrize(
    "text",
    [
        "azure_openai_key=1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d",
        "sentry_token=abcdef1234567890abcdef1234567890abcdef1234567890abcdef1234567890",
        "sonar_api_token=abcdef0123456789abcdef0123456789abcdef01",
    ],
)
def test_sequential_stand_ins_under_secret_names_are_left_alone(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize("state", ["changed", "reset", "expired", "prompt", "keyring", "bcrypt"])
def test_a_word_naming_the_passwords_state_or_store_is_not_a_password(state: str) -> None:
    text = f"user: deploy\npassword: {state}\nstatus: ok\n"
    assert not [f for f in Guard.from_config("secrets-only").scan(text).findings if f.pack == "secrets"]


@pytest.mark.parametrize("value", ["blue_monkey", "passion_fruit", "authentic-rain"])
def test_a_typed_password_that_contains_a_name_word_is_still_a_password(value: str) -> None:
    assert values(f"password = {value}\nhost = db\n") == [value]
