"""Secrets round 18 (session 21, issue 4): a value in the third or fourth cell of a table whose header
names the value column (Postman / Insomnia environment exports, Terraform and Helm variable tables)
and kubectl's custom columns, next to the documentation tables that hold no value. Values are made up
for these tests."""

from __future__ import annotations

import pytest
from secret_scan import secret_spans as _spans

from promptguard import Guard
from promptguard.recognizers.secret_values import table_value_cells

PW = "Vx5^nQe8Lt2r"
KEY = "Tb7nW2qLx9Rk4Pz8Hc3Ym6Jd1Fs5Ga0Ue"


@pytest.mark.parametrize(
    "text",
    [
        # Postman environment, Markdown: Key | Type | Initial value | Current value
        "Our env export:\n| Key | Type | Initial value | Current value |\n|---|---|---|---|\n"
        "| host | default | https://orders.test | https://orders.test |\n| dbPassword | secret | | {pw} |\n",
        # Insomnia, ASCII borders
        "+--------------+--------+----------------+\n| NAME         | TYPE   | VALUE          |\n"
        "+--------------+--------+----------------+\n| admin_pass   | secret | {pw}   |\n"
        "+--------------+--------+----------------+\n",
        # Terraform variables: the Default column, in backticks
        "| Name | Description | Type | Default |\n|------|-------------|------|---------|\n"
        "| region | where | string | `eu-north-1` |\n| rds_password | RDS master password | string | `{pw}` |\n",
        # Helm chart values: Parameter | Description | Value
        "| Parameter | Description | Value |\n|---|---|---|\n| `redis.auth.password` | Redis password | `{pw}` |\n",
    ],
)
def test_password_in_the_header_named_column(guard: Guard, text: str) -> None:
    assert _spans(guard, text.format(pw=PW)) == [PW]


@pytest.mark.parametrize(
    "text",
    [
        "| Variable | Type | Initial Value | Current Value |\n| :-- | :-: | :-- | :-- |\n"
        "| stripe_secret | secret | {key} | {key} |\n",
        "| Name | Description | Type | Default |\n|---|---|---|---|\n"
        "| `ops_api_token` | token of the ops bot | string | `{key}` |\n",
    ],
)
def test_secret_in_the_header_named_column(guard: Guard, text: str) -> None:
    spans = _spans(guard, text.format(key=KEY))
    assert spans and set(spans) == {KEY}


@pytest.mark.parametrize(
    "text",
    [
        # Documentation of inputs: the value column says nothing is set, or a template
        "| Input | Description | Required | Default |\n|---|---|---|---|\n"
        "| `registry_token` | Token to push with | no | `${{ secrets.REGISTRY_TOKEN }}` |\n"
        "| `password` | Registry password | yes | |\n",
        "| Name | Description | Type | Default | Required |\n|---|---|---|---|:---:|\n"
        "| admin_password | Admin password | `string` | `null` | yes |\n| token_ttl | TTL | `number` | `3600` | no |\n",
        "| Key | Type | Initial value | Current value |\n|---|---|---|---|\n"
        "| password | secret | •••••••• | •••••••• |\n| api_key | secret | {{vault:api-key}} | <local> |\n",
        # A value column of dates and a description column of words
        "| Key | Type | Initial value | Current value |\n|---|---|---|---|\n"
        "| token_issued | default | 2026-10-01 | 2026-11-30 |\n",
        "| Variable | Required | Default | Description |\n|---|---|---|---|\n"
        "| `POSTGRES_PASSWORD` | yes | - | Superuser password |\n",
    ],
)
def test_tables_without_a_value_stay_clean(guard: Guard, text: str) -> None:
    assert not _spans(guard, text)


def test_value_cells_follow_the_header() -> None:
    text = "| Key | Type | Initial value | Current value |\n|---|---|---|---|\n| dbPassword | secret | a1 | b2 |\n"
    name = text.index("dbPassword")
    assert [text[a:b] for a, b in table_value_cells(text, name) or []] == ["a1", "b2"]
    # The value column right after the name's: the two-column reading applies, nothing to redirect.
    two = "| Key | Value | Notes |\n|---|---|---|\n| dbPassword | a1 | b2 |\n"
    assert table_value_cells(two, two.index("dbPassword")) is None
    # No border line under the first row: not a table with a header.
    bare = "| Key | Type | Value |\n| dbPassword | secret | a1 |\n"
    assert table_value_cells(bare, bare.index("dbPassword")) is None
    # A row with another cell count than the header.
    short = "| Key | Type | Initial value | Current value |\n|---|---|---|---|\n| dbPassword | secret | a1 |\n"
    assert table_value_cells(short, short.index("dbPassword")) is None


def test_a_line_too_long_for_a_table_row_is_not_read_as_one() -> None:
    # Bounded work per candidate: a 4 KB+ line is no README or export row (one 280 KB line of
    # "| PASSWORD |  | " cells once took minutes, each candidate splitting the whole line).
    head = "| Key | Type | Initial value | Current value |\n|---|---|---|---|\n"
    row = "| dbPassword | secret | a1 | b2 |"
    assert table_value_cells(head + row, len(head) + 2) is not None
    long_row = row[:-1] + " " * 4100 + "|"
    assert table_value_cells(head + long_row, len(head) + 2) is None


def test_one_long_line_of_empty_cells_is_scanned_and_clean(guard: Guard) -> None:
    assert not _spans(guard, "| DB_PASSWORD |  | " * 3000)


def test_kubectl_custom_columns(guard: Guard) -> None:
    text = (
        "$ kubectl get secret -n erp -o "
        "custom-columns=NAME:.metadata.name,USER:.data.username,PASSWORD:.data.password\n"
        "NAME        USER            PASSWORD\n"
        "erp-pg      cGdhZG1pbg==    S3ZsOCNtUXo0d1I=\n"
    )
    assert _spans(guard, text) == ["S3ZsOCNtUXo0d1I="]


def test_kubectl_listings_without_a_password_column_stay_clean(guard: Guard) -> None:
    text = (
        "$ kubectl get secrets -n erp\n"
        "NAME                  TYPE                                  DATA   AGE\n"
        "erp-pg-password       Opaque                                2      12d\n"
        "default-token-x7k2p   kubernetes.io/service-account-token   3      90d\n"
    )
    assert not _spans(guard, text)


# ------------------------------------------------------------------ empty cells (session 22)
@pytest.mark.parametrize(
    "text",
    [
        # The cell after the name's is empty: the header's value column is read further right.
        "| Variable | Description | Value |\n|---|---|---|\n| SMTP_HOST | relay | smtp.acme.io |\n"
        "| SMTP_PASSWORD |  | {pw} |\n",
        "| Setting | | Value |\n|---|---|---|\n| db_password | | `{pw}` |\n",
        # A handover table: an empty user cell, GFM separators of one or two hyphens.
        "| System | User | Password |\n|:--|:--|:--|\n| Grafana |  | {pw} |\n",
        "|Service|Username|Password|\n|-|-|-|\n|Jenkins||{pw}|\n",
        # No outer pipes: a row's leading pipe closes its empty first cell.
        "host | user | password\n--- | --- | ---\n | root | {pw}\n",
    ],
)
def test_empty_cells_keep_the_columns_in_place(guard: Guard, text: str) -> None:
    assert _spans(guard, text.format(pw=PW)) == [PW]


def test_a_secret_after_an_empty_cell(guard: Guard) -> None:
    text = f"| Name | Required | Value |\n|---|---|---|\n| API_TOKEN | | {KEY} |\n"
    assert _spans(guard, text) == [KEY]


@pytest.mark.parametrize(
    "text",
    [
        # The value column is the empty one; the next cell is a note.
        "| Name | Value | Notes |\n|---|---|---|\n| DB_PASSWORD |  | Vx5^nQe8Lt2r-is-not-set-yet |\n",
        # No column named for values: an empty cell then an example.
        "| Variable | Description | Example |\n|---|---|---|\n| DB_PASSWORD |  | ${DB_PASSWORD} |\n",
        "| Variable | Description | Value |\n|---|---|---|\n| DB_PASSWORD |  | ******** |\n"
        "| API_TOKEN |  | <set in vault> |\n",
        "| System | User | Password |\n|:--|:--|:--|\n| Grafana |  | <in 1Password> |\n"
        "| Kibana | elastic | see vault |\n",
        "host | user | password\n--- | --- | ---\n | root | see vault\n",
    ],
)
def test_empty_cells_without_a_value_stay_clean(guard: Guard, text: str) -> None:
    assert not _spans(guard, text)
