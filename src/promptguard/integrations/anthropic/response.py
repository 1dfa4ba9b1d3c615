"""The way back: restore placeholders in the model's output and apply the response policy.

Order matters. The response policy scans the model's *own* text, placeholders still in it,
so what it finds is what the prompt never contained (everything detected in the prompt
went out as a placeholder, and placeholders are not entities). Then the placeholders are
restored, so the app and its tools see real values again.

``thinking`` blocks are left alone: their signature covers the text, and restoring values
into them would make the history the app sends back fail verification.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from promptguard.anonymize.operators import placeholder_tag
from promptguard.anonymize.vault import RESTORABLE_RE, Session, placeholder_counts, produced_tokens
from promptguard.errors import PromptBlocked
from promptguard.findings import Action, ScanResult
from promptguard.integrations.anthropic.audit import CallAudit

__all__ = [
    "RESTORABLE_RE",
    "ResponseGuard",
    "collector",
    "json_decoded",
    "placeholder_bound",
    "placeholder_counts",
    "policy_rewrites_responses",
    "produced_tokens",
    "rewrite_message",
]

# A placeholder's unfinished beginning: "<", "<EMAIL", "<EMAIL_ADDRESS_1" (no ">" yet).
_PLACEHOLDER_PREFIX = re.compile(r"<(?:[A-Z][A-Z0-9_]*)?\Z")
# The same for the encrypt operator's default token "<EMAIL_ADDRESS:enc:...>".
_ENC_PREFIX = re.compile(r"<(?:[A-Z][A-Z0-9_]*(?::(?:e(?:n(?:c(?::[A-Za-z0-9_\-]*)?)?)?)?)?)?\Z")
_ENC_TOKEN_MAX = 512

# JSON's two-character escapes (RFC 8259, section 7) and what they stand for.
_JSON_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_HEX = frozenset("0123456789abcdefABCDEF")


def json_decoded(raw: str) -> tuple[str, list[int], int]:
    """How the escapes of raw JSON text read, with where each character came from.

    A model may spell a placeholder inside a JSON string with escapes: ``\\u003cEMAIL_1\\u003e``
    (HTML-safe encoders write every ``<`` and ``>`` so), or any character as ``\\uXXXX``. Returns
    ``(text, starts, end)``: ``text`` is ``raw`` with every escape decoded, ``starts[i]`` is the
    offset in ``raw`` where ``text[i]`` is spelled (``starts[len(text)] == end``), and ``end`` is
    where an escape cut off by the end of ``raw`` begins (``len(raw)`` if none: a stream's next
    delta may finish it). Escapes only occur inside strings, so text outside strings reads as
    itself. A malformed escape (``\\uZZ``) reads as the characters it is made of; a surrogate
    pair reads as its two halves (no placeholder holds one, and a prefix then always reads as a
    prefix of the whole).
    """
    chars: list[str] = []
    starts: list[int] = []
    i, n = 0, len(raw)
    while i < n:
        j = raw.find("\\", i)
        if j < 0:
            j = n
        if j > i:
            chars.append(raw[i:j])
            starts.extend(range(i, j))
            i = j
            if i == n:
                break
        if i + 1 == n:
            starts.append(i)
            return "".join(chars), starts, i  # a lone backslash at the end: the escape goes on later
        c = raw[i + 1]
        if c == "u":
            digits = raw[i + 2 : i + 6]
            if all(d in _HEX for d in digits):
                if len(digits) < 4:
                    starts.append(i)
                    return "".join(chars), starts, i  # "\\u00" at the end: unfinished
                chars.append(chr(int(digits, 16)))
                starts.append(i)
                i += 6
                continue
        elif c in _JSON_ESCAPES:
            chars.append(_JSON_ESCAPES[c])
            starts.append(i)
            i += 2
            continue
        chars.append("\\")  # malformed: the backslash stands for itself
        starts.append(i)
        i += 1
    starts.append(n)
    return "".join(chars), starts, n


def policy_rewrites_responses(guard: Any) -> bool:
    """Whether any response-direction action changes or blocks text (else responses are only reported)."""
    spec = guard.policy.spec
    specs = [spec.defaults.response]
    specs += [d.response for d in spec.pack_actions.values()]
    specs += [d.response for d in spec.severity_actions.values()]
    specs += [e.response for e in spec.entities.values() if e.response is not None]
    for s in specs:
        name = s.action
        if name == "custom" or Action(name).changes_text or name == "block":
            return True
    # The injection check's response side blocks under ``action: block`` (exfiltration links,
    # a canary or a declared secret in the answer): a stream must then be held back and judged
    # window by window, or the leak reaches the client before the verdict.
    injection = spec.injection or {}
    return bool(injection.get("enabled", True) and injection.get("action") == "block")


def placeholder_bound(guard: Any) -> int:
    """Length of the longest placeholder ``guard`` can produce (``<ENTITY_1234567>``).

    ``engine.entities`` walks every recognizer (~20 us): the middleware computes this once,
    not once per call.
    """
    names = guard.engine.entities or ("X",)
    # As placeholders spell them (a plugin's "straße" is "STRASSE": longer than its name).
    return 2 + max(len(placeholder_tag(n)) for n in names) + 1 + 7


class ResponseGuard:
    """Everything one response needs: the guard, the conversation's session, the audit record."""

    def __init__(
        self,
        guard: Any,
        session: Session,
        audit: CallAudit,
        *,
        rewrites: bool,
        allowed: frozenset[str],
        max_placeholder: int | None = None,
        system_prompt: str | None = None,
    ) -> None:
        self.guard = guard
        self.session = session
        self.system_prompt = system_prompt
        """The request's system prompt: the answer is checked for what it declares secret."""
        self.allowed = allowed
        """Only these placeholders are restored: the ones this request's own sanitizing produced.
        The API is stateless, so a model can only mean a value that was in this request."""
        self.audit = audit
        self.rewrites = rewrites
        self.encrypt = guard.keys.encrypt_key is not None
        # A held-back tail longer than any of our placeholders cannot become one.
        self.max_placeholder = max_placeholder if max_placeholder is not None else placeholder_bound(guard)
        self.max_hold = _ENC_TOKEN_MAX if self.encrypt else self.max_placeholder

    # ------------------------------------------------------------------ restore
    def restore_text(self, text: str) -> str:
        return self._restore(text, json_escape=False)

    def restore_json_fragment(self, fragment: str) -> str:
        """Restore inside raw JSON text (``input_json_delta``): values are JSON-string escaped.

        A placeholder spelled with escapes (``\\u003cEMAIL_ADDRESS_1\\u003e``) is found in the
        decoded text and replaced where it is spelled; every other byte stays as the model wrote it."""
        if "\\" in fragment and self.allowed:
            return self._restore_escaped(fragment)
        return self._restore(fragment, json_escape=True)

    def _restore_escaped(self, fragment: str) -> str:
        text, starts, _ = json_decoded(fragment)
        if "<" not in text:
            return fragment
        matches = [m for m in RESTORABLE_RE.finditer(text) if m.group(0) in self.allowed]
        if not matches:
            return fragment
        values = self._values({m.group(0) for m in matches})
        out: list[str] = []
        pos = restored = 0
        for m in matches:
            value = values.get(m.group(0))
            if value is None:
                continue
            out += (fragment[pos : starts[m.start()]], json.dumps(value, ensure_ascii=False)[1:-1])
            pos = starts[m.end()]
            restored += 1
        if not restored:
            return fragment
        self.audit.response.placeholders_restored += restored
        out.append(fragment[pos:])
        return "".join(out)

    def _restore(self, text: str, *, json_escape: bool) -> str:
        if "<" not in text or not self.allowed:
            return text
        found = {m.group(0) for m in RESTORABLE_RE.finditer(text)} & self.allowed
        if not found:
            return text
        values = self._values(found)
        if not values:
            return text
        restored = 0

        def put(m: re.Match[str]) -> str:
            nonlocal restored
            value = values.get(m.group(0))
            if value is None:
                return m.group(0)
            restored += 1
            return json.dumps(value, ensure_ascii=False)[1:-1] if json_escape else value

        out = RESTORABLE_RE.sub(put, text)
        self.audit.response.placeholders_restored += restored
        return out

    def _values(self, found: set[str]) -> dict[str, str]:
        """The values of the placeholders and encrypt tokens in ``found`` (unknown ones absent)."""
        values: dict[str, str] = {}
        numbered = [t for t in found if ":enc:" not in t]
        if numbered:
            values.update(self.session.vault.resolve(self.session.id, numbered))
        for token in found:
            if ":enc:" in token:
                plain = self.guard.restore(token, self.session)  # decrypts with the guard's key
                if plain != token:
                    values[token] = plain
        return values

    def hold_from(self, buffer: str) -> int:
        """Where the shortest tail that could still grow into a placeholder starts (``len`` if none)."""
        i = buffer.rfind("<")
        if i < 0 or len(buffer) - i > self.max_hold:
            return len(buffer)
        tail = buffer[i:]
        if len(tail) <= self.max_placeholder and _PLACEHOLDER_PREFIX.match(tail):
            return i
        if self.encrypt and _ENC_PREFIX.match(tail):
            return i
        return len(buffer)

    def hold_from_json(self, buffer: str) -> int:
        """:meth:`hold_from` for raw JSON text: read through its escapes, so a placeholder
        spelled ``\\u003cEMAIL_ADDRESS_1\\u003e`` is held back as one, and an escape cut off by
        the end of the buffer (``\\u00``) is held until the next delta completes it. The cut
        always falls between two escapes, never inside one."""
        if "\\" not in buffer:
            return self.hold_from(buffer)
        text, starts, end = json_decoded(buffer)
        cut = self.hold_from(text)
        return starts[cut] if cut < len(text) else end

    # --------------------------------------------------------------------- scan
    def scan(self, texts: list[str]) -> list[ScanResult]:
        """Apply the response policy to model texts (placeholders still in); raise if it blocks."""
        if not texts:
            return []
        t0 = time.perf_counter()
        results: list[ScanResult] = self.guard.sanitize_batch(
            texts, session=self.session, direction="response", source="model", system_prompt=self.system_prompt
        )
        self.audit.response_guard_s += time.perf_counter() - t0
        self.audit.add_results(results, side="response")
        blocked = [r for r in results if r.blocked]
        if blocked:
            types = sorted({t for r in blocked for t in _block_types(r)})
            raise PromptBlocked(blocked[0].reason or "the response policy blocked the model output", types, blocked[0])
        return results

    def sanitize_with_context(self, ctx: str, head: str) -> str:
        """Response policy on ``head``, scanned after ``ctx`` (already released) for context words."""
        if not ctx:
            return self.scan([head])[0].text
        t0 = time.perf_counter()
        full: ScanResult = self.guard.sanitize(
            ctx + head, session=self.session, direction="response", source="model", system_prompt=self.system_prompt
        )
        self.audit.response_guard_s += time.perf_counter() - t0
        own = tuple(f for f in full.findings if f.start >= len(ctx))
        touches_ctx = any(f.start < len(ctx) and f.action is not None and f.action.changes_text for f in full.findings)
        blocked = any(f.action is Action.BLOCK for f in own) or (full.blocked and not full.findings)
        if blocked or touches_ctx or not full.text.startswith(ctx):
            # The context itself was rewritten (or the head blocks): judge the head alone.
            return self.scan([head])[0].text
        self.audit.add_results([replace(full, findings=own)], side="response")
        return full.text[len(ctx) :]


def _block_types(result: ScanResult) -> list[str]:
    types = [f.entity_type for f in result.findings if f.action is Action.BLOCK]
    if result.injection is not None and result.injection.flagged and not types:
        types.append("PROMPT_INJECTION")
    return types


# ----------------------------------------------------------------- non-streaming
def rewrite_message(payload: Any, rg: ResponseGuard) -> Any:
    """A copy of a Messages API response with the response policy applied and placeholders restored."""
    if not isinstance(payload, Mapping) or not isinstance(payload.get("content"), list):
        return payload
    texts: list[str] = []
    _walk_message(payload, collector(texts))
    if not texts:
        return payload
    results = rg.scan(texts)
    it = iter(results)
    t0 = time.perf_counter()
    out = _walk_message(payload, lambda _s: rg.restore_text(next(it).text))
    rg.audit.response_guard_s += time.perf_counter() - t0
    return out


def collector(into: list[str]) -> Callable[[str], str]:
    """A visitor that records each text and leaves it unchanged (first pass of a two-pass walk)."""

    def visit(text: str) -> str:
        into.append(text)
        return text

    return visit


def _walk_message(payload: Mapping[str, Any], visit: Callable[[str], str]) -> dict[str, Any]:
    out = dict(payload)
    out["content"] = [_block(b, visit) for b in payload["content"]]
    return out


CITATION_TEXTS = ("cited_text", "document_title")
"""A citation's texts: the quoted passage and the title of the document it quotes (both were
sanitized on the way out, so they carry the request's placeholders)."""


def citation_texts(citation: Any, visit: Callable[[str], str]) -> Any:
    """``citation`` with :data:`CITATION_TEXTS` passed through ``visit`` (in that order)."""
    if not isinstance(citation, Mapping):
        return citation
    out = None
    for key in CITATION_TEXTS:
        if isinstance(citation.get(key), str):
            new = visit(citation[key])
            if new != citation[key]:
                out = {**(out or citation), key: new}
    return citation if out is None else out


def _block(block: Any, visit: Callable[[str], str]) -> Any:
    if not isinstance(block, Mapping):
        return block
    kind = block.get("type")
    if kind == "text":
        out = dict(block)
        if isinstance(block.get("text"), str):
            out["text"] = visit(block["text"])
        if isinstance(block.get("citations"), list):
            out["citations"] = [citation_texts(c, visit) for c in block["citations"]]
        return out
    if kind in ("tool_use", "server_tool_use", "mcp_tool_use") and "input" in block:
        return {**block, "input": _value(block["input"], visit)}
    return block


def _value(value: Any, visit: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return visit(value)
    if isinstance(value, Mapping):
        return {k: _value(v, visit) for k, v in value.items()}
    if isinstance(value, list):
        return [_value(v, visit) for v in value]
    return value
