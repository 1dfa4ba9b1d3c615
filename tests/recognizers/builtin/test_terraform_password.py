"""PASSWORD from a Terraform ``random_password`` resource's ``result`` in state and plan output
(recognizers/builtin/terraform_password.py). Values are made up for these tests."""

from __future__ import annotations

import json
from functools import cache

import pytest

from promptguard import Guard
from promptguard.config.loader import builtin_packs, load_pack
from promptguard.recognizers.builtin.terraform_password import TerraformPasswordRecognizer
from promptguard.recognizers.registry import build_recognizer

SPEC = next(r for r in load_pack(builtin_packs()["secrets"]).recognizers if r.id == "terraform_random_password")


def _values(text: str) -> list[str]:
    rec = build_recognizer(SPEC, "secrets")
    assert isinstance(rec, TerraformPasswordRecognizer)
    return [text[f.start : f.end] for f in rec.analyze(text)]


@cache
def _guard() -> Guard:
    return Guard.from_config("secrets-only")


def _resource(rtype: str, name: str, instances: list[dict[str, object]]) -> dict[str, object]:
    return {
        "mode": "managed",
        "type": rtype,
        "name": name,
        "provider": 'provider["registry.terraform.io/hashicorp/random"]',
        "instances": [{"schema_version": 3, "attributes": a, "sensitive_attributes": []} for a in instances],
    }


PASSWORD_ATTRS = {
    "bcrypt_hash": "$2a$10$Vq2z4xJm0eQw9Hk3YtR1UuO7b8m5LrC6Zk2nN1pQ3sT4uV5wX6yZa",
    "id": "none",
    "keepers": {"rotation": "2026-11"},
    "length": 24,
    "lower": True,
    "override_special": "!#$%&*()-_=+[]{}<>:?",
    "result": "m7{Kq2!vR9zL-x4#Tb8pW3nE",
    "special": True,
}
STRING_ATTRS = {"id": "k3x9qz2m", "length": 8, "lower": True, "result": "k3x9qz2m", "special": False}


def _state(*resources: dict[str, object], indent: int | None = 2, sort_keys: bool = False) -> str:
    state = {"version": 4, "terraform_version": "1.9.5", "serial": 3, "resources": list(resources)}
    return json.dumps(state, indent=indent, sort_keys=sort_keys)


def test_state_json_result_of_random_password_only() -> None:
    # A random_string and a random_id next to it: same "result" attribute, not passwords.
    text = _state(
        _resource("random_string", "suffix", [STRING_ATTRS]),
        _resource("random_password", "db", [PASSWORD_ATTRS]),
        _resource("random_id", "node", [{"b64_url": "8Xq2ZkW9Tg", "hex": "f17aa66645bd4e0e", "id": "8Xq2ZkW9Tg"}]),
    )
    assert _values(text) == ["m7{Kq2!vR9zL-x4#Tb8pW3nE"]


def test_any_layout_compact_sorted_and_every_instance() -> None:
    # jq -S sorts keys ("instances" before "type"), -c prints one line; count = 2 gives two instances.
    second = {**PASSWORD_ATTRS, "result": "pR6=tYw2QzX8nV4_bM1kHs4v"}
    for indent in (None, 2):
        for sort_keys in (False, True):
            text = _state(
                _resource("random_password", "svc", [PASSWORD_ATTRS, second]),
                _resource("random_string", "suffix", [STRING_ATTRS]),
                indent=indent,
                sort_keys=sort_keys,
            )
            assert _values(text) == ["m7{Kq2!vR9zL-x4#Tb8pW3nE", "pR6=tYw2QzX8nV4_bM1kHs4v"], (indent, sort_keys)


def test_older_provider_without_bcrypt_hash_and_json_escapes() -> None:
    # random < 3.4 has no bcrypt_hash ("id": "none" still marks it); Terraform writes < > & as \u003c...
    attrs = {"id": "none", "length": 20, "result": "Hs4\\u003cvTq9\\u0026Wn2xKp7Lm3R", "special": True}
    text = '{"type": "random_password", "instances": [{"attributes": ' + json.dumps(attrs).replace("\\\\", "\\") + "}]}"
    assert _values(text) == ["Hs4\\u003cvTq9\\u0026Wn2xKp7Lm3R"]


def test_plan_json_and_old_state_show() -> None:
    plan = {
        "resource_changes": [
            {
                "address": "random_password.api",
                "type": "random_password",
                "change": {
                    "before": {"id": "none", "length": 28, "result": "V3nQ7xLk2RwT9zPb5Hm8Yc4Jd6Fs"},
                    "after_sensitive": {"result": True},
                },
            }
        ]
    }
    assert _values(json.dumps(plan)) == ["V3nQ7xLk2RwT9zPb5Hm8Yc4Jd6Fs"]
    hcl = (
        "# random_password.admin:\n"
        'resource "random_password" "admin" {\n'
        '    id               = "none"\n'
        "    keepers          = {\n"
        '        "rotation" = "2026-11"\n'
        "    }\n"
        "    length           = 16\n"
        '    override_special = "_%@"\n'
        '    result           = "q8M@vT3x_Lz5Rk9w"\n'
        "}\n"
    )
    assert _values(hcl) == ["q8M@vT3x_Lz5Rk9w"]


def test_sensitive_plans_references_and_placeholders_are_not_reported() -> None:
    plan = (
        '  + resource "random_password" "db" {\n      + id     = (known after apply)\n'
        "      + length = 24\n      + result = (sensitive value)\n    }\n"
    )
    assert _values(plan) == []
    assert _values('output "pw" {\n  value = random_password.db.result\n  sensitive = true\n}') == []
    masked = {**PASSWORD_ATTRS, "result": "********"}
    assert _values(_state(_resource("random_password", "db", [masked]))) == []
    # A random_string alone, with the words "random_password" elsewhere in the prompt.
    text = "Why is my random_password not in the state?\n" + _state(_resource("random_string", "s", [STRING_ATTRS]))
    assert _values(text) == []
    # Not Terraform: a "result" string in another tool's JSON.
    assert _values('{"id": "job-17", "status": "ok", "result": "Xk29#mQv!7Lp"} random_password') == []


def test_gate_keeps_texts_without_the_resource_type_asleep() -> None:
    rec = build_recognizer(SPEC, "secrets")
    assert rec.gate == "random_password"
    assert _values(_state(_resource("random_passwrd", "db", [PASSWORD_ATTRS]))) == []


def test_through_the_secrets_profile() -> None:
    text = "terraform state pull | jq . shows:\n" + _state(_resource("random_password", "db", [PASSWORD_ATTRS]))
    found = [(f.recognizer, f.entity_type, text[f.start : f.end]) for f in _guard().scan(text).findings]
    assert ("terraform_random_password", "PASSWORD", "m7{Kq2!vR9zL-x4#Tb8pW3nE") in found


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.recognizer, text[f.start : f.end]) for f in _guard().scan(text).findings]


def test_outputs_named_like_a_password_or_secret() -> None:
    # `terraform output -json` (sensitive, type, value) and the state's "outputs" (value first).
    outputs = {
        "db_endpoint": {"sensitive": False, "type": "string", "value": "prod-db.c9x2k1.eu-central-1.rds.amazonaws.com"},
        "db_password": {"sensitive": True, "type": "string", "value": "m7{Kq2!vR9zL-x4#Tb8pW3nE"},
        "ci_api_token": {"sensitive": True, "type": "string", "value": "hV7qK2mZ9xR4tP8wL3nB6yC1dF5gJ0sA2eU7iO9k"},
    }
    text = "$ terraform output -json\n" + json.dumps(outputs, indent=2)
    assert _found(text) == [
        ("terraform_output_password", "m7{Kq2!vR9zL-x4#Tb8pW3nE"),
        ("terraform_output_secret", "hV7qK2mZ9xR4tP8wL3nB6yC1dF5gJ0sA2eU7iO9k"),
    ]
    state = {"outputs": {"admin_password": {"value": "q8M@vT3x_Lz5Rk9w", "type": "string", "sensitive": True}}}
    assert _found(json.dumps(state)) == [("terraform_output_password", "q8M@vT3x_Lz5Rk9w")]
    raw = "$ terraform output -raw db_password\nHs4_vTq9-Wn2xKp7Lm3R\n$ psql -h prod-db -U app"
    assert _found(raw) == [("terraform_output_password", "Hs4_vTq9-Wn2xKp7Lm3R")]


def test_outputs_that_are_not_secrets() -> None:
    outputs = {
        "password_policy": {"sensitive": False, "type": "string", "value": "min14-upper-digit"},
        "db_password": {"sensitive": True, "type": "string", "value": "<sensitive>"},
        "stripe_publishable_key": {
            "sensitive": False,
            "type": "string",
            "value": "pk_live_51Hq7wE3rT9yU1iO5pA2sD8fG4hJ6kL0zXRk2vQ8xLm4TzW7pN",
        },
        "secret_arn": {
            "sensitive": False,
            "type": "string",
            "value": "arn:aws:secretsmanager:us-east-1:240918375611:secret:ci/deploy-key-Tq2Lm9",
        },
        "kms_key": {"sensitive": False, "type": "string", "value": "arn:aws:kms:us-east-1:240918375611:key/6f1b2c3d"},
        "session_token": {"sensitive": False, "type": "string", "value": "3f2b1c9e-4a7d-4e3b-9c1a-5d8e7f6a2b3c"},
    }
    assert _found(json.dumps(outputs, indent=2)) == []
    assert _found('$ terraform output -raw db_password\n╷\n│ Error: Output "db_password" not found') == []


def test_blocks_are_found_in_one_pass_and_judged_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import promptguard.recognizers.builtin.terraform_password as module

    # Braces inside strings do not count; each position gets its innermost block.
    text = '{"a": {"x": "{", "result": "v1"}, "result": "v2", "b": {"result": "}"}} "result": "v3"'
    starts = [text.index('"result": "v1"'), text.index('"result": "v2"'), text.index('"result": "}"')]
    starts.append(text.index('"result": "v3"'))
    blocks = module._blocks(text, starts)
    assert [text[b[0] : b[1]] if b else None for b in blocks] == [
        '{"x": "{", "result": "v1"}',
        text[: text.rindex("}") + 1],
        '{"result": "}"}',
        None,
    ]
    # Many results in one block: the block's marks are searched once, not once per result.
    calls = 0
    length = module._LENGTH

    class Counting:
        def search(self, body: str) -> object:
            nonlocal calls
            calls += 1
            return length.search(body)

    monkeypatch.setattr(module, "_LENGTH", Counting())
    many = '{"type": "random_password", "id": "none", "length": 9, ' + '"result": "aB3#xyz9Q", ' * 200 + '"x": 1}'
    assert len(_values(many)) == 200
    assert calls == 1


def test_a_line_of_escaped_quotes_stays_linear() -> None:
    # An unclosed string ends at its line end: one line of \" (a tfstate kept JSON-escaped inside
    # another string) was re-read from every quote, quadratic (80 KB took 24 s). The token regex
    # stops an unclosed string at the newline, and a 100 KB such line next to a state block still
    # leaves its password reported.
    from promptguard.recognizers.builtin.terraform_password import _TOKEN

    m = _TOKEN.match('"abc\\"def\n{')
    assert m is not None and m.end() == len('"abc\\"def')
    state = _state(_resource("random_password", "db", [PASSWORD_ATTRS]))
    text = state + '\n"' + '\\"' * 50_000 + "\n"
    assert _values(text) == ["m7{Kq2!vR9zL-x4#Tb8pW3nE"]
