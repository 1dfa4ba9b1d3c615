"""Helpers for the service tests: start a real ``promptguard serve`` on a free loopback port."""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from promptguard.service.auth import hash_key

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    """A running ``promptguard serve`` process and what a test needs to talk to it."""

    proc: subprocess.Popen[bytes]
    port: int
    log_path: Path
    keys: dict[str, str] = field(default_factory=dict)
    access_path: Path | None = None
    audit_path: Path | None = None
    access_extra: str = ""

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def client(self, key: str | None = None, headers: dict[str, str] | None = None) -> httpx.Client:
        merged = {"Authorization": f"Bearer {self.keys[key]}"} if key else {}
        merged.update(headers or {})
        return httpx.Client(base_url=self.url, headers=merged, timeout=30.0)

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)


def write_access(path: Path, keys: dict[str, str], extra: str = "") -> None:
    """Access file with one entry per key name; scopes come from the name (scan / restore / admin)."""
    scopes = {
        "scan": "[scan]",
        "restore": "[restore]",
        "admin": "[scan, restore, admin]",
        "both": "[scan, restore]",
        "other": "[scan, restore]",
        "limited": "[scan]",
    }
    lines = ["keys:"]
    for name, key in keys.items():
        lines += [
            f"  - id: {name}",
            f"    hash: \"{hash_key(key)}\"",
            f"    scopes: {scopes.get(name, '[scan]')}",
        ]
        if name == "limited":
            lines.append("    rate_limit_per_minute: 3")
        if name == "admin":
            lines.append("    allowed_policies: [pci, blocker]")
    text = "\n".join(lines) + "\n" + extra
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)  # atomic, so a polling server never reads half a file


def start_server(
    tmp: Path,
    *,
    keys: dict[str, str] | None = None,
    access_extra: str = "",
    args: list[str] = (),  # type: ignore[assignment]
    env: dict[str, str] | None = None,
    ready_path: str = "/readyz",
    timeout: float = 60.0,
) -> Server:
    port = free_port()
    log_path = tmp / f"server-{port}.log"
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("PROMPTGUARD_")}
    full_env.update({"PYTHONUNBUFFERED": "1", "PROMPTGUARD_PRELOAD": "true"})
    if env:
        full_env.update(env)
    access = None
    cmd = [sys.executable, "-m", "promptguard", "serve", "--port", str(port), "--log-level", "info", *args]
    if keys is not None:
        access = tmp / f"access-{port}.yaml"
        write_access(access, keys, access_extra)
        cmd += ["--config", str(access)]
    audit = Path(full_env["PROMPTGUARD_AUDIT_LOG"]) if "PROMPTGUARD_AUDIT_LOG" in full_env else None
    with open(log_path, "wb") as log_file:
        proc = subprocess.Popen(cmd, stdout=log_file, stderr=subprocess.STDOUT, env=full_env, cwd=REPO)
    server = Server(proc, port, log_path, dict(keys or {}), access, audit, access_extra)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}:\n{server.log()}")
        try:
            if httpx.get(server.url + ready_path, timeout=1.0).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    try:
        last = httpx.get(server.url + ready_path, timeout=2.0).text
    except httpx.HTTPError as exc:
        last = repr(exc)
    server.stop()
    raise RuntimeError(f"server not ready after {timeout} s ({last}):\n{server.log()[-3000:]}")


def new_keys(*names: str) -> dict[str, str]:
    return {name: f"pg_{name}_{secrets.token_urlsafe(24)}" for name in names}


@contextlib.contextmanager
def serve_in_thread(app: Any, timeout: float = 30.0) -> Iterator[str]:
    """Serve ``app`` with a real uvicorn on 127.0.0.1 in this process (its state stays inspectable);
    yields the base URL."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + timeout
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("the in-process server did not start")
            time.sleep(0.01)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        sock.close()
