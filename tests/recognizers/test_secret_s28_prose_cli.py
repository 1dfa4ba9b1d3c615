"""Secrets, session 28 (issue 4): passwords told in English prose with more words between the name
and the value (up to six words of whose it is, "ended up being", "is now" / "is currently" / "was
still"), Oracle JDBC URLs ("jdbc:oracle:thin:user/password@...") and ipmitool's "-P". Written apart
from the pack's examples; the clean texts use the same sentence shapes for what happens to a
password rather than what it is. Values are made up."""

from __future__ import annotations

import pytest
from secret_scan import secret_spans as _spans

from promptguard import Guard

_FOUND = [
    ("the password for the staging box is currently Jm4#xQ9vLk2t", "Jm4#xQ9vLk2t"),
    ("ok so the root password on the new NAS ended up being Rq7!vKx2Lm9z, change it later", "Rq7!vKx2Lm9z"),
    ("pw for the wifi in room 4 is now Kx9mQ2vL7tRz", "Kx9mQ2vL7tRz"),
    (
        "The admin password for the Grafana instance at grafana.acme.io is still Hk8$mQ2vLx7z, please rotate it.",
        "Hk8$mQ2vLx7z",
    ),
    ("heads up: the shared password on the build server will be Tz6#kQ2vXm9L from Monday", "Tz6#kQ2vXm9L"),
    ("the password of the demo tenant became Pq3%vLx8Wm2n after the reset", "Pq3%vLx8Wm2n"),
    ('jdbcUrl = "jdbc:oracle:thin:reporting/Tg7vK2xQm9Lz@db01.acme.io:1521/ORCLPDB1"', "Tg7vK2xQm9Lz"),
    ('<property name="url" value="jdbc:oracle:thin:etl_user/Wq8#vK3mLz7T@//ora-prod:1521/SALES"/>', "Wq8#vK3mLz7T"),
    ('jdbc.url=jdbc:oracle:thin:app/"Xq8@vK2mLz7T"@//db01:1521/ORCL', "Xq8@vK2mLz7T"),
    ("ipmitool -I lanplus -H 10.0.4.21 -U admin -P Vq7#kLm2xR9t chassis power status", "Vq7#kLm2xR9t"),
    ("for h in $(cat bmcs.txt); do ipmitool -H $h -U root -P 'Nz4!pWq8Lx2v' power cycle; done", "Nz4!pWq8Lx2v"),
]

_CLEAN = [
    "The password is now required to be at least 12 characters long",
    "the password is currently disabled for SSO users",
    "the password for the kiosk is now managed by Okta",
    "Password on the shared drive is currently Read-Only",
    "the password for that account was just reset, check your email",
    "the password for prod will be rotated by Terraform tonight",
    "the password at login.acme.io became case-sensitive after the upgrade",
    "the password for the new hire ended up being emailed in plain text",
    "Password in .env is now ${DB_PASSWORD}",
    "the password for grafana is now stored in 1Password under Ops/Grafana",
    "spring.datasource.url=jdbc:oracle:thin:@//db01.acme.io:1521/ORCLPDB1",
    'url = "jdbc:oracle:thin:${ORA_USER}/${ORA_PASSWORD}@db01:1521/ORCL"',
    "ipmitool -I lanplus -H 10.0.4.21 -U admin -E sdr list",
    "ipmitool -H bmc01 -U admin -f /root/.ipmi_pass chassis status",
    # Review, session 28: "pass in" the verb, a "grep -P" after ipmitool, a Windows variable.
    "then pass in the build arg: --build-arg=NODE_ENV=production",
    "pass in the API version header: X-Api-Version-2024",
    "ipmitool -H bmc01 -U admin -E sdr list | grep -P 'CPU\\d+ Temp'",
    "set JDBC_URL=jdbc:oracle:thin:app/%DB_PASS%@db01:1521/ORCL",
]


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard()


@pytest.mark.parametrize(("text", "value"), _FOUND, ids=[f"found{i}" for i in range(len(_FOUND))])
def test_found(guard: Guard, text: str, value: str) -> None:
    assert value in _spans(guard, text)


@pytest.mark.parametrize("text", _CLEAN, ids=[f"clean{i}" for i in range(len(_CLEAN))])
def test_clean(guard: Guard, text: str) -> None:
    assert _spans(guard, text) == []
