"""Secrets on realistic developer prompts, third set: scripts and automation, chat pastes and
prose about credentials in languages the first two sets do not write.

``benchmarks/secrets_prompts.py`` holds the data model and the scorer and
``benchmarks/secrets_prompts_more.py`` the extra families (glued password names, session keys,
Azure portal keys, newer providers) and hard negatives; this module adds templates written
without looking at either set's misses: deploy and backup shell scripts, PowerShell with
``$env:``, Python automation (paramiko, smtplib), docker compose with ``${VAR:-default}``, an
e-mail hand-over, Italian / Polish / Dutch / Turkish / Vietnamese / Indonesian prose, a Makefile, an
``expect`` script, a Slack export (JSON), a Puppeteer login script and an Ansible ad-hoc command.

Templates are split by template: ``dev`` (looked at while fixing the pack) and ``holdout``
(scored only, never tuned on: the honest figure). Scoring is ``secrets_prompts.score_promptguard``.

Run: ``python -m benchmarks.secrets_prompts_third [--n N] [--seed S] [--out DIR] [--show-misses]``.
Results never contain a prompt's text or a value; ``--show-misses`` prints dev-split misses only.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from benchmarks.secrets_prompts import (
    Doc,
    Item,
    Prompt,
    Template,
    generate,
    name,
    slot,
)
from benchmarks.secrets_prompts_more import (
    MORE_FAMILIES,
    _is_password,
    _neg_pool,
    _one_line,
    _pw_user,
    _scream,
    _slot,
    json_escape,
    main_set,
)

__all__ = ["THIRD_TEMPLATES", "generate_third", "main"]


def _sq(v: str) -> str:
    """A single-quoted shell string: no quote inside (a user types one that works)."""
    return v.replace("'", "")


# ============================================================================ templates (dev)
def t_deploy_script(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    d = Doc().t("this deploy script worked on my laptop but fails in cron, any idea?\n\n```bash\n#!/usr/bin/env bash\n")
    d.t("set -euo pipefail\n\nHOST=app-01.internal\n")
    for it in items + r.sample(neg, 2):
        if _one_line(it):
            q = r.choice(["'", '"', ""])
            d.t(f"{_scream(it)}={q}").item(it, _sq if q == "'" else lambda s: s).t(f"{q}\n")
        else:
            d.t(f"cat > /tmp/{name(it.words, 'snake')}.pem <<'EOF'\n").item(it).t("\nEOF\n")
    first = items[0]
    if _is_password(first) and _one_line(first):
        d.t(f'\nsshpass -p "${_scream(first)}" rsync -az ./dist/ {_pw_user(r)}@$HOST:/srv/app/\n')
    else:
        d.t('\ncurl -fsS -X POST "https://deploy.acme.io/v1/release" -H "Authorization: Bearer $API_TOKEN"\n')
    d.t("```\n")
    return d


def t_powershell_env(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    d = Doc().t("PowerShell: the scheduled task can't read these, should I use the credential manager?\n\n")
    d.t("```powershell\n")
    for it in items + r.sample(neg, 2):
        if _one_line(it):
            d.t(f"$env:{_scream(it)} = '").item(it, lambda s: s.replace("'", "''")).t("'\n")
        else:
            d.t("$key = @'\n").item(it).t("\n'@\n")
    for it in items:
        if _is_password(it) and _one_line(it):
            d.t(f"$cred = New-Object System.Management.Automation.PSCredential('{_pw_user(r)}', ")
            d.t("(ConvertTo-SecureString $env:" + _scream(it) + " -AsPlainText -Force))\n")
    d.t("Invoke-RestMethod -Uri https://api.acme.io/v2/jobs -Headers @{ 'X-Api-Key' = $env:API_KEY }\n```\n")
    return d


def t_python_automation(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    d = Doc().t("Python script that backs up the router config every night, can you add logging?\n\n```python\n")
    d.t("import paramiko\nimport smtplib\n\n")
    for it in items + r.sample(neg, 1):
        if _one_line(it):
            d.t(f'{name(it.words, "SCREAMING")} = "').item(it, json_escape).t('"\n')
        else:
            d.t(f'{name(it.words, "SCREAMING")} = """').item(it).t('"""\n')
    first = items[0]
    d.t("\nssh = paramiko.SSHClient()\nssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())\n")
    if _is_password(first) and _one_line(first):
        d.t(f'ssh.connect("10.0.0.1", username="{_pw_user(r)}", password="').item(first, json_escape).t('")\n')
    else:
        d.t(f'ssh.connect("10.0.0.1", username="backup", password={_scream(first)})\n')
    d.t('smtp = smtplib.SMTP_SSL("smtp.acme.io")\nsmtp.login("noreply@acme.io", SMTP_PASSWORD)\n```\n')
    return d


def t_compose_defaults(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    d = Doc().t("docker compose up works locally, but on the server the db rejects the login:\n\n```yaml\n")
    d.t("services:\n  api:\n    image: ghcr.io/acme/api:1.8.2\n    environment:\n")
    for it in items:
        if it.family is None and ("$" in it.value or "{" in it.value):
            d.t(f"      - {_scream(it)}=").item(it).t("\n")  # a reference is written as it is
        elif _one_line(it):
            v = Item(it.words, it.secret.replace("}", "").replace("$", ""), it.family, it.prefix, it.suffix, it.kind)
            d.t(f"      - {_scream(it)}=${{{_scream(it)}:-").item(v).t("}\n")
    for it in r.sample(neg, 2):
        d.t(f"      {_scream(it)}: ").item(it).t("\n")
    d.t("  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it}\n```\n")
    for it in items:
        if not _one_line(it):
            d.t("\nand the key mounted at /run/secrets/tls.key:\n").item(it).t("\n")
    return d


def t_email_handover(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    items = [_slot(r, it) for it in items]
    who = r.choice(["Marco", "Agnieszka", "Femke", "Emre", "Linh"])
    d = Doc().t("Can you turn this e-mail into a runbook?\n\n---\nFrom: ops@acme.io\n")
    d.t("Subject: Handover for the weekend\n\n")
    d.t(f"Hi {who},\n\nhere is what you need while I'm away.\n\n")
    for it in items:
        what = " ".join(it.words)
        if not _one_line(it):
            d.t(f"The {what} (keep it safe):\n\n").item(it).t("\n\n")
        elif _is_password(it):
            lead = ["The admin login for Grafana is ", f"Jump host: {_pw_user(r)} / ", "Password for the NAS: "]
            d.t(r.choice(lead))
            d.item(it).t("\n")
        else:
            d.t(r.choice([f"The {what} for the monitoring webhook: ", f"{what.capitalize()} (prod): "])).item(it).t(
                "\n"
            )
    n = r.choice(neg)
    d.t(f"\nThe {' '.join(n.words)} in the old ticket was ").item(n).t(", ignore it.\n\nThanks,\nJ.\n")
    return d


# Prose in languages the first two sets do not write: (intro, password sentence, key sentence).
_PROSE = [
    ("it", "Ciao, ti giro le credenziali del server.\n", "la password è {v} ", "la chiave API è {v} "),
    ("vi", "Chào anh, em gửi thông tin đăng nhập.\n", "mật khẩu là {v} ", "khóa API là {v} "),
    ("id", "Halo, ini akses untuk server staging.\n", "kata sandinya {v} ", "API key-nya {v} "),
]


def _prose(r: random.Random, items: list[Item], table: list[tuple[str, str, str, str]], ends: list[str]) -> Doc:
    items = [_slot(r, it) for it in items]
    _, intro, pw_s, key_s = r.choice(table)
    d = Doc().t(intro)
    for it in items:
        if not _one_line(it):
            d.t("\n").item(it).t("\n")
            continue
        head, _, tail = (pw_s if _is_password(it) else key_s).partition("{v}")
        d.t(head).item(it).t(tail + r.choice(ends))
    return d


def t_prose_languages(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    return _prose(r, items, _PROSE, ["\n", "(prod)\n", "- grazie / thanks\n"])


# ============================================================================ templates (holdout)
def t_makefile(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    d = Doc().t("Makefile: `make release` prints the token in the CI log, how do I hide it?\n\n```make\n")
    d.t("IMAGE ?= ghcr.io/acme/api\nVERSION := $(shell git describe --tags)\n")
    for it in items + r.sample(neg, 2):
        if _one_line(it):
            d.t(f"{_scream(it)} {r.choice(['?=', ':=', '='])} ").item(it, lambda s: s.replace("$", "$$")).t("\n")
    d.t("\nrelease:\n\tdocker login -u ci -p $(REGISTRY_PASSWORD) ghcr.io\n\tdocker push $(IMAGE):$(VERSION)\n```\n")
    for it in items:
        if not _one_line(it):
            d.t("\nsigning key:\n").item(it).t("\n")
    return d


def t_expect_script(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    items = [slot(r, it) for it in items]
    d = Doc().t("expect script for the old switch, it hangs at the password prompt:\n\n")
    d.t("```tcl\n#!/usr/bin/expect -f\n")
    d.t("set timeout 20\nset host 10.1.1.2\n")
    for it in items:
        if _one_line(it):
            d.t(f'set {name(it.words, "snake")} "').item(it, lambda s: s.replace('"', '\\"')).t('"\n')
    d.t('spawn ssh admin@$host\nexpect "assword:"\n')
    for it in items:
        if _is_password(it) and _one_line(it):
            d.t('send "').item(it, lambda s: s.replace('"', '\\"')).t('\\r"\n')
    d.t('expect "#"\nsend "show run\\r"\ninteract\n```\n')
    for it in items:
        if not _one_line(it):
            d.t("\nthe switch's key, in case ssh needs it:\n").item(it).t("\n")
    return d


def t_slack_export(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    items = [_slot(r, it) for it in items]
    d = Doc().t("Here's the Slack export of the incident channel, make a timeline:\n\n```json\n[\n")
    ts = 1764590000 + r.randrange(10**5)
    msgs: list[tuple[str, Item | None, str]] = [("U02ALICE", None, "prod is down, 502s everywhere")]
    for it in items:
        lead = "new password for the db: " if _is_password(it) else f"here's the {' '.join(it.words)}: "
        msgs.append(("U07BOB", it, lead))
    n = r.choice(neg)
    msgs.append(("U02ALICE", n, f"thanks. the {' '.join(n.words)} was "))
    for i, (user, it, txt) in enumerate(msgs):
        d.t(f'  {{"type": "message", "user": "{user}", "ts": "{ts + i * 37}.000{i}00", "text": "{json_escape(txt)}')
        if it is not None:
            d.item(it, json_escape)
        d.t('"}' + ("," if i < len(msgs) - 1 else "") + "\n")
    d.t("]\n```\n")
    return d


def t_puppeteer(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    d = Doc().t("My Puppeteer login script times out after typing the password:\n\n```js\n")
    d.t("const puppeteer = require('puppeteer');\n\n(async () => {\n  const browser = await puppeteer.launch();\n")
    d.t("  const page = await browser.newPage();\n  await page.goto('https://portal.acme.io/login');\n")
    for it in items:
        if _is_password(it) and _one_line(it):
            d.t(f"  await page.type('#username', '{_pw_user(r)}');\n  await page.type('#password', '")
            d.item(it, lambda s: s.replace("'", "\\'")).t("');\n")
        elif _one_line(it):
            d.t(f"  await page.setExtraHTTPHeaders({{ '{name(it.words, 'kebab')}': '").item(
                it, lambda s: s.replace("'", "\\'")
            )
            d.t("' });\n")
        else:
            d.t("  const key = `").item(it).t("`;\n")
    for it in r.sample(neg, 1):
        d.t(f"  const {name(it.words, 'camel')} = '").item(it, lambda s: s.replace("'", "\\'")).t("';\n")
    d.t("  await page.click('button[type=submit]');\n  await browser.close();\n})();\n```\n")
    return d


_PROSE_HOLDOUT = [
    ("pl", "Cześć, przesyłam dane do serwera testowego.\n", "hasło to {v} ", "klucz API: {v} "),
    ("nl", "Hoi, hierbij de gegevens voor de testomgeving.\n", "het wachtwoord is {v} ", "de API-sleutel is {v} "),
    ("tr", "Merhaba, test sunucusunun bilgileri aşağıda.\n", "şifre: {v} ", "API anahtarı: {v} "),
]


def t_prose_languages_holdout(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    return _prose(r, items, _PROSE_HOLDOUT, ["\n", "(prod)\n", "- dzięki / bedankt / teşekkürler\n"])


def t_ansible_adhoc(r: random.Random, items: list[Item], neg: list[Item]) -> Doc:
    d = Doc().t("ansible ad-hoc works for one host but not the group, command I run:\n\n")
    extra = []
    for it in items + r.sample(neg, 1):
        if _one_line(it):
            extra.append(it)
    d.t("$ ansible web -i inventory.ini -m shell -a 'systemctl restart api' -e '")
    for i, it in enumerate(extra):
        d.t((" " if i else "") + f"{name(it.words, 'snake')}=").item(it, _sq)
    d.t('\'\nweb-02 | UNREACHABLE! => {"msg": "Invalid/incorrect password"}\n')
    for it in items:
        if not _one_line(it):
            d.t("\nthe private key in ~/.ssh/ansible:\n").item(it).t("\n")
    return d


# name -> (function, split)
THIRD_TEMPLATES: dict[str, tuple[Template, str]] = {
    "deploy_script": (t_deploy_script, "dev"),
    "powershell_env": (t_powershell_env, "dev"),
    "python_automation": (t_python_automation, "dev"),
    "compose_defaults": (t_compose_defaults, "dev"),
    "email_handover": (t_email_handover, "dev"),
    "prose_languages": (t_prose_languages, "dev"),
    "makefile": (t_makefile, "holdout"),
    "expect_script": (t_expect_script, "holdout"),
    "slack_export": (t_slack_export, "holdout"),
    "puppeteer": (t_puppeteer, "holdout"),
    "prose_languages_holdout": (t_prose_languages_holdout, "holdout"),
    "ansible_adhoc": (t_ansible_adhoc, "holdout"),
}


def generate_third(n: int = 1200, seed: int = 6161) -> list[Prompt]:
    """``n`` prompts from this module's templates and the second set's families and negatives."""
    return generate(n, seed, templates=THIRD_TEMPLATES, families=MORE_FAMILIES, neg_pool=_neg_pool, tag="third")


def main(argv: Sequence[str] | None = None) -> int:
    return main_set(argv, "secrets_prompts_third", __doc__ or "", generate_third, 6161, "third set")


if __name__ == "__main__":
    raise SystemExit(main())
