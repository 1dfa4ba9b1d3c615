"""Secrets round 18 (session 21, issue 4): look-alikes a user relies on staying clean (S3 ETags and
object keys in aws s3api output, Vault's metadata, leases and accessors, upstream quickstart defaults)
while the values of a "vault kv get" Data table are still found. Values are made up for these tests."""

from __future__ import annotations

import pytest
from secret_scan import secret_spans as _spans

from promptguard import Guard
from promptguard.recognizers.secret_validators import prose_secret
from promptguard.recognizers.secret_values import is_placeholder

PW = "Vx5^nQe8Lt2r"
KEY = "Tb7nW2qLx9Rk4Pz8Hc3Ym6Jd1Fs5Ga0Ue"


@pytest.mark.parametrize(
    "text",
    [
        "$ aws s3api head-object --bucket acme-exports --key 2026/12/orders.parquet\n"
        '{\n    "AcceptRanges": "bytes",\n    "ContentLength": 7340032,\n'
        '    "ETag": "\\"5f1a8c03b7e94d2a6c1e0b9f7d3a2e48-3\\"",\n'
        '    "VersionId": "Ul4_mWq0XxP9hZ2nA7bK3sV8yC6tD1eF",\n    "ServerSideEncryption": "AES256"\n}\n',
        "$ curl -sI https://acme-exports.s3.amazonaws.com/index.html | grep -i etag\n"
        'ETag: "0c8d2e6a4f1b3957a2d8c6e0f4b1a397"\n',
        # --output table
        '||  ETag         |  "2d6f0e8a1c4b7395d8e2a6c0f1b4e937"  ||\n'
        "||  Key          |  exports/q4/orders.csv              ||\n"
        "||  Size         |  20481                              ||\n",
    ],
)
def test_s3api_output_stays_clean(guard: Guard, text: str) -> None:
    assert not _spans(guard, text)


def test_vault_metadata_stays_clean_and_its_values_are_found(guard: Guard) -> None:
    metadata = (
        "$ vault kv get -mount=secret billing\n== Secret Path ==\nsecret/data/billing\n\n"
        "======= Metadata =======\nKey                Value\n---                -----\n"
        "created_time       2026-11-30T08:11:05.118273Z\ncustom_metadata    <nil>\n"
        "deletion_time      n/a\ndestroyed          false\nversion            9\n"
    )
    assert not _spans(guard, metadata)
    lease = (
        "$ vault read database/creds/report\nKey                Value\n---                -----\n"
        "lease_id           database/creds/report/Hn2pVt8KcX5wQr3mZb7yLs4D\nlease_duration     768h\n"
        "lease_renewable    true\n"
    )
    assert not _spans(guard, lease)
    data = (
        metadata
        + "\n====== Data ======\nKey              Value\n---              -----\n"
        + f"smtp_password    {PW}\nstripe_key       {KEY}\nowner            billing\n"
    )
    assert set(_spans(guard, data)) == {PW, KEY}


def test_vault_accessors_are_not_tokens(guard: Guard) -> None:
    token = "hvs.CAESIHq2Vr7Kd4Nw8Zt3Hm6Yb1Jc5Fs0GaXyZ1JkPm8Lq"
    text = (
        "$ vault token create -policy=billing\nKey                  Value\n---                  -----\n"
        f"token                {token}\ntoken_accessor       Zp8Rt3Vn6Kx2Wq9Lm4Hc7Yb1\ntoken_duration       768h\n"
    )
    assert _spans(guard, text) == [token]
    listing = (
        "$ vault auth list\nPath         Type        Accessor                  Description\n"
        "----         ----        --------                  -----------\n"
        "approle/     approle     auth_approle_3c9e1f7a     ci logins\n"
        "token/       token       auth_token_a0b4d8e2       token based credentials\n"
    )
    assert not _spans(guard, listing)
    assert prose_secret("auth_approle_3c9e1f7a") is False


@pytest.mark.parametrize(
    "text",
    [
        "services:\n  minio:\n    image: minio/minio\n    environment:\n"
        "      MINIO_ROOT_USER: minioadmin\n      MINIO_ROOT_PASSWORD: minioadmin\n",
        "MINIO_ACCESS_KEY=minio\nMINIO_SECRET_KEY=minio123\n",
        "docker run -d -e POSTGRES_PASSWORD=mysecretpassword postgres:16",
        "docker run -d -e MYSQL_ROOT_PASSWORD=my-secret-pw mysql:8.4",
        "spring.rabbitmq.username=guest\nspring.rabbitmq.password=guest\n",
        "ELASTIC_PASSWORD=changeme\nKIBANA_PASSWORD=changeme\n",
        "environment:\n  KEYCLOAK_ADMIN: admin\n  KEYCLOAK_ADMIN_PASSWORD: admin\n  POSTGRES_PASSWORD: postgres\n",
    ],
)
def test_upstream_defaults_are_not_reported(guard: Guard, text: str) -> None:
    assert not _spans(guard, text)


def test_upstream_defaults_are_placeholders_but_a_real_password_is_not() -> None:
    for value in ("minioadmin", "MinioAdmin", "mysecretpassword", "my-secret-pw", "yourStrong(!)Password"):
        assert is_placeholder(value), value
    assert not is_placeholder("minioadmin-Kx92!")
