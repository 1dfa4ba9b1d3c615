"""PASSWORD from a Markdown table's password column (recognizers/builtin/table_password.py): the
header names the column, the rows below hold the values. Values are made up for these tests."""

from __future__ import annotations

import pytest
import re2

from promptguard import Guard
from promptguard.config.loader import builtin_packs, load_pack
from promptguard.recognizers.builtin.table_password import _GATE, TablePasswordRecognizer
from promptguard.recognizers.registry import build_recognizer

SPEC = next(r for r in load_pack(builtin_packs()["secrets"]).recognizers if r.id == "table_password")


def _values(text: str) -> list[str]:
    rec = build_recognizer(SPEC, "secrets")
    assert isinstance(rec, TablePasswordRecognizer)
    return [text[f.start : f.end] for f in rec.analyze(text)]


def test_password_column_values_are_found_row_by_row() -> None:
    text = (
        "## Test environments\n\n"
        "| Service | URL                         | User    | Password |\n"
        "|---------|-----------------------------|---------|----------|\n"
        "| Grafana | https://grafana.stg.acme.io | admin   | Lantern88!xq |\n"
        "| Kibana  | https://kibana.stg.acme.io  | elastic | see 1Password |\n"
        "| Jenkins | https://ci.stg.acme.io      | ci      | `q7Rk-2mZp#Lw` |\n"
        "\nCan you turn this into an Ansible inventory?"
    )
    assert _values(text) == ["Lantern88!xq", "q7Rk-2mZp#Lw"]


def test_column_names_and_table_shapes() -> None:
    # "Pass", "PWD", German "Passwort", a prefixed name; no outer pipes; CRLF line ends.
    assert _values("| Host | Pass |\n| :--- | :---: |\n| fw01 | Tundra%418kpm |") == ["Tundra%418kpm"]
    assert _values("Host | Benutzer | Passwort\n--- | --- | ---\ndb01 | root | Quartz#77abc") == ["Quartz#77abc"]
    assert _values("| Box | Root password |\r\n|---|---|\r\n| lb-01 | Nimbus&77qrs |\r\n") == ["Nimbus&77qrs"]
    assert _values("| user | pwd | pin |\n|---|---|---|\n| ops | Velvet*2025 | 4412 |") == ["Velvet*2025"]


def test_notes_words_and_placeholders_in_the_column_are_not_passwords() -> None:
    text = (
        "| User | Password |\n|---|---|\n"
        "| admin | changeme |\n| guest | ******** |\n| ops | <password> |\n"
        "| sso | KeePass |\n| bot | (vault) |\n| svc | ${SVC_PASSWORD} |\n| me | me@acme.io |\n| x | v2.1.0 |"
    )
    assert _values(text) == []


def test_needs_the_header_and_separator_rows() -> None:
    # A password column named in prose or in a table without the separator row is not a table header.
    assert _values("| User | Password |\n| admin | Lantern88!xq |") == []
    assert _values("type your password | then press enter\nLantern88!xq") == []
    # A schema table lists the field "password" in a row, not as a column: nothing under a header.
    assert _values("| Field | Type |\n|---|---|\n| password | Str1ng#Type |") == []


def test_the_table_ends_at_the_first_line_without_a_pipe() -> None:
    text = "| User | Password |\n|---|---|\n| a | Lantern88!xq |\n\nLater: Tundra%418kpm | is not a row of it"
    assert _values(text) == ["Lantern88!xq"]


def test_gate_is_a_necessary_condition() -> None:
    # The engine skips analyze where the gate does not match: every header the parser accepts must open it.
    gate = re2.compile(_GATE)
    for header in ("| Service | Password |", "| a | Pass |", "Host | Passwort\n", "| Root password |", "| PWD |"):
        assert gate.search(header + "\n") is not None, header
    assert gate.search("the password is in the vault") is None


def test_gate_opens_wherever_the_header_search_matches() -> None:
    # analyze reads tables from _HEADER_RE's matches; the engine runs it only where the gate
    # matches: every header cell the search finds must open the gate, in any case and markup.
    import itertools

    from promptguard.recognizers.builtin.table_password import _HEADER_RE

    gate = re2.compile(_GATE)
    names = ["password", "Passwort", "PASSWD", "pass", "pwd", "pw", "Kennwort", "contraseña", "senha", "mot de passe"]
    leads = ["", "Root ", "db_", "admin-"]
    marks = ["", "**", "`", "_"]
    ends = [" |", "|", "\n", "", "\r\n", "  | x"]
    checked = 0
    for name, lead, mark, end in itertools.product(names, leads, marks, ends):
        text = f"| User | {mark}{lead}{name}{mark}{end}"
        if _HEADER_RE.search(text):
            checked += 1
            assert gate.search(text) is not None, text
    assert checked > 400


def test_through_the_secrets_profile() -> None:
    text = "| Service | User | Password |\n|---|---|---|\n| Grafana | admin | Lantern88!xq |"
    found = Guard.from_config("secrets-only").scan(text).findings
    assert [(f.recognizer, f.entity_type, text[f.start : f.end]) for f in found] == [
        ("table_password", "PASSWORD", "Lantern88!xq")
    ]


def test_each_line_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Rows that look like headers ("| password |" under "|---|") are rows of the table already
    # read, not new tables: reading them again per header made a hostile text quadratic.
    import promptguard.recognizers.builtin.table_password as module

    calls = 0
    cells = module._cells

    def counting(text: str, start: int, end: int) -> list[tuple[int, int]]:
        nonlocal calls
        calls += 1
        return cells(text, start, end)

    monkeypatch.setattr(module, "_cells", counting)
    n = 500
    assert _values("| password |\n|---|\n" * n) == []
    assert calls <= 2 * n + 2
    calls = 0
    text = "| User | Password |\n|---|---|\n| a | Lantern88!xq |\n| b | Tundra%418kpm |"
    assert _values(text) == ["Lantern88!xq", "Tundra%418kpm"]
    assert calls == 4


def test_csv_header_lines_are_found_once_each_in_one_pass() -> None:
    # Every line holding a password column header, once, in order; many header-like cells on one
    # long line are one line (each stretch of text is searched for its line start once).
    from promptguard.recognizers.builtin.table_password import _name_lines

    text = "user,password\nnotes\nhost;pwd;x\n" + ",password" * 2000 + "\nlast,passwd"
    starts = _name_lines(text)
    assert [text[s : s + 5] for s in starts] == ["user,", "host;", ",pass", "last,"]
    assert _name_lines("no table here") == []


def test_a_table_after_a_long_line_of_header_cells_is_still_read() -> None:
    # The header cells of one long line share a line start (found once for the whole line).
    text = "| password " * 3000 + "\n\n| User | Password |\n|---|---|\n| a | Lantern88!xq |"
    assert _values(text) == ["Lantern88!xq"]
