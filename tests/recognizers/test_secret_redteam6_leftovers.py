"""Leftovers of red-team round 6 (session 10): passwords in Italian and other Romance-language chat,
ARNs and Terraform progress lines read as assignments. (Terraform random_password state and CSV
secret columns: tests/recognizers/builtin/.) Values are made up for these tests."""

from __future__ import annotations

from functools import cache

import pytest

from promptguard import Guard

PW = "Gm8%tYe2Ks"


@cache
def _guard() -> Guard:
    return Guard.from_config("secrets-only")


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.recognizer, text[f.start : f.end]) for f in _guard().scan(text).findings]


# ------------------------------------------------------------------ Romance-language chat
@pytest.mark.parametrize(
    "text",
    [
        f'Ciao! La password del db di staging è "{PW}", puoi verificare perché non entra?',
        f"la password è «{PW}»",
        f"La password di root era {PW}, ora l'ho cambiata",
        f"la password del NAS è ancora {PW}",
        f"la nuova password sarà {PW} da lunedì",
        f"La password dell'account di servizio è: {PW}",
        f"password per l'utente deploy: {PW}",
        f"la pw è {PW}",
        f"Ecco le credenziali: utente admin, password {PW}",
        f"ho provato con la password del router {PW} ma non entra",
        f"usa la password {PW} per entrare su Jenkins",
        f"la clave del wifi es {PW}",
        f'la contraseña es "{PW}"',
        f"usa la contraseña {PW} para entrar",
        f"la contraseña será {PW}",
        f"a palavra-passe é {PW}",
        f"usa a senha {PW} para entrar",
        f'a senha do banco é "{PW}"',
        f"le mdp est {PW}",
        f"utilise le mot de passe {PW} pour te connecter",
        f"le mot de passe est « {PW} »",
        f"mot de passe\u00a0: {PW}",
        f"parola de la server este {PW}",
        f"la contrasenya és {PW}",
    ],
)
def test_romance_chat_passwords(text: str) -> None:
    assert ("prose_password", PW) in _found(text), text


@pytest.mark.parametrize(
    "text",
    [
        "la password è sbagliata, riprova",
        "La password deve contenere almeno 12 caratteri, una maiuscola e un simbolo (es. !@#)",
        "la password è salvata in Vault (secret/data/prod/db)",
        "la password è ${DB_PASSWORD}",
        "la password è <la-tua-password>",
        "la password è ********",
        "la password dell'utente root@db01 non funziona",
        "password per l'utente svc_deploy01 scaduta",
        "la contraseña del usuario admin_2024 expiró",
        "senha do usuário joao.silva@empresa.com.br expirou",
        "mot de passe du compte svc_backup01 expiré",
        "usa la password Wi-Fi del piano terra",
        "la clave primaria es user_id#2",
        "la clave pública es MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0",
        "la clave SSH: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl",
        "le MDP est résolu par value iteration (gamma=0.99)",
        "MDP: (S, A, P, R, gamma) is the usual tuple",
        "Set the password $(openssl rand -base64 32) in the vault",
        "password ${{ secrets.DB_PASSWORD }} is injected by the runner",
        "password %DB_PASS% comes from the batch file",
        "change password ASAP!! the audit is tomorrow",
        "password reset-link#section is broken in the docs",
        "la palavra-passe é obrigatória",
        "parola este prea scurtă",
    ],
)
def test_romance_chat_negatives(text: str) -> None:
    assert _found(text) == [], text


# ------------------------------------------------------------------ ARNs and Terraform output
ARN = "arn:aws:secretsmanager:eu-central-1:381492650173:secret:prod/payments/db-master-Kx7Qp2"
APPLY = (
    "aws_secretsmanager_secret.db: Creating...\n"
    f"aws_secretsmanager_secret.db: Creation complete after 1s [id={ARN}]\n"
    "aws_secretsmanager_secret_version.db: Creation complete after 0s "
    f"[id={ARN}|terraform-20261129221547316900000003]\n"
    "aws_lambda_function.token_rotator: Modifications complete after 9s [id=token-rotator]\n"
    "aws_secretsmanager_secret_rotation.api_token: Creation complete after 1s "
    "[id=arn:aws:secretsmanager:us-east-1:240918375611:secret:svc/api_token-Pz8Rk3]\n\n"
    "Apply complete! Resources: 3 added, 1 changed, 0 destroyed.\n\nOutputs:\n\n"
    f'db_secret_arn = "{ARN}"\n'
)


def test_terraform_apply_arns_and_progress_lines_are_not_secrets() -> None:
    assert _found(APPLY) == []


def test_arns_in_cli_json_and_policies() -> None:
    describe = (
        '{\n    "ARN": "arn:aws:secretsmanager:us-east-1:905418273641:secret:prod/api/stripe-token-Wq3Zr9",\n'
        '    "Name": "prod/api/stripe-token"\n}'
    )
    assert _found(describe) == []
    gov = '"Resource": "arn:aws-us-gov:secretsmanager:us-gov-west-1:772190453318:secret:auth/jwt-signing-key-Hn5Vx1"'
    assert _found(gov) == []
    assert _found('SecretArn: "arn:aws:secretsmanager:us-east-1:240918375611:secret:ci/deploy-key-Tq2Lm9"') == []


def test_secrets_next_to_arns_are_still_found() -> None:
    key = "hV7qK2mZ9xR4tP8wL3nB6yC1dF5gJ0sA2eU7iO9k"
    text = APPLY + f'ci_secret = "{key}"\n'
    assert _found(text) == [("generic_secret_assignment", key)]
    hcl = (
        'resource "aws_secretsmanager_secret_version" "api" {\n'
        '  secret_id     = "arn:aws:secretsmanager:us-east-1:240918375611:secret:svc/api-Pz8Rk3"\n'
        '  secret_string = "Jk8vR2qT5xN9mL3wB7zC4hF1dG6sP0aY"\n}'
    )
    assert _found(hcl) == [("generic_secret_assignment", "Jk8vR2qT5xN9mL3wB7zC4hF1dG6sP0aY")]
    # A secret whose own name ends the line before an ARN-like word is still an assignment.
    assert _found("secret: Xq7vR2mT9kLp4WzN8bHc3Yd6") == [("generic_secret_assignment", "Xq7vR2mT9kLp4WzN8bHc3Yd6")]


def test_a_capitalised_word_starting_a_sentence_is_not_a_secret() -> None:
    assert _found("auth_service.token_refresh: Authenticating user jdoe against LDAP") == []
    # A token followed by words: still a token.
    assert _found("token: Xk9VbzmTrwpLnhQs and more") == [("generic_secret_assignment", "Xk9VbzmTrwpLnhQs")]
