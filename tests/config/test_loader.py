"""Policy and pack files: validation errors name file, line and field."""

from __future__ import annotations

import pytest
from acme_pack import EMP_REGEX, GOOD_PACK

from promptguard import ConfigError, Guard
from promptguard.config.loader import builtin_packs, builtin_profiles, load_pack, load_policy


def test_every_builtin_profile_loads_and_builds() -> None:
    assert {"default", "pci", "hipaa", "gdpr", "secrets-only", "strict"} <= set(builtin_profiles())
    for name in builtin_profiles():
        spec = load_policy(name)
        assert spec.name == name
    assert {"pii-core", "pii-us", "secrets"} <= set(builtin_packs())


def test_typo_in_pack_names_file_line_and_field(write) -> None:  # type: ignore[no-untyped-def]
    path = write(
        "acme.yaml", GOOD_PACK.replace("    entity: EMPLOYEE_ID", "    entity: EMPLOYEE_ID\n    contxt: [badge]")
    )
    with pytest.raises(ConfigError) as info:
        load_pack(path)
    err = info.value
    assert err.file == str(path) and err.line == 6
    assert err.field == "recognizers.0.contxt"
    assert "unknown field" in str(err) and "context" in str(err)


def test_bad_regex_is_rejected_with_hint(write) -> None:  # type: ignore[no-untyped-def]
    path = write("acme.yaml", GOOD_PACK.replace(EMP_REGEX, "(?<=x)EMP"))
    with pytest.raises(ConfigError, match="lookarounds") as info:
        load_pack(path)
    assert info.value.line == 8


def test_catastrophic_regex_runs_in_linear_time(write) -> None:  # type: ignore[no-untyped-def]
    path = write(
        "evil.yaml",
        GOOD_PACK.replace(EMP_REGEX, "(a+)+$").replace('"badge EMP-123456"', '"aaaa"').replace('"EMP-12"', '"b"'),
    )
    assert "(a+)+$" in path.read_text()
    g = Guard({"packs": [str(path)], "injection": {"enabled": False}})
    assert g.scan("aaaa").findings
    # A backtracking engine needs ~2^40 steps here; RE2 answers at once.
    assert g.scan("a" * 40 + "!").findings == ()


def test_yaml_syntax_error_has_a_line(write) -> None:  # type: ignore[no-untyped-def]
    path = write("broken.yaml", "schema_version: 1\npack: x\nrecognizers: [\n  - id: a\n")
    with pytest.raises(ConfigError, match="invalid YAML") as info:
        load_pack(path)
    assert info.value.line is not None


def test_policy_typo_and_wrong_type(write) -> None:  # type: ignore[no-untyped-def]
    path = write("p.yaml", "schema_version: 1\nextends: default\nthreshhold: 0.4\n")
    with pytest.raises(ConfigError, match="unknown field") as info:
        load_policy(path)
    assert info.value.line == 3 and info.value.field == "threshhold"
    path = write("q.yaml", "schema_version: 1\nentities:\n  EMAIL_ADDRESS:\n    threshold: high\n")
    with pytest.raises(ConfigError) as info2:
        load_policy(path)
    assert info2.value.field == "entities.EMAIL_ADDRESS.threshold" and info2.value.line == 4


def test_wrong_schema_version(write) -> None:  # type: ignore[no-untyped-def]
    path = write("acme.yaml", GOOD_PACK.replace("schema_version: 1", "schema_version: 7"))
    with pytest.raises(ConfigError, match="schema_version"):
        load_pack(path)


def test_missing_file_and_unknown_profile() -> None:
    with pytest.raises(ConfigError, match="no built-in profile or file"):
        load_policy("nope-profile")
    with pytest.raises(ConfigError, match="not found"):
        load_pack("/nonexistent/pack.yaml")


def test_user_pack_dir_and_policy_relative_paths(write, tmp_path) -> None:  # type: ignore[no-untyped-def]
    write("packs/acme.yaml", GOOD_PACK)
    policy = write(
        "policy.yaml",
        "schema_version: 1\nextends: default\npack_dirs: [packs]\nentities:\n  EMPLOYEE_ID: {prompt: redact}\n",
    )
    g = Guard.from_config(policy)
    assert g.sanitize("badge EMP-123456 mail a@b.io").text == "badge <EMPLOYEE_ID> mail <EMAIL_ADDRESS_1>"


def test_thresholds_allow_and_deny_lists() -> None:
    g = Guard(
        {
            "extends": "default",
            "allow_list": ["support@acme.io"],
            "allow_regex": [r".*@example\.com"],
            "deny_list": [{"entity": "PROJECT", "values": ["Project Falcon"]}],
            "entities": {"PHONE_NUMBER": {"threshold": 0.99}},
        }
    )
    r = g.sanitize("mail support@acme.io, test@example.com or jane@acme.io about project falcon; call +1-984-182-0190")
    assert r.text == (
        "mail support@acme.io, test@example.com or <EMAIL_ADDRESS_1> about <PROJECT_1>; call +1-984-182-0190"
    )


def test_disable_recognizer_and_whole_pack() -> None:
    g = Guard({"extends": "default", "disable": ["email_address", "pii-us:*"]})
    ids = {r.id for r in g.engine.recognizers}
    assert "email_address" not in ids and "us_ssn" not in ids
    assert g.scan("jane@acme.io 536-22-1234").findings == ()


def test_extends_cycle_is_detected(write) -> None:  # type: ignore[no-untyped-def]
    write("a.yaml", "schema_version: 1\nextends: b.yaml\n")
    b = write("b.yaml", "schema_version: 1\nextends: a.yaml\n")
    with pytest.raises(ConfigError, match="cycle"):
        load_policy(b)


def test_presidio_recognizer_yaml_loads(write) -> None:  # type: ignore[no-untyped-def]
    path = write(
        "presidio.yaml",
        """\
recognizers:
  - name: "Zip code Recognizer"
    supported_language: "en"
    supported_entity: "ZIP"
    patterns:
      - name: "zip code (weak)"
        regex: "(?<!\\\\d)\\\\d{5}(?:-\\\\d{4})?(?!\\\\d)"
        score: 0.6
    context: ["zip", "zipcode"]
  - name: "Titles recognizer"
    supported_language: "en"
    supported_entity: "TITLE"
    deny_list: [Mr., Mrs., Dr.]
""",
    )
    pack = load_pack(path)
    assert [r.entity for r in pack.recognizers] == ["ZIP", "TITLE"]
    assert pack.recognizers[0].patterns[0].engine == "backtracking"
    g = Guard({"packs": [str(path)], "injection": {"enabled": False}})
    r = g.scan("my zip is 98052-1234")
    assert [(f.entity_type, f.score) for f in r.findings] == [("ZIP", pytest.approx(0.95))]
