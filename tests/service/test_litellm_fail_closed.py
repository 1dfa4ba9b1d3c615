"""Fail closed at the service edge: the LiteLLM guardrail reads only ``action``, so a text no
detector fully checked must not pass; a policy that cannot load makes /readyz say so."""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from promptguard.findings import Finding
from promptguard.guard import Guard
from promptguard.recognizers.base import StaticRecognizer
from promptguard.service.app import create_app
from promptguard.service.auth import hash_key
from promptguard.settings import Settings

URL = "/beta/litellm_basic_guardrail_api"


class _FailsOn(StaticRecognizer):
    """Raises on texts holding ``trigger``: a detector failure on those texts only."""

    def __init__(self, trigger: str) -> None:
        super().__init__("PERSON", ["Zed Plantedname"], id="fails_on_trigger")
        self._trigger = trigger

    def analyze(self, text: str) -> Iterable[Finding]:
        if self._trigger in text:
            raise RuntimeError("detector down")
        return super().analyze(text)


@pytest.fixture(scope="module")
def client() -> TestClient:
    app = create_app(Settings(insecure_no_auth=True, preload=False))
    app.state.pg._guards["default"] = Guard.from_config("default", recognizers=[_FailsOn("TRIGGER")])
    with TestClient(app) as c:
        yield c  # type: ignore[misc]


@pytest.mark.parametrize("input_type", ["request", "response"])
def test_a_failed_detector_blocks_instead_of_passing(client: TestClient, input_type: str) -> None:
    resp = client.post(URL, json={"input_type": input_type, "texts": ["TRIGGER mail jane@acme.io", "fine"]})
    assert resp.status_code == 200
    body = resp.json()
    assert body["action"] == "BLOCKED"
    assert "detector failed" in body["blocked_reason"] and "jane@acme.io" not in resp.text


def test_texts_the_detectors_checked_still_pass_or_are_rewritten(client: TestClient) -> None:
    assert client.post(URL, json={"input_type": "request", "texts": ["nothing here"]}).json()["action"] == "NONE"
    body = client.post(URL, json={"input_type": "request", "texts": ["mail jane@acme.io"]}).json()
    assert body == {"action": "GUARDRAIL_INTERVENED", "texts": ["mail <EMAIL_ADDRESS_1>"], "blocked_reason": None}
    # /v1/scan reports the failure as its verdict: the caller decides, nothing is hidden.
    scan = client.post("/v1/scan", json={"text": "TRIGGER"}).json()
    assert scan["verdict"] == "indeterminate" and scan["errors"]


def test_readyz_says_unavailable_when_a_policy_cannot_load(tmp_path: Path) -> None:
    policy = tmp_path / "legal.yaml"
    policy.write_text("schema_version: 1\nname: legal\nextends: default\nentities:\n  EMAIL_ADRESS: {prompt: redact}\n")
    access = tmp_path / "access.yaml"
    access.write_text(
        f"keys:\n  - id: k\n    hash: \"{hash_key('k' * 32)}\"\n    scopes: [scan]\n    policy: legal\n"
        f"policies:\n  legal: {policy}\n"
    )
    app = create_app(Settings(config=access, preload=True))
    with TestClient(app) as c:
        for _ in range(200):  # the lifespan preloads in the background
            ready = c.get("/readyz")
            if ready.json()["status"] != "starting":
                break
            time.sleep(0.05)
        scan = c.post("/v1/scan", json={"text": "hi"}, headers={"Authorization": f"Bearer {'k' * 32}"})
    assert ready.status_code == 503
    assert ready.json()["status"] == "unavailable"
    assert "did you mean 'EMAIL_ADDRESS'" in ready.json()["checks"]["models"]
    assert scan.status_code == 500 and scan.json()["error"]["code"] == "policy_unavailable"
