"""Secrets round 15 (session 18): passwords told in prose without an assignment (camel-case words
and a number, a login "as <user> with <value>", a value in brackets after the password's name, the
answer on a chat's next line, an access code), Ukrainian and Russian prose without a colon, bare
passphrases after the name, Pulumi's --secret / --plaintext before the name, typed passwords whose
doubled letters read as an interleaved sequence, and an AWS secret key near "access key id"; each
next to the near misses a user relies on staying clean. Values are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from secret_scan import secret_spans as _spans

from promptguard import Guard
from promptguard.recognizers.builtin.login_pair import told_password
from promptguard.recognizers.secret_validators import prose_password
from promptguard.recognizers.secret_values import secret_filter


# ----------------------------------------------------------------- camel-case words and a number
@pytest.mark.parametrize(
    "text",
    [
        "I reset the kiosk password to {v} this morning",
        "the db password I picked is {v} but the app rejects it",
        "Das Passwort für den Drucker lautet {v}",
        "le mot de passe du NAS est {v}",
        "пароль от стенда: {v}",
        "pw for the lab grafana is {v}",
        "the root password on build-07 is {v}",
    ],
)
def test_camel_word_passwords_told_as_passwords(guard: Guard, text: str) -> None:
    for value in ("MangoTulip58", "HarborFinch2031", "CedarLantern77!"):
        assert _spans(guard, text.format(v=value)) == [value], value


@pytest.mark.parametrize(
    "text",
    [
        "the password screen on the PowerEdge740 console is blank",
        "after the upgrade to WindowsServer2019 the password policy changed",
        "Введите пароль для входа в систему Windows10Pro",
        "la password è Surface-Pro-9",
        "we moved the team to BitWarden2024 for passwords",
        "the password of our MacBookPro16 fleet is managed by Jamf",
        "la password di SharePoint2019 è scaduta",
    ],
)
def test_product_names_near_a_password_word_stay_clean(guard: Guard, text: str) -> None:
    assert not _spans(guard, text)


def test_camel_passphrase_shape() -> None:
    assert prose_password("MangoTulip58") is not False
    assert prose_password("Kvitka2023") is not False  # one word of 4+ letters and a year
    assert prose_password("Windows10Pro") is False  # the number inside: a product
    assert prose_password("MacBookPro16") is False  # short model words
    assert prose_password("Obbligatoria-2024") is False


# ----------------------------------------------------------------- a login told in a sentence
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("steps: log in as qa_owner with Vq3#nLm8Tz, open Settings, click Export", "Vq3#nLm8Tz"),
        ("you can ssh into bastion-3 as deploy using Pw7$kQe2Rx", "Pw7$kQe2Rx"),
        ("Logged into the CMS as editor with 'Fx9!tRw4Mn' and the upload fails", "Fx9!tRw4Mn"),
        ("connect to sql-prod as sa with Jd6@pLq2Vw then run the script", "Jd6@pLq2Vw"),
        ("sign in to the partner portal with buyer01 / Gt5^mWz8Kc", "Gt5^mWz8Kc"),
        (
            "the vendors can log into the wiki with ext-audit@acme.io / maple-quartz-ember-harbor",
            "maple-quartz-ember-harbor",
        ),
    ],
)
def test_login_told_with_a_value(guard: Guard, text: str, value: str) -> None:
    assert _spans(guard, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "log in as admin with your Okta account",
        "log in as root with sudo -i and restart the agent",
        "logged in as the tester with Firefox128 on Linux",
        "ssh in as ubuntu with ssh-ed25519 keys only",
        "log in as admin with OAuth2.0 enabled",
        "log in as admin with PAM_unix",
        "connect as postgres with sslmode=require",
        "sign in with Google and GitHub2FA",
        "logged in as jdoe with build 2024.11.3-rc1",
        "auth: jdoe logged in as jdoe with mfa=totp6 from 10.0.0.7",
        "connect as readonly with host=db1.internal",
    ],
)
def test_login_sentences_without_a_password_stay_clean(guard: Guard, text: str) -> None:
    assert not _spans(guard, text)


# ----------------------------------------------------------------- a value in brackets
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kannst du der IT schreiben? Das WLAN-Passwort im Konferenzraum (Ro8!kTz2Wq) geht nicht mehr.", "Ro8!kTz2Wq"),
        ("the guest wifi password (Lantern#5820) expired", "Lantern#5820"),
        ("heslo k tiskárně (vNq7rTz2LpXw) nefunguje", "vNq7rTz2LpXw"),
    ],
)
def test_password_in_brackets(guard: Guard, uncovered: Callable[[str, str], str], text: str, value: str) -> None:
    # (English "password (...)" is also romance_bare's, whose span takes the opening bracket.)
    assert uncovered(text, value) == ""
    assert len(_spans(guard, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "password hashing (bcrypt_v2) is configured in settings.py",
        "the password reset flow (JIRA-4821) is broken again",
        "focus the password field (input#pwd) on load",
        "Passwort (mindestens 12 Zeichen, 1 Sonderzeichen)",
        "password rules follow (NIST-800-63b)",
        "password (optional)",
    ],
)
def test_brackets_without_a_password_stay_clean(guard: Guard, text: str) -> None:
    assert not _spans(guard, text)


# ----------------------------------------------------------------- a chat's answer on the next line
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "[09:12] Priya: what's the password for the demo tenant?\n[09:13] Omar: Sk4!pWv9Lr\n[09:13] Priya: ty",
            "Sk4!pWv9Lr",
        ),
        ("Lena: wifi pw?\nMarc: `copper-orchid-lagoon-pebble`", "copper-orchid-lagoon-pebble"),
    ],
)
def test_chat_answer_on_the_next_line(guard: Guard, text: str, value: str) -> None:
    assert _spans(guard, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "[09:12] Priya: what's the password policy?\n[09:13] Omar: see Confluence",
        "[09:12] Priya: where do we keep the password?\n[09:13] Omar: 1Password",
        "[09:12] Priya: which password manager?\n[09:13] Omar: Bitwarden2024",
    ],
)
def test_chat_questions_without_a_password_answer_stay_clean(guard: Guard, text: str) -> None:
    assert not _spans(guard, text)


# ----------------------------------------------------------------- access codes
def test_access_codes(guard: Guard) -> None:
    assert _spans(guard, "the code for the billing dashboard is mQ4vTz8#kLp2, please hand it over") == ["mQ4vTz8#kLp2"]
    assert _spans(guard, "door code: Hv6!nRq3Ty (changes monthly)") == ["Hv6!nRq3Ty"]
    for text in (
        "the code for the admin panel is in src/admin/Panel.tsx",
        "the code for the admin panel is adminPanel2.tsx",
        "the error code for login is AUTH_401",
        "exit code: 137",
        "use promo code Autumn2024! at checkout",
    ):
        assert not _spans(guard, text), text


# ----------------------------------------------------------------- Ukrainian and Russian prose
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("пароль від вайфаю Veselka2024!", "Veselka2024!"),
        ("пароль от вайфая Raduga2023!", "Raduga2023!"),
        ("Пароль до адмінки — це Zirka#7781", "Zirka#7781"),
        ("логін admin, пароль Qwe#rty2024", "Qwe#rty2024"),
        ("мой пароль от почты Solnce_2024! не подходит", "Solnce_2024!"),
        ("пароль від роутера: Kvitka2023", "Kvitka2023"),
    ],
)
def test_slavic_prose_passwords(guard: Guard, text: str, value: str) -> None:
    assert _spans(guard, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "пароль від вайфаю на наклейці роутера",
        "пароль від пошти змінено!",
        "Введите пароль для входа в систему Windows10Pro!",
        "пароль від вайфаю є у Олени",
    ],
)
def test_slavic_prose_without_a_password_stays_clean(guard: Guard, text: str) -> None:
    assert not _spans(guard, text)


# ----------------------------------------------------------------- bare passphrases after the name
def test_bare_passphrase_after_the_name(guard: Guard) -> None:
    text = "Misafir Wi-Fi şifresi orchid-summit-lagoon-pebble, bir duyuru yazar mısın?"
    assert _spans(guard, text) == ["orchid-summit-lagoon-pebble"]
    assert _spans(guard, "пароль від вайфаю drift-maple-canvas-12") == ["drift-maple-canvas-12"]
    assert not _spans(guard, "password reset-via-email-link is broken")
    assert not _spans(guard, "password hashing uses argon2-id-v19")


def test_chat_shorthand_with_a_question_mark_inside(guard: Guard) -> None:
    text = "dm from my lead: 'shared login, user ops-team, pw k2mvNTe?Qh8s, keep it private'"
    assert _spans(guard, text) == ["k2mvNTe?Qh8s"]
    assert not _spans(guard, "pw what? no idea")


# ----------------------------------------------------------------- Pulumi config
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("pulumi config set --secret sendgridKey Mx8vQ2pLw7RnT4zK", "Mx8vQ2pLw7RnT4zK"),
        ("pulumi config set -s acme/dev --secret dbPassword 'Hq4#pVm8Lx2t'", "Hq4#pVm8Lx2t"),
        ("pulumi config set --secret --path 'rds.masterPassword' Hq4#pVm8Lx2t", "Hq4#pVm8Lx2t"),
        ("pulumi config set --plaintext smtpPassword Hq4#pVm8Lx2t", "Hq4#pVm8Lx2t"),
    ],
)
def test_pulumi_config_secrets_with_the_flag_first(guard: Guard, text: str, value: str) -> None:
    assert _spans(guard, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "pulumi config set --secret dbPassword",
        "pulumi config set --secret dbPassword $DB_PASSWORD",
        "cat pw.txt | pulumi config set --secret dbPassword",
        "pulumi config set --plaintext region us-east-1",
        "pulumi config set --path 'tags.owner' platform-team",
        "pulumi config set --secret dbPassword --stack prod < pw.txt",
    ],
)
def test_pulumi_config_without_a_secret_value_stays_clean(guard: Guard, text: str) -> None:
    assert not _spans(guard, text)


# ----------------------------------------------------------------- doubled letters
@pytest.mark.parametrize("value", ["Kaffee#2122", "Coffee@4344"])
def test_doubled_letters_and_a_repeated_digit_are_a_typed_password(guard: Guard, value: str) -> None:
    # Half the characters step by 0/1 from the one two places back ("ff", "ee", "22"): a word and a
    # year, not the interleaved stand-in "1a2b3c4d".
    assert secret_filter(value, kind="password", literal=True, quoted=True).keep
    assert _spans(guard, f"DB_PASSWORD={value}") == [value]
    assert not secret_filter("1a2b3c4d5e", kind="password", literal=True, quoted=True).keep


# ----------------------------------------------------------------- AWS secret near "access key id"
def test_aws_secret_on_its_own_line_near_access_key_id(guard: Guard) -> None:
    key = "Tq8Lm2Vx9Rn4Kp7Wz3Hc6Fb1Jd5Gs0Ya+Ue/Oi2N"
    text = f"the other half of the IAM pair, which field is it?\n{key}\nthe access key id is in the ticket"
    assert _spans(guard, text) == [key]
    assert not _spans(guard, f"which field is it?\n{key}\nsee the ticket")  # nothing names AWS
    assert not _spans(guard, "the access key id rotates; commit 4c266089c3457370689bb1fcfce74cea66e601f0")


def test_told_password_shape() -> None:
    assert told_password("Vq3#nLm8Tz") is not False
    assert told_password("maple-quartz-ember-harbor") is not False
    for value in ("Firefox128", "PAM_unix", "JIRA-4821", "bcrypt_v2", "OAuth2.0", "ssh-ed25519", "Okta", "mfa=totp6"):
        assert told_password(value) is False, value
