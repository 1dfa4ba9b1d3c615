"""The assignment detector's fast paths decide as its plain paths do.

* ``analyze`` skips the full judgement of a value that :func:`_may_keep` rules out: its findings
  must be the kept ones of ``candidates`` (which judges every value, for ``explain``);
* :func:`_may_keep` only answers False where :func:`secret_filter` drops the value whatever the
  context (keyed or not, quoted, connection string, config block);
* :func:`_parse_hints` (the name's own classification first, module regexes bound to locals)
  finds the assignments the plain loop below finds.
"""

from __future__ import annotations

import base64
import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptguard.config.loader import builtin_packs, load_pack
from promptguard.recognizers.builtin import entropy
from promptguard.recognizers.builtin.entropy import EntropyOptions, EntropyRecognizer
from promptguard.recognizers.regex import TextBuffer, re2_spans, sharing
from promptguard.recognizers.secret_validators import DOCUMENTED_EXAMPLES
from promptguard.recognizers.secret_values import (
    _MASK_RUN,
    _TEMPLATE,
    _TEMPLATE_LEADS,
    _interleaved_sequence,
    _is_placeholder,
    _sequential_fraction,
    secret_filter,
)

# Assignments in the shapes the detector reads, with values that are kept, dropped early
# (cache keys, URLs, paths, phrases) and dropped late (placeholders, identifiers, code).
TEXTS = [
    "DB_PASSWORD=Tr0ub4dor&3xQ\nAPI_KEY=2PN4GD5sqejgO9zGo6AsmcngEnmyN41HfNlNlUVw\nDEBUG=true",
    "export SESSION_SECRET=ffd10a4d9e4760a1604bc84983e6b960fdf504e172b3f5a18fa3fbe83b505deb",
    '  client_secret: uWOpHPAZcXOUplN1HQPNWmP2QCb4SUJd\n  password: "emd9XOUZxkDGml"\n  token: ${TOKEN}',
    '{"api_key": "2PN4GD5sqejgO9zGo6AsmcngEnmyN41HfNlNlUVw", "password": "<your-password>"}',
    '{\\"password\\":\\"Xk29#mQv!7pL\\",\\"user\\":\\"bob\\"}',
    "password = os.environ[\"DB_PASSWORD\"]\nsecret = settings['x']\ntoken = hashlib.sha256(b).hexdigest()",
    'API_BASE = "https://intranet.umbrella.fr/renewal/40630"\nTIMEOUT = 82',
    "2024-05-01 DEBUG cache miss key=session:07fdd83eb22e91fa8c3cb1906e668f6f607e6934\n",
    'headers = {"Authorization": "Bearer ghp_kmUDnDieQVW5Ra5OsrCmfFqXZyJ3iTjpsALM"}',
    "curl 'https://api.example.com/v1/items?api_key=9c1f3e5a7b2d4f6a8c0e1f3a5b7d9c2e&limit=10'",
    "mysql -u root --password Xk29#mQv!7 -h db.internal",
    'the password for the user "ci-bot" is "Zq8#vLp2!mW" and the password is incorrect',
    "Server=db;User ID=app;Password=billing_user;Database=x;",
    '<add key="SmtpPassword" value="Qz8!vKp2#Lm" />\n<password>hunter2xyz</password>',
    "[database]\nhost = db.internal\npassword = open_sesame\nport = 5432",
    '#define WIFI_PASSWORD "Tr0ub4dor&3"\nset PASSWORD s3cr3tPa55',
    "config_path: ./secrets/token.json\nsecret_file: /etc/app/secret.key\nkey: ~/keys/id_rsa",
    "PASSWORD=ENC[AES256_GCM,data:abc,iv:def]\napi_token: 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d",
    "jwt_secret: \u00e9t\u00e9-s\u00e9cret-\u00fcber-42\nmot_de_passe: \u00abS\u00e9sam3!\u00bb\n"
    "contrase\u00f1a: Ma\u00f1ana#2024x",
    "API8:2023\u5b89\u5168\u914d\u7f6e\u9519\u8bef token: \u4f60\u597d\u4e16\u754c\u4f60\u597d\u4e16\u754c\u4f60\u597d",
    "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
    "api_key_uuid = d0223eb8-e542-add1-ef4b-e340d9cd2512",
    "stripe_api_key: sk_live_4eC39HqLyjWDarjtT1zdp7dc\ntoken = \x1b[33mghp_kmUDnDieQVW5Ra5OsrCmfFqXZyJ3iTjpsALM\x1b[0m",
    "line1\\npassword: hunter2Xy\\nline3\nsecret_key = 'aB3+/x9_Zq-TkW2r'\ncache key: build-7f3a9c2d1e",
    "PW: high\npass the test\nprimary key = user_id\npat = 'Kq9vX2mL8nR4tZ7w'",
    # Issue 4 shapes: publishable keys, base64 Secret data judged decoded (placeholders, a hex
    # token under the base64 bar), base64 keys starting with "/", hyphen-word passphrases.
    "stripe_key: pk_test_51Hq8fT2eZvKYlo2CkQ7mNpR4sXw9LbVz0aJtUy6GdE3hF\n"
    "data:\n  password: Y2hhbmdlbWU=\n  twilio_auth_token: ZjQyMzBlODRjNzYwMmRiMDZjNGNiODc0M2Y2NzFjODg=\n"
    "  PASSWORD: e3sgLlZhbHVlcy5kYi5wYXNzd29yZCB9fQ==",
    'PRIVATE_TOKEN = "/gF34/a4xFtV8M4UNFkOSNiCPIz2tGmdwRMcrCbn4HY="\nsecret_file: /Users/Bob2/Downloads/Key9\n'
    'password = "winter-tigger-mustang"\nconst char* admin_pwd = "F=v!sK7^Zk-y";',
]


def _recognizers() -> list[EntropyRecognizer]:
    spec = load_pack(builtin_packs()["secrets"])
    built = [EntropyRecognizer(r, "secrets") for r in spec.recognizers if r.type == "entropy"]
    assert {r.options.kind for r in built} == {"password", "secret"}
    return built


RECOGNIZERS = _recognizers()


def _analyze_both(text: str) -> list[list[object]]:
    with sharing(TextBuffer(text)):  # one scan: the two entries share the hint search
        return [list(rec.analyze(text)) for rec in RECOGNIZERS]


def _plain(text: str) -> list[list[object]]:
    with sharing(TextBuffer(text)):
        return [[f for f, *_ in rec.candidates(text) if f is not None] for rec in RECOGNIZERS]


@pytest.mark.parametrize("text", TEXTS)
def test_analyze_keeps_what_candidates_keeps(text: str) -> None:
    assert _analyze_both(text) == _plain(text)


def test_the_texts_exercise_both_outcomes() -> None:
    kept = sum(len(fs) for t in TEXTS for fs in _plain(t))
    dropped = sum(1 for t in TEXTS for rec in RECOGNIZERS for f, *_ in rec.candidates(t) if f is None)
    assert kept >= 10 and dropped >= 15


_LINES = st.sampled_from(
    [
        "{name}={value}",
        "{name}: {value}",
        '"{name}": "{value}"',
        "{name} = '{value}'",
        "export {name}={value}",
        "--{name} {value}",
        "the {name} is {value}",
        "{name} for admin: {value}",
        "?{name}={value}&x=1",
        "<{name}>{value}</{name}>",
        "cache {name}: {value}",
        "{name} := `{value}`",
    ]
)
_NAMES = st.sampled_from(
    ["password", "DB_PASSWORD", "api_key", "apiKey", "token", "secret", "key", "pw", "auth", "client_secret",
     "mysqlpass", "AWS_ACCESS_KEY_ID", "primary_key", "senha", "passwort", "jwtsecret", "Authorization"]
)  # fmt: skip
_VALUES = st.one_of(
    st.sampled_from(
        [
            "Tr0ub4dor&3",
            "hunter2",
            "changeme",
            "${X}",
            "https://x.io/a",
            "//h.io/p",
            "./a.json",
            "session:0f1e2d3c4b5a6978",
            "2PN4GD5sqejgO9zGo6AsmcngEnmyN41HfNlNlUVw",
            "d0223eb8-e542-add1-ef4b-e340d9cd2512",
            "Bearer abc.def",
            "os.environ[X]",
            "ENC[AES,x]",
            "abc123def456ghi789",
            "\u00e9t\u00e9Secret99",
            "x y",
            "a,b;c",
            "AKIAIOSFODNN7EXAMPLE",
            # Padded base64 judged decoded (issue 4): of hex, a UUID, a placeholder, credentials.
            "ZjQyMzBlODRjNzYwMmRiMDZjNGNiODc0M2Y2NzFjODg=",
            "NmZjMzljNzgtMmE0Ny0wNTRkLTM5YmMtMWQ3NzFiZDAxNTkw",
            "Y2hhbmdlbWU=",
            "e3sgc2VjcmV0X2tleSB9fQ==",
            "ZGVwbG95OjhkNjVjYjFhZDlkYzA0OTMxM2ZjYWY4OWQxYmRiNWJh",
            "/gF34/a4xFtV8M4UNFkOSNiCPIz2tGmdwRMcrCbn4HY=",
            "pk_test_51Hq8fT2eZvKYlo2CkQ7mNpR4sXw9LbVz0aJtUy6GdE3hF",
        ]
    ),
    st.text(alphabet=st.sampled_from("aZ09+/_-.:!#$ ~\u00e9xX*"), min_size=1, max_size=40),
    # Base64 of short printable text: decoded and judged as that text.
    st.text(alphabet=st.sampled_from("af09Zq-:{} <>_."), min_size=1, max_size=40).map(
        lambda t: base64.b64encode(t.encode()).decode()
    ),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_LINES, _NAMES, _VALUES), min_size=1, max_size=6), st.sampled_from(["\n", "\r\n", "; "]))
def test_analyze_equals_plain_path_on_generated_configs(lines: list[tuple[str, str, str]], sep: str) -> None:
    text = sep.join(form.format(name=name, value=value) for form, name, value in lines)
    assert _analyze_both(text) == _plain(text)


_FLAGS = list(itertools.product([False, True], repeat=4))


@settings(max_examples=500, deadline=None)
@given(_VALUES, st.sampled_from(["password", "secret"]))
def test_may_keep_false_only_where_every_filter_drops(value: str, kind: str) -> None:
    opts = EntropyOptions(kind=kind)  # type: ignore[arg-type]
    if entropy._may_keep(kind, value, opts):
        return
    for literal, connection, quoted, config in _FLAGS:
        verdict = secret_filter(
            value, kind=kind, name="api_token", min_length=opts.min_length, hex_threshold=opts.hex_threshold,
            base64_threshold=opts.base64_threshold, base36_threshold=opts.base36_threshold,
            length_fraction=opts.length_fraction, password_min_length=opts.password_min_length,
            literal=literal, connection=connection, quoted=quoted, config=config,
        )  # fmt: skip
        assert not verdict.keep, (kind, literal, connection, quoted, config)


def _plain_parse(
    text: str, buf: TextBuffer, spans: list[tuple[int, int]]
) -> tuple[bool, list[tuple[str, str, int, int, int]]]:
    """The loop as first written: every step in order, _name_kind in one piece."""
    matches: list[tuple[str, str, int, int, int]] = []
    seen: set[int] = set()
    xml = False
    data = buf.data
    for hint_start, hint_end in spans:
        if data[hint_start] == 60:
            xml = True
            continue
        if hint_end - hint_start > 4 and data[hint_end - 1] != 61 and entropy._XML_KEY_HINT.match(data, hint_start):
            xml = True
        s0 = buf.char_offset(hint_start)
        if text[s0] in entropy._HINT_LEAD_FIRST:
            lead = entropy._HINT_LEAD.match(text, s0)
            if lead is not None:
                s0 = lead.end()
        window = text[max(0, s0 - 40) : s0]
        a = s0 - len(window) + len(window.rstrip(entropy._NAME_CHARS))
        if a > 0 and text[a - 1] == "\\" and text[a] in "nrt" and a < s0:
            a += 1
        if a in seen:
            continue
        run = entropy._NAME_RUN.match(text, s0)
        b = run.end() if run is not None else s0
        prose = entropy._PROSE_FOR.match(text, b) if text[b : b + 1] in " \t" else None
        if prose is not None:
            b = prose.end()
        name = text[a:b]
        kind = entropy._name_kind(name, text, a)
        if kind is None:
            continue
        sep = entropy._SEP_VALUE.match(text, b)
        if sep is None:
            continue
        seen.add(a)
        assert sep.lastindex is not None
        value_start, value_end = sep.span(sep.lastindex)
        matches.append((kind, name, a, value_start, value_end))
    return xml, matches


def _parsed(
    text: str, buf: TextBuffer, spans: list[tuple[int, int]]
) -> tuple[bool, list[tuple[str, str, int, int, int]]]:
    """What :func:`_parse_hints` finds, kind first, with the name tests it leaves to the analyzer
    (:func:`_not_a_name_here`) applied; password names first, as :func:`_by_kind` orders them."""
    found: dict[str, list[tuple[str, int, int, int]]] = {"password": [], "secret": []}
    xml = entropy._parse_hints(text, buf, spans, found) if spans else False
    return xml, [
        (kind, *match)
        for kind in ("password", "secret")
        for match in found[kind]
        if not entropy._not_a_name_here(text, match[0], match[1])
    ]


def _by_kind(
    parsed: tuple[bool, list[tuple[str, str, int, int, int]]],
) -> tuple[bool, list[tuple[str, str, int, int, int]]]:
    xml, matches = parsed
    return xml, [m for kind in ("password", "secret") for m in matches if m[0] == kind]


@pytest.mark.parametrize("text", TEXTS)
def test_parse_hints_matches_plain_loop(text: str) -> None:
    buf = TextBuffer(text)
    spans = re2_spans(RECOGNIZERS[0]._hint, buf.data)
    assert _parsed(text, buf, spans) == _by_kind(_plain_parse(text, buf, spans))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_LINES, _NAMES, _VALUES), min_size=1, max_size=6), st.sampled_from(["\n", " ", "\t"]))
def test_parse_hints_matches_plain_loop_generated(lines: list[tuple[str, str, str]], sep: str) -> None:
    text = sep.join(form.format(name=name, value=value) for form, name, value in lines)
    buf = TextBuffer(text)
    spans = re2_spans(RECOGNIZERS[0]._hint, buf.data)
    assert _parsed(text, buf, spans) == _by_kind(_plain_parse(text, buf, spans))


def _plain_not_placeholder(value: str) -> bool | None:
    """``not_placeholder`` as first written (a set for the distinct characters, the full
    sequence count)."""
    v = value.strip("\"'`")
    if not v or v in DOCUMENTED_EXAMPLES or "EXAMPLE" in v or v[0] in "$%{":
        return False
    if (v[0] in _TEMPLATE_LEADS and _TEMPLATE.match(v)) or _MASK_RUN.search(v) or len(set(v)) < 3:
        return False
    if len(v) >= 6 and (_sequential_fraction(v) >= 0.75 or _interleaved_sequence(v)):
        return False
    if _is_placeholder(v, masks=False):
        return False
    return None


@settings(max_examples=600, deadline=None)
@given(
    st.one_of(
        _VALUES,
        st.text(alphabet="aab12.-x*\"'`$", max_size=12),
        st.sampled_from(["abcdefghij", "aab", "a1b2c3d4e5f6g7", "ghp_kmUDnDieQVW5Ra5OsrCmfFqXZyJ3iTjpsALM"]),
    )
)
def test_not_placeholder_matches_plain_version(value: str) -> None:
    assert entropy.not_placeholder(value) == _plain_not_placeholder(value)


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet="xX*.#_-ab\u2022\u2026\u00e9", max_size=14))
def test_mask_run_precheck_never_skips_a_mask_run(value: str) -> None:
    # The precheck may only answer False where the regex finds nothing.
    if _MASK_RUN.search(value) is not None:
        assert entropy._may_hold_mask_run(value)


def test_mask_run_precheck_known_values() -> None:
    assert not entropy._may_hold_mask_run("ghp_kmUDnDieQVW5Ra5OsrCmfFqXZyJ3iTjpsALM")  # "_" only
    assert entropy._may_hold_mask_run("a...b") and _MASK_RUN.search("a...b")
    assert entropy._may_hold_mask_run("sk-\u2026")  # "…" (non-ASCII): the regex decides
    assert entropy._may_hold_mask_run("\u2022\u2022\u2022\u2022")
    assert not entropy._may_hold_mask_run("a.b-c")
    for value in ("Bearer xxxx", "tok-****-1234", "ab..."):
        assert entropy.not_placeholder(value) is False


# What follows a secret-like name: the separators and value forms _SEP_VALUE reads, and the
# look-alikes its other alternatives take first (each must leave the fast path to _SEP_VALUE).
_SEP_PIECES = [
    "=", ":", " ", "\t", '"', "'", "`", "\\", "]", "[", "(", ")", "{", "}", "&quot;", "&#39;", "&", ">", "==",
    "=>", ":=", "!=", "'static ", "b", "r", "atob(", "hex2bin(", "Buffer.from(", '"""', "'''", "\x1b[33m", "abc",
    "Xk29#mQv!7", "x", "\n", ",", ";", "<", "https://a.io/p", "\u00e9", "\u00a0", "\u2003", "string", " is ", "|",
    "${X}", "-", "A" * 260,
]  # fmt: skip
_SEP_HEADS = ["", "=", " = ", '": ', "': ", ": ", "=\t", '"=', "' : ", '"]=', "\t:", "== ", "=>", ":="]


def _value_span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None or match.lastindex is None else match.span(match.lastindex)


@pytest.mark.parametrize(
    ("after", "value"),
    [
        ("=session:0f1e2d3c4b5a6978 x", "session:0f1e2d3c4b5a6978"),
        ('= "https://intranet.acme.io/a"', "https://intranet.acme.io/a"),
        ('": "Bearer ghp_kmUDnDieQVW5Ra"}', "Bearer ghp_kmUDnDieQVW5Ra"),
        ("': 'Tr0ub4dor&3'", "Tr0ub4dor&3"),
        ("=" + "k" * 300, "k" * 256),
    ],
)
def test_sep_value_fast_path_reads_the_common_shapes(after: str, value: str) -> None:
    text = "API_KEY" + after
    fast = entropy._sep_value_fast(text, 7)
    assert fast is not None
    start, end = _value_span(fast) or (0, 0)
    assert text[start:end] == value
    assert _value_span(entropy._SEP_VALUE.match(text, 7)) == (start, end)


@pytest.mark.parametrize(
    "after",
    ["==abc123", "=>'abc123'", ":='abc123'", ": 'static str = \"abc\"", "=&quot;abc123&quot;", "=atob(abc123)",
     '="""abc123"""', '=b"abc123"', '="ab\\"cd"', '\\"=\\"abc\\"', '"]="abc123"', "=ab", "=\x1b[33mabc123"],
)  # fmt: skip
def test_sep_value_fast_path_leaves_other_shapes_to_the_regex(after: str) -> None:
    assert entropy._sep_value_fast("token" + after, 5) is None


@settings(max_examples=3000, deadline=None)
@given(st.sampled_from(_SEP_HEADS), st.lists(st.sampled_from(_SEP_PIECES), max_size=8))
def test_sep_value_fast_path_reads_what_the_regex_reads(head: str, pieces: list[str]) -> None:
    text = "DB_PASSWORD" + head + "".join(pieces)
    fast = entropy._sep_value_fast(text, 11)
    if fast is not None:
        assert _value_span(fast) == _value_span(entropy._SEP_VALUE.match(text, 11))


def _assignments(text: str) -> list[tuple[str, str, int, int, int]]:
    buf = TextBuffer(text)
    return _parsed(text, buf, re2_spans(RECOGNIZERS[0]._hint, buf.data))[1]


def _as_read_agrees_with_trim(text: str) -> int:
    """Asserts that every value :func:`_as_read` passes is the one :func:`_trim` returns; how many passed."""
    passed = 0
    for _kind, name, name_start, start, end in _assignments(text):
        value = text[start:end]
        if entropy._as_read(text, name_start, name_start + len(name), start, end, value):
            passed += 1
            assert entropy._trim(text, name, name_start, start, end) == (start, end, value, False)
    return passed


def test_as_read_values_are_what_trim_returns() -> None:
    # Both outcomes occur: values read as they are (quoted, "key=<hex>") and values _trim changes
    # (brackets run over, "?k=v&x", escaped newlines, trailing punctuation, non-ASCII, short quoted).
    passed = sum(_as_read_agrees_with_trim(text) for text in TEXTS)
    total = sum(len(_assignments(text)) for text in TEXTS)
    assert 10 <= passed < total


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_LINES, _NAMES, _VALUES), min_size=1, max_size=6), st.sampled_from(["\n", " ", "; ", ")"]))
def test_as_read_values_are_what_trim_returns_generated(lines: list[tuple[str, str, str]], sep: str) -> None:
    _as_read_agrees_with_trim(sep.join(form.format(name=name, value=value) for form, name, value in lines))


# URLs after the separators a hint can end with (analyze leaves them unparsed: _URL_NEXT).
_URL_LINES = st.sampled_from(
    ["{name}={value}", "{name} = {value}", '{name} = "{value}"', "{name}: {value}", '"{name}": "{value}"',
     "{name}\t:\t'{value}'", '{name}\\": \\"{value}\\"', '["{name}"]={value}', "{name}=`{value}`",
     "--{name} {value}", "{name} {value}", "{name}=={value}", "{name}:={value}", "{name} string = {value}"]
)  # fmt: skip
_URLS = st.sampled_from(
    ["https://x.io/a", "http://h.io", "https://", "https://a.b/c?x=1&token=Kq7vRm2Lpx9Zt", "https://h/p(1)x",
     "https://h/\u00e9\u2026", "https://h/a\\nb", "http://AbCdEfGh1234567890xyz", "https:AbCdEfGh1234567890xyzQ"]
)  # fmt: skip


def _parsed_both_ways(text: str) -> tuple[list[tuple[str, int, int, int]], list[tuple[str, int, int, int]]]:
    buf = TextBuffer(text)
    spans = re2_spans(RECOGNIZERS[0]._hint, buf.data)
    every: dict[str, list[tuple[str, int, int, int]]] = {"password": [], "secret": []}
    judged: dict[str, list[tuple[str, int, int, int]]] = {"password": [], "secret": []}
    if spans:
        assert entropy._parse_hints(text, buf, spans, every) == entropy._parse_hints(
            text, buf, spans, judged, urls=False
        )
    return every["password"] + every["secret"], judged["password"] + judged["secret"]


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.tuples(_URL_LINES | _LINES, _NAMES, _URLS | _VALUES), min_size=1, max_size=5),
    st.sampled_from(["\n", " ", "; "]),
)
def test_analyze_leaves_out_url_values_only(lines: list[tuple[str, str, str]], sep: str) -> None:
    # What analyze's parse leaves out is an assignment the full parse reads with a URL value,
    # and the rest is read as the full parse reads it, in the same order.
    text = sep.join(form.format(name=name, value=value) for form, name, value in lines)
    every, judged = _parsed_both_ways(text)
    left_out = list(every)
    for match in judged:
        assert match in left_out
        del left_out[left_out.index(match)]
    assert judged == [m for m in every if m not in left_out]
    for _name, _name_start, start, _end in left_out:
        assert text.startswith(("http://", "https://"), start)


def test_analyze_leaves_out_the_common_url_shapes() -> None:
    text = 'API_BASE = "https://intranet.umbrella.fr/renewal/40630"\nwebhook_secret: https://hooks.acme.io/T0\n'
    every, judged = _parsed_both_ways(text)
    assert len(every) == 2 and judged == []


# Options that keep as much as they can: no length floor, no entropy bar.
_OPEN = {"min_length": 4, "password_min_length": 1, "hex_threshold": 0.0, "base64_threshold": 0.0,
         "base36_threshold": 0.0, "length_fraction": 0.0}  # fmt: skip
_OPEN_RECOGNIZERS = [
    EntropyRecognizer(r.model_copy(update={"options": {**r.options, **_OPEN}}), "secrets")
    for r in load_pack(builtin_packs()["secrets"]).recognizers
    if r.type == "entropy"
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_URL_LINES | _LINES, _NAMES, _URLS | _VALUES), min_size=1, max_size=5))
def test_url_values_are_dropped_whatever_the_options(lines: list[tuple[str, str, str]]) -> None:
    text = "\n".join(form.format(name=name, value=value) for form, name, value in lines)
    with sharing(TextBuffer(text)):
        found = [list(rec.analyze(text)) for rec in _OPEN_RECOGNIZERS]
    with sharing(TextBuffer(text)):
        kept = [[f for f, *_ in rec.candidates(text) if f is not None] for rec in _OPEN_RECOGNIZERS]
    assert found == kept
