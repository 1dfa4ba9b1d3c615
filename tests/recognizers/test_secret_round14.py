"""Blind secrets round 14 (session 17): passphrases of lower-case words (diceware style, joined by
"-", "_" or "."), CloudFormation parameter lists, OkHttp's Credentials.basic with a quoted user, and
login pairs whose password holds "@", each next to the near miss a user relies on staying clean.
Values are made up for these tests."""

from __future__ import annotations

import pytest
from secret_scan import secret_spans as _spans

from promptguard import Guard
from promptguard.recognizers.secret_validators import prose_passphrase
from promptguard.recognizers.secret_values import lower_passphrase


# ----------------------------------------------------------------- lower-case word passphrases
@pytest.mark.parametrize(
    "text",
    [
        "define('SMTP_PASS', '{v}');",
        "mailer = {{ user: 'noreply', password: '{v}' }}",
        'cfg.set_password("{v}")',
        "our new vpn password is {v}",
        "o wachtwoord van de backup-NAS is {v}",
        "heslo pro testovací účet je {v}",
        "le mot de passe du wiki c'est {v}",
        "creds: qa-runner / {v}",
    ],
)
def test_lower_case_word_passphrases_are_passwords(guard: Guard, text: str) -> None:
    for value in ("lagoon_pebble_orchid_summit", "copper.willow.branch.ledger", "drift-maple-canvas-otter-12"):
        assert _spans(guard, text.format(v=value)) == [value], value


@pytest.mark.parametrize(
    "text",
    [
        # Names of code, host names, property paths and plain descriptors stay clean.
        "password = user_input_value",
        "password: 'kafka.events.acme.internal'",
        "password: 'redis.cache.svc.cluster.local'",
        "the password is auto-generated",
        "the password is one-time-use",
        "the password is not-set-yet",
        "password: 'auth.form.password.label'",
        "passwordField: 'login_password_input'",
        "login: admin / read-only",
    ],
)
def test_word_shaped_non_passwords_stay_clean(guard: Guard, text: str) -> None:
    assert not _spans(guard, text)


def test_passphrase_shape_helpers() -> None:
    assert lower_passphrase("lagoon_pebble_orchid")
    assert lower_passphrase("copper.willow.branch.ledger")
    assert not lower_passphrase("copper.willow.branch")  # a dotted run of three reads as a host
    assert not lower_passphrase("events.stream.acme.internal")
    assert not lower_passphrase("lagoon_pebble-orchid")  # one separator throughout
    assert not lower_passphrase("set_your_own")  # function words
    assert not lower_passphrase("Lagoon_Pebble_Orchid")
    # In a sentence: four words, or three and a number.
    assert prose_passphrase("lagoon-pebble-orchid-summit")
    assert prose_passphrase("lagoon-pebble-orchid-7")
    assert not prose_passphrase("lagoon-pebble-orchid")


# ----------------------------------------------------------------- CloudFormation parameters
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            '{"Parameters": [{"ParameterKey": "RdsAdminPassword", "ParameterValue": "Vb3$kQ9!mZp2"}]}',
            "Vb3$kQ9!mZp2",
        ),
        (
            '[{"ParameterKey":"GitHubOAuthToken","ParameterValue":"Jr4vT9xQm2LwB7nK5pZc8HdY3fS6gA1e"}]',
            "Jr4vT9xQm2LwB7nK5pZc8HdY3fS6gA1e",
        ),
        (
            "aws cloudformation update-stack --stack-name crm --parameters "
            "ParameterKey=MasterPassword,ParameterValue=Vb3$kQ9!mZp2 ParameterKey=Tier,ParameterValue=gold",
            "Vb3$kQ9!mZp2",
        ),
    ],
)
def test_cloudformation_parameter_secrets(guard: Guard, text: str, value: str) -> None:
    assert _spans(guard, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        '[{"ParameterKey": "VpcCidr", "ParameterValue": "10.40.0.0/16"}, '
        '{"ParameterKey": "AmiId", "ParameterValue": "Jr4vT9xQm2LwB7nK5pZc8HdY3fS6gA1e"}]',
        '{"ParameterKey": "RdsAdminPassword", "ParameterValue": "{{resolve:secretsmanager:rds-admin}}"}',
        "--parameters ParameterKey=RdsAdminPassword,ParameterValue=$RDS_ADMIN_PASSWORD",
        '{"ParameterKey": "RdsAdminPassword", "UsePreviousValue": true}',
    ],
)
def test_cloudformation_parameters_without_secrets_stay_clean(guard: Guard, text: str) -> None:
    assert not _spans(guard, text)


# ----------------------------------------------------------------- OkHttp Credentials.basic
def test_okhttp_basic_credentials_with_a_quoted_user(guard: Guard) -> None:
    text = 'val auth = Credentials.basic("metrics-reader", "Hs7!pQ2vLx9z")\nclient.newCall(req).execute()'
    assert _spans(guard, text) == ["Hs7!pQ2vLx9z"]
    assert not _spans(guard, 'val auth = Credentials.basic("metrics-reader", "<password>")')
    assert not _spans(guard, 'val auth = Credentials.basic("metrics-reader", System.getenv("PW"))')


# ----------------------------------------------------------------- login pairs with "@"
@pytest.mark.parametrize("value", ["Lm4=tQ.Wx@R8nz", "Pelican@4471", "backup@2931"])
def test_login_pair_password_with_an_at_sign(guard: Guard, value: str) -> None:
    assert _spans(guard, f"login: ops.lead / {value} (the SSO one)") == [value]


@pytest.mark.parametrize("value", ["svc@build02", "ops.lead@acme.org", "deploy@10.2.0.14"])
def test_login_pair_user_at_host_stays_clean(guard: Guard, value: str) -> None:
    assert not _spans(guard, f"login: ops.lead / {value} (the SSO one)")


# ----------------------------------------------------------------- secret stores from the CLI
@pytest.mark.parametrize(
    "text",
    [
        "aws ssm put-parameter --name /crm/smtp --type SecureString --value 'Rw6#nT2qLx8v' --overwrite",
        'aws ssm put-parameter --name /crm/smtp --value="Rw6#nT2qLx8v" --type SecureString',
    ],
)
def test_ssm_secure_string_value(guard: Guard, text: str) -> None:
    assert _spans(guard, text) == ["Rw6#nT2qLx8v"]


@pytest.mark.parametrize(
    "text",
    [
        "aws ssm put-parameter --name /crm/replicas --type String --value r6g.xlarge-4",
        "aws ssm put-parameter --name /crm/smtp --type SecureString --value file://smtp.txt",
        "aws ssm put-parameter --name /crm/smtp --type SecureString --value $SMTP_PW",
    ],
)
def test_ssm_plain_or_indirect_values_stay_clean(guard: Guard, text: str) -> None:
    assert not _spans(guard, text)


def test_the_next_flag_is_not_the_value(guard: Guard) -> None:
    # "gh secret set NAME --body <v>": the value is reported, the flag after the name is not.
    assert _spans(guard, "gh secret set SMTP_PASSWORD --body 'Rw6#nT2qLx8v'") == ["Rw6#nT2qLx8v"]
    assert not _spans(guard, "psql --password --host db.internal")


# ----------------------------------------------------------------- arrows in notes
@pytest.mark.parametrize("text", ["door panel pw -> {v}", "vpn password → {v} (till Friday)"])
def test_an_arrow_after_the_password_word(guard: Guard, text: str) -> None:
    assert _spans(guard, text.format(v="Rw6#nT2qLx8v")) == ["Rw6#nT2qLx8v"]


@pytest.mark.parametrize("text", ["fn verify(password -> Hash) -> bool", "pass -> fail -> retry", "pw -> pw.strip()"])
def test_arrows_in_code_and_flows_stay_clean(guard: Guard, text: str) -> None:
    assert not _spans(guard, text)


# ----------------------------------------------------------------- aligned columns under a rule line
def test_vault_style_table_under_a_heading_rule(guard: Guard) -> None:
    text = (
        "$ vault kv get kv/crm/smtp\n======= Data =======\nKey         Value\n---         -----\n"
        "password    quarry-lilac-tundra-beacon-5\nuser        mailer\n"
    )
    assert _spans(guard, text) == ["quarry-lilac-tundra-beacon-5"]


def test_aligned_columns_next_to_a_comparison_stay_code(guard: Guard) -> None:
    assert not _spans(guard, "if role == admin:\n    grant()\npassword    quarry-lilac-tundra\n")
