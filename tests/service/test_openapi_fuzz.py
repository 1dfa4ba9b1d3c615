"""Schemathesis against the served OpenAPI schema (no 5xx, answers match the schema), the
no-auth mode, and the client allow-list."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from server_helpers import Server, new_keys, start_server

pytestmark = [pytest.mark.network, pytest.mark.slow]


@pytest.fixture(scope="module")
def open_server(module_tmp: Path) -> Iterator[Server]:
    srv = start_server(module_tmp, args=["--insecure-no-auth"],
                       env={"PROMPTGUARD_MAX_TEXT_CHARS": "2000", "PROMPTGUARD_MAX_BODY_BYTES": "32768"})
    try:
        yield srv
    finally:
        srv.stop()


def test_no_auth_mode_warns_and_serves(open_server: Server) -> None:
    assert "WITHOUT authentication" in open_server.log()
    with open_server.client() as c:
        assert c.post("/v1/scan", json={"text": "to a.b@example.org"}).json()["text"] == "to <EMAIL_ADDRESS_1>"
        assert c.get("/metrics").status_code == 200


def test_schemathesis_finds_no_server_error(open_server: Server, tmp_path: Path) -> None:
    st = shutil.which("st") or str(Path(sys.executable).with_name("st"))
    if not Path(st).exists():
        pytest.skip("schemathesis is not installed (pip install 'promptguard[test]')")
    cmd = [
        st, "run", f"{open_server.url}/openapi.json",
        "--checks", "not_a_server_error,response_schema_conformance,content_type_conformance",
        "--phases", "coverage,fuzzing",
        "--max-time", "20",
        # One worker: with threads, hypothesis' lambda-source parsing can hit a CPython 3.11
        # "AST constructor recursion depth mismatch" SystemError that has nothing to do with us.
        "--workers", "1",
        "--request-timeout", "10",
        "--seed", "20261129",
        "--suppress-health-check", "all",
    ]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=180, cwd=tmp_path, check=False)
    if out.returncode != 0 and "AST constructor recursion depth mismatch" in out.stdout + out.stderr:
        # A CPython 3.11 bug hit inside hypothesis while it describes a strategy (not a finding
        # about our API): run once more with another seed.
        cmd[cmd.index("--seed") + 1] = "20261130"
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=180, cwd=tmp_path, check=False)
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]
    counts = re.search(r"(\d+) generated, (\d+) passed", out.stdout)
    assert counts is not None, out.stdout[-2000:]
    assert int(counts.group(1)) >= 50 and counts.group(1) == counts.group(2)
    assert "Internal Server Error" not in open_server.log()
    assert "unhandled" not in open_server.log()


def test_client_allow_list(module_tmp: Path) -> None:
    keys = new_keys("scan")
    srv = start_server(module_tmp, keys=keys, access_extra="allow_cidrs: [10.0.0.0/8]\n", ready_path="/readyz")
    try:
        with srv.client("scan") as c:
            resp = c.post("/v1/scan", json={"text": "hi"})
            assert resp.status_code == 403 and resp.json()["error"]["code"] == "client_not_allowed"
            assert c.get("/healthz").status_code == 200  # probes are not filtered
    finally:
        srv.stop()
